//! JSON Feed 1.1 (and 1.0) pages, read leniently: a bad item is skipped and
//! counted, items without an id are dropped as the specification says, and
//! numeric ids become strings.

use std::collections::HashSet;

use serde_json::Value;

use super::article::read_translations;
use super::error::{DataError, Problem};
use super::fields::{parse_document, Fields};
use super::{newest_first, Article, ArticleMeta, Body, Image};

/// One page of a feed; older items are at `next_url`.
#[derive(Debug)]
pub struct FeedPage {
    pub articles: Vec<Article>,
    pub skipped: Vec<DataError>,
    pub dropped_without_id: usize,
    pub next_url: Option<String>,
}

/// Longest summary we derive from a body when an item (or a post) has none.
pub const DERIVED_SUMMARY_CHARS: usize = 160;

pub fn parse_feed_page(file: &str, text: &str) -> Result<FeedPage, DataError> {
    let document = parse_document(file, text)?;
    let root = Fields::root(file, &document)?;
    let feed_language = root.optional_text("language")?;
    let (items, skipped) =
        root.lenient_list("items", |item| read_item(item, feed_language.as_deref()))?;
    let dropped_without_id = items.iter().filter(|item| item.is_none()).count();
    Ok(FeedPage {
        articles: items.into_iter().flatten().collect(),
        skipped,
        dropped_without_id,
        next_url: root.optional_text("next_url")?,
    })
}

/// `Ok(None)` for an item without an id.
fn read_item(item: &Fields, feed_language: Option<&str>) -> Result<Option<Article>, DataError> {
    let id = match item.value("id") {
        None => return Ok(None),
        Some(Value::String(id)) if id.trim().is_empty() => return Ok(None),
        Some(Value::String(id)) => id.trim().to_owned(),
        Some(Value::Number(number)) => number.to_string(),
        Some(_) => {
            return Err(item.error(Problem::WrongType {
                field: item.path_of("id"),
                expected: "a string or a number",
            }))
        }
    };
    let text = item.optional_text("content_text")?;
    let html = item.optional_text("content_html")?;
    let body = match (text, html) {
        (Some(text), _) => Body::Text(text),
        (None, Some(html)) => Body::Html(html),
        (None, None) => return Err(item.invalid("content_text", "or `content_html` is required")),
    };
    let plain = body.plain_text();
    let title = match item.optional_text("title")? {
        Some(title) => title,
        None => return Err(item.invalid("title", "is needed to list the item")),
    };
    let published = match item.optional_timestamp("date_published")? {
        Some(date) => date,
        None => item.required_timestamp("date_modified")?,
    };
    let mut authors: Vec<String> = item
        .object_list("authors")?
        .iter()
        .filter_map(|author| author.optional_text("name").transpose())
        .collect::<Result<_, _>>()?;
    if let Some(author) = item.optional_object("author")? {
        authors.extend(author.optional_text("name")?);
    }
    let summary = item
        .optional_text("summary")?
        .unwrap_or_else(|| shorten(&plain, DERIVED_SUMMARY_CHARS));
    Ok(Some(Article {
        meta: ArticleMeta {
            id,
            title,
            published,
            modified: item.optional_timestamp("date_modified")?,
            expires: None,
            authors,
            tags: item.text_list("tags")?,
            language: item
                .optional_text("language")?
                .or_else(|| feed_language.map(str::to_owned)),
            image: match (Image::read(item, "image")?, item.optional_object("_image")?) {
                (Some(image), Some(details)) => Some(image.with_details(&details)?),
                (image, _) => image,
            },
            translations: read_translations(item, "_translations")?,
        },
        summary: Some(summary),
        body,
        reading_minutes: None,
        related: Vec::new(),
    }))
}

/// The items of all pages in listing order, each id once: a feed that repeats
/// an item (on a later page, or after an edit) shows the first copy it sent.
pub fn merge_pages(pages: Vec<Vec<Article>>) -> Vec<Article> {
    let mut seen = HashSet::new();
    let mut articles: Vec<Article> = pages
        .into_iter()
        .flatten()
        .filter(|article| seen.insert(article.meta.id.clone()))
        .collect();
    articles.sort_by(|a, b| newest_first(&a.meta, &b.meta));
    articles
}

