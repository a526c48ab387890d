//! One article file of the content folder, `<id>.md`: its front matter read
//! into an article's fields, its body (Markdown, or HTML for imported posts)
//! turned into the HTML the app shows. Translations name ids; their languages
//! are filled in once every article is read.

use std::path::Path;

use news_core::model::feed::{shorten, DERIVED_SUMMARY_CHARS};
use news_core::model::{
    html_to_text, is_language_tag, is_slug, Article, ArticleMeta, Body, Image, Timestamp,
};

use crate::front_matter::{self, Field, Value};
use crate::ids::id_from_title;
use crate::markdown::{check_html, markdown_to_html, Converted, Note};

/// The company is in Ningbo: dates without a time zone are China Standard Time.
pub const COMPANY_UTC_OFFSET: &str = "+08:00";

/// The fields a content file may have, for the message about an unknown one.
const FIELDS: &[&str] = &[
    "title",
    "date",
    "modified",
    "summary",
    "tags",
    "language",
    "authors",
    "image",
    "image_alt",
    "image_width",
    "image_height",
    "translation",
    "format",
    "draft",
    "expires",
];

/// A content file, read: the article, the ids its `translation` names (with
/// that field's line), and notes on what readers will not see.
pub struct ContentArticle {
    pub article: Article,
    pub translation_ids: Vec<String>,
    pub translation_line: usize,
    pub notes: Vec<Note>,
    /// `draft: true`: kept out of the data folder until the editor says otherwise.
    pub draft: bool,
}

/// Reads `text`, the file at `path`; errors name the line and the field.
pub fn read_content(path: &Path, text: &str) -> Result<ContentArticle, String> {
    let document = front_matter::parse(text).map_err(|error| error.to_string())?;
    let id = id_of(path)?;
    let fields = Fields::new(&document.fields)?;
    let (title, _) = fields
        .text("title")?
        .ok_or("`title` is missing: every article needs one")?;
    let published = fields
        .date("date")?
        .ok_or("`date` is missing: every article needs one")?;
    let expires = fields.date("expires")?;
    if expires
        .as_ref()
        .is_some_and(|expires| *expires <= published)
    {
        return Err("`expires` must be later than `date`".into());
    }
    let converted = fields.body(&document.body, document.body_line)?;
    let summary = match fields.text("summary")? {
        Some((summary, _)) => summary,
        None => shorten(&html_to_text(&converted.html), DERIVED_SUMMARY_CHARS),
    };
    Ok(ContentArticle {
        article: Article {
            meta: ArticleMeta {
                id,
                title: title.trim().to_owned(),
                published,
                modified: fields.date("modified")?,
                expires,
                authors: fields.list("authors"),
                tags: fields.list("tags"),
                language: fields.language()?,
                image: fields.image()?,
                translations: Vec::new(),
            },
            summary: Some(summary),
            body: Body::Html(converted.html),
            reading_minutes: None,
            related: Vec::new(),
        },
        translation_ids: fields.list("translation"),
        translation_line: fields.find("translation").map_or(0, |field| field.line),
        notes: converted.notes,
        draft: fields.flag("draft")?,
    })
}

/// The article's id: its file's name, which must be a slug.
fn id_of(path: &Path) -> Result<String, String> {
    let id = path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or_default()
        .to_owned();
    if !is_slug(&id) {
        return Err(format!(
            "the file name is the article's id and must be lowercase letters, digits and hyphens: rename it to {}.md",
            id_from_title(&id)
        ));
    }
    Ok(id)
}

/// The front matter's fields, read as an article's: each error names its line.
struct Fields<'a>(&'a [Field]);

impl<'a> Fields<'a> {
    /// Only the fields an article has.
    fn new(fields: &'a [Field]) -> Result<Self, String> {
        match fields
            .iter()
            .find(|field| !FIELDS.contains(&field.name.as_str()))
        {
            Some(field) => Err(format!(
                "line {}: `{}` is not a field (the fields are {})",
                field.line,
                field.name,
                FIELDS.join(", ")
            )),
            None => Ok(Self(fields)),
        }
    }

