use leptos::prelude::*;

use super::{PublishedDate, TagList, TranslationLinks};
use crate::model::ArticleSummary;
use crate::state::use_links;

/// One entry of the listing: linked title, release date, summary, tags and
/// the article's other languages.
#[component]
pub fn NewsListItem(summary: ArticleSummary) -> impl IntoView {
    let ArticleSummary { meta, summary } = summary;
    let href = use_links().article(&meta.id);
    view! {
        <li class="jn-item" lang=meta.language>
            <h2 class="jn-item-title">
                <a href=href>{meta.title}</a>
            </h2>
            <p class="jn-meta">
                <PublishedDate timestamp=meta.published />
            </p>
            <p class="jn-summary">{summary}</p>
            <TagList tags=meta.tags />
            <TranslationLinks translations=meta.translations />
        </li>
    }
}
