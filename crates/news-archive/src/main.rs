//! Maintains a news data folder, and the content folder editors write in.
//! `news-archive --help` lists the commands, `news-archive <command> --help`
//! each one's arguments. Exit codes: 0 done, 1 problems found or the work
//! failed, 2 a command line it does not understand.

mod calendar;
mod check;
mod content;
mod derived;
mod error;
mod front_matter;
mod ids;
mod image_size;
mod import_wordpress;
mod index;
mod markdown;
mod new_article;
mod publish;
mod push_baidu;
mod reading_time;
mod related;
mod safe_write;
mod synthetic;
mod written;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use news_core::data_folder::index_files::DEFAULT_SHARD_SIZE;
use news_core::data_folder::layout::{article_file, ARTICLES_FOLDER};
use news_core::model::writing::article_json;
use news_core::model::Timestamp;

use crate::error::ToolError;
use crate::index::{read_articles, write_index_files, write_index_in_shards};
use crate::safe_write::write_atomically;

/// Publishes the news: Markdown articles into the data folder the site reads,
/// WordPress posts into Markdown, and a check of everything the app reads.
#[derive(Parser)]
#[command(name = "news-archive", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Starts <content>/<id>.md, dated now in Ningbo, with the id made from the title.
    New {
        /// The article's title; Chinese titles get a pinyin id.
        title: String,
        /// The article's language, when it is not the site's (e.g. zh-Hans).
        #[arg(long = "lang", value_name = "TAG")]
        language: Option<String>,
        /// The content folder.
        #[arg(long, value_name = "DIR", default_value = "content")]
        content: PathBuf,
    },
    /// Turns every <id>.md of the content folder into <data>/articles/<id>.json and rebuilds the index.
    Publish {
        #[arg(value_name = "CONTENT_DIR")]
        content: PathBuf,
        #[arg(value_name = "DATA_DIR")]
        data: PathBuf,
        /// Replace article files an editor changed by hand.
        #[arg(long)]
        force: bool,
        /// Publish as on this date (2026-12-01, 2026-12-01 09:00) rather than now:
        /// articles dated later are held back.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        as_of: Option<Timestamp>,
        /// An editor's preview, never the site's data: drafts and scheduled
        /// articles are published too, marked as not published.
        #[arg(long)]
        preview: bool,
    },
    /// Writes every published post of a WordPress site into the content folder.
    ImportWordpress {
        /// The WordPress site, e.g. https://blog.example.com or https://blog.example.com/?rest_route=
        #[arg(value_name = "SITE_URL")]
        site: String,
        #[arg(value_name = "CONTENT_DIR")]
        content: PathBuf,
        /// Replace Markdown files an editor changed since the last import.
        #[arg(long)]
        force: bool,
    },
    /// Lists every problem in what the app reads; exits 1 if there is one.
    Check {
        #[arg(value_name = "DATA_DIR")]
        data: PathBuf,
    },
    /// Rebuilds news.json, news/<n>.json and search.json from articles/*.json.
    Index {
        #[arg(value_name = "DATA_DIR")]
        data: PathBuf,
        /// Articles per shard of the index.
        #[arg(long, value_name = "N", default_value_t = DEFAULT_SHARD_SIZE, value_parser = clap::value_parser!(usize))]
        shard_size: usize,
    },
    /// Tells Baidu's link push API about new and changed articles; the site
    /// and token come from BAIDU_PUSH_SITE and BAIDU_PUSH_TOKEN.
    PushBaidu {
        #[arg(value_name = "DATA_DIR")]
        data: PathBuf,
    },
    /// Writes <count> generated articles (English and Chinese) into a data
    /// folder and indexes them: an archive for scale tests.
    Synthetic {
        count: usize,
        #[arg(value_name = "DATA_DIR")]
        data: PathBuf,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::New {
            title,
            language,
            content,
        } => new_article::new_article(&content, &title, language.as_deref())
            .map(|path| println!("{}", path.display())),
        Command::Publish {
            content,
            data,
            force,
            as_of,
            preview,
        } => content::timestamp(&calendar::company_now())
            .ok_or_else(|| ToolError::Argument("the clock gives no valid time".into()))
            .and_then(|now| {
                let as_of = as_of.unwrap_or(now);
                let options = publish::Options {
                    force,
                    as_of,
                    preview,
                };
                publish::publish(&content, &data, &options)
            }),
        Command::ImportWordpress {
            site,
            content,
            force,
        } => import_wordpress::import_wordpress(&site, &content, force),
        Command::Check { data } => check(&data),
        Command::Index { data, shard_size } => index(&data, shard_size),
        Command::PushBaidu { data } => push_baidu::PushSettings::from_environment()
            .and_then(|settings| push_baidu::push_baidu(&data, &settings)),
        Command::Synthetic { count, data } => generate(count, &data),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("news-archive: {error}");
            ExitCode::FAILURE
        }
    }
}

fn parse_date(text: &str) -> Result<Timestamp, String> {
    content::timestamp(text)
        .ok_or_else(|| format!("{text:?} is not a date such as 2026-12-01 or 2026-12-01 09:00"))
}

fn check(data: &Path) -> Result<(), ToolError> {
    let problems = check::check(data);
    if problems.is_empty() {
        println!("{}: no problems", data.display());
        return Ok(());
    }
    for problem in &problems {
        println!("{problem}");
    }
    Err(ToolError::Problems {
        count: problems.len(),
        folder: data.to_owned(),
    })
}

fn index(dir: &Path, shard_size: usize) -> Result<(), ToolError> {
    let mut articles = read_articles(&dir.join(ARTICLES_FOLDER))?;
    write_index_in_shards(dir, &mut articles, shard_size)
}

fn generate(count: usize, dir: &Path) -> Result<(), ToolError> {
    let mut articles = synthetic::articles(count);
    derived::count_over_archive(&mut articles);
    for article in &articles {
        let path = dir.join(article_file(&article.meta.id));
        write_atomically(&path, article_json(article).as_bytes())?;
    }
    // Counted above over exactly the files written: nothing to count again.
    write_index_files(dir, &articles, DEFAULT_SHARD_SIZE)
}
