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

/// The news index: the newest articles, and where the older ones are.
/// A large archive is split into shards so the first page never downloads it all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsIndex {
    /// The newest articles, newest first: the first shard.
    pub items: Vec<ArticleSummary>,
    /// The older shards, newest first; empty when `items` is the whole archive.
    pub shards: Vec<ShardRef>,
    /// Number of articles in all shards.
    pub total: usize,
    /// The compact search index, fetched only when a reader searches or filters.
    pub search_index: Option<String>,
}

/// An older part of the index, in a file of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShardRef {
    pub url: String,
    pub count: usize,
    pub newest: Timestamp,
    pub oldest: Timestamp,
}

impl ShardRef {
    /// A shard file must hold what the index says of it: pages are placed by
    /// the index's counts, so a half-uploaded or stale shard is rejected
    /// rather than sliced.
    pub fn check(&self, file: &str, items: &[ArticleSummary]) -> Result<(), DataError> {
        let disagrees = |field: String, detail: String| {
            Err(DataError::new(file, Problem::Disagrees { field, detail }))
        };
        if items.len() != self.count {
            return disagrees(
                "items".into(),
                format!(
                    "the news index, which counts {} articles here; the file holds {}",
                    self.count,
                    items.len()
                ),
            );
        }
        match items
            .iter()
            .find(|item| item.meta.published > self.newest || item.meta.published < self.oldest)
        {
            Some(item) => disagrees(
                format!("items[{:?}].date_published", item.meta.id),
                format!(
                    "the news index, which dates this shard from {} to {}",
                    self.oldest.as_str(),
                    self.newest.as_str()
                ),
            ),
            None => Ok(()),
        }
    }
}

impl ArticleMeta {
    pub(super) fn read(fields: &Fields) -> Result<Self, DataError> {
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
    /// What the listing shows of this article.
    pub fn summary(&self) -> ArticleSummary {
        ArticleSummary {
            meta: self.meta.clone(),
            summary: self.summary.clone().unwrap_or_default(),
        }
    }

    /// The same, for an article no longer needed whole.
    pub fn into_summary(self) -> ArticleSummary {
        ArticleSummary {
            summary: self.summary.unwrap_or_default(),
            meta: self.meta,
        }
    }

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
        let items = read_summaries(file, &root)?;
        let shards = root
            .object_list("shards")?
            .iter()
            .map(|shard| {
                Ok(ShardRef {
                    url: shard.required_text("url")?,
                    count: shard.required_count("count")?,
                    newest: shard.required_timestamp("newest")?,
                    oldest: shard.required_timestamp("oldest")?,
                })
            })
            .collect::<Result<Vec<_>, DataError>>()?;
        let counted = items.len() + shards.iter().map(|shard| shard.count).sum::<usize>();
        let total = root.optional_count("total")?.unwrap_or(counted);
        if total != counted {
            return Err(root.invalid("total", "differs from the number of items in all shards"));
        }
        let search_index = root.optional_text("search_index")?;
        if search_index.is_none() && !shards.is_empty() {
            return Err(root.invalid(
                "search_index",
                "is required when the index has shards: search must cover the whole archive",
            ));
        }
        Ok(Self {
            items,
            shards,
            total,
            search_index,
        })
    }

    /// Sizes of all shards, the inline first one included, for `paging::shards_for`.
    pub fn shard_sizes(&self) -> Vec<usize> {
        std::iter::once(self.items.len())
            .chain(self.shards.iter().map(|shard| shard.count))
            .collect()
    }

    /// The shard whose date range holds `published`: 0 is the inline one.
    pub fn shard_holding(&self, published: &Timestamp) -> usize {
        if self
            .items
            .last()
            .is_none_or(|oldest| *published >= oldest.meta.published)
        {
            return 0;
        }
        self.shards
            .iter()
            .position(|shard| *published >= shard.oldest)
            .map_or(self.shards.len(), |position| position + 1)
    }

    /// Whether the index lists `id`: known only when it is in the inline shard,
    /// or when there are no other shards to look in.
    pub fn lists(&self, id: &str) -> Option<bool> {
        if self.items.iter().any(|item| item.meta.id == id) {
            Some(true)
        } else if self.shards.is_empty() {
            Some(false)
        } else {
            None
        }
    }
}

/// A page of our REST API's `GET /articles`: summaries read one by one, so a
/// bad item is skipped rather than failing the page.
#[derive(Debug)]
pub struct ApiPage {
    pub items: Vec<ArticleSummary>,
    pub skipped: Vec<DataError>,
    pub total: usize,
}

pub fn parse_api_page(file: &str, text: &str) -> Result<ApiPage, DataError> {
    let document = parse_document(file, text)?;
    let root = Fields::root(file, &document)?;
    let (items, skipped) = root.lenient_list("items", |item| {
        Ok(ArticleSummary {
            meta: ArticleMeta::read(item)?,
            summary: item.required_text("summary")?,
        })
    })?;
    Ok(ApiPage {
        items,
        skipped,
        total: root.required_count("total")?,
    })
}

/// Reads a shard file: `{"items": [...]}`, like the index without shards.
pub fn parse_shard(file: &str, text: &str) -> Result<Vec<ArticleSummary>, DataError> {
    let document = parse_document(file, text)?;
    read_summaries(file, &Fields::root(file, &document)?)
}

fn read_summaries(file: &str, root: &Fields) -> Result<Vec<ArticleSummary>, DataError> {
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
    items.sort_by(|a, b| newest_first(&a.meta, &b.meta));
    Ok(items)
}

/// The listing order: newest first, and by id between articles of the same instant.
pub fn newest_first(a: &ArticleMeta, b: &ArticleMeta) -> std::cmp::Ordering {
    b.published.cmp(&a.published).then_with(|| a.id.cmp(&b.id))
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
