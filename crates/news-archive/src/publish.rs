//! `news-archive publish <content-dir> <data-dir>`: every `<id>.md` of the
//! content folder becomes `articles/<id>.json` in the data folder, and the
//! index files are rebuilt from the complete article files.
//!
//! Drafts (`draft: true`) and articles dated later than now (or `--as-of`)
//! are held back: left out of the data folder, and named with the time they
//! are due, so a scheduled rebuild publishes each on time. A notice past its
//! `expires` keeps its file, without its text, and leaves the listing.
//!
//! Each article file also gets what is counted over the whole archive once,
//! rather than in every reader's browser: its reading time and its related
//! articles.
//!
//! Nothing is written unless everything can be: a file that does not read,
//! a translation that names no article, or an article file someone else
//! wrote or changed (see `written`) stops the run before the first write.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use news_core::data_folder::layout::{article_file, ARTICLES_FOLDER};
use news_core::model::writing::article_json;
use news_core::model::{Article, Body, Timestamp, Translation};
use serde_json::Value;

use crate::content::{read_content, ContentArticle};
use crate::derived;
use crate::error::ToolError;
use crate::image_size::with_image_sizes;
use crate::index::{read_articles, write_index_counted};
use crate::safe_write::{remove_leftovers, write_atomically};
use crate::written::{Permission, Written};

pub struct Options {
    /// Replace article files even where someone else wrote or changed them.
    pub force: bool,
    /// The time to publish as of: articles dated later are held back.
    pub as_of: Timestamp,
    /// An editor's preview: drafts and scheduled articles are published too,
    /// marked as such, instead of held back.
    pub preview: bool,
}

pub fn publish(content: &Path, data: &Path, options: &Options) -> Result<(), ToolError> {
    let articles_dir = data.join(ARTICLES_FOLDER);
    remove_leftovers(&articles_dir);
    remove_leftovers(data);
    let mut read = read_folder(content)?;
    let existing: BTreeMap<String, Article> = if articles_dir.is_dir() {
        read_articles(&articles_dir)?
            .into_iter()
            .map(|article| (article.meta.id.clone(), article))
            .collect()
    } else {
        BTreeMap::new()
    };
    // A preview shows what is held back, marked; the site's data leaves it out.
    let (marks, held) = match options.preview {
        true => (mark_for_preview(&mut read, &options.as_of), Vec::new()),
        false => (BTreeMap::new(), hold_back(&mut read, &options.as_of)),
    };
    for (name, id, reason) in &held {
        println!("{name}: held back, {reason}");
        if existing.contains_key(id) {
            println!(
                "  {} is still in the data folder from an earlier run: delete it to take the article down",
                article_file(id)
            );
        }
    }
    let held_ids: BTreeSet<String> = held.into_iter().map(|(_, id, _)| id).collect();
    link_translations(&mut read, &existing, &held_ids)?;
    for (name, expires) in withdraw_expired(&mut read, &options.as_of) {
        println!(
            "{name}: expired {expires}: left out of the listing; its page says it has expired"
        );
    }
    let counted = count_over_archive(&mut read, &existing);

    let mut written = Written::load(data)?;
    let mut changes = Vec::new();
    let mut refused = Vec::new();
    let mut unchanged = 0;
    for (name, content) in &read {
        let relative = article_file(&content.article.meta.id);
        let sized = with_image_sizes(data, std::slice::from_ref(&content.article));
        let json = sized.iter().map(article_json).collect::<String>();
        let json = match marks.get(&content.article.meta.id) {
            Some(mark) => with_preview_field(&json, *mark),
            None => json,
        }
        .into_bytes();
        let current = fs::read(data.join(&relative)).ok();
        match written.permission(&relative, current.as_deref(), &json) {
            Permission::Unchanged => unchanged += 1,
            Permission::Refuse if !options.force => refused.push(format!(
                "{}: not written from {name}, or changed since it was: left as it is (--force replaces it)",
                data.join(&relative).display()
            )),
            _ => changes.push((relative, json)),
        }
    }
    if !refused.is_empty() {
        return Err(nothing_published(refused));
    }
    for (name, content) in &read {
        for note in &content.notes {
            println!("{name}:{}: {}", note.line, note.message);
        }
    }
    written.before_replacing(&changes)?;
    for (relative, json) in &changes {
        write_atomically(&data.join(relative), json)?;
    }
    written.after_replacing(&changes)?;
    let mut articles = read_articles(&articles_dir)?;
    write_index_counted(data, &mut articles, &counted)?;
    println!(
        "published {} articles from {} ({} written, {} unchanged, {} held back); {} articles in {}",
        read.len(),
        content.display(),
        changes.len(),
        unchanged,
        held_ids.len(),
        articles.len(),
        data.display()
    );
    Ok(())
}

