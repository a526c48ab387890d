//! Writes the index files of a data folder from its article files: the news
//! index with the newest shard inline, the older shards, and the search index.
//! The `news-archive` tool writes them; the app and the prerender only read them.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::layout::{shard_file, INDEX_FILE, SEARCH_INDEX_FILE};
use crate::model::writing::{summary_value, to_json};
use crate::model::{newest_first, Article, Body, Image};

/// Articles per shard: a first listing page downloads at most this many summaries.
pub const DEFAULT_SHARD_SIZE: usize = 50;

/// A file to write, relative to the data folder.
#[derive(Debug, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub contents: String,
}

/// The index files of `articles`: expired notices are named, not listed.
pub fn build_index(articles: &[Article], shard_size: usize) -> Vec<OutputFile> {
    let (mut ordered, expired): (Vec<&Article>, Vec<&Article>) = articles
        .iter()
        .partition(|article| article.body != Body::Expired);
    ordered.sort_by(|a, b| newest_first(&a.meta, &b.meta));
    let shards: Vec<&[&Article]> = ordered.chunks(shard_size.max(1)).collect();

    let mut files = Vec::with_capacity(shards.len() + 1);
    let mut shard_refs = Vec::new();
    for (position, shard) in shards.iter().enumerate().skip(1) {
        let path = shard_file(position + 1);
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
    index.insert("total".into(), json!(ordered.len()));
    index.insert(
        "items".into(),
        summaries(shards.first().copied().unwrap_or_default()),
    );
    if !shard_refs.is_empty() {
        index.insert("shards".into(), Value::Array(shard_refs));
    }
    index.insert("search_index".into(), json!(SEARCH_INDEX_FILE));
    if ordered
        .iter()
        .any(|article| !article.meta.translations.is_empty())
    {
        index.insert("translated".into(), json!(true));
    }
    if !expired.is_empty() {
        let ids: Vec<&str> = expired
            .iter()
            .map(|article| article.meta.id.as_str())
            .collect();
        index.insert("expired".into(), json!(ids));
    }
    files.insert(
        0,
        OutputFile {
            path: INDEX_FILE.into(),
            contents: to_json(&Value::Object(index), true),
        },
    );
    files.push(OutputFile {
        path: SEARCH_INDEX_FILE.into(),
        contents: to_json(&search_index(&ordered), false),
    });
    files
}

fn summaries(articles: &[&Article]) -> Value {
    articles
        .iter()
        .map(|article| summary_value(&article.summary()))
        .collect()
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
