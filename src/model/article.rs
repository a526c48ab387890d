//! Articles and the news index, with JSON Feed 1.1 field names.

use std::collections::HashSet;

use super::error::{DataError, Problem};
use super::fields::{parse_document, Fields};
use super::timestamp::Timestamp;

/// What the listing and the article view both show about an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleMeta {
    /// URL-safe slug: it names the article file and appears in `/news/<id>`.
    pub id: String,
    pub title: String,
    pub published: Timestamp,
    pub modified: Option<Timestamp>,
    pub authors: Vec<String>,
    pub tags: Vec<String>,
    /// BCP 47 tag of the content, when it differs from the site's language.
    pub language: Option<String>,
    pub image: Option<String>,
}

/// One entry of the news index: everything the listing needs, no body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleSummary {
    pub meta: ArticleMeta,
    pub summary: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub meta: ArticleMeta,
    pub summary: Option<String>,
    pub body: Body,
}

/// The article text. Plain text is preferred when a feed offers both, because
/// it is safe to show by construction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    Text(String),
    Html(String),
}

/// The news index, newest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsIndex {
    pub items: Vec<ArticleSummary>,
}

impl ArticleMeta {
    fn read(fields: &Fields) -> Result<Self, DataError> {
        let id = fields.required_text("id")?;
        if !is_slug(&id) {
            return Err(fields.invalid(
                "id",
                "must be a slug: lowercase ASCII letters and digits joined by single hyphens",
            ));
        }
        let authors = fields
            .object_list("authors")?
            .iter()
            .map(|author| author.optional_text("name"))
            .filter_map(Result::transpose)
            .collect::<Result<_, _>>()?;
        let language = fields.optional_text("language")?;
        if language.as_deref().is_some_and(|tag| !is_language_tag(tag)) {
            return Err(fields.invalid("language", "must be a language tag such as en or zh-Hans"));
        }
        Ok(Self {
            id,
            title: fields.required_text("title")?,
            published: fields.required_timestamp("date_published")?,
            modified: fields.optional_timestamp("date_modified")?,
            authors,
            tags: fields.text_list("tags")?,
            language,
            image: fields.optional_text("image")?,
        })
    }
}

impl Article {
    pub fn parse(file: &str, text: &str) -> Result<Self, DataError> {
        let document = parse_document(file, text)?;
        let fields = Fields::root(file, &document)?;
        let body = match (
            fields.optional_text("content_text")?,
            fields.optional_text("content_html")?,
        ) {
            (Some(text), _) => Body::Text(text),
            (None, Some(html)) => Body::Html(html),
            (None, None) => {
                return Err(fields.invalid(
                    "content_text",
                    "or `content_html` is required and must not be empty",
                ))
            }
        };
        Ok(Self {
            meta: ArticleMeta::read(&fields)?,
            summary: fields.optional_text("summary")?,
            body,
        })
    }
}

impl NewsIndex {
    pub fn parse(file: &str, text: &str) -> Result<Self, DataError> {
        let document = parse_document(file, text)?;
        let root = Fields::root(file, &document)?;
        let mut items = root
            .required_list("items")?
            .iter()
            .map(|item| {
                Ok(ArticleSummary {
                    meta: ArticleMeta::read(item)?,
                    summary: item.required_text("summary")?,
                })
            })
            .collect::<Result<Vec<_>, DataError>>()?;
        let mut seen = HashSet::new();
        if let Some(duplicate) = items.iter().find(|item| !seen.insert(&item.meta.id)) {
            return Err(DataError::new(
                file,
                Problem::InvalidValue {
                    field: format!("items[].id ({:?})", duplicate.meta.id),
                    rule: "is used by two articles; ids must be unique",
                },
            ));
        }
        items.sort_by(|a, b| {
            b.meta
                .published
                .cmp(&a.meta.published)
                .then_with(|| a.meta.id.cmp(&b.meta.id))
        });
        Ok(Self { items })
    }

    pub fn contains(&self, id: &str) -> bool {
        self.items.iter().any(|item| item.meta.id == id)
    }
}

/// Splits plain text into paragraphs at blank lines; lines inside a paragraph
/// are joined, so stray indentation and hard wraps in the source disappear.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    paragraphs
}

pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 120
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_language_tag(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 35
        && text.split('-').all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}
