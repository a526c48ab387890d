//! What the sources share: reading skipped items, comparing ids, paging a
//! search in the app, "more news", retrying after a failure and the id-mismatch error.

use leptos::logging;
use leptos::prelude::*;

use super::http::LoadError;
use super::{ListingError, ListingPage, Neighbours, MORE_NEWS_COUNT};
use crate::model::listing::{one_per_pair, Readers};
use crate::model::paging::{page_count, page_items};
use crate::model::percent::decode_component;
use crate::model::search::SearchTerms;
use crate::model::{ArticleSummary, DataError, ListingState, Problem, SearchIndex};

/// Items a source sent that could not be read go to the console, one line per source page.
pub(super) fn warn_skipped(url: &str, skipped: &[DataError]) {
    if !skipped.is_empty() {
        let reasons: Vec<String> = skipped.iter().map(ToString::to_string).collect();
        logging::warn!(
            "jointlink-news: {url}: skipped {} item(s): {}",
            skipped.len(),
            reasons.join("; ")
        );
    }
}

/// Whether two article ids are the same, written with or without percent
/// escapes: the router decodes path segments more than once, so a WordPress
/// slug such as "%e5%ae%81" may come back as "宁".
pub(super) fn same_id(wanted: &str, id: &str) -> bool {
    wanted == id || decode_component(wanted) == decode_component(id)
}

/// One page of the articles a search index matches, for sources whose
/// paging, search and tag filtering happen in the app.
/// Without a language filter, a translated pair shows once, in the reader's language.
pub fn search_page(
    search: &SearchIndex,
    state: &ListingState,
    (page, page_size): (usize, usize),
    skipped: usize,
    readers: Readers,
) -> Result<ListingPage, ListingError> {
    let terms = SearchTerms::parse(&state.search_text);
    let matches: Vec<&ArticleSummary> = search
        .search(&terms, state.tag.as_deref())
        .filter(|summary| state.admits_language(&summary.meta, readers.unlabeled))
        .collect();
    let matches = match state.language {
        Some(_) => matches,
        None => one_per_pair(matches, readers),
    };
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

/// For sources that cannot tell an article's neighbours: the latest others,
/// from the first page of the listing.
pub(super) fn latest_others(
    first_page: Result<ListingPage, ListingError>,
    id: &str,
) -> Result<Neighbours, LoadError> {
    let latest = match first_page {
        Ok(page) => page.items,
        Err(ListingError::Load(error)) => return Err(error),
        Err(ListingError::Page(_)) => Vec::new(),
    };
    Ok(Neighbours {
        latest: latest_except(&latest, id),
        ..Neighbours::default()
    })
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

/// Refetches a resource that failed, so that Retry really fetches again.
pub fn refetch_if_failed<T: Clone + 'static>(resource: &LocalResource<Result<T, LoadError>>) {
    if matches!(resource.get_untracked(), Some(Err(_))) {
        resource.refetch();
    }
}

/// A source answered with another article than the one asked for.
pub(super) fn id_mismatch(url: &str) -> LoadError {
    LoadError::Invalid(DataError::new(
        url,
        Problem::InvalidValue {
            field: "id".into(),
            rule: "is not the id that was asked for",
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::same_id;

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