fn nothing_published(problems: Vec<String>) -> ToolError {
    ToolError::Refused {
        what: "nothing published",
        problems,
    }
}

/// Takes drafts, and articles dated after `as_of`, out of `read`: each one's
/// file name, id and why, in the words the run prints.
fn hold_back(
    read: &mut Vec<(String, ContentArticle)>,
    as_of: &Timestamp,
) -> Vec<(String, String, String)> {
    let mut held = Vec::new();
    read.retain(|(name, content)| {
        let meta = &content.article.meta;
        let reason = if content.draft {
            "a draft".to_owned()
        } else if meta.published > *as_of {
            format!("scheduled for {}", meta.published.as_str())
        } else {
            return true;
        };
        held.push((name.clone(), meta.id.clone(), reason));
        false
    });
    held
}

/// Withdraws the text of every notice whose `expires` is not later than
/// `as_of`: its file keeps the address answering with a page that says the
/// notice has expired. Returns each one's file name and expiry.
fn withdraw_expired(
    read: &mut [(String, ContentArticle)],
    as_of: &Timestamp,
) -> Vec<(String, String)> {
    let mut expired = Vec::new();
    for (name, content) in read.iter_mut() {
        let article = &mut content.article;
        let Some(expires) = article
            .meta
            .expires
            .as_ref()
            .filter(|expires| *expires <= as_of)
        else {
            continue;
        };
        expired.push((name.clone(), expires.as_str().to_owned()));
        article.body = Body::Expired;
        article.summary = None;
        article.reading_minutes = None;
        article.meta.image = None;
    }
    expired
}

/// Counts reading times and related articles over every article the data
/// folder will hold, so that the files written are current; returns every
/// article counted, by id, for the index step to reuse.
fn count_over_archive(
    read: &mut [(String, ContentArticle)],
    existing: &BTreeMap<String, Article>,
) -> BTreeMap<String, Article> {
    let in_content: BTreeSet<&str> = read
        .iter()
        .map(|(_, content)| content.article.meta.id.as_str())
        .collect();
    let mut all: Vec<Article> = existing
        .values()
        .filter(|article| !in_content.contains(article.meta.id.as_str()))
        .chain(read.iter().map(|(_, content)| &content.article))
        .cloned()
        .collect();
    derived::count_over_archive(&mut all);
    let counted: BTreeMap<String, Article> = all
        .into_iter()
        .map(|article| (article.meta.id.clone(), article))
        .collect();
    for (_, content) in read.iter_mut() {
        if let Some(counted) = counted.get(&content.article.meta.id) {
            content.article.reading_minutes = counted.reading_minutes;
            content.article.related = counted.related.clone();
        }
    }
    counted
}

/// Why an article in an editor's preview is not on the site yet.
#[derive(Clone, Copy)]
enum PreviewMark {
    Draft,
    Scheduled,
}

impl PreviewMark {
    /// The article file's `preview` field, by which `check` knows a preview.
    fn name(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Scheduled => "scheduled",
        }
    }

    /// What the title starts with, in the article's language. The mark is in
    /// the data rather than the app, so that readers never download it.
    fn title_prefix(self, language: Option<&str>) -> &'static str {
        let chinese = language.is_some_and(|tag| tag.starts_with("zh"));
        match (self, chinese) {
            (Self::Draft, true) => "【草稿】",
            (Self::Scheduled, true) => "【定时发布】",
            (Self::Draft, false) => "[Draft] ",
            (Self::Scheduled, false) => "[Scheduled] ",
        }
    }
}

