//! What a prerendered page shows, carried in the page as JSON: the app's first
//! view renders from it at once, with the markup the reader already sees,
//! instead of showing a loading state while it fetches the same data again.

use serde_json::{json, Map, Value};

use super::article::read_summaries;
use super::error::DataError;
use super::fields::{parse_document, Fields};
use super::listing::{ListingPage, ListingState, Neighbours};
use super::writing::{article_value, summary_value};
use super::{Article, ArticleSummary, Lang, Site};

/// Spells the mount attribute once for the constants below.
macro_rules! mount_attribute {
    () => {
        "data-jointlink-news"
    };
}

/// The attribute of the elements that receive the news; its `data-` siblings
/// configure it.
pub const MOUNT_ATTRIBUTE: &str = mount_attribute!();
pub const MOUNT_SELECTOR: &str = concat!("[", mount_attribute!(), "]");

/// The attribute of the `<script type="application/json">` inside a
/// prerendered page's news element that holds the data its markup shows.
pub const PAGE_DATA_ATTRIBUTE: &str = concat!(mount_attribute!(), "-prerendered");
pub const PAGE_DATA_SELECTOR: &str = concat!("script[", mount_attribute!(), "-prerendered]");

/// The name the page's data goes by in messages and the console.
pub const PRERENDERED_FILE: &str = "the page's prerendered data";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prerendered {
    pub site: Site,
    /// The interface language the page was rendered in: the site's, or the
    /// one its language folder names; `None` for one this build does not know.
    pub interface: Option<Lang>,
    pub view: PrerenderedView,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrerenderedView {
    Listing {
        state: ListingState,
        page: ListingPage,
    },
    Article {
        article: Box<Article>,
        neighbours: Box<Neighbours>,
    },
    NotFound,
}

impl Prerendered {
    pub fn parse(text: &str) -> Result<Self, DataError> {
        let document = parse_document(PRERENDERED_FILE, text)?;
        let root = Fields::root(PRERENDERED_FILE, &document)?;
        let site = Site::read(&root.required_object("site")?)?;
        let interface = root
            .optional_text("interface")?
            .map_or(Some(site.language), |tag| Lang::from_tag(&tag));
        let view = if let Some(listing) = root.optional_object("listing")? {
            PrerenderedView::Listing {
                state: ListingState {
                    page: listing.optional_text("state_page")?,
                    search_text: String::new(),
                    tag: listing.optional_text("state_tag")?,
                    year: listing.optional_text("state_year")?,
                    language: None,
                },
                page: ListingPage {
                    items: read_summaries(PRERENDERED_FILE, &listing)?,
                    page: listing.required_count("page")?,
                    page_count: listing.required_count("page_count")?,
                    total: listing.required_count("total")?,
                    skipped: 0,
                    years: listing.text_list("years")?,
                },
            }
        } else if let Some(article) = root.optional_object("article")? {
            let summary = |name: &str| {
                root.optional_object(name)?
                    .map(|fields| ArticleSummary::read(&fields))
                    .transpose()
            };
            PrerenderedView::Article {
                article: Box::new(Article::read(&article)?),
                neighbours: Box::new(Neighbours {
                    newer: summary("newer")?,
                    older: summary("older")?,
                    latest: read_summaries(PRERENDERED_FILE, &root.required_object("latest")?)?,
                }),
            }
        } else {
            PrerenderedView::NotFound
        };
        Ok(Self {
            site,
            interface,
            view,
        })
    }
}

/// The element that carries a prerendered view's data (`prerendered_json`),
/// after the view's markup.
pub fn page_data_script(site_file: &Value, interface: Lang, view: &PrerenderedView) -> String {
    format!(
        "<script type=\"application/json\" {PAGE_DATA_ATTRIBUTE}>{}</script>",
        prerendered_json(site_file, interface, view)
    )
}

/// The JSON of a prerendered page's data, for a `<script type="application/json">`:
/// `site_file` is the site file as read, and every `<` is escaped so that no
/// text in the data can end the script element.
pub fn prerendered_json(site_file: &Value, interface: Lang, view: &PrerenderedView) -> String {
    let mut root = Map::new();
    root.insert("site".into(), site_file.clone());
    root.insert("interface".into(), interface.tag().into());
    let items =
        |summaries: &[ArticleSummary]| -> Value { summaries.iter().map(summary_value).collect() };
    match view {
        PrerenderedView::Listing { state, page } => {
            root.insert(
                "listing".into(),
                json!({
                    "state_page": state.page,
                    "state_tag": state.tag,
                    "state_year": state.year,
                    "years": page.years,
                    "page": page.page,
                    "page_count": page.page_count,
                    "total": page.total,
                    "items": items(&page.items),
                }),
            );
        }
        PrerenderedView::Article {
            article,
            neighbours,
        } => {
            root.insert("article".into(), article_value(article));
            let summary = |summary: &Option<ArticleSummary>| summary.as_ref().map(summary_value);
            root.insert("newer".into(), json!(summary(&neighbours.newer)));
            root.insert("older".into(), json!(summary(&neighbours.older)));
            root.insert(
                "latest".into(),
                json!({ "items": items(&neighbours.latest) }),
            );
        }
        PrerenderedView::NotFound => {}
    }
    Value::Object(root).to_string().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::Outcome;

    const SITE: &str = r#"{"company": "Jointlink", "language": "en",
        "contact": {"tel": {"display": "1", "dial": "+86-1"}, "fax": {"display": "2", "dial": "+86-2"},
        "email": "a@b.cn"}}"#;

    fn summary(id: &str, title: &str) -> ArticleSummary {
        let text = format!(
            r#"{{"items": [{{"id": "{id}", "title": "{title}", "summary": "s", "date_published": "2021-05-14T10:00:00+08:00", "tags": ["ASEAN"]}}]}}"#
        );
        crate::model::parse_shard("test", &text)
            .ok()
            .and_then(|mut items| items.pop())
            .unwrap_or_else(|| panic!("test summary {id} did not parse"))
    }

    fn round_trip(view: PrerenderedView) -> Outcome {
        let site = parse_document("site", SITE)?;
        let text = prerendered_json(&site, Lang::ZhHans, &view);
        let parsed = Prerendered::parse(&text)?;
        assert_eq!(parsed.view, view);
        assert_eq!(parsed.site, Site::parse("site", SITE)?);
        assert_eq!(parsed.interface, Some(Lang::ZhHans));
        Ok(())
    }

    #[test]
    fn every_view_survives_the_trip_through_the_page() -> Outcome {
        round_trip(PrerenderedView::Listing {
            state: ListingState {
                page: Some("2".into()),
                search_text: String::new(),
                tag: Some("ASEAN".into()),
                year: None,
                language: None,
            },
            page: ListingPage {
                items: vec![summary("a", "A"), summary("b", "B")],
                page: 2,
                page_count: 3,
                total: 25,
                skipped: 0,
                years: Vec::new(),
            },
        })?;
        round_trip(PrerenderedView::Listing {
            state: ListingState {
                year: Some("2023".into()),
                ..ListingState::default()
            },
            page: ListingPage {
                items: vec![summary("a", "A")],
                page: 1,
                page_count: 1,
                total: 1,
                skipped: 0,
                years: vec!["2024".into(), "2023".into()],
            },
        })?;
        let article = Article::parse(
            "a",
            r#"{"id": "a", "title": "A", "date_published": "2021-05-14T10:00:00+08:00", "content_text": "Body"}"#,
        )?;
        round_trip(PrerenderedView::Article {
            article: Box::new(article),
            neighbours: Box::new(Neighbours {
                newer: Some(summary("n", "N")),
                older: None,
                latest: vec![summary("l", "L")],
            }),
        })?;
        round_trip(PrerenderedView::NotFound)
    }

    #[test]
    fn text_in_the_data_cannot_close_its_script_element() -> Outcome {
        let site = parse_document("site", SITE)?;
        let view = PrerenderedView::Listing {
            state: ListingState::default(),
            page: ListingPage {
                items: vec![summary("x", "</script><script>alert(1)</script>")],
                page: 1,
                page_count: 1,
                total: 1,
                skipped: 0,
                years: Vec::new(),
            },
        };
        let text = prerendered_json(&site, Lang::En, &view);
        assert!(!text.contains('<'));
        assert_eq!(Prerendered::parse(&text)?.view, view);
        Ok(())
    }

    #[test]
    fn damaged_data_is_an_error_not_a_panic() {
        for text in [
            "",
            "[]",
            "{}",
            r#"{"site": {}}"#,
            r#"{"site": 1, "listing": {}}"#,
        ] {
            assert!(Prerendered::parse(text).is_err(), "{text}");
        }
    }
}
