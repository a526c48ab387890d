//! A data folder's article files, read whole, and its index files, rebuilt
//! from them: the older shards first, then the search index, and `news.json`,
//! which names the others, last. Each file is replaced in one step, so a
//! stopped run leaves every file complete; running again finishes the job.

use std::fs;
use std::path::{Path, PathBuf};

use news_core::data_folder::index_files::{build_index, DEFAULT_SHARD_SIZE};
use news_core::data_folder::layout::SHARDS_FOLDER;
use news_core::model::Article;

use crate::error::ToolError;
use crate::image_size::with_image_sizes;
use crate::safe_write::{remove_leftovers, write_atomically};

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

pub fn write_index(dir: &Path, articles: &[Article]) -> Result<(), ToolError> {
    write_index_in_shards(dir, articles, DEFAULT_SHARD_SIZE)
}

pub fn write_index_in_shards(
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
