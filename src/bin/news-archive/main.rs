//! Maintains a news data folder.
//!
//!   news-archive index <data-dir> [--shard-size N]
//!       Rebuilds news.json, news/<n>.json and search.json from articles/*.json.
//!   news-archive synthetic <count> <data-dir>
//!       Writes <count> generated articles (English and Chinese) into
//!       <data-dir>/articles and indexes them: an archive for scale tests.

mod synthetic;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jointlink_news::model::archive::{article_json, build_index, DEFAULT_SHARD_SIZE};
use jointlink_news::model::Article;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["index", dir] => index(Path::new(dir), DEFAULT_SHARD_SIZE),
        ["index", dir, "--shard-size", size] => size
            .parse()
            .map_err(|_| format!("--shard-size wants a number, not {size:?}"))
            .and_then(|size| index(Path::new(dir), size)),
        ["synthetic", count, dir] => count
            .parse()
            .map_err(|_| format!("count wants a number, not {count:?}"))
            .and_then(|count| generate(count, Path::new(dir))),
        _ => Err("usage: news-archive index <data-dir> [--shard-size N]\n       news-archive synthetic <count> <data-dir>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("news-archive: {message}");
            ExitCode::FAILURE
        }
    }
}

fn index(dir: &Path, shard_size: usize) -> Result<(), String> {
    let articles = read_articles(&dir.join("articles"))?;
    write_index(dir, &articles, shard_size)
}

fn generate(count: usize, dir: &Path) -> Result<(), String> {
    let articles_dir = dir.join("articles");
    fs::create_dir_all(&articles_dir)
        .map_err(|error| format!("{}: {error}", articles_dir.display()))?;
    let articles = synthetic::articles(count);
    for article in &articles {
        let path = articles_dir.join(format!("{}.json", article.meta.id));
        fs::write(&path, article_json(article))
            .map_err(|error| format!("{}: {error}", path.display()))?;
    }
    write_index(dir, &articles, DEFAULT_SHARD_SIZE)
}

fn read_articles(dir: &Path) -> Result<Vec<Article>, String> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|error| format!("{}: {error}", dir.display()))?
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
            let text = fs::read_to_string(path).map_err(|error| format!("{name}: {error}"))?;
            let article = Article::parse(&name, &text).map_err(|error| error.to_string())?;
            let expected = path.file_stem().and_then(|stem| stem.to_str());
            if expected != Some(article.meta.id.as_str()) {
                return Err(format!("{name}: `id` must match the file name"));
            }
            if article.summary.is_none() {
                return Err(format!("{name}: `summary` is required for the listing"));
            }
            Ok(article)
        })
        .collect()
}

fn write_index(dir: &Path, articles: &[Article], shard_size: usize) -> Result<(), String> {
    let shard_dir = dir.join("news");
    if shard_dir.exists() {
        fs::remove_dir_all(&shard_dir)
            .map_err(|error| format!("{}: {error}", shard_dir.display()))?;
    }
    for file in build_index(articles, shard_size) {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|error| format!("{}: {error}", parent.display()))?;
        }
        fs::write(&path, file.contents).map_err(|error| format!("{}: {error}", path.display()))?;
    }
    println!("indexed {} articles in {}", articles.len(), dir.display());
    Ok(())
}
