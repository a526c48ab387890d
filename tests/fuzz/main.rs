//! Fuzz targets: every function that reads outside input gets generated input
//! and must return (an error is fine) without panicking, keeping the
//! invariants the views rely on. `cargo test --test fuzz` runs a fixed-seed
//! budget; `scripts/fuzz <target> <seconds>` runs one target for longer.

mod inputs;
mod runner;

use std::fs;
use std::path::Path;

use jointlink_news::state::settings::{PageContext, Settings};
use news_core::addresses::{query_value, with_query_param, Links};
use news_core::model::feed::{merge_pages, parse_feed_page};
use news_core::model::paging::{page_count, page_items, page_links, parse_page, shards_for};
use news_core::model::percent::{decode_component, encode_component};
use news_core::model::search::{normalize, SearchTerms};
use news_core::model::wordpress::{find_tag_id, parse_posts};
use news_core::model::ListingState;
use news_core::model::{
    paragraphs, parse_api_page, parse_shard, Article, Body, NewsIndex, SearchIndex, Site, Timestamp,
};
use news_core::sanitize::without_inline_code;
use proptest::prelude::*;
use serde_json::{json, Value};

use inputs::{awkward_text, file_text, short_awkward_text, text_from_pieces};
use runner::fuzz;

const FILE: &str = "fuzz.json";

fn sample(path: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/data")
        .join(path);
    let text = fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path:?}: {error}"));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path:?}: {error}"))
}

fn articles() -> Vec<Value> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/articles");
    let mut names: Vec<String> = fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{folder:?}: {error}"))
        .filter_map(|entry| Some(entry.ok()?.file_name().to_str()?.to_owned()))
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| sample(&format!("articles/{name}")))
        .collect()
}

fn index_items() -> Vec<Value> {
    match sample("news.json").get("items") {
        Some(Value::Array(items)) => items.clone(),
        _ => panic!("news.json has no items"),
    }
}

fn sharded_index() -> Value {
    let items = index_items();
    let (newest, older) = items.split_at(4);
    let date = |item: &Value| item["date_published"].clone();
    json!({
        "items": newest,
        "total": items.len(),
        "search_index": "search.json",
        "shards": [{"url": "news/2.json", "count": older.len(),
                    "newest": date(&older[0]), "oldest": date(&older[older.len() - 1])}],
    })
}

#[test]
fn site_file() {
    fuzz("site_file", file_text(vec![sample("site.json")]), |text| {
        if let Ok(site) = Site::parse(FILE, &text) {
            prop_assert!(!site.company.is_empty());
        }
        Ok(())
    });
}

#[test]
fn news_index() {
    let samples = vec![sample("news.json"), sharded_index()];
    fuzz("news_index", file_text(samples), |text| {
        let Ok(index) = NewsIndex::parse(FILE, &text) else {
            return Ok(());
        };
        let sizes = index.shard_sizes();
        prop_assert_eq!(index.total, sizes.iter().sum::<usize>());
        for page in 1..=page_count(index.total, 10).min(30) {
            let positions = page_items(page, 10, index.total).map_err(|problem| {
                TestCaseError::fail(format!("page {page} of a valid index: {problem:?}"))
            })?;
            for (shard, within) in shards_for(positions, &sizes) {
                prop_assert!(within.end <= sizes[shard]);
            }
        }
        for item in &index.items {
            prop_assert!(index.shard_holding(&item.meta.published) <= index.shards.len());
            prop_assert_eq!(index.lists(&item.meta.id), Some(true));
        }
        Ok(())
    });
}

#[test]
fn index_shard() {
    let shard = NewsIndex::parse(FILE, &sharded_index().to_string())
        .map(|mut index| index.shards.remove(0))
        .unwrap_or_else(|error| panic!("the sample sharded index: {error}"));
    let samples = vec![json!({ "items": index_items()[4..] })];
    fuzz("index_shard", file_text(samples), |text| {
        if let Ok(items) = parse_shard(FILE, &text) {
            if shard.check(FILE, &items).is_ok() {
                prop_assert_eq!(items.len(), shard.count);
            }
        }
        Ok(())
    });
}

#[test]
fn search_index() {
    let inputs = (
        file_text(vec![sample("search.json")]),
        awkward_text(),
        awkward_text(),
    );
    fuzz("search_index", inputs, |(text, query, tag)| {
        if let Ok(index) = SearchIndex::parse(FILE, &text) {
            let query = SearchTerms::parse(&query);
            let found =
                index.search(&query, Some(&tag)).count() + index.search(&query, None).count();
            prop_assert!(found <= 2 * index.len());
        }
        Ok(())
    });
}

#[test]
fn article_file() {
    fuzz("article_file", file_text(articles()), |text| {
        if let Ok(article) = Article::parse(FILE, &text) {
            if let Body::Text(body) = &article.body {
                prop_assert!(paragraphs(body)
                    .iter()
                    .all(|paragraph| !paragraph.is_empty()));
            }
        }
        Ok(())
    });
}

