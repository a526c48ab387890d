//! Articles and the news index, with JSON Feed 1.1 field names.

use std::collections::HashSet;

use super::error::{DataError, Problem};
use super::fields::{parse_document, Fields};
use super::html_text::html_to_text;
use super::image::Image;
use super::timestamp::Timestamp;

/// What the listing and the article view both show about an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleMeta {
    /// URL-safe slug: it names the article file and appears in `/news/<id>`.
    pub id: String,
    pub title: String,
    pub published: Timestamp,
    pub modified: Option<Timestamp>,
    /// When a notice stops being in effect: `publish` then takes it out of
    /// the listing and keeps its address as an "expired" page.
    pub expires: Option<Timestamp>,
    pub authors: Vec<String>,
    pub tags: Vec<String>,
    /// BCP 47 tag of the content, when it differs from the site's language.
    pub language: Option<String>,
    pub image: Option<Image>,
    /// The same article in other languages.
    pub translations: Vec<Translation>,
}

/// Another language's version of an article: its language and its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    pub language: String,
    pub id: String,
}

/// The `name` list of translations (`translations` in our files,
/// `_translations` in a JSON Feed, where custom keys start with `_`).
pub(super) fn read_translations(
    fields: &Fields,
    name: &str,
) -> Result<Vec<Translation>, DataError> {
    fields
        .object_list(name)?
        .iter()
        .map(|translation| {
            let language = translation.required_text("language")?;
            if !is_language_tag(&language) {
                return Err(
                    translation.invalid("language", "must be a language tag such as en or zh-Hans")
                );
            }
            Ok(Translation {
                language,
                id: translation.required_text("id")?,
            })
        })
        .collect()
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
    /// Minutes to read the body, counted when the data folder was written.
    pub reading_minutes: Option<usize>,
    /// Up to three articles on the same subject, chosen when the data folder
    /// was written: what a link to each needs (id, title, date, language).
    pub related: Vec<ArticleMeta>,
}

/// The article text. Plain text is preferred when a feed offers both, because
/// it is safe to show by construction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    Text(String),
    Html(String),
    /// The notice has expired: its file keeps the address answering, without
    /// the text.
    Expired,
}

impl Body {
    /// The text a reader reads, without markup.
    pub fn plain_text(&self) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Html(html) => html_to_text(html),
            Self::Expired => String::new(),
        }
    }
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
    /// Whether some articles name translations: the listing then shows one
    /// entry per pair, which only the search index (every article) can tell.
    pub translated: bool,
    /// Expired notices: no longer listed, but their addresses still answer.
    pub expired: Vec<String>,
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
    /// When the content last changed: the later of its release and its
    /// correction, for the sitemap's `lastmod` and what to push again.
    pub fn last_change(&self) -> &Timestamp {
        self.modified
            .as_ref()
            .map_or(&self.published, |modified| modified.max(&self.published))
    }

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
            expires: fields.optional_timestamp("expires")?,
            authors,
            tags: fields.text_list("tags")?,
            language,
            image: Image::read(fields, "image")?,
            translations: read_translations(fields, "translations")?,
        })
    }
}

impl Article {
    /// Reads the article file that `id` names (`file`, its path for messages):
    /// the article, which must carry that id. The app, the prerender and the
    /// tools all read article files through this.
    pub fn parse_file(file: &str, text: &str, id: &str) -> Result<Self, DataError> {
        let article = Self::parse(file, text)?;
        article.check_file_id(file, id)?;
        Ok(article)
    }

    /// An article file must carry the id it is named by (`file` is its path
    /// for messages).
    pub fn check_file_id(&self, file: &str, id: &str) -> Result<(), DataError> {
        if self.meta.id == id {
            return Ok(());
        }
        Err(DataError::new(
            file,
            Problem::InvalidValue {
                field: "id".into(),
                rule: "must be the id its file is named by",
            },
        ))
    }

