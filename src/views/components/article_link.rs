use leptos::prelude::*;

use super::PublishedDate;
use crate::state::use_links;
use news_core::model::ArticleMeta;

/// An article's title as a link, then its date: a line of the lists below
/// an article and of a year's archive.
#[component]
pub fn ArticleLink(meta: ArticleMeta) -> impl IntoView {
    view! {
        <li lang=meta.language>
            <a href=use_links().article(&meta.id)>{meta.title}</a>
            " "
            <PublishedDate timestamp=meta.published />
        </li>
    }
}
