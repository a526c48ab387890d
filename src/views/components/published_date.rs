use leptos::prelude::*;

use crate::state::use_lang;
use news_core::model::Timestamp;

/// A date for people, with the exact instant for machines in `datetime`.
#[component]
pub fn PublishedDate(timestamp: Timestamp) -> impl IntoView {
    let lang = use_lang();
    let date = timestamp.date();
    view! {
        <time datetime=timestamp.as_str().to_owned()>
            {move || lang.get().format_date(date)}
        </time>
    }
}
