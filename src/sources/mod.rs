//! Where articles come from. Each source answers the same questions (a listing
//! page, an article, its neighbours) so that views never know which is behind them.

mod static_files;

use crate::api::LoadError;
use crate::model::paging::PageProblem;
use crate::model::ArticleSummary;

pub use static_files::StaticArchive;

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
