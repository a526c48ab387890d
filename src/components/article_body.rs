use leptos::prelude::*;

use crate::html_text::html_paragraphs;
use crate::model::{paragraphs, Body};

/// The article text as paragraphs. Text is inserted as text nodes, never as markup.
#[component]
pub fn ArticleBody(body: Body) -> impl IntoView {
    let paragraphs = match body {
        Body::Text(text) => paragraphs(&text),
        Body::Html(html) => html_paragraphs(&html),
    };
    view! {
        <div class="jn-body">
            {paragraphs.into_iter().map(|text| view! { <p>{text}</p> }).collect_view()}
        </div>
    }
}
