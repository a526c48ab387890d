//! The shipped sample data: every file parses with the app's own parsers, and
//! the index files are exactly what `news-archive index` builds from the articles.

use std::fs;
use std::path::Path;

use jointlink_news::model::archive::{build_index, DEFAULT_SHARD_SIZE};
use jointlink_news::model::{Article, NewsIndex, SearchIndex, Site};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data");

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(DATA).join(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn articles() -> Vec<Article> {
    let mut names: Vec<String> = fs::read_dir(Path::new(DATA).join("articles"))
        .expect("the articles folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| {
            let path = format!("articles/{name}");
            Article::parse(&path, &read(&path)).unwrap_or_else(|error| panic!("{error}"))
        })
        .collect()
}

#[test]
fn every_sample_file_parses() {
    Site::parse("site.json", &read("site.json")).expect("site.json parses");
    let index = NewsIndex::parse("news.json", &read("news.json")).expect("news.json parses");
    let search =
        SearchIndex::parse("search.json", &read("search.json")).expect("search.json parses");
    let articles = articles();
    assert_eq!(index.total, articles.len());
    assert_eq!(search.len(), articles.len());
    assert!(articles.len() >= 12);
}

#[test]
fn the_index_files_are_up_to_date_with_the_articles() {
    for file in build_index(&articles(), DEFAULT_SHARD_SIZE) {
        assert_eq!(
            read(&file.path),
            file.contents,
            "{} is stale: run `cargo run --bin news-archive -- index public/data`",
            file.path
        );
    }
}