    fn find(&self, name: &str) -> Option<&'a Field> {
        self.0.iter().find(|field| field.name == name)
    }

    /// A text field that is not blank, with its line.
    fn text(&self, name: &str) -> Result<Option<(String, usize)>, String> {
        match self.find(name) {
            None => Ok(None),
            Some(Field {
                value: Value::Text(text),
                line,
                ..
            }) => Ok(Some((text.clone(), *line)).filter(|(text, _)| !text.trim().is_empty())),
            Some(Field { line, .. }) => {
                Err(format!("line {line}: `{name}` is one text, not a list"))
            }
        }
    }

    /// A list field; one text is a list of one.
    /// `true` or `false` (`yes`, `no`); absent is `false`.
    fn flag(&self, name: &str) -> Result<bool, String> {
        match self.text(name)? {
            None => Ok(false),
            Some((text, line)) => match text.trim() {
                "true" | "yes" => Ok(true),
                "false" | "no" => Ok(false),
                other => Err(format!(
                    "line {line}: `{name}` must be true or false, not {other:?}"
                )),
            },
        }
    }

    fn list(&self, name: &str) -> Vec<String> {
        match self.find(name).map(|field| &field.value) {
            Some(Value::List(items)) => items.clone(),
            Some(Value::Text(text)) if !text.trim().is_empty() => vec![text.clone()],
            _ => Vec::new(),
        }
    }

    fn date(&self, name: &str) -> Result<Option<Timestamp>, String> {
        self.text(name)?
            .map(|(text, line)| {
                timestamp(&text).ok_or_else(|| {
                    format!("line {line}: `{name}` must be a date such as 2026-11-29, 2026-11-29 09:30 or 2026-11-29T09:30:00+08:00, not {text:?}")
                })
            })
            .transpose()
    }

    fn language(&self) -> Result<Option<String>, String> {
        match self.text("language")? {
            Some((tag, line)) if !is_language_tag(&tag) => Err(format!(
                "line {line}: `language` must be a language tag such as en or zh-Hans, not {tag:?}"
            )),
            other => Ok(other.map(|(tag, _)| tag)),
        }
    }

    /// `image`, with `image_alt`, `image_width` and `image_height`.
    fn image(&self) -> Result<Option<Image>, String> {
        let Some((url, line)) = self.text("image")? else {
            return Ok(None);
        };
        let mut image = Image::at(&url).ok_or_else(|| {
            format!("line {line}: `image` must be an http(s) address or a path in the data folder, not {url:?}")
        })?;
        image.alt = self
            .text("image_alt")?
            .map(|(alt, _)| alt)
            .unwrap_or_default();
        image.size = self
            .pixels("image_width")?
            .zip(self.pixels("image_height")?);
        Ok(Some(image))
    }

    fn pixels(&self, name: &str) -> Result<Option<u32>, String> {
        self.text(name)?
            .map(|(text, line)| {
                text.parse::<u32>()
                    .ok()
                    .filter(|side| (1..=20_000).contains(side))
                    .ok_or_else(|| {
                        format!("line {line}: `{name}` must be a number of pixels, not {text:?}")
                    })
            })
            .transpose()
    }

    /// The body as HTML, by `format`: Markdown (the default) or HTML.
    fn body(&self, body: &str, body_line: usize) -> Result<Converted, String> {
        match self.text("format")? {
            None => Ok(markdown_to_html(body, body_line)),
            Some((format, _)) if format == "markdown" => Ok(markdown_to_html(body, body_line)),
            Some((format, _)) if format == "html" => Ok(check_html(body, body_line)),
            Some((format, line)) => Err(format!(
                "line {line}: `format` is markdown (the default) or html, not {format:?}"
            )),
        }
    }
}

