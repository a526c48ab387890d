//! Where articles come from. Each source answers the same questions (a listing
//! page, an article, its neighbours) so that views never know which is behind them.

mod data_folder;
pub mod http;
mod json_feed;
mod rest_api;
mod static_files;
mod wordpress;

use leptos::logging;
use leptos::prelude::*;

use crate::model::paging::{page_count, page_items, parse_page, PageProblem};
use crate::model::percent::decode_component;
use crate::model::search::SearchTerms;
use crate::model::ListingState;
use crate::model::{Article, ArticleSummary, DataError, Problem, SearchIndex, Timestamp};
use crate::sources::data_folder::DataFolder;
use crate::sources::http::{Http, LoadError};

pub use data_folder::load_site;
pub use json_feed::JsonFeed;
pub use rest_api::RestApi;
pub use static_files::StaticArchive;
pub use wordpress::WordPress;

/// Which kind of source the articles come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// Our JSON files in a folder (the default; no server of ours needed).
    Static,
    /// Our REST contract (docs/api.openapi.yaml).
    Api,
    /// Any JSON Feed 1.1 URL.
    JsonFeed,
    /// A WordPress site's REST API.
    WordPress,
}

/// The configured source; every kind answers the same three questions.
#[derive(Clone)]
pub enum Source {
    Static(StaticArchive),
    Api(RestApi),
    JsonFeed(JsonFeed),
    WordPress(WordPress),
}

impl Source {
    pub fn new(kind: SourceKind, url: &str, http: Http) -> Self {
        match kind {
            SourceKind::Static => Self::Static(StaticArchive::new(DataFolder::new(url, http))),
            SourceKind::Api => Self::Api(RestApi::new(url.to_owned(), http)),
            SourceKind::JsonFeed => Self::JsonFeed(JsonFeed::new(url.to_owned(), http)),
            SourceKind::WordPress => Self::WordPress(WordPress::new(url.to_owned(), http)),
        }
    }

    /// The page number is read once here; every source gets a valid one.
    pub async fn listing(
        &self,
        state: ListingState,
        page_size: usize,
    ) -> Result<ListingPage, ListingError> {
        let page = parse_page(state.page.as_deref())?;
        match self {
            Self::Static(source) => source.listing(&state, page, page_size).await,
            Self::Api(source) => source.listing(&state, page, page_size).await,
            Self::JsonFeed(source) => source.listing(&state, page, page_size).await,
            Self::WordPress(source) => source.listing(&state, page, page_size).await,
        }
    }

    /// `Ok(None)` when there is no such article.
    pub async fn article(&self, id: String) -> Result<Option<Article>, LoadError> {
        match self {
            Self::Static(source) => source.article(id).await,
            Self::Api(source) => source.article(id).await,
            Self::JsonFeed(source) => source.article(id).await,
            Self::WordPress(source) => source.article(id).await,
        }
    }

    pub async fn neighbours(
        &self,
        id: String,
        published: Timestamp,
    ) -> Result<Neighbours, LoadError> {
        match self {
            Self::Static(source) => source.neighbours(id, published).await,
            Self::Api(source) => source.neighbours(id, published).await,
            Self::JsonFeed(source) => source.neighbours(id, published).await,
            Self::WordPress(source) => source.neighbours(id, published).await,
        }
    }

    /// Sources that keep what they loaded drop a failed load, so Retry fetches again.
    pub fn forget_failures(&self) {
        match self {
            Self::Static(source) => source.forget_failures(),
            Self::Api(source) => source.forget_failures(),
            Self::JsonFeed(source) => source.forget_failures(),
            Self::WordPress(source) => source.forget_failures(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListingPage {
    pub items: Vec<ArticleSummary>,
    pub page: usize,
    pub page_count: usize,
    /// Articles in the whole listing (all pages), after filtering.
    pub total: usize,
    /// Items on this page that the source sent but that could not be read.
    pub skipped: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListingError {
    Load(LoadError),
    Page(PageProblem),
}

impl From<LoadError> for ListingError {
    fn from(error: LoadError) -> Self {
        Self::Load(error)
    }
}

impl From<PageProblem> for ListingError {
    fn from(problem: PageProblem) -> Self {
        Self::Page(problem)
    }
}

/// What the article view offers around an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Neighbours {
    pub newer: Option<ArticleSummary>,
    pub older: Option<ArticleSummary>,
    /// The latest articles other than this one.
    pub latest: Vec<ArticleSummary>,
}

pub const MORE_NEWS_COUNT: usize = 3;

/// Items a source sent that could not be read go to the console, one line per source page.
fn warn_skipped(url: &str, skipped: &[DataError]) {
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
fn same_id(wanted: &str, id: &str) -> bool {
    wanted == id || decode_component(wanted) == decode_component(id)
}

/// One page of the articles a search index matches, for sources whose
/// paging, search and tag filtering happen in the app.
fn search_page(
    search: &SearchIndex,
    state: &ListingState,
    page: usize,
    page_size: usize,
    skipped: usize,
) -> Result<ListingPage, ListingError> {
    let terms = SearchTerms::parse(&state.search_text);
    let matches: Vec<&ArticleSummary> = search.search(&terms, state.tag.as_deref()).collect();
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
fn latest_others(
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
fn latest_except(newest_first: &[ArticleSummary], id: &str) -> Vec<ArticleSummary> {
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
fn id_mismatch(url: &str) -> LoadError {
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
