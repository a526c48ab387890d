use leptos::prelude::*;
use web_sys::Element;

use crate::state::{use_links, use_texts};
use news_core::model::{paragraphs, Body};

/// The article text. Plain text becomes paragraphs of text nodes; HTML passes
/// through the allowlist sanitiser and never reaches the page as markup; an
/// expired notice says so.
/// `handed_over`: the body a prerendered page arrived with, already sanitised.
#[component]
pub fn ArticleBody(
    body: Body,
    #[prop(default = None)] handed_over: Option<Element>,
) -> impl IntoView {
    match body {
        Body::Text(text) => view! {
            <div class="jn-body">
                {paragraphs(&text).into_iter().map(|text| view! { <p>{text}</p> }).collect_view()}
            </div>
        }
        .into_any(),
        Body::Html(html) => html_body(html, handed_over),
        Body::Expired => expired_notice(),
    }
}

/// What an expired notice's page shows in place of its withdrawn text.
fn expired_notice() -> AnyView {
    let texts = use_texts();
    view! {
        <div class="jn-body jn-expired">
            <p>{move || texts().notice_expired}</p>
            <p>
                <a href=use_links().listing()>{move || texts().see_latest_news}</a>
            </p>
        </div>
    }
    .into_any()
}

/// At build time: the native sanitiser, with the same allowlist.
#[cfg(feature = "ssr")]
fn html_body(html: String, _handed_over: Option<Element>) -> AnyView {
    use news_core::sanitize::sanitized_html;
    view! { <div class="jn-body jn-body-html" inner_html=sanitized_html(&html)></div> }.into_any()
}

/// In the browser: the nodes the prerendered page already shows, or a copy
/// through the allowlist walk.
#[cfg(not(feature = "ssr"))]
fn html_body(html: String, mut handed_over: Option<Element>) -> AnyView {
    use std::time::Duration;

    use leptos::html::Div;
    use leptos::logging;

    use crate::views::sanitize::sanitize_into;

    let container = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(container) = container.get() else {
            return;
        };
        container.set_text_content(None);
        // Before the next frame, so the reader never sees the body missing.
        if let Some(prerendered) = handed_over.take() {
            while let Some(node) = prerendered.first_child() {
                let _ = container.append_child(&node);
            }
            return;
        }
        let html = html.clone();
        // A task of its own: parsing a long body must not lengthen the task
        // that read and rendered the article.
        set_timeout(
            move || {
                if !sanitize_into(&html, &container) {
                    logging::error!("jointlink-news: this browser cannot parse HTML");
                }
            },
            Duration::ZERO,
        );
    });
    view! { <div class="jn-body jn-body-html" node_ref=container></div> }.into_any()
}