fn feed_sample(articles: &[Value]) -> Value {
    let items: Vec<Value> = articles
        .iter()
        .enumerate()
        .map(|(position, article)| {
            let mut item = article.clone();
            if position % 2 == 1 {
                item["content_html"] = json!(format!("<p>{}</p>", article["content_text"]));
            }
            item
        })
        .collect();
    json!({"version": "https://jsonfeed.org/version/1.1", "title": "News",
           "next_url": "page-2.json", "items": items})
}

#[test]
fn json_feed_page() {
    let articles = articles();
    let samples = vec![feed_sample(&articles[..5]), feed_sample(&articles[5..])];
    fuzz("json_feed_page", file_text(samples), |text| {
        if let Ok(page) = parse_feed_page(FILE, &text) {
            let count = page.articles.len();
            let merged = merge_pages(vec![page.articles.clone(), page.articles]);
            prop_assert!(merged.len() <= count);
            let mut ids: Vec<&str> = merged
                .iter()
                .map(|article| article.meta.id.as_str())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            prop_assert_eq!(ids.len(), merged.len());
        }
        Ok(())
    });
}

fn wordpress_sample() -> Value {
    let posts: Vec<Value> = articles()
        .iter()
        .enumerate()
        .map(|(position, article)| {
            json!({
                "id": position + 1,
                "slug": article["id"],
                "date_gmt": "2021-05-14T01:00:00",
                "modified_gmt": "2021-05-15T01:00:00",
                "title": {"rendered": article["title"]},
                "excerpt": {"rendered": format!("<p>{}</p>", article["summary"])},
                "content": {"rendered": format!("<p style=\"color:red\">{}</p>", article["content_text"])},
                "_embedded": {
                    "author": [{"name": "Afra Yu"}],
                    "wp:term": [[{"taxonomy": "category", "name": "News"}],
                                [{"taxonomy": "post_tag", "name": "Ports"}]],
                    "wp:featuredmedia": [{"source_url": "https://example.com/ship.jpg"}],
                },
            })
        })
        .collect();
    Value::Array(posts)
}

#[test]
fn wordpress_posts() {
    fuzz(
        "wordpress_posts",
        file_text(vec![wordpress_sample()]),
        |text| {
            if let Ok((posts, _skipped)) = parse_posts(FILE, &text) {
                prop_assert!(posts.iter().all(|post| !post.article.meta.title.is_empty()));
            }
            Ok(())
        },
    );
}

#[test]
fn wordpress_tags() {
    let samples = vec![json!([{"id": 3, "name": "Ports"}, {"id": 9, "name": "Rail &amp; road"}])];
    fuzz(
        "wordpress_tags",
        (file_text(samples), awkward_text()),
        |(text, name)| {
            let _ = find_tag_id(FILE, &text, &name);
            Ok(())
        },
    );
}

#[test]
fn rest_api_page() {
    let items = index_items();
    let samples = vec![json!({"items": items, "page": 1, "per_page": 20, "total": items.len()})];
    fuzz("rest_api_page", file_text(samples), |text| {
        if let Ok(page) = parse_api_page(FILE, &text) {
            prop_assert!(page.items.iter().all(|item| !item.meta.id.is_empty()));
        }
        Ok(())
    });
}

#[test]
fn settings_attributes() {
    const NAMES: &[&str] = &[
        "data-mode",
        "data-view",
        "data-source",
        "data-source-url",
        "data-site-url",
        "data-bundle-url",
        "data-timeout",
        "data-count",
        "data-full-url",
        "data-query-param",
        "data-set-title",
        "data-page-size",
        "lang",
        "data-lang",
    ];
    const VALUES: &[&str] = &[
        "standalone",
        "embedded",
        "latest",
        "full",
        "static",
        "api",
        "jsonfeed",
        "wordpress",
        "true",
        "false",
        "0",
        "1",
        "120",
        "121",
        "-1",
        "99999999999999999999",
        "zh-Hans",
        "en",
        "/",
        "//",
        "data/",
        "https://example.com/",
        "?rest_route=",
    ];
    let value = prop_oneof![
        prop::sample::select(VALUES).prop_map(str::to_owned),
        awkward_text()
    ];
    let attributes = prop::collection::vec((prop::sample::select(NAMES), value), 0..12);
    let page = (
        awkward_text(),
        awkward_text(),
        prop::option::of(awkward_text()),
        awkward_text(),
        prop::option::of(awkward_text()),
        prop::collection::vec(awkward_text(), 0..4),
    );
    fuzz(
        "settings_attributes",
        (attributes, page),
        |(attributes, (base, path, lang, query, remembered, browser))| {
            let page = PageContext {
                base_path: base,
                page_path: path,
                page_lang: lang,
                query,
                remembered_lang: remembered,
                browser_langs: browser,
            };
            let settings = Settings::from_attributes(
                |name| {
                    attributes
                        .iter()
                        .rev()
                        .find(|(key, _)| *key == name)
                        .map(|(_, value)| value.clone())
                },
                &page,
            );
            prop_assert!((1..=100).contains(&settings.page_size));
            prop_assert!((1..=120).contains(&settings.timeout_seconds));
            // A fixed language is always a chosen one.
            prop_assert!(!settings.lang_fixed || settings.chosen_lang.is_some());
            let addressed = attributes.iter().any(|(name, _)| name.ends_with("-url"));
            if !addressed {
                // The defaults come from the bundle's data folder, without doubled slashes.
                prop_assert!(
                    !settings.site_url.contains("//") && !settings.source_url.contains("//")
                );
            }
            Ok(())
        },
    );
}

