//! The listing's place (which page, which search, which tag) and what a
//! listing page and an article's surroundings hold.

use super::{ArticleMeta, ArticleSummary, Lang};

/// What the listing shows: its page, search text, tag and language, as the URL holds them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListingState {
    /// As written in the URL; the listing decides whether it is a valid page.
    pub page: Option<String>,
    /// What the reader typed into the search field.
    pub search_text: String,
    pub tag: Option<String>,
    /// Only articles in this language; `None` shows all.
    pub language: Option<Lang>,
}

impl ListingState {
    pub fn is_filtered(&self) -> bool {
        !self.search_text.trim().is_empty() || self.tag.is_some() || self.language.is_some()
    }

    /// Whether an article passes the language filter. One without a language
    /// is in the site's (`unlabeled`); one in a language the interface does
    /// not have passes only when nothing is filtered.
    pub fn admits_language(&self, meta: &ArticleMeta, unlabeled: Lang) -> bool {
        match (self.language, meta.language.as_deref()) {
            (None, _) => true,
            (Some(wanted), Some(tag)) => Lang::from_tag(tag) == Some(wanted),
            (Some(wanted), None) => wanted == unlabeled,
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Timestamp;

    #[test]
    fn the_language_filter_reads_unlabeled_articles_as_the_sites() {
        let with_language = |language: Option<&str>| ArticleMeta {
            id: "a".into(),
            title: "A".into(),
            published: Timestamp::parse("2021-05-14T00:00:00Z")
                .unwrap_or_else(|_| panic!("a valid date")),
            modified: None,
            authors: Vec::new(),
            tags: Vec::new(),
            language: language.map(Into::into),
            image: None,
            translations: Vec::new(),
        };
        let only = |language: Option<Lang>| ListingState {
            language,
            ..ListingState::default()
        };
        let cases = [
            (None, Some("fr"), Lang::En, true),
            (Some(Lang::En), Some("en-GB"), Lang::ZhHans, true),
            (Some(Lang::En), Some("zh-Hans"), Lang::En, false),
            (Some(Lang::ZhHans), None, Lang::ZhHans, true),
            (Some(Lang::ZhHans), None, Lang::En, false),
            (Some(Lang::En), Some("fr"), Lang::En, false),
        ];
        for (wanted, language, unlabeled, admitted) in cases {
            assert_eq!(
                only(wanted).admits_language(&with_language(language), unlabeled),
                admitted,
                "{wanted:?} {language:?} {unlabeled:?}"
            );
        }
    }
}
