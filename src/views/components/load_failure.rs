use leptos::logging;
use leptos::prelude::*;

use crate::sources::http::LoadError;
use crate::state::use_texts;
use news_core::i18n::Texts;

/// Tells the reader in plain words what failed and offers to try again; the
/// technical details go to the console for whoever maintains the data.
#[component]
pub fn LoadFailure(
    /// Left out where a heading right above already says what failed.
    #[prop(optional)]
    what_failed: Option<fn(&Texts) -> &'static str>,
    error: LoadError,
    on_retry: Callback<()>,
) -> impl IntoView {
    logging::error!("jointlink-news: {error}");
    let texts = use_texts();
    let advice = move || {
        let texts = texts();
        match &error {
            LoadError::Unreachable { .. } => texts.unreachable_advice,
            LoadError::Timeout { .. } => texts.timeout_advice,
            LoadError::Status { .. } => texts.server_error_advice,
            LoadError::Invalid(_) => texts.damaged_data_advice,
            LoadError::TooLarge { .. } => texts.too_large_advice,
        }
    };
    view! {
        <div class="jn-failure" role="alert">
            {what_failed
                .map(|what_failed| {
                    view! { <p class="jn-failure-what">{move || what_failed(texts())}</p> }
                })}
            <p>{advice}</p>
            <button type="button" class="jn-button" on:click=move |_| on_retry.run(())>
                {move || texts().retry}
            </button>
        </div>
    }
}
