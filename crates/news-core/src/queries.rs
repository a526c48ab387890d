//! The questions a listing of summaries answers wherever it is held: a page
//! of a search (or of a tag, or the whole listing), an article's neighbours,
//! and "more news". The app's sources ask them of what they fetched; the
//! prerender of the whole archive.

use crate::model::listing::{one_per_pair, ListingLanguages, ListingPage, Neighbours};
use crate::model::paging::{page_count, page_items, PageProblem};
use crate::model::percent::decode_component;
use crate::model::search::SearchTerms;
use crate::model::{ArticleSummary, ListingState, SearchIndex};

/// How many other articles "more news" under an article lists.
pub const MORE_NEWS_COUNT: usize = 3;

/// One page of the articles a search index matches, for sources whose
/// paging, search and tag filtering happen in the app.
pub fn search_page(
    search: &SearchIndex,
    state: &ListingState,
    (page, page_size): (usize, usize),
    skipped: usize,
    readers: ListingLanguages,
) -> Result<ListingPage, PageProblem> {
    page_of(
        &matching(search, state, readers),
        (page, page_size),
        skipped,
    )
}

/// Every article `state` lists, newest first: its search, tag and language
/// filter. Without a language filter, a translated pair shows once, in the
/// reader's language. The prerender pages through it once per listing.
pub fn matching<'a>(
    search: &'a SearchIndex,
    state: &ListingState,
    readers: ListingLanguages,
) -> Vec<&'a ArticleSummary> {
    let terms = SearchTerms::parse(&state.search_text);
    let matches: Vec<&ArticleSummary> = search
        .search(&terms, state.tag.as_deref())
        .filter(|summary| state.admits_language(&summary.meta, readers.site))
        .collect();
    match state.language {
        Some(_) => matches,
        None => one_per_pair(matches, readers),
    }
}

/// Page `page` of `matches`.
pub fn page_of(
    matches: &[&ArticleSummary],
    (page, page_size): (usize, usize),
    skipped: usize,
) -> Result<ListingPage, PageProblem> {
    let positions = page_items(page, page_size, matches.len())?;
    Ok(ListingPage {
        items: matches[positions]
            .iter()
            .map(|&summary| summary.clone())
            .collect(),
        page,
        page_count: page_count(matches.len(), page_size),
        total: matches.len(),
        skipped,
    })
}

/// The article at `position` of the whole listing (newest first) with the
/// articles next to it, and "more news" from the newest.
pub fn neighbours_at(newest_first: &[ArticleSummary], position: usize) -> Neighbours {
    let id = newest_first
        .get(position)
        .map_or("", |summary| summary.meta.id.as_str());
    Neighbours {
        newer: position
            .checked_sub(1)
            .and_then(|newer| newest_first.get(newer))
            .cloned(),
        older: newest_first.get(position + 1).cloned(),
        latest: latest_except(newest_first, id),
    }
}

/// "More news" for an article: the newest summaries other than its own.
pub fn latest_except(newest_first: &[ArticleSummary], id: &str) -> Vec<ArticleSummary> {
    newest_first
        .iter()
        .filter(|item| !same_id(id, &item.meta.id))
        .take(MORE_NEWS_COUNT)
        .cloned()
        .collect()
}

/// Whether two article ids are the same, written with or without percent
/// escapes: the router decodes path segments more than once, so a WordPress
/// slug such as "%e5%ae%81" may come back as "宁".
pub fn same_id(wanted: &str, id: &str) -> bool {
    wanted == id || decode_component(wanted) == decode_component(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_match_with_or_without_percent_escapes() {
        assert!(same_id("rcep-takes-effect", "rcep-takes-effect"));
        assert!(same_id(
            "宁波港口动态",
            "%e5%ae%81%e6%b3%a2%e6%b8%af%e5%8f%a3%e5%8a%a8%e6%80%81"
        ));
        assert!(same_id("%E5%AE%81", "%e5%ae%81"));
        assert!(!same_id("rcep", "rcep-takes-effect"));
        assert!(!same_id("宁波", "%e5%ae%81"));
    }
}
