use leptos::prelude::*;

use crate::state::use_texts;
use crate::state::{use_links, use_url_query};
use news_core::model::ListingState;

/// A real search form: it works with Enter and the button, and updates the
/// results as the reader types. The search text goes into the URL, so a search can
/// be shared and survives a reload.
#[component]
pub fn SearchForm(#[prop(into)] state: Signal<ListingState>) -> impl IntoView {
    let texts = use_texts();
    let links = StoredValue::new(use_links());
    let url = use_url_query();
    let search_for = move |search_text: String, replace: bool| {
        let next = ListingState {
            page: None,
            search_text,
            ..state.get_untracked()
        };
        url.navigate
            .run((links.read_value().listing_with(&next), replace));
    };
    let input = NodeRef::<leptos::html::Input>::new();
    view! {
        <form
            class="jn-search"
            role="search"
            on:submit=move |event| {
                event.prevent_default();
                if let Some(input) = input.get_untracked() {
                    search_for(input.value(), false);
                }
            }
        >
            <label class="jn-search-label" for="jn-search-input">
                {move || texts().search_label}
            </label>
            <div class="jn-search-row">
                <input
                    id="jn-search-input"
                    class="jn-search-input"
                    type="search"
                    name="q"
                    autocomplete="off"
                    node_ref=input
                    prop:value=move || shown_text(&state.read().search_text, input)
                    on:input=move |event| search_for(event_target_value(&event), true)
                />
                <button type="submit" class="jn-button">
                    {move || texts().search_button}
                </button>
            </div>
        </form>
    }
}

/// The URL keeps the search text trimmed: rewriting the field from it while the
/// reader types would swallow the space before their next word, so the field
/// keeps what the reader typed whenever it means the same search.
fn shown_text(search_text: &str, input: NodeRef<leptos::html::Input>) -> String {
    match input.get_untracked().map(|input| input.value()) {
        Some(typed) if typed.trim() == search_text.trim() => typed,
        _ => search_text.to_owned(),
    }
}
