//! The configured source behind one enum, and what every source answers with.

use super::data_folder::DataFolderAddress;
use super::http::{Http, LoadError};
#[cfg(feature = "json-feed")]
use super::JsonFeed;
#[cfg(feature = "api")]
use super::RestApi;
use super::StaticFiles;
#[cfg(feature = "wordpress")]
use super::WordPress;
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
    #[cfg(feature = "api")]
    Api(RestApi),
    #[cfg(feature = "json-feed")]
    JsonFeed(JsonFeed),
    #[cfg(feature = "wordpress")]
    WordPress(WordPress),
}

impl Source {
    /// A kind this bundle leaves out is read as our static files, which
    /// fails with the address in the page, and the console says why.
    pub fn new(kind: SourceKind, url: &str, http: Http) -> Self {
        match kind {
            #[cfg(feature = "api")]
            SourceKind::Api => return Self::Api(RestApi::new(url.to_owned(), http)),
            #[cfg(feature = "json-feed")]
            SourceKind::JsonFeed => return Self::JsonFeed(JsonFeed::new(url.to_owned(), http)),
            #[cfg(feature = "wordpress")]
            SourceKind::WordPress => return Self::WordPress(WordPress::new(url.to_owned(), http)),
            SourceKind::Static => {}
            #[allow(unreachable_patterns)]
            _ => leptos::logging::error!(
                "jointlink-news: this bundle leaves out the {kind:?} source that data-source names; use the bundle with every source (docs/embedding.md)"
            ),
        }
        Self::Static(StaticFiles::new(DataFolderAddress::new(url, http)))
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
            #[cfg(feature = "api")]
            Self::Api(source) => source.listing(&state, sizes, readers.interface).await,
            #[cfg(feature = "json-feed")]
            Self::JsonFeed(source) => source.listing(&state, sizes, readers).await,
            #[cfg(feature = "wordpress")]
            Self::WordPress(source) => source.listing(&state, sizes, readers).await,
        }
    }

    /// Whether the listing can show a year's articles: only where the app
    /// pages through the whole archive itself.
    pub fn lists_by_year(&self) -> bool {
        match self {
            Self::Static(_) => true,
            #[cfg(feature = "json-feed")]
            Self::JsonFeed(_) => true,
            #[allow(unreachable_patterns)]
            _ => false,
        }
    }

    /// `Ok(None)` when there is no such article.
    pub async fn article(&self, id: String) -> Result<Option<Article>, LoadError> {
        match self {
            Self::Static(source) => source.article(id).await,
            #[cfg(feature = "api")]
            Self::Api(source) => source.article(id).await,
            #[cfg(feature = "json-feed")]
            Self::JsonFeed(source) => source.article(id).await,
            #[cfg(feature = "wordpress")]
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
            #[cfg(feature = "api")]
            Self::Api(source) => source.neighbours(id, published).await,
            #[cfg(feature = "json-feed")]
            Self::JsonFeed(source) => source.neighbours(id, published).await,
            #[cfg(feature = "wordpress")]
            Self::WordPress(source) => source.neighbours(id, published).await,
        }
    }

    /// Sources that keep what they loaded drop a failed load, so Retry fetches again.
    pub fn forget_failures(&self) {
        match self {
            Self::Static(source) => source.forget_failures(),
            #[cfg(feature = "api")]
            Self::Api(source) => source.forget_failures(),
            #[cfg(feature = "json-feed")]
            Self::JsonFeed(source) => source.forget_failures(),
            #[cfg(feature = "wordpress")]
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
