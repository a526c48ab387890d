//! The listing's place (which page, which search, which tag) and what a
//! listing page and an article's surroundings hold.

use super::{ArticleMeta, ArticleSummary, Lang};

/// The languages a listing is read in: the interface's, and the site's, which
/// an article without a `language` is in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListingLanguages {
    pub interface: Lang,
    pub site: Lang,
}

/// One entry per translated pair: an article is left out when its
/// translation in the interface language is among `summaries` too, so the
/// reader sees the version in their language, which links to the other.
pub fn one_per_pair(
    summaries: Vec<&ArticleSummary>,
    readers: ListingLanguages,
) -> Vec<&ArticleSummary> {
    let listed: std::collections::HashSet<&str> = summaries
        .iter()
        .map(|summary| summary.meta.id.as_str())
        .collect();
    let in_interface =
        |tag: Option<&str>| Lang::of_content(tag, readers.site) == Some(readers.interface);
    summaries
        .iter()
        .copied()
        .filter(|summary| {
            let meta = &summary.meta;
            in_interface(meta.language.as_deref())
                || !meta.translations.iter().any(|translation| {
                    in_interface(Some(&translation.language))
                        && listed.contains(translation.id.as_str())
                })
        })
        .collect()
}

/// Articles per page of a year's archive.
pub const YEAR_PAGE_SIZE: usize = 100;

/// What the listing shows: its page, search text, tag and language, as the URL holds them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListingState {
    /// As written in the URL; the listing decides whether it is a valid page.
    pub page: Option<String>,
    /// What the reader typed into the search field.
    pub search_text: String,
    pub tag: Option<String>,
    /// Only articles released in this year, as written in the URL (`2023`).
    pub year: Option<String>,
    /// Only articles in this language; `None` shows all.
    pub language: Option<Lang>,
}

impl ListingState {
    pub fn is_filtered(&self) -> bool {
        !self.search_text.trim().is_empty()
            || self.tag.is_some()
            || self.year.is_some()
            || self.language.is_some()
    }

    /// Whether an article passes the year filter: its release date, as the
    /// publisher wrote it, is in that year.
    pub fn admits_year(&self, meta: &ArticleMeta) -> bool {
        self.year
            .as_deref()
            .is_none_or(|year| meta.published.year_text() == year)
    }

    /// Articles per page: a year's archive lists titles only, so many more
    /// fit on a page than the listing's `listing` of summaries.
    pub fn page_size(&self, listing: usize) -> usize {
        match self.year {
            Some(_) => YEAR_PAGE_SIZE,
            None => listing,
        }
    }

    /// Whether an article passes the language filter. One without a language
    /// is in the site's (`unlabeled`); one in a language the interface does
    /// not have passes only when nothing is filtered.
    pub fn admits_language(&self, meta: &ArticleMeta, unlabeled: Lang) -> bool {
        self.language.is_none_or(|wanted| {
            Lang::of_content(meta.language.as_deref(), unlabeled) == Some(wanted)
        })
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
    /// On a year's archive: every year that has articles, newest first, for
    /// the links between years.
    pub years: Vec<String>,
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

    fn summary(id: &str, language: Option<&str>, translations: &[(&str, &str)]) -> ArticleSummary {
        ArticleSummary {
            meta: ArticleMeta {
                language: language.map(Into::into),
                translations: translations
                    .iter()
                    .map(|(language, id)| crate::model::Translation {
                        language: (*language).into(),
                        id: (*id).into(),
                    })
                    .collect(),
                ..meta(id)
            },
            summary: String::new(),
        }
    }

    fn meta(id: &str) -> ArticleMeta {
        ArticleMeta {
            id: id.into(),
            title: id.into(),
            published: Timestamp::parse("2021-05-14T00:00:00Z")
                .unwrap_or_else(|_| panic!("a valid date")),
            modified: None,
            expires: None,
            authors: Vec::new(),
            tags: Vec::new(),
            language: None,
            image: None,
            translations: Vec::new(),
        }
    }

    #[test]
    fn a_translated_pair_is_listed_once_in_the_readers_language() {
        let items = [
            summary("rcep", Some("zh-Hans"), &[("en", "rcep-en")]),
            summary("rcep-en", Some("en"), &[("zh-Hans", "rcep")]),
            summary("alone", Some("zh-Hans"), &[("en", "not-listed")]),
            summary("plain", None, &[("zh-Hans", "plain-zh")]),
            summary("plain-zh", Some("zh-Hans"), &[("en", "plain")]),
        ];
        let ids = |interface: Lang, unlabeled: Lang| -> Vec<String> {
            one_per_pair(
                items.iter().collect(),
                ListingLanguages {
                    interface,
                    site: unlabeled,
                },
            )
            .iter()
            .map(|summary| summary.meta.id.clone())
            .collect()
        };
        assert_eq!(ids(Lang::En, Lang::En), ["rcep-en", "alone", "plain"]);
        assert_eq!(ids(Lang::ZhHans, Lang::En), ["rcep", "alone", "plain-zh"]);
        // An article without a language is in the site's: here not the reader's.
        assert_eq!(ids(Lang::En, Lang::ZhHans), ["rcep-en", "alone", "plain"]);
        assert_eq!(
            ids(Lang::ZhHans, Lang::ZhHans),
            ["rcep", "alone", "plain", "plain-zh"]
        );
    }

    #[test]
    fn the_language_filter_reads_unlabeled_articles_as_the_sites() {
        let with_language = |language: Option<&str>| ArticleMeta {
            language: language.map(Into::into),
            ..meta("a")
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
