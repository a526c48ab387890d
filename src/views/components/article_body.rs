use std::time::Duration;

use leptos::html::Div;
use leptos::logging;
use leptos::prelude::*;

use crate::model::{paragraphs, Body};
use crate::views::sanitize::sanitize_into;

/// The article text. Plain text becomes paragraphs of text nodes; HTML passes
/// through the allowlist sanitiser and never reaches the page as markup.
#[component]
pub fn ArticleBody(body: Body) -> impl IntoView {
    match body {
        Body::Text(text) => view! {
            <div class="jn-body">
                {paragraphs(&text).into_iter().map(|text| view! { <p>{text}</p> }).collect_view()}
            </div>
        }
        .into_any(),
        Body::Html(html) => {
            let container = NodeRef::<Div>::new();
            Effect::new(move |_| {
                if let Some(container) = container.get() {
                    container.set_text_content(None);
                    let html = html.clone();
                    // A task of its own: parsing a long body must not lengthen
                    // the task that read and rendered the article.
                    set_timeout(
                        move || {
                            if !sanitize_into(&html, &container) {
                                logging::error!("jointlink-news: this browser cannot parse HTML");
                            }
                        },
                        Duration::ZERO,
                    );
                }
            });
            view! { <div class="jn-body jn-body-html" node_ref=container></div> }.into_any()
        }
    }
}
