use leptos::prelude::*;

use crate::state::{use_links, use_texts};
use news_core::model::{Lang, ListingState};

/// All articles, or only those in one language: links that keep the search
/// and the tag, and start again at the first page.
#[component]
pub fn LanguageFilter(state: Signal<ListingState>) -> impl IntoView {
    let texts = use_texts();
    let links = StoredValue::new(use_links());
    let option = move |language: Option<Lang>| {
        let href = move || {
            links.read_value().listing_with(&ListingState {
                page: None,
                language,
                ..state.get()
            })
        };
        let current = move || (state.read().language == language).then_some("true");
        let name = move || match language {
            None => texts().all_languages,
            Some(lang) => lang.own_name(),
        };
        view! {
            <li>
                <a href=href aria-current=current lang=language.map(Lang::tag)>
                    {name}
                </a>
            </li>
        }
    };
    view! {
        <nav class="jn-language-filter" aria-label=move || texts().language_filter_label>
            <span class="jn-language-filter-label" aria-hidden="true">
                {move || texts().language_filter_label}
            </span>
            <ul>
                {option(None)}
                {Lang::ALL.map(|lang| option(Some(lang))).collect_view()}
            </ul>
        </nav>
    }
}
