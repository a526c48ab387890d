//! What the sources share: reporting skipped items, "more news" from a first
//! page, retrying after a failure and the id-mismatch error.

use leptos::logging;
use leptos::prelude::*;

use news_core::model::{DataError, Problem};
use news_core::queries::latest_except;

use super::http::LoadError;
use super::{ListingError, ListingPage, Neighbours};

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
