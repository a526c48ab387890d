//! The shipped sample data: every file parses with the app's own parsers, and
//! the index files are exactly what `news-archive index` builds from the articles.

use std::fs;
use std::path::Path;

use news_core::data_folder::index_files::{build_index, DEFAULT_SHARD_SIZE};
use news_core::model::{Article, Body, NewsIndex, SearchIndex, Site};

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
    let listed = articles
        .iter()
        .filter(|article| article.body != Body::Expired)
        .count();
    assert_eq!(index.total, listed);
    assert_eq!(search.len(), listed);
    assert_eq!(index.expired.len(), articles.len() - listed);
    assert!(listed >= 12);
}

#[test]
fn the_index_files_are_up_to_date_with_the_articles() {
    for file in build_index(&articles(), DEFAULT_SHARD_SIZE) {
        assert_eq!(
            read(&file.path),
            file.contents,
            "{} is stale: run `cargo run -p news-archive -- index public/data`",
            file.path
        );
    }
}

/// The site's language, which an article without `language` is in.
fn site_language() -> String {
    Site::parse("site.json", &read("site.json"))
        .expect("site.json parses")
        .language
        .tag()
        .to_owned()
}

fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn most_articles_have_pictures_described_in_their_own_language() {
    let site_language = site_language();
    let articles = articles();
    let pictured: Vec<_> = articles
        .iter()
        .filter_map(|article| Some((article, article.meta.image.as_ref()?)))
        .collect();
    assert!(
        pictured.len() * 2 > articles.len(),
        "{} of {} have pictures",
        pictured.len(),
        articles.len()
    );
    for (article, image) in pictured {
        let language = article.meta.language.as_deref().unwrap_or(&site_language);
        let described = if language == "zh-Hans" {
            is_chinese(&image.alt)
        } else {
            !image.alt.is_empty() && image.alt.chars().all(|c| (' '..='~').contains(&c))
        };
        assert!(
            described,
            "{}: alt text {:?} is not in {language}",
            article.meta.id, image.alt
        );
    }
}

#[test]
fn at_least_three_translated_pairs_each_name_the_other() {
    let articles = articles();
    let by_id = |id: &str| articles.iter().find(|article| article.meta.id == id);
    let mut pairs = 0;
    for chinese in articles
        .iter()
        .filter(|article| article.meta.language.as_deref() == Some("zh-Hans"))
    {
        for translation in &chinese.meta.translations {
            let other = by_id(&translation.id).unwrap_or_else(|| {
                panic!(
                    "{} names a missing translation {}",
                    chinese.meta.id, translation.id
                )
            });
            assert_eq!(
                other.meta.language.as_deref(),
                Some(translation.language.as_str())
            );
            assert!(
                other
                    .meta
                    .translations
                    .iter()
                    .any(|back| back.id == chinese.meta.id && back.language == "zh-Hans"),
                "{} does not name {} back",
                other.meta.id,
                chinese.meta.id
            );
            pairs += 1;
        }
    }
    assert!(pairs >= 3, "{pairs} translated pairs");
}
