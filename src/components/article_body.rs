use leptos::html::Div;
use leptos::prelude::*;

use crate::model::{paragraphs, Body};
use crate::sanitize::sanitize_html;

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
                if let (Some(container), Some(content)) = (container.get(), sanitize_html(&html)) {
                    container.set_text_content(None);
                    let _ = container.append_child(&content);
                }
            });
            view! { <div class="jn-body jn-body-html" node_ref=container></div> }.into_any()
        }
    }
}