/// The first `limit` characters of `text`, cut at a word where there are words.
pub fn shorten(text: &str, limit: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= limit {
        return text;
    }
    let cut: String = text.chars().take(limit).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|space| *space > limit / 2)
        .map_or(cut.as_str(), |space| &cut[..space]);
    format!("{}…", at_word.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Translation;

    const FEED: &str = r#"{
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Port news", "language": "en",
        "next_url": "https://example.com/feed-2.json",
        "items": [
            {"id": "https://example.com/a", "title": "Full item", "summary": "Sum",
             "content_html": "<p>Body &amp; more</p>", "date_published": "2024-05-01T08:00:00+08:00",
             "authors": [{"name": "Desk"}], "tags": ["Ports"], "language": "zh-Hans",
             "_translations": [{"language": "en", "id": "https://example.com/a-en"}]},
            {"id": 42, "title": "Numeric id", "content_text": "Plain body text", "date_modified": "2024-04-01T00:00:00Z",
             "author": {"name": "Old style"}},
            {"title": "No id: dropped", "content_text": "x", "date_published": "2024-01-01T00:00:00Z"},
            {"id": "no-body", "title": "No body", "date_published": "2024-01-01T00:00:00Z"},
            {"id": "bad-date", "title": "Bad date", "content_text": "x", "date_published": "yesterday"},
            {"id": ["array"], "title": "Bad id", "content_text": "x", "date_published": "2024-01-01T00:00:00Z"},
            "not an object"
        ]
    }"#;

    #[test]
    fn reads_good_items_and_counts_the_bad_ones() -> Result<(), DataError> {
        let page = parse_feed_page("feed.json", FEED)?;
        let ids: Vec<&str> = page.articles.iter().map(|a| a.meta.id.as_str()).collect();
        assert_eq!(ids, ["https://example.com/a", "42"]);
        assert_eq!(page.skipped.len(), 4);
        assert_eq!(page.dropped_without_id, 1);
        assert_eq!(
            page.next_url.as_deref(),
            Some("https://example.com/feed-2.json")
        );

        let full = &page.articles[0];
        assert_eq!(full.body, Body::Html("<p>Body &amp; more</p>".into()));
        assert_eq!(full.meta.authors, ["Desk"]);
        assert_eq!(full.meta.language.as_deref(), Some("zh-Hans"));
        assert_eq!(
            full.meta.translations,
            [Translation {
                language: "en".into(),
                id: "https://example.com/a-en".into()
            }]
        );
        let numeric = &page.articles[1];
        assert_eq!(numeric.summary.as_deref(), Some("Plain body text"));
        assert_eq!(numeric.meta.published.as_str(), "2024-04-01T00:00:00Z");
        assert_eq!(numeric.meta.authors, ["Old style"]);
        assert_eq!(
            numeric.meta.language.as_deref(),
            Some("en"),
            "the feed's language applies"
        );
        Ok(())
    }

    #[test]
    fn repeated_ids_are_shown_once_wherever_they_are() -> Result<(), DataError> {
        let page = |items: &str| -> Result<Vec<Article>, DataError> {
            Ok(parse_feed_page("feed.json", &format!(r#"{{"items": [{items}]}}"#))?.articles)
        };
        let item = |id: &str, title: &str, date: &str| {
            format!(
                r#"{{"id": "{id}", "title": "{title}", "content_text": "x", "date_published": "{date}"}}"#
            )
        };
        let merged = merge_pages(vec![
            page(
                &[
                    item("a", "A first", "2024-03-01T00:00:00Z"),
                    item("b", "B", "2024-02-01T00:00:00Z"),
                    item("a", "A again", "2024-01-01T00:00:00Z"),
                ]
                .join(","),
            )?,
            page(
                &[
                    item("c", "C", "2024-04-01T00:00:00Z"),
                    item("b", "B stale", "2024-05-01T00:00:00Z"),
                ]
                .join(","),
            )?,
        ]);
        let shown: Vec<(&str, &str)> = merged
            .iter()
            .map(|article| (article.meta.id.as_str(), article.meta.title.as_str()))
            .collect();
        assert_eq!(shown, [("c", "C"), ("a", "A first"), ("b", "B")]);
        Ok(())
    }

    #[test]
    fn a_feed_without_items_is_an_error() {
        assert!(parse_feed_page("feed.json", r#"{"title": "x"}"#).is_err());
        assert!(parse_feed_page("feed.json", "[]").is_err());
        assert!(parse_feed_page("feed.json", "").is_err());
    }

    #[test]
    fn derived_summaries_are_short() {
        assert_eq!(shorten("short text", 160), "short text");
        let long = "word ".repeat(60);
        let summary = shorten(&long, 40);
        assert!(summary.chars().count() <= 41, "{summary}");
        assert!(summary.ends_with('…'));
        assert_eq!(
            shorten(&"长".repeat(50), 10),
            format!("{}…", "长".repeat(10))
        );
    }
}
