use leptos::ev;
use leptos::html::Section;
use leptos::prelude::*;

use news_core::addresses::query_value;
use news_core::model::ListingState;

use crate::state::{
    current_page, current_query_string, follow_in_page_link, go_in_page, use_app, use_texts,
    UrlQuery, NAVIGATE_EVENT,
};
use crate::views::components::{ContactFooter, LanguageChoiceIfOpen};
use crate::views::routes::{ArticlePage, NewsListing};

/// The news section inside a host page. Which view shows is read from the host
/// URL's query; no listener ever touches the host's own links or forms.
#[component]
pub fn EmbeddedSection(query_param: String) -> impl IntoView {
    let keys = use_app().links.keys();
    let page_key = keys.page.clone();
    let param = StoredValue::new(query_param);
    // The article or page shown: when a link changes it, the reader should see the result.
    let view_key = move |search: &str| {
        (
            query_value(search, &param.read_value()),
            query_value(search, &page_key),
        )
    };
    let search = RwSignal::new(current_query_string());
    let root = NodeRef::<Section>::new();
    let from_history =
        window_event_listener(ev::popstate, move |_| search.set(current_query_string()));
    let from_our_links = window_event_listener_untyped(NAVIGATE_EVENT, move |_| {
        let now = current_query_string();
        let moved = view_key(&now) != view_key(&search.get_untracked());
        search.set(now);
        if moved {
            bring_into_view(root);
        }
    });
    on_cleanup(move || {
        from_history.remove();
        from_our_links.remove();
    });
    use_app().provide_with_url(UrlQuery {
        query_string: search.into(),
        here: Signal::derive(move || {
            search.track();
            current_page()
        }),
        navigate: Callback::new(|(href, replace): (String, bool)| go_in_page(&href, replace)),
    });
    let article = Memo::new(move |_| query_value(&search.read(), &param.read_value()));
    let listing = Memo::new(move |_| ListingState::from_query_string(&search.read(), &keys));

    let texts = use_texts();
    view! {
        <section
            class="jn-section"
            aria-label=move || texts().site_section
            node_ref=root
            on:click=follow_in_page_link
        >
            <LanguageChoiceIfOpen />
            <div class="jn-main">
                {move || match article.get() {
                    None => view! { <NewsListing state=listing /> }.into_any(),
                    Some(id) => view! { <ArticlePage id /> }.into_any(),
                }}
            </div>
            <ContactFooter />
        </section>
    }
}

/// After following one of our links to another view, the view starts where the
/// reader looks, not above the window; the host's scrolling is otherwise left alone.
fn bring_into_view(root: NodeRef<Section>) {
    if let Some(root) = root.get_untracked() {
        if root.get_bounding_client_rect().top() < 0.0 {
            root.scroll_into_view();
        }
    }
}
