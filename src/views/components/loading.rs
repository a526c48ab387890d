use leptos::prelude::*;

use crate::state::use_texts;
use news_core::i18n::Texts;

/// A polite live region, so screen readers hear that something is on its way.
#[component]
pub fn Loading(message: fn(&Texts) -> &'static str) -> impl IntoView {
    let texts = use_texts();
    view! {
        <p class="jn-loading" role="status" aria-live="polite">
            {move || message(texts())}
        </p>
    }
}