#[test]
fn url_query_and_paths() {
    let inputs = (
        short_awkward_text(),
        short_awkward_text(),
        short_awkward_text(),
        short_awkward_text(),
    );
    fuzz(
        "url_query_and_paths",
        inputs,
        |(search, key, value, tag)| {
            let _ = decode_component(&search);
            prop_assert_eq!(decode_component(&encode_component(&value)), value.clone());
            let url = with_query_param(
                &format!("/page?{search}"),
                "news",
                Some(&encode_component(&value)),
            );
            prop_assert_eq!(
                query_value(&url[url.find('?').unwrap_or(0)..], "news"),
                Some(value.clone())
            );
            let links = Links::Paths {
                base: "/news".into(),
                folder: None,
            };
            let state = ListingState::from_query_string(&search, &links.keys());
            let written = links.listing_with(&ListingState {
                page: Some(key),
                search_text: value,
                tag: Some(tag),
                year: None,
                language: state.language,
            });
            let reread = ListingState::from_query_string(
                &written[written.find('?').unwrap_or(0)..],
                &links.keys(),
            );
            prop_assert_eq!(reread.search_text.trim(), reread.search_text.as_str());
            // The language filter survives the round trip through the URL.
            prop_assert_eq!(reread.language, state.language);
            prop_assert!(state
                .tag
                .as_deref()
                .is_none_or(|tag| !tag.trim().is_empty()));
            Ok(())
        },
    );
}

#[test]
fn page_numbers() {
    let written = prop_oneof![
        awkward_text(),
        "[ +-]?[0-9]{0,25}",
        any::<u64>().prop_map(|n| n.to_string())
    ];
    let arithmetic = (any::<usize>(), 0usize..1000, 0usize..(usize::MAX / 4));
    fuzz(
        "page_numbers",
        (written, arithmetic),
        |(written, (page, size, total))| {
            if let Ok(page) = parse_page(Some(&written)) {
                prop_assert!(page >= 1);
            }
            let count = page_count(total, size);
            if let Ok(positions) = page_items(page, size, total) {
                prop_assert!(positions.start <= positions.end && positions.end <= total);
                let links = page_links(page, count);
                prop_assert!(!links.is_empty());
            }
            Ok(())
        },
    );
}

#[test]
fn timestamps() {
    let near_valid =
        "[0-9]{1,5}-[0-9]{1,3}-[0-9]{1,3}[Tt ][0-9]{1,3}:[0-9]{1,3}:[0-9]{1,3}(\\.[0-9]{0,12})?(Z|z|[+-][0-9]{1,3}:[0-9]{1,3})?";
    fuzz(
        "timestamps",
        prop_oneof![awkward_text(), near_valid],
        |text| {
            if let Ok(timestamp) = Timestamp::parse(&text) {
                let date = timestamp.date();
                prop_assert!((1..=12).contains(&date.month) && (1..=31).contains(&date.day));
                prop_assert!(Timestamp::parse(timestamp.as_str()).is_ok());
            }
            Ok(())
        },
    );
}

#[test]
fn search_normalisation() {
    fuzz("search_normalisation", awkward_text(), |text| {
        let normalized = normalize(&text);
        prop_assert!(!normalized.starts_with(' ') && !normalized.ends_with(' '));
        prop_assert!(SearchTerms::parse(&text).matches(&normalized));
        Ok(())
    });
}

#[test]
fn sanitiser_inline_code() {
    const PIECES: &[&str] = &[
        "<p",
        "<img",
        "<b",
        "<DIV",
        "</p",
        " ",
        "\n",
        "/",
        ">",
        "=",
        "\"",
        "'",
        " style",
        " STYLE",
        " onclick",
        " onerror",
        "=x",
        "=\"a>b\"",
        "='c'",
        "<!--",
        "-->",
        "--!>",
        "<!",
        "<?",
        "<script>",
        "</script>",
        "<style>",
        "</style >",
        "<textarea>",
        "</textarea>",
        "<plaintext>",
        "<svg>",
        "text",
        "宁波",
        "<",
        "&",
        "data-on",
    ];
    let markup = prop_oneof![4 => text_from_pieces(PIECES), 1 => any::<String>()];
    fuzz("sanitiser_inline_code", markup, |markup| {
        // A second pass finds nothing left to defuse, and changes nothing.
        let once = without_inline_code(&markup).into_owned();
        prop_assert_eq!(without_inline_code(&once).into_owned(), once);
        Ok(())
    });
}
