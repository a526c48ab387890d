//! Builds the index files of a data folder from its article files: the news
//! index with the newest shard inline, the older shards, and the search index.
//! Used by the `news-archive` tool; the app only reads what it writes.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::{newest_first, Article, ArticleMeta, ArticleSummary, Body, Image};

/// Articles per shard: a first listing page downloads at most this many summaries.
pub const DEFAULT_SHARD_SIZE: usize = 50;

/// A file to write, relative to the data folder.
#[derive(Debug, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub contents: String,
}

pub fn build_index(articles: &[Article], shard_size: usize) -> Vec<OutputFile> {
    let mut ordered: Vec<&Article> = articles.iter().collect();
    ordered.sort_by(|a, b| newest_first(&a.meta, &b.meta));
    let shards: Vec<&[&Article]> = ordered.chunks(shard_size.max(1)).collect();

    let mut files = Vec::with_capacity(shards.len() + 1);
    let mut shard_refs = Vec::new();
    for (position, shard) in shards.iter().enumerate().skip(1) {
        let path = format!("news/{}.json", position + 1);
        shard_refs.push(json!({
            "url": path,
            "count": shard.len(),
            "newest": shard.first().map(|a| a.meta.published.as_str()),
            "oldest": shard.last().map(|a| a.meta.published.as_str()),
        }));
        files.push(OutputFile {
            contents: to_json(&json!({ "items": summaries(shard) }), false),
            path,
        });
    }
    let mut index = Map::new();
    index.insert("total".into(), json!(articles.len()));
    index.insert(
        "items".into(),
        summaries(shards.first().copied().unwrap_or_default()),
    );
    if !shard_refs.is_empty() {
        index.insert("shards".into(), Value::Array(shard_refs));
    }
    index.insert("search_index".into(), json!("search.json"));
    if articles
        .iter()
        .any(|article| !article.meta.translations.is_empty())
    {
        index.insert("translated".into(), json!(true));
    }
    files.insert(
        0,
        OutputFile {
            path: "news.json".into(),
            contents: to_json(&Value::Object(index), true),
        },
    );
    files.push(OutputFile {
        path: "search.json".into(),
        contents: to_json(&search_index(&ordered), false),
    });
    files
}

/// An article file's JSON, as an editor would write it.
pub fn article_json(article: &Article) -> String {
    to_json(&article_value(article), true)
}

/// An article as its file holds it.
pub fn article_value(article: &Article) -> Value {
    let mut fields = meta_fields(&article.meta);
    if let Some(summary) = &article.summary {
        fields.insert("summary".into(), json!(summary));
    }
    let (name, body) = match &article.body {
        Body::Text(text) => ("content_text", text),
        Body::Html(html) => ("content_html", html),
    };
    fields.insert(name.into(), json!(body));
    Value::Object(fields)
}

/// A listing entry as the index files hold it.
pub fn summary_value(summary: &ArticleSummary) -> Value {
    let mut fields = meta_fields(&summary.meta);
    fields.insert("summary".into(), json!(summary.summary));
    Value::Object(fields)
}

fn summaries(articles: &[&Article]) -> Value {
    articles
        .iter()
        .map(|article| summary_value(&article.summary()))
        .collect()
}

fn meta_fields(meta: &ArticleMeta) -> Map<String, Value> {
    let mut fields = Map::new();
    fields.insert("id".into(), json!(meta.id));
    fields.insert("title".into(), json!(meta.title));
    fields.insert("date_published".into(), json!(meta.published.as_str()));
    if let Some(modified) = &meta.modified {
        fields.insert("date_modified".into(), json!(modified.as_str()));
    }
    if !meta.authors.is_empty() {
        let authors: Vec<Value> = meta
            .authors
            .iter()
            .map(|name| json!({ "name": name }))
            .collect();
        fields.insert("authors".into(), Value::Array(authors));
    }
    if !meta.tags.is_empty() {
        fields.insert("tags".into(), json!(meta.tags));
    }
    if let Some(language) = &meta.language {
        fields.insert("language".into(), json!(language));
    }
    if let Some(image) = &meta.image {
        fields.insert("image".into(), image.to_value());
    }
    if !meta.translations.is_empty() {
        let translations: Vec<Value> = meta
            .translations
            .iter()
            .map(|translation| json!({ "language": translation.language, "id": translation.id }))
            .collect();
        fields.insert("translations".into(), Value::Array(translations));
    }
    fields
}

/// Rows of `[id, title, summary, date_published, [tag positions], language,
/// [[language, id] of each translation]]`; trailing empty cells left out.
fn search_index(articles: &[&Article]) -> Value {
    let tag_names: Vec<&str> = articles
        .iter()
        .flat_map(|article| article.meta.tags.iter().map(String::as_str))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let positions: BTreeMap<&str, usize> = tag_names
        .iter()
        .enumerate()
        .map(|(position, name)| (*name, position))
        .collect();
    let rows: Vec<Value> = articles
        .iter()
        .map(|article| {
            let meta = &article.meta;
            let tags: Vec<usize> = meta
                .tags
                .iter()
                .filter_map(|tag| positions.get(tag.as_str()).copied())
                .collect();
            let mut row = vec![
                json!(meta.id),
                json!(meta.title),
                json!(article.summary.as_deref().unwrap_or_default()),
                json!(meta.published.as_str()),
                json!(tags),
            ];
            // Columns are positional: a later one needs the ones before it.
            let image = meta.image.as_ref().map(Image::to_value);
            if meta.language.is_some() || !meta.translations.is_empty() || image.is_some() {
                row.push(json!(meta.language));
            }
            if !meta.translations.is_empty() || image.is_some() {
                let translations: Vec<Value> = meta
                    .translations
                    .iter()
                    .map(|translation| json!([translation.language, translation.id]))
                    .collect();
                row.push(Value::Array(translations));
            }
            row.extend(image);
            Value::Array(row)
        })
        .collect();
    json!({ "tags": tag_names, "items": rows })
}

fn to_json(value: &Value, pretty: bool) -> String {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    // Serialising a Value that came from json! cannot fail; keep the file valid regardless.
    let mut text = text.unwrap_or_else(|_| "{}".to_owned());
    text.push('\n');
    text
}