/// For a preview: marks drafts, and articles dated after `as_of`, in their
/// titles, and takes them as published; returns the marks by id.
fn mark_for_preview(
    read: &mut [(String, ContentArticle)],
    as_of: &Timestamp,
) -> BTreeMap<String, PreviewMark> {
    let mut marks = BTreeMap::new();
    for (_, content) in read.iter_mut() {
        let meta = &mut content.article.meta;
        let mark = if content.draft {
            PreviewMark::Draft
        } else if meta.published > *as_of {
            PreviewMark::Scheduled
        } else {
            continue;
        };
        meta.title = format!(
            "{}{}",
            mark.title_prefix(meta.language.as_deref()),
            meta.title
        );
        marks.insert(meta.id.clone(), mark);
    }
    marks
}

/// An article file's JSON with its `preview` field.
fn with_preview_field(json: &str, mark: PreviewMark) -> String {
    let Ok(Value::Object(mut fields)) = serde_json::from_str::<Value>(json) else {
        return json.to_owned();
    };
    fields.insert("preview".into(), Value::from(mark.name()));
    let text = serde_json::to_string_pretty(&Value::Object(fields)).unwrap_or_default();
    format!("{text}\n")
}

/// Every content file, by name; every error at once, so one run shows them all.
fn read_folder(content: &Path) -> Result<Vec<(String, ContentArticle)>, ToolError> {
    let mut paths: Vec<_> = fs::read_dir(content)
        .map_err(ToolError::io(content))?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "md"))
        .collect();
    paths.sort();
    let mut read = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        let result = fs::read_to_string(&path)
            .map_err(|error| error.to_string())
            .and_then(|text| read_content(&path, &text));
        match result {
            Ok(content) => read.push((name, content)),
            Err(error) => errors.push(format!("{name}: {error}")),
        }
    }
    if errors.is_empty() {
        Ok(read)
    } else {
        Err(nothing_published(errors))
    }
}

/// Fills in each `translation` with the named article's language, and names
/// each content article back from the ones that name it.
/// A translation that is held back is linked once it is published.
fn link_translations(
    read: &mut [(String, ContentArticle)],
    existing: &BTreeMap<String, Article>,
    held: &BTreeSet<String>,
) -> Result<(), ToolError> {
    let mut languages: BTreeMap<String, Option<String>> = existing
        .iter()
        .map(|(id, article)| (id.clone(), article.meta.language.clone()))
        .collect();
    for (_, content) in read.iter() {
        let meta = &content.article.meta;
        languages.insert(meta.id.clone(), meta.language.clone());
    }
    let mut pairs = Vec::new();
    let mut errors = Vec::new();
    for (name, content) in read.iter() {
        let id = &content.article.meta.id;
        for other in content
            .translation_ids
            .iter()
            .filter(|other| !held.contains(*other))
        {
            let line = content.translation_line;
            match languages.get(other) {
                None => errors.push(format!("{name}: line {line}: `translation` names {other:?}, which is no article here or in the data folder")),
                Some(None) => errors.push(format!("{name}: line {line}: `translation` names {other:?}, which does not say its `language`")),
                Some(Some(_)) if content.article.meta.language.is_none() => errors.push(format!("{name}: `language` is missing: an article with a translation says its language")),
                Some(Some(_)) if other == id => errors.push(format!("{name}: line {line}: an article is not its own translation")),
                Some(Some(_)) => {
                    pairs.push((id.clone(), other.clone()));
                    pairs.push((other.clone(), id.clone()));
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(nothing_published(errors));
    }
    for (_, content) in read.iter_mut() {
        let meta = &mut content.article.meta;
        for (from, to) in &pairs {
            let language = languages.get(to).cloned().flatten();
            let known = meta
                .translations
                .iter()
                .any(|translation| &translation.id == to);
            if from == &meta.id && !known {
                if let Some(language) = language {
                    meta.translations.push(Translation {
                        language,
                        id: to.clone(),
                    });
                }
            }
        }
        meta.translations.sort_by(|a, b| a.id.cmp(&b.id));
    }
    Ok(())
}
