//! The listing's place: which page, which search, which tag.

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
