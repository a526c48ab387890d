//! What the sources share: reporting skipped items, "more news" from a first
//! page, retrying after a failure and the id-mismatch error. All but the
//! retry serve only the sources a bundle may leave out, and go with them.

use leptos::prelude::*;

use super::http::LoadError;
#[cfg(any(feature = "api", feature = "wordpress"))]
use super::{ListingError, ListingPage, Neighbours};
#[cfg(feature = "api")]
use news_core::model::{DataError, Problem};

/// Items a source sent that could not be read go to the console, one line per source page.
#[cfg(any(feature = "api", feature = "json-feed", feature = "wordpress"))]
pub(super) fn warn_skipped(url: &str, skipped: &[news_core::model::DataError]) {
    if !skipped.is_empty() {
        let reasons: Vec<String> = skipped.iter().map(ToString::to_string).collect();
        leptos::logging::warn!(
            "jointlink-news: {url}: skipped {} item(s): {}",
            skipped.len(),
            reasons.join("; ")
        );
    }
}

/// For sources that cannot tell an article's neighbours: the latest others,
/// from the first page of the listing.
#[cfg(any(feature = "api", feature = "wordpress"))]
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
        latest: news_core::queries::latest_except(&latest, id),
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
#[cfg(feature = "api")]
pub(super) fn id_mismatch(url: &str) -> LoadError {
    LoadError::Invalid(DataError::new(
        url,
        Problem::InvalidValue {
            field: "id".into(),
            rule: "is not the id that was asked for",
        },
    ))
}
