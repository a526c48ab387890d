//! The configured source behind one enum, and what every source answers with.

use super::data_folder::DataFolderAddress;
use super::http::{Http, LoadError};
use super::{JsonFeed, RestApi, StaticFiles, WordPress};
use news_core::model::listing::ListingLanguages;
pub use news_core::model::listing::{ListingPage, Neighbours};
use news_core::model::paging::{parse_page, PageProblem};
use news_core::model::{Article, ListingState, Timestamp};
use news_core::queries::page_of;

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
    Static(StaticFiles),
    Api(RestApi),
    JsonFeed(JsonFeed),
    WordPress(WordPress),
}

impl Source {
    pub fn new(kind: SourceKind, url: &str, http: Http) -> Self {
        match kind {
            SourceKind::Static => Self::Static(StaticFiles::new(DataFolderAddress::new(url, http))),
            SourceKind::Api => Self::Api(RestApi::new(url.to_owned(), http)),
            SourceKind::JsonFeed => Self::JsonFeed(JsonFeed::new(url.to_owned(), http)),
            SourceKind::WordPress => Self::WordPress(WordPress::new(url.to_owned(), http)),
        }
    }

    /// The page number is read once here; every source gets a valid one.
    /// `readers` says which version of a translated pair to list, and which
    /// language an article that names none is in.
    pub async fn listing(
        &self,
        state: ListingState,
        page_size: usize,
        readers: ListingLanguages,
    ) -> Result<ListingPage, ListingError> {
        let page = parse_page(state.page.as_deref())?;
        // The other sources page on their servers, which cannot filter by year.
        if state.year.is_some() && !self.lists_by_year() {
            return Ok(page_of(&[], (1, page_size), 0)?);
        }
        let sizes = (page, state.page_size(page_size));
        match self {
            Self::Static(source) => source.listing(&state, sizes, readers).await,
            Self::Api(source) => source.listing(&state, sizes, readers.interface).await,
            Self::JsonFeed(source) => source.listing(&state, sizes, readers).await,
            Self::WordPress(source) => source.listing(&state, sizes, readers).await,
        }
    }

    /// Whether the listing can show a year's articles: only where the app
    /// pages through the whole archive itself.
    pub fn lists_by_year(&self) -> bool {
        matches!(self, Self::Static(_) | Self::JsonFeed(_))
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