    /// What a published article file must hold beyond what every source's
    /// article needs: a summary, which the listing shows.
    pub fn check_publishable(&self, file: &str) -> Result<(), DataError> {
        match (&self.summary, &self.body) {
            (Some(_), _) | (None, Body::Expired) => Ok(()),
            (None, _) => Err(DataError::new(
                file,
                Problem::Missing {
                    field: "summary".into(),
                },
            )),
        }
    }

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
        Self::read(&Fields::root(file, &document)?)
    }

    pub(super) fn read(fields: &Fields) -> Result<Self, DataError> {
        // An expired notice's file has no text; `check` makes sure of it.
        let body = match (
            fields.flag("expired")?,
            fields.optional_text("content_text")?,
            fields.optional_text("content_html")?,
        ) {
            (true, _, _) => Body::Expired,
            (false, Some(text), _) => Body::Text(text),
            (false, None, Some(html)) => Body::Html(html),
            (false, None, None) => {
                return Err(fields.invalid(
                    "content_text",
                    "or `content_html` is required and must not be empty",
                ))
            }
        };
        Ok(Self {
            meta: ArticleMeta::read(fields)?,
            summary: fields.optional_text("summary")?,
            body,
            reading_minutes: fields.optional_count("reading_minutes")?,
            related: fields
                .object_list("related")?
                .iter()
                .map(ArticleMeta::read)
                .collect::<Result<_, _>>()?,
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
        let translated = root.flag("translated")?;
        if translated && search_index.is_none() {
            return Err(root.invalid(
                "search_index",
                "is required when articles are translated: pairs are listed once through it",
            ));
        }
        Ok(Self {
            items,
            shards,
            total,
            search_index,
            translated,
            expired: root.text_list("expired")?,
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

    /// Whether the index knows `id`, listed or expired: known only when it is
    /// in the inline shard or expired, or when there are no other shards to
    /// look in.
    pub fn lists(&self, id: &str) -> Option<bool> {
        let listed = |item: &ArticleSummary| item.meta.id == id;
        if self.items.iter().any(listed) || self.expired.iter().any(|expired| expired == id) {
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

impl ArticleSummary {
    pub(super) fn read(item: &Fields) -> Result<Self, DataError> {
        Ok(Self {
            meta: ArticleMeta::read(item)?,
            summary: item.required_text("summary")?,
        })
    }
}

pub(super) fn read_summaries(file: &str, root: &Fields) -> Result<Vec<ArticleSummary>, DataError> {
    let mut items = root
        .required_list("items")?
        .iter()
        .map(ArticleSummary::read)
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

pub fn is_language_tag(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 35
        && text.split('-').all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::*;
    use crate::model::*;

    const ARTICLE: &str = r#"{
    "id": "port-of-ningbo",
    "title": "  Ningbo-Zhoushan port grows  ",
    "summary": "Throughput rose.",
    "content_text": "First paragraph\n   continues here.\n\n\n   Second paragraph.  \n",
    "date_published": "2023-03-01T09:00:00+08:00",
    "date_modified": null,
    "authors": [{"name": "Xinhua"}, {"url": "https://example.com"}],
    "tags": ["ports", " ", "Ningbo"],
    "language": "en",
    "_editor_note": "unknown fields are ignored",
    "extra": {"nested": [1, 2, 3]}
}"#;

    #[test]
    fn an_article_names_its_translations_and_bad_ones_are_named() -> Outcome {
        let with = |translations: &str| {
            ARTICLE.replace(
                "\"language\": \"en\",",
                &format!("\"language\": \"en\", \"translations\": {translations},"),
            )
        };
        let article = Article::parse(
            FILE,
            &with(r#"[{"language": "zh-Hans", "id": "port-of-ningbo-zh"}]"#),
        )?;
        assert_eq!(
            article.meta.translations,
            [Translation {
                language: "zh-Hans".into(),
                id: "port-of-ningbo-zh".into()
            }]
        );
        assert!(Article::parse(FILE, ARTICLE)?.meta.translations.is_empty());
        for (bad, field) in [
            (
                r#"[{"language": "zh Hans", "id": "x"}]"#,
                "translations[0].language",
            ),
            (r#"[{"language": "zh-Hans"}]"#, "translations[0].id"),
            (r#"[{"id": "x"}]"#, "translations[0].language"),
            (r#""port-of-ningbo-zh""#, "translations"),
        ] {
            let problem = problem_of(Article::parse(FILE, &with(bad)));
            let named = match &problem {
                Problem::InvalidValue { field, .. }
                | Problem::Missing { field }
                | Problem::WrongType { field, .. } => field.as_str(),
                _ => "",
            };
            assert_eq!(named, field, "{bad}: {problem:?}");
        }
        Ok(())
    }

    #[test]
    fn an_expired_notice_has_no_text_and_says_when_it_expired() -> Outcome {
        let expired = ARTICLE
            .replace(
                r#""content_text": "First paragraph\n   continues here.\n\n\n   Second paragraph.  \n","#,
                r#""expired": true,"#,
            )
            .replace(r#""date_modified": null,"#, r#""expires": "2024-03-01T00:00:00+08:00","#);
        let article = Article::parse(FILE, &expired)?;
        assert_eq!(article.body, Body::Expired);
        assert_eq!(
            article.meta.expires.as_ref().map(Timestamp::as_str),
            Some("2024-03-01T00:00:00+08:00")
        );
        let written = crate::model::writing::article_json(&article);
        assert_eq!(Article::parse(FILE, &written)?, article, "{written}");
        let not_a_flag = expired.replace(r#""expired": true"#, r#""expired": "yes""#);
        assert_eq!(
            problem_of(Article::parse(FILE, &not_a_flag)),
            wrong_type("expired", "true or false")
        );
        Ok(())
    }

    #[test]
    fn reading_time_and_related_articles_are_read_and_written_back() -> Outcome {
        let with = |fields: &str| ARTICLE.replace(r#""date_modified": null,"#, fields);
        let article = Article::parse(
            FILE,
            &with(
                r#""reading_minutes": 4, "related": [
                    {"id": "rates-2024", "title": "Rates", "date_published": "2024-01-01T00:00:00Z", "language": "zh-Hans"},
                    {"id": "customs", "title": "Customs", "date_published": "2023-01-01T00:00:00Z"}],"#,
            ),
        )?;
        assert_eq!(article.reading_minutes, Some(4));
        let ids: Vec<&str> = article
            .related
            .iter()
            .map(|entry| entry.id.as_str())
            .collect();
        assert_eq!(ids, ["rates-2024", "customs"]);
        assert_eq!(article.related[0].language.as_deref(), Some("zh-Hans"));
        let written = crate::model::writing::article_json(&article);
        assert_eq!(Article::parse(FILE, &written)?, article, "{written}");
        let plain = Article::parse(FILE, ARTICLE)?;
        assert_eq!((plain.reading_minutes, plain.related.len()), (None, 0));
        for (bad, field) in [
            (r#""reading_minutes": "3","#, "reading_minutes"),
            (
                r#""related": [{"id": "Not A Slug", "title": "x", "date_published": "2024-01-01T00:00:00Z"}],"#,
                "related[0].id",
            ),
            (
                r#""related": [{"id": "a", "date_published": "2024-01-01T00:00:00Z"}],"#,
                "related[0].title",
            ),
            (
                r#""related": [{"id": "a", "title": "x", "date_published": "soon"}],"#,
                "related[0].date_published",
            ),
            (
                r#""related": [{"id": "a", "title": "x", "date_published": "2024-01-01T00:00:00Z", "language": "zh Hans"}],"#,
                "related[0].language",
            ),
        ] {
            let problem = problem_of(Article::parse(FILE, &with(bad)));
            let named = match &problem {
                Problem::InvalidValue { field, .. }
                | Problem::Missing { field }
                | Problem::WrongType { field, .. }
                | Problem::InvalidDate { field, .. } => field.as_str(),
                _ => "",
            };
            assert_eq!(named, field, "{bad}: {problem:?}");
        }
        Ok(())
    }

    #[test]
    fn the_index_names_expired_notices_so_their_addresses_still_answer() -> Outcome {
        let index = NewsIndex::parse(
            FILE,
            r#"{"items": [], "search_index": "search.json", "expired": ["spring-festival-2023"]}"#,
        )?;
        assert_eq!(index.lists("spring-festival-2023"), Some(true));
        assert_eq!(index.lists("never-written"), Some(false));
        Ok(())
    }

    #[test]
    fn an_index_of_translated_articles_says_so_and_needs_its_search_index() -> Outcome {
        let index =
            |extra: &str| format!(r#"{{"items": [], "search_index": "search.json"{extra}}}"#);
        assert!(!NewsIndex::parse(FILE, &index(""))?.translated);
        assert!(NewsIndex::parse(FILE, &index(r#", "translated": true"#))?.translated);
        assert_eq!(
            problem_of(NewsIndex::parse(FILE, &index(r#", "translated": "yes""#))),
            wrong_type("translated", "true or false")
        );
        assert!(matches!(
            problem_of(NewsIndex::parse(FILE, r#"{"items": [], "translated": true}"#)),
            Problem::InvalidValue { field, .. } if field == "search_index"
        ));
        Ok(())
    }

    #[test]
    fn parses_an_article_and_ignores_unknown_fields() -> Outcome {
        let article = Article::parse(FILE, ARTICLE)?;
        assert_eq!(article.meta.id, "port-of-ningbo");
        assert_eq!(article.meta.title, "Ningbo-Zhoushan port grows");
        assert_eq!(article.meta.authors, ["Xinhua"]);
        assert_eq!(article.meta.tags, ["ports", "Ningbo"]);
        assert_eq!(article.meta.modified, None);
        assert_eq!(article.meta.language.as_deref(), Some("en"));
        assert_eq!(article.summary.as_deref(), Some("Throughput rose."));
        let Body::Text(text) = &article.body else {
            panic!("expected a plain-text body, got {:?}", article.body);
        };
        assert_eq!(
            paragraphs(text),
            ["First paragraph continues here.", "Second paragraph."]
        );
        Ok(())
    }

    #[test]
    fn prefers_plain_text_and_falls_back_to_html() -> Outcome {
        let both = r#"{"id":"a","title":"A","date_published":"2020-01-01T00:00:00Z",
        "content_text":"plain","content_html":"<p>rich</p>"}"#;
        assert_eq!(Article::parse(FILE, both)?.body, Body::Text("plain".into()));
        let html_only = r#"{"id":"a","title":"A","date_published":"2020-01-01T00:00:00Z",
        "content_html":"<p>rich</p>"}"#;
        assert_eq!(
            Article::parse(FILE, html_only)?.body,
            Body::Html("<p>rich</p>".into())
        );
        Ok(())
    }

    #[test]
    fn empty_and_non_json_files_are_named_errors() {
        assert_eq!(problem_of(Article::parse(FILE, "")), Problem::EmptyFile);
        assert_eq!(
            problem_of(NewsIndex::parse(FILE, "  \n ")),
            Problem::EmptyFile
        );
        assert!(matches!(
            problem_of(Article::parse(FILE, "{\"id\": ")),
            Problem::NotJson { .. }
        ));
        assert!(matches!(
            problem_of(NewsIndex::parse(FILE, "<!DOCTYPE html><html></html>")),
            Problem::NotJson { .. }
        ));
    }

    #[test]
    fn a_document_that_is_not_an_object_is_a_wrong_type() {
        for text in ["null", "[]", "42", "\"news\"", "true"] {
            assert_eq!(
                problem_of(NewsIndex::parse(FILE, text)),
                wrong_type("(the whole file)", "an object"),
                "{text}"
            );
        }
    }

    #[test]
    fn missing_required_fields_are_named() {
        let cases = [
            (
                r#"{"title":"A","date_published":"2020-01-01T00:00:00Z","content_text":"x"}"#,
                "id",
            ),
            (
                r#"{"id":"a","date_published":"2020-01-01T00:00:00Z","content_text":"x"}"#,
                "title",
            ),
            (
                r#"{"id":"a","title":"A","content_text":"x"}"#,
                "date_published",
            ),
            (
                r#"{"id":"a","title":null,"date_published":"2020-01-01T00:00:00Z","content_text":"x"}"#,
                "title",
            ),
        ];
        for (text, field) in cases {
            assert_eq!(
                problem_of(Article::parse(FILE, text)),
                missing(field),
                "{text}"
            );
        }
    }

    #[test]
    fn an_article_without_any_body_is_rejected() {
        let text =
            r#"{"id":"a","title":"A","date_published":"2020-01-01T00:00:00Z","content_text":"  "}"#;
        assert!(matches!(
            problem_of(Article::parse(FILE, text)),
            Problem::InvalidValue { field, .. } if field == "content_text"
        ));
    }

    #[test]
    fn wrong_types_are_named_with_their_path() {
        let index = |item: &str| format!(r#"{{"items":[{VALID_ITEM},{item}]}}"#);
        let cases = [
            (
                r#"{"items":{}}"#.to_owned(),
                wrong_type("items", "an array"),
            ),
            (
                r#"{"items":[3]}"#.to_owned(),
                wrong_type("items[0]", "an object"),
            ),
            (
                index(
                    r#"{"id":5,"title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z"}"#,
                ),
                wrong_type("items[1].id", "a string"),
            ),
            (
                index(
                    r#"{"id":"b","title":["T"],"summary":"S","date_published":"2020-01-01T00:00:00Z"}"#,
                ),
                wrong_type("items[1].title", "a string"),
            ),
            (
                index(r#"{"id":"b","title":"T","summary":"S","date_published":20200101}"#),
                wrong_type("items[1].date_published", "a string"),
            ),
            (
                index(
                    r#"{"id":"b","title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z","tags":"x"}"#,
                ),
                wrong_type("items[1].tags", "an array"),
            ),
            (
                index(
                    r#"{"id":"b","title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z","tags":[1]}"#,
                ),
                wrong_type("items[1].tags[0]", "a string"),
            ),
            (
                index(
                    r#"{"id":"b","title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z","authors":[{"name":7}]}"#,
                ),
                wrong_type("items[1].authors[0].name", "a string"),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(
                problem_of(NewsIndex::parse(FILE, &text)),
                expected,
                "{text}"
            );
        }
    }

    const VALID_ITEM: &str =
        r#"{"id":"a","title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z"}"#;

    #[test]
    fn bad_dates_and_values_are_named() {
        let item =
            |fields: &str| format!(r#"{{"items":[{{"title":"T","summary":"S",{fields}}}]}}"#);
        let bad_date = item(r#""id":"a","date_published":"14/05/2021""#);
        assert_eq!(
            problem_of(NewsIndex::parse(FILE, &bad_date)),
            Problem::InvalidDate {
                field: "items[0].date_published".into(),
                value: "14/05/2021".into()
            }
        );
        let bad_modified = item(
            r#""id":"a","date_published":"2021-05-14T00:00:00Z","date_modified":"2021-02-30T00:00:00Z""#,
        );
        assert!(matches!(
            problem_of(NewsIndex::parse(FILE, &bad_modified)),
            Problem::InvalidDate { field, .. } if field == "items[0].date_modified"
        ));
        for id in [
            "Has Spaces",
            "../etc/passwd",
            "trailing-",
            "UPPER",
            "a--b",
            "新闻",
        ] {
            let text = item(&format!(
                r#""id":{id:?},"date_published":"2021-05-14T00:00:00Z""#
            ));
            assert!(
                matches!(problem_of(NewsIndex::parse(FILE, &text)), Problem::InvalidValue { field, .. } if field == "items[0].id"),
                "id {id:?} was accepted"
            );
        }
        let bad_language =
            item(r#""id":"a","date_published":"2021-05-14T00:00:00Z","language":"en us""#);
        assert!(matches!(
            problem_of(NewsIndex::parse(FILE, &bad_language)),
            Problem::InvalidValue { field, .. } if field == "items[0].language"
        ));
    }

    #[test]
    fn the_index_is_sorted_newest_first_by_instant() -> Outcome {
        let text = r#"{"items":[
        {"id":"old","title":"Old","summary":"s","date_published":"2019-06-01T08:00:00+08:00"},
        {"id":"late-utc","title":"Late","summary":"s","date_published":"2023-01-01T23:00:00Z"},
        {"id":"early-beijing","title":"Early","summary":"s","date_published":"2023-01-02T06:00:00+08:00"},
        {"id":"newest","title":"New","summary":"s","date_published":"2024-11-28T10:00:00+08:00"}
    ]}"#;
        let index = NewsIndex::parse(FILE, text)?;
        let ids: Vec<&str> = index
            .items
            .iter()
            .map(|item| item.meta.id.as_str())
            .collect();
        assert_eq!(ids, ["newest", "late-utc", "early-beijing", "old"]);
        assert_eq!(index.lists("old"), Some(true));
        assert_eq!(index.lists("missing"), Some(false));
        Ok(())
    }

    const SHARDED: &str = r#"{"total": 3, "search_index": "search.json",
    "items": [{"id":"new","title":"N","summary":"s","date_published":"2024-06-01T08:00:00+08:00"}],
    "shards": [{"url": "news/2.json", "count": 2,
        "newest": "2023-06-01T08:00:00+08:00", "oldest": "2022-06-01T08:00:00+08:00"}]}"#;

    #[test]
    fn a_sharded_index_knows_its_shards_and_where_dates_fall() -> Outcome {
        let index = NewsIndex::parse(FILE, SHARDED)?;
        assert_eq!(index.total, 3);
        assert_eq!(index.shard_sizes(), [1, 2]);
        assert_eq!(index.lists("new"), Some(true));
        assert_eq!(index.lists("old"), None, "may be in another shard");
        let date = |text: &str| {
            Timestamp::parse(text).map_err(|_| DataError::new(FILE, Problem::EmptyFile))
        };
        assert_eq!(index.shard_holding(&date("2024-06-01T08:00:00+08:00")?), 0);
        assert_eq!(index.shard_holding(&date("2023-01-01T00:00:00Z")?), 1);
        assert_eq!(index.shard_holding(&date("2001-01-01T00:00:00Z")?), 1);
        Ok(())
    }

    #[test]
    fn a_sharded_index_must_add_up_and_name_its_search_index() {
        let wrong_total = SHARDED.replace("\"total\": 3", "\"total\": 4");
        assert!(matches!(
            problem_of(NewsIndex::parse(FILE, &wrong_total)),
            Problem::InvalidValue { field, .. } if field == "total"
        ));
        let no_search = SHARDED.replace("\"search_index\": \"search.json\",", "");
        assert!(matches!(
            problem_of(NewsIndex::parse(FILE, &no_search)),
            Problem::InvalidValue { field, .. } if field == "search_index"
        ));
        let negative = SHARDED.replace("\"count\": 2", "\"count\": -2");
        assert_eq!(
            problem_of(NewsIndex::parse(FILE, &negative)),
            wrong_type("shards[0].count", "a whole number of zero or more")
        );
    }

    #[test]
    fn a_shard_must_hold_what_the_index_says() -> Outcome {
        let shard = NewsIndex::parse(FILE, SHARDED)?.shards.remove(0);
        let item = |id: &str, date: &str| {
            format!(r#"{{"id":"{id}","title":"T","summary":"s","date_published":"{date}"}}"#)
        };
        let file =
            |items: &[String]| parse_shard(FILE, &format!(r#"{{"items":[{}]}}"#, items.join(",")));
        let whole = file(&[
            item("old", "2023-01-01T00:00:00Z"),
            item("older", "2022-06-01T08:00:00+08:00"),
        ])?;
        shard.check(FILE, &whole)?;
        let half_uploaded = file(&[item("old", "2023-01-01T00:00:00Z")])?;
        assert!(matches!(
            problem_of(shard.check(FILE, &half_uploaded)),
            Problem::Disagrees { field, detail } if field == "items" && detail.contains("counts 2") && detail.contains("holds 1")
        ));
        let misdated = file(&[
            item("old", "2023-01-01T00:00:00Z"),
            item("stray", "2024-01-01T00:00:00Z"),
        ])?;
        assert!(matches!(
            problem_of(shard.check(FILE, &misdated)),
            Problem::Disagrees { field, .. } if field.contains("stray")
        ));
        Ok(())
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let text = r#"{"items":[
        {"id":"same","title":"A","summary":"s","date_published":"2019-06-01T08:00:00+08:00"},
        {"id":"other","title":"B","summary":"s","date_published":"2020-06-01T08:00:00+08:00"},
        {"id":"same","title":"C","summary":"s","date_published":"2021-06-01T08:00:00+08:00"}
    ]}"#;
        assert!(matches!(
            problem_of(NewsIndex::parse(FILE, text)),
            Problem::InvalidValue { field, .. } if field.contains("same")
        ));
    }

    #[test]
    fn an_empty_index_is_valid_but_a_missing_list_is_not() -> Outcome {
        assert!(NewsIndex::parse(FILE, r#"{"items":[]}"#)?.items.is_empty());
        assert_eq!(problem_of(NewsIndex::parse(FILE, "{}")), missing("items"));
        Ok(())
    }
}