/// An RFC 3339 date-time, or a date (and time) in the company's time zone.
pub fn timestamp(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    let completed = match text.len() {
        10 => format!("{text}T00:00:00{COMPANY_UTC_OFFSET}"),
        16 => format!("{}T{}:00{COMPANY_UTC_OFFSET}", &text[..10], &text[11..]),
        19 => format!("{}T{}{COMPANY_UTC_OFFSET}", &text[..10], &text[11..]),
        _ => text.to_owned(),
    };
    Timestamp::parse(&completed).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, text: &str) -> Result<ContentArticle, String> {
        read_content(Path::new(name), text)
    }

    #[test]
    fn a_markdown_file_becomes_an_article() {
        let content = read(
            "content/ningbo-port-update.md",
            "---\ntitle: 宁波港口最新动态\ndate: 2026-11-29 09:30\ntags: [港口, Ningbo]\nlanguage: zh-Hans\nauthors: Afra Yu\nimage: https://example.com/quay.webp\ntranslation: ningbo-port-update-en\n---\n宁波舟山港本周作业**正常**。\n",
        )
        .unwrap_or_else(|error| panic!("{error}"));
        let meta = &content.article.meta;
        assert_eq!(meta.id, "ningbo-port-update");
        assert_eq!(meta.title, "宁波港口最新动态");
        assert_eq!(meta.published.as_str(), "2026-11-29T09:30:00+08:00");
        assert_eq!(meta.tags, vec!["港口", "Ningbo"]);
        assert_eq!(meta.authors, vec!["Afra Yu"]);
        assert_eq!(meta.language.as_deref(), Some("zh-Hans"));
        assert_eq!(meta.image, Image::at("https://example.com/quay.webp"));
        assert_eq!(content.translation_ids, vec!["ningbo-port-update-en"]);
        assert_eq!(content.translation_line, 8);
        assert_eq!(
            content.article.summary.as_deref(),
            Some("宁波舟山港本周作业正常。")
        );
        assert_eq!(
            content.article.body,
            Body::Html("<p>宁波舟山港本周作业<strong>正常</strong>。</p>".into())
        );
    }

    #[test]
    fn dates_without_a_zone_are_in_ningbo() {
        assert_eq!(
            timestamp("2026-11-29")
                .map(|t| t.as_str().to_owned())
                .as_deref(),
            Some("2026-11-29T00:00:00+08:00")
        );
        assert_eq!(
            timestamp("2026-11-29 09:30:15")
                .map(|t| t.as_str().to_owned())
                .as_deref(),
            Some("2026-11-29T09:30:15+08:00")
        );
        assert_eq!(
            timestamp("2026-11-29T01:30:00Z")
                .map(|t| t.as_str().to_owned())
                .as_deref(),
            Some("2026-11-29T01:30:00Z")
        );
        assert!(timestamp("2026-02-30").is_none() && timestamp("29/11/2026").is_none());
    }

    #[test]
    fn mistakes_name_the_line_and_the_field() {
        for (name, text, words) in [
            (
                "content/a.md",
                "---\ndate: 2026-11-29\n---\nx",
                "`title` is missing",
            ),
            (
                "content/a.md",
                "---\ntitle: A\ndate: 29.11.2026\n---\nx",
                "line 3: `date` must be a date",
            ),
            (
                "content/a.md",
                "---\ntitle: A\ndate: 2026-11-29\ntitel: B\n---\nx",
                "line 4: `titel` is not a field",
            ),
            (
                "content/a.md",
                "---\ntitle: [A, B]\ndate: 2026-11-29\n---\nx",
                "line 2: `title` is one text",
            ),
            (
                "content/a.md",
                "---\ntitle: A\ndate: 2026-11-29\nlanguage: Chinese (simplified)\n---\nx",
                "line 4: `language`",
            ),
            (
                "content/a.md",
                "---\ntitle: A\ndate: 2026-11-29\nformat: docx\n---\nx",
                "line 4: `format`",
            ),
            (
                "content/a.md",
                "---\ntitle: A\ndate: 2026-11-29\nimage: javascript:alert(1)\n---\nx",
                "line 4: `image` must be",
            ),
            (
                "content/a.md",
                "---\ntitle: A\ndate: 2026-11-29\nimage: a.svg\nimage_width: wide\n---\nx",
                "line 5: `image_width`",
            ),
            (
                "content/宁波.md",
                "---\ntitle: A\ndate: 2026-11-29\n---\nx",
                "rename it to ning-bo.md",
            ),
            ("content/a.md", "title: A\n", "line 1: must be `---`"),
        ] {
            let error = read(name, text)
                .err()
                .unwrap_or_else(|| panic!("{text:?} was read"));
            assert!(error.contains(words), "{text:?}: {error}");
        }
    }

    #[test]
    fn an_html_body_is_kept_as_html() {
        let content = read(
            "content/a.md",
            "---\ntitle: A\ndate: 2026-11-29\nformat: html\n---\n<p>One</p>\n\n    <p>Indented, not code</p>\n",
        )
        .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            content.article.body,
            Body::Html("<p>One</p>\n\n    <p>Indented, not code</p>".into())
        );
    }
}
