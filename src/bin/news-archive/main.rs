//! Maintains a news data folder, and the content folder editors write in.
//!
//!   news-archive new "<title>" [--lang <tag>] [--content <content-dir>]
//!       Starts <content-dir>/<id>.md (default content/), dated now in Ningbo.
//!   news-archive publish <content-dir> <data-dir> [--force]
//!       Turns every <id>.md into <data-dir>/articles/<id>.json and rebuilds the index.
//!   news-archive import-wordpress <site-url> <content-dir> [--force]
//!       Writes every published post of a WordPress site into <content-dir>.
//!   news-archive check <data-dir>
//!       Lists every problem in what the app reads; exits 1 if there is one.
//!   news-archive index <data-dir> [--shard-size N]
//!       Rebuilds news.json, news/<n>.json and search.json from articles/*.json.
//!   news-archive synthetic <count> <data-dir>
//!       Writes <count> generated articles (English and Chinese) into
//!       <data-dir>/articles and indexes them: an archive for scale tests.

mod calendar;
mod check;
mod content;
mod front_matter;
mod ids;
mod image_size;
mod import_wordpress;
mod index;
mod markdown;
mod new_article;
mod publish;
mod safe_write;
mod synthetic;
mod written;

use std::path::Path;
use std::process::ExitCode;

use jointlink_news::model::archive::{article_json, DEFAULT_SHARD_SIZE};

use crate::index::{read_articles, write_index_in_shards};
use crate::safe_write::write_atomically;

const USAGE: &str = "usage:
  news-archive new \"<title>\" [--lang <tag>] [--content <content-dir>]
  news-archive publish <content-dir> <data-dir> [--force]
  news-archive import-wordpress <site-url> <content-dir> [--force]
  news-archive check <data-dir>
  news-archive index <data-dir> [--shard-size N]
  news-archive synthetic <count> <data-dir>";

/// Where `new` writes unless told otherwise: the project's content folder.
const DEFAULT_CONTENT: &str = "content";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let force = args.contains(&"--force");
    let plain: Vec<&str> = args
        .iter()
        .copied()
        .filter(|arg| *arg != "--force")
        .collect();
    let result = match plain.as_slice() {
        ["new", title, options @ ..] => new(title, options),
        ["publish", content, data] => publish::publish(
            Path::new(content),
            Path::new(data),
            &publish::Options { force },
        ),
        ["import-wordpress", site, content] => {
            import_wordpress::import_wordpress(site, Path::new(content), force)
        }
        ["check", data] => check(Path::new(data)),
        ["index", dir] => index(Path::new(dir), DEFAULT_SHARD_SIZE),
        ["index", dir, "--shard-size", size] => size
            .parse()
            .map_err(|_| format!("--shard-size wants a number, not {size:?}"))
            .and_then(|size| index(Path::new(dir), size)),
        ["synthetic", count, dir] => count
            .parse()
            .map_err(|_| format!("count wants a number, not {count:?}"))
            .and_then(|count| generate(count, Path::new(dir))),
        _ => Err(USAGE.into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("news-archive: {message}");
            ExitCode::FAILURE
        }
    }
}

fn new(title: &str, options: &[&str]) -> Result<(), String> {
    let mut language = None;
    let mut content = DEFAULT_CONTENT;
    let mut rest = options;
    while let [option, value, more @ ..] = rest {
        match *option {
            "--lang" => language = Some(*value),
            "--content" => content = value,
            _ => return Err(USAGE.into()),
        }
        rest = more;
    }
    if !rest.is_empty() {
        return Err(USAGE.into());
    }
    let path = new_article::new_article(Path::new(content), title, language)?;
    println!("{}", path.display());
    Ok(())
}

fn check(data: &Path) -> Result<(), String> {
    let problems = check::check(data);
    if problems.is_empty() {
        println!("{}: no problems", data.display());
        return Ok(());
    }
    for problem in &problems {
        println!("{problem}");
    }
    Err(format!("{} problems in {}", problems.len(), data.display()))
}

fn index(dir: &Path, shard_size: usize) -> Result<(), String> {
    let articles = read_articles(&dir.join("articles"))?;
    write_index_in_shards(dir, &articles, shard_size)
}

fn generate(count: usize, dir: &Path) -> Result<(), String> {
    let articles = synthetic::articles(count);
    for article in &articles {
        let path = dir
            .join("articles")
            .join(format!("{}.json", article.meta.id));
        write_atomically(&path, article_json(article).as_bytes())?;
    }
    write_index_in_shards(dir, &articles, DEFAULT_SHARD_SIZE)
}
