//! The listing's place (which page, which search, which tag) and what a
//! listing page and an article's surroundings hold.

use super::ArticleSummary;

/// What the listing shows: its page, search text and tag, as the URL holds them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListingState {
    /// As written in the URL; the listing decides whether it is a valid page.
    pub page: Option<String>,
    /// What the reader typed into the search field.
    pub search_text: String,
    pub tag: Option<String>,
}

impl ListingState {
    pub fn is_filtered(&self) -> bool {
        !self.search_text.trim().is_empty() || self.tag.is_some()
    }

    /// The same filter on another page.
    pub fn on_page(&self, page: usize) -> Self {
        Self {
            page: (page > 1).then(|| page.to_string()),
            ..self.clone()
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

/// What the article view offers around an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Neighbours {
    pub newer: Option<ArticleSummary>,
    pub older: Option<ArticleSummary>,
    /// The latest articles other than this one.
    pub latest: Vec<ArticleSummary>,
}
