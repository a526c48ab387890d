use leptos::ev;
use leptos::html::Section;
use leptos::prelude::*;

use crate::components::ContactFooter;
use crate::language::use_texts;
use crate::navigation::{
    current_article, follow_in_page_link, provide_links, Links, NAVIGATE_EVENT,
};
use crate::routes::{ArticlePage, NewsListing};

/// The news section inside a host page. Which view shows is read from the host
/// URL's query; no listener ever touches the host's own links or forms.
#[component]
pub fn EmbeddedSection(query_param: String) -> impl IntoView {
    provide_links(Links::Query {
        param: query_param.clone(),
    });
    let article = RwSignal::new(current_article(&query_param));
    let root = NodeRef::<Section>::new();

    let from_history = {
        let param = query_param.clone();
        window_event_listener(ev::popstate, move |_| article.set(current_article(&param)))
    };
    let from_our_links = window_event_listener_untyped(NAVIGATE_EVENT, move |_| {
        article.set(current_article(&query_param));
        bring_into_view(root);
    });
    on_cleanup(move || {
        from_history.remove();
        from_our_links.remove();
    });

    let texts = use_texts();
    view! {
        <section
            class="jn-section"
            aria-label=move || texts().site_section
            node_ref=root
            on:click=follow_in_page_link
        >
            <div class="jn-main">
                {move || match article.get() {
                    None => view! { <NewsListing /> }.into_any(),
                    Some(id) => view! { <ArticlePage id /> }.into_any(),
                }}
            </div>
            <ContactFooter />
        </section>
    }
}

/// After following one of our links, the new view starts where the reader looks,
/// not above the window; the host page's own scrolling is otherwise left alone.
fn bring_into_view(root: NodeRef<Section>) {
    if let Some(root) = root.get_untracked() {
        if root.get_bounding_client_rect().top() < 0.0 {
            root.scroll_into_view();
        }
    }
}
