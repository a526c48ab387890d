use leptos::prelude::*;

use super::{Picture, PictureRole, PublishedDate, TagList, TranslationLinks};
use crate::state::use_links;
use news_core::model::ArticleSummary;

/// One entry of the listing: linked title, release date, summary, tags, the
/// article's other languages and its picture. `first`: the entry with the
/// listing's top picture, which loads at once.
#[component]
pub fn NewsListItem(
    summary: ArticleSummary,
    #[prop(default = false)] first: bool,
) -> impl IntoView {
    let ArticleSummary { meta, summary } = summary;
    let href = use_links().article(&meta.id);
    let picture = meta
        .image
        .map(|image| view! { <Picture image role=PictureRole::Thumbnail eager=first /> });
    let with_picture = picture.is_some();
    view! {
        <li class="jn-item" class:jn-item-with-picture=with_picture lang=meta.language>
            <h2 class="jn-item-title">
                <a href=href>{meta.title}</a>
            </h2>
            <p class="jn-meta">
                <PublishedDate timestamp=meta.published />
            </p>
            <p class="jn-summary">{summary}</p>
            <TagList tags=meta.tags />
            <TranslationLinks translations=meta.translations />
            {picture}
        </li>
    }
}
