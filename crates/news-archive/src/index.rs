//! A data folder's article files, read whole, and its index files, rebuilt
//! from them: the older shards first, then the search index, and `news.json`,
//! which names the others, last. Each file is replaced in one step, so a
//! stopped run leaves every file complete; running again finishes the job.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use news_core::data_folder::index_files::{build_index, DEFAULT_SHARD_SIZE};
use news_core::data_folder::layout::{article_file, SHARDS_FOLDER};
use news_core::model::writing::article_value;
use news_core::model::Article;
use serde_json::Value;

use crate::derived::{count_over_archive, COUNTED_FIELDS};
use crate::error::ToolError;
use crate::image_size::with_image_sizes;
use crate::safe_write::{remove_leftovers, write_atomically};
use crate::written::{Permission, Written};

/// Every `articles/*.json`, each checked as the app reads it.
pub fn read_articles(dir: &Path) -> Result<Vec<Article>, ToolError> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(ToolError::io(dir))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "json")
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let name = path.display().to_string();
            let text = fs::read_to_string(path).map_err(ToolError::io(path))?;
            let id = path
                .file_stem()
                .and_then(|stem| stem.to_str())
                .unwrap_or_default();
            let article = Article::parse_file(&name, &text, id)?;
            article.check_publishable(&name)?;
            Ok(article)
        })
        .collect()
}

/// Writes the index files after `publish`, which counted reading times and
/// related articles over this same archive before it wrote (`counted`, by
/// id): the article files it did not write get those counts without a second
/// count over the archive. Should the folder hold other articles than the
/// ones counted, it counts again.
pub fn write_index_counted(
    dir: &Path,
    articles: &mut [Article],
    counted: &BTreeMap<String, Article>,
) -> Result<(), ToolError> {
    update_counts(dir, articles, |articles| {
        let same_archive = articles.len() == counted.len()
            && articles
                .iter()
                .all(|article| counted.contains_key(&article.meta.id));
        if !same_archive {
            count_over_archive(articles);
            return;
        }
        for article in articles.iter_mut() {
            if let Some(count) = counted.get(&article.meta.id) {
                article.reading_minutes = count.reading_minutes;
                article.related = count.related.clone();
            }
        }
    })?;
    write_index_files(dir, articles, DEFAULT_SHARD_SIZE)
}

/// Brings the counted fields of every article file up to date, then writes
/// the index files.
pub fn write_index_in_shards(
    dir: &Path,
    articles: &mut [Article],
    shard_size: usize,
) -> Result<(), ToolError> {
    update_counts(dir, articles, count_over_archive)?;
    write_index_files(dir, articles, shard_size)
}

/// Writes the index files of `articles`, whose files hold current counts
/// (the caller counted them over this very set when it wrote them).
pub fn write_index_files(
    dir: &Path,
    articles: &[Article],
    shard_size: usize,
) -> Result<(), ToolError> {
    let shard_dir = dir.join(SHARDS_FOLDER);
    remove_leftovers(&shard_dir);
    // The index records the size of each picture in the data folder.
    let mut files = build_index(&with_image_sizes(dir, articles), shard_size);
    // news.json comes first from build_index; it goes in last.
    if !files.is_empty() {
        let news = files.remove(0);
        files.push(news);
    }
    for file in &files {
        let path = dir.join(&file.path);
        // An unchanged file keeps its time, so servers and watchers see no change.
        if fs::read(&path).ok().as_deref() != Some(file.contents.as_bytes()) {
            write_atomically(&path, file.contents.as_bytes())?;
        }
    }
    let current: Vec<&str> = files.iter().map(|file| file.path.as_str()).collect();
    if let Ok(entries) = fs::read_dir(&shard_dir) {
        for entry in entries.flatten() {
            let relative = format!("{SHARDS_FOLDER}/{}", entry.file_name().to_string_lossy());
            if relative.ends_with(".json") && !current.contains(&relative.as_str()) {
                fs::remove_file(entry.path()).map_err(ToolError::io(&entry.path()))?;
            }
        }
    }
    println!("indexed {} articles in {}", articles.len(), dir.display());
    Ok(())
}

/// Counts reading times and related articles (`count`), and writes them into
/// each article file whose counts changed. Only those two fields change: an
/// editor's other fields, unknown ones included, are kept. A file the tool
/// wrote stays the tool's, so `publish` may still replace it.
fn update_counts(
    dir: &Path,
    articles: &mut [Article],
    count: impl FnOnce(&mut [Article]),
) -> Result<(), ToolError> {
    let before: Vec<_> = articles
        .iter()
        .map(|article| (article.reading_minutes, article.related.clone()))
        .collect();
    count(articles);
    let mut written = Written::load(dir)?;
    let (mut ours, mut others) = (Vec::new(), Vec::new());
    for (article, before) in articles.iter().zip(before) {
        if (article.reading_minutes, &article.related) == (before.0, &before.1) {
            continue;
        }
        let relative = article_file(&article.meta.id);
        let path = dir.join(&relative);
        let current = fs::read(&path).map_err(ToolError::io(&path))?;
        let Ok(Value::Object(mut fields)) = serde_json::from_slice::<Value>(&current) else {
            continue;
        };
        let counted = article_value(article);
        for name in COUNTED_FIELDS {
            match counted.get(name) {
                Some(value) => fields.insert(name.into(), value.clone()),
                None => fields.remove(name),
            };
        }
        let text = serde_json::to_string_pretty(&Value::Object(fields)).unwrap_or_default();
        let contents = format!("{text}\n").into_bytes();
        match written.permission(&relative, Some(&current), &contents) {
            Permission::Replace => ours.push((relative, contents)),
            _ => others.push((relative, contents)),
        }
    }
    written.before_replacing(&ours)?;
    for (relative, contents) in ours.iter().chain(&others) {
        write_atomically(&dir.join(relative), contents)?;
    }
    written.after_replacing(&ours)?;
    let updated = ours.len() + others.len();
    if updated > 0 {
        println!("updated the reading time or related articles of {updated} article files");
    }
    Ok(())
}
