use leptos::prelude::*;

use crate::state::use_app;
use crate::state::use_links;
use crate::state::use_texts;
use crate::views::document_title::follow_document_title;
use crate::views::focus::heading_taking_focus;
use news_core::i18n::Texts;

/// The view for an address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! { <NotFoundMessage explanation=|t| t.not_found_body /> }
}

/// "Not found" with an explanation that fits the case and a way back to the listing.
#[component]
pub fn NotFoundMessage(explanation: fn(&Texts) -> &'static str) -> impl IntoView {
    let texts = use_texts();
    let data = use_app().data;
    follow_document_title(move || data.page_title(texts().not_found_heading));
    view! {
        <section class="jn-not-found">
            <h1 class="jn-heading" tabindex="-1" node_ref=heading_taking_focus()>
                {move || texts().not_found_heading}
            </h1>
            <p>{move || explanation(texts())}</p>
            <p>
                <a href=use_links().listing()>{move || texts().back_to_news}</a>
            </p>
        </section>
    }
}
