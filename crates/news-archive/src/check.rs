//! `news-archive check <data-dir>`: everything the app reads, read as the app
//! reads it, and checked against each other: the site file, every article,
//! the translations between them, their images, and the index files.
//! Every problem is listed with its file and field, not just the first.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use news_core::data_folder::layout::{
    article_file, article_id_of, ARTICLES_FOLDER, INDEX_FILE, SHARDS_FOLDER, SITE_FILE,
};
use news_core::data_folder::reader::{DataFolderReader, ReadError};
use news_core::model::{is_web_address, Article, ArticleSummary, Body};

use crate::derived::{count_over_archive, COUNTED_FIELDS};
use crate::image_size::with_image_sizes;
use crate::safe_write::is_leftover;

/// The problems found, one line each (`file: field: what is wrong`).
pub fn check(data: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let folder = DataFolderReader::new(data);
    match folder.site() {
        Ok((site, _)) => {
            let pictures = site.official_account.iter().map(|account| &account.qr_code);
            for problem in pictures.filter_map(|url| image_problem(data, url)) {
                problems.push(format!("{SITE_FILE}: `official_account.qr_code` {problem}"));
            }
        }
        Err(error) => problems.push(error.to_string()),
    }
    for below in ["", ARTICLES_FOLDER, SHARDS_FOLDER] {
        for entry in fs::read_dir(data.join(below))
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if is_leftover(&name) {
                problems.push(format!(
                    "{}: left by a run that was stopped: run it again, or delete the file",
                    Path::new(below).join(name).display()
                ));
            }
        }
    }
    let articles = check_articles(&folder, &mut problems);
    check_translations(&articles, &mut problems);
    check_counts(&articles, &mut problems);
    check_index(&folder, &articles, &mut problems);
    problems
}

fn check_articles(
    folder: &DataFolderReader,
    problems: &mut Vec<String>,
) -> BTreeMap<String, Article> {
    let data = folder.path();
    let mut articles = BTreeMap::new();
    let mut ids: Vec<String> = fs::read_dir(data.join(ARTICLES_FOLDER))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| Some(article_id_of(entry.file_name().to_str()?)?.to_owned()))
        .collect();
    ids.sort();
    if ids.is_empty() {
        problems.push(format!("{ARTICLES_FOLDER}/: no article files"));
    }
    let mut lowercase_ids = BTreeMap::new();
    for id in &ids {
        let file = article_file(id);
        let article = match folder.article(id) {
            Ok(article) => article,
            Err(error) => {
                problems.push(error.to_string());
                continue;
            }
        };
        let meta = &article.meta;
        if let Some(other) = lowercase_ids.insert(meta.id.to_lowercase(), file.clone()) {
            problems.push(format!(
                "{file}: `id` is the same as {other}'s but for case"
            ));
        }
        if let Err(error) = article.check_publishable(&file) {
            problems.push(error.to_string());
        }
        if let Some(preview) = preview_mark(folder, &file) {
            problems.push(format!(
                "{file}: `preview` is {preview:?}: an editor's preview (publish --preview), not the site's data; publish without --preview"
            ));
        }
        if meta
            .modified
            .as_ref()
            .is_some_and(|modified| *modified < meta.published)
        {
            problems.push(format!(
                "{file}: `date_modified` is before `date_published`"
            ));
        }
        if meta
            .expires
            .as_ref()
            .is_some_and(|expires| *expires <= meta.published)
        {
            problems.push(format!("{file}: `expires` is not after `date_published`"));
        }
        if let Some(problem) = expired_notice_problem(folder, &file, &article) {
            problems.push(format!("{file}: {problem}"));
        }
        if let Some(image) = &meta.image {
            let addresses =
                std::iter::once(&image.url).chain(image.sources.iter().map(|source| &source.url));
            for problem in addresses.filter_map(|url| image_problem(data, url)) {
                problems.push(format!("{file}: `image` {problem}"));
            }
        }
        // As the index has it: with the size of a picture in the data folder.
        let sized = with_image_sizes(data, std::slice::from_ref(&article));
        articles.insert(meta.id.clone(), sized.into_iter().next().unwrap_or(article));
    }
    articles
}

/// Images are absolute http(s) addresses, or files in the data folder.
fn image_problem(data: &Path, image: &str) -> Option<String> {
    if is_web_address(image) {
        return None;
    }
    if image.contains(':')
        || image.starts_with("//")
        || image.starts_with('/')
        || image.contains("..")
    {
        return Some(format!(
            "is {image:?}: an image is an http(s) address or a path inside the data folder"
        ));
    }
    (!data.join(image).is_file())
        .then(|| format!("is {image:?}, which is not a file in the data folder"))
}

/// The `preview` field `publish --preview` gives an article file; the app
/// does not read it (the title carries the mark), so it is read here.
fn preview_mark(folder: &DataFolderReader, file: &str) -> Option<String> {
    let json: serde_json::Value = serde_json::from_str(&folder.text(file).ok()?).ok()?;
    json.get("preview")?.as_str().map(str::to_owned)
}

/// An expired notice says when it expired and carries no text: the app
/// would not show it, but anyone reading the file could.
fn expired_notice_problem(
    folder: &DataFolderReader,
    file: &str,
    article: &Article,
) -> Option<&'static str> {
    if article.body != Body::Expired {
        return None;
    }
    if article.meta.expires.is_none() {
        return Some("`expired` is true but `expires` is missing: say when the notice expired");
    }
    let raw: serde_json::Value = serde_json::from_str(&folder.text(file).ok()?).ok()?;
    ["content_text", "content_html"]
        .iter()
        .any(|name| raw.get(name).is_some())
        .then_some("`expired` is true but the file still carries the text: publish it again, or remove `content_text` and `content_html`")
}

fn check_translations(articles: &BTreeMap<String, Article>, problems: &mut Vec<String>) {
    for (id, article) in articles {
        let file = article_file(id);
        for translation in &article.meta.translations {
            let field = format!("`translations` names {:?}", translation.id);
            match articles.get(&translation.id) {
                None => problems.push(format!("{file}: {field}, which is no article")),
                Some(other) => {
                    if other.meta.language.as_deref() != Some(translation.language.as_str()) {
                        problems.push(format!(
                            "{file}: {field} as {:?}, but that article's `language` is {:?}",
                            translation.language, other.meta.language
                        ));
                    }
                    if !other.meta.translations.iter().any(|back| &back.id == id) {
                        problems.push(format!("{file}: {field}, which does not name {id:?} back"));
                    }
                }
            }
        }
        if !article.meta.translations.is_empty() && article.meta.language.is_none() {
            problems.push(format!(
                "{file}: `language` is missing: an article with translations says its own"
            ));
        }
    }
}

/// Reading times and related articles as the archive counts them now: a
/// related article that has gone, expired or been renamed is out of date.
fn check_counts(articles: &BTreeMap<String, Article>, problems: &mut Vec<String>) {
    let mut counted: Vec<Article> = articles.values().cloned().collect();
    count_over_archive(&mut counted);
    for (article, counted) in articles.values().zip(&counted) {
        let stale = [
            (
                COUNTED_FIELDS[0],
                article.reading_minutes != counted.reading_minutes,
            ),
            (COUNTED_FIELDS[1], article.related != counted.related),
        ];
        for (field, _) in stale.iter().filter(|(_, stale)| *stale) {
            problems.push(format!(
                "{}: `{field}` is not as the archive counts it now: run news-archive index",
                article_file(&article.meta.id)
            ));
        }
    }
}

fn check_index(
    folder: &DataFolderReader,
    articles: &BTreeMap<String, Article>,
    problems: &mut Vec<String>,
) {
    let index = match folder.index() {
        Ok(index) => index,
        Err(ReadError::Io { .. }) => {
            return problems.push(format!("{INDEX_FILE}: missing: run news-archive index"))
        }
        Err(error) => return problems.push(error.to_string()),
    };
    let (articles, expired): (BTreeMap<String, Article>, BTreeMap<String, Article>) = articles
        .iter()
        .map(|(id, article)| (id.clone(), article.clone()))
        .partition(|(_, article)| article.body != Body::Expired);
    check_expired_names(&index.expired, &expired, problems);
    let articles = &articles;
    let mut listed: Vec<(String, ArticleSummary)> = index
        .items
        .iter()
        .map(|item| (INDEX_FILE.to_owned(), item.clone()))
        .collect();
    for shard in &index.shards {
        match folder.shard(shard) {
            Ok(items) => listed.extend(items.into_iter().map(|item| (shard.url.clone(), item))),
            Err(error) => problems.push(error.to_string()),
        }
    }
    if index.total != articles.len() {
        problems.push(format!(
            "{INDEX_FILE}: `total` is {}, but there are {} articles: run news-archive index",
            index.total,
            articles.len()
        ));
    }
    compare_entries(
        &format!("{INDEX_FILE} and its shards"),
        &listed,
        articles,
        &EVERY_FIELD,
        problems,
    );
    let Some(file) = index.search_index.as_deref() else {
        return problems.push(format!(
            "{INDEX_FILE}: `search_index` is missing: searches and filters need it"
        ));
    };
    match folder.search_index(file) {
        Ok(search) => {
            let rows: Vec<(String, ArticleSummary)> = search
                .summaries()
                .map(|summary| (file.to_owned(), summary.clone()))
                .collect();
            compare_entries(file, &rows, articles, &SEARCH_FIELDS, problems);
        }
        Err(error) => problems.push(error.to_string()),
    }
}

/// The index names every expired notice, and nothing else, as expired.
fn check_expired_names(
    named: &[String],
    expired: &BTreeMap<String, Article>,
    problems: &mut Vec<String>,
) {
    for id in expired.keys().filter(|id| !named.contains(id)) {
        problems.push(format!(
            "{INDEX_FILE}: `expired` does not name {}, an expired notice: run news-archive index",
            article_file(id)
        ));
    }
    for id in named.iter().filter(|id| !expired.contains_key(*id)) {
        problems.push(format!(
            "{INDEX_FILE}: `expired` names {id:?}, which has no expired notice's file: run news-archive index"
        ));
    }
}

/// The fields of a listing entry, each with how to tell two apart.
type FieldCheck = (&'static str, fn(&ArticleSummary, &ArticleSummary) -> bool);

const EVERY_FIELD: [FieldCheck; 10] = [
    ("title", |a, b| a.meta.title == b.meta.title),
    ("date_published", |a, b| {
        a.meta.published == b.meta.published
    }),
    ("date_modified", |a, b| a.meta.modified == b.meta.modified),
    ("summary", |a, b| a.summary == b.summary),
    ("tags", |a, b| a.meta.tags == b.meta.tags),
    ("language", |a, b| a.meta.language == b.meta.language),
    ("translations", |a, b| {
        a.meta.translations == b.meta.translations
    }),
    ("authors", |a, b| a.meta.authors == b.meta.authors),
    ("image", |a, b| a.meta.image == b.meta.image),
    ("expires", |a, b| a.meta.expires == b.meta.expires),
];

/// A search row holds only what a search matches and a result shows.
const SEARCH_FIELDS: [FieldCheck; 7] = [
    EVERY_FIELD[0],
    EVERY_FIELD[1],
    EVERY_FIELD[3],
    EVERY_FIELD[4],
    EVERY_FIELD[5],
    EVERY_FIELD[6],
    EVERY_FIELD[8],
];

/// Each article listed once, as its file says it.
fn compare_entries(
    what: &str,
    listed: &[(String, ArticleSummary)],
    articles: &BTreeMap<String, Article>,
    fields: &[FieldCheck],
    problems: &mut Vec<String>,
) {
    let mut seen = BTreeMap::new();
    for (file, entry) in listed {
        let id = &entry.meta.id;
        if seen.insert(id.clone(), ()).is_some() {
            problems.push(format!("{file}: lists {id:?} twice"));
        }
        let Some(article) = articles.get(id) else {
            problems.push(format!(
                "{file}: lists {id:?}, which has no article file: run news-archive index"
            ));
            continue;
        };
        let own = article.summary();
        for (field, same) in fields {
            if !same(&own, entry) {
                problems.push(format!(
                    "{file}: `{field}` of {id:?} differs from {}: run news-archive index",
                    article_file(id)
                ));
            }
        }
    }
    for id in articles.keys().filter(|id| !seen.contains_key(*id)) {
        problems.push(format!(
            "{what}: {} is not listed: run news-archive index",
            article_file(id)
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sample data folder, copied where a test may break it.
    fn sample_copy(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("check-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        copy(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data"),
            &dir,
        );
        dir
    }

    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap_or_else(|error| panic!("{error}"));
        for entry in fs::read_dir(from).into_iter().flatten().flatten() {
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy(&entry.path(), &target);
            } else {
                fs::copy(entry.path(), &target).unwrap_or_else(|error| panic!("{error}"));
            }
        }
    }

    fn edit(path: &Path, from: &str, to: &str) {
        let text = fs::read_to_string(path).unwrap_or_default();
        assert!(text.contains(from), "{} lacks {from}", path.display());
        fs::write(path, text.replacen(from, to, 1)).unwrap_or_else(|error| panic!("{error}"));
    }

    #[test]
    fn the_sample_data_has_no_problems() {
        let dir = sample_copy("clean");
        assert_eq!(check(&dir), Vec::<String>::new());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn every_problem_is_listed_with_its_file_and_field() {
        let dir = sample_copy("broken");
        let articles = dir.join("articles");
        edit(
            &articles.join("suez-canal-blockage-delays.json"),
            "\"title\": \"Suez",
            "\"title\": \"Edited: Suez",
        );
        edit(
            &articles.join("rcep-takes-effect-en.json"),
            "\"id\": \"rcep-takes-effect\"",
            "\"id\": \"rcep-gone\"",
        );
        edit(
            &articles.join("export-documents-checklist.json"),
            "\"tags\"",
            "\"image\": \"images/missing.webp\",\n  \"tags\"",
        );
        fs::remove_file(articles.join("imo-2020-low-sulphur-surcharges.json")).unwrap_or_default();
        fs::write(articles.join(".lcl.json.partial-99"), "{\"half").unwrap_or_default();
        edit(&dir.join("site.json"), "\"email\"", "\"e-mail\"");
        edit(&dir.join("news.json"), "\"expired\"", "\"withdrawn\"");
        edit(
            &articles.join("typhoon-port-suspension-2024.json"),
            "\"expired\": true,",
            "\"expired\": true,\n  \"content_text\": \"The withdrawn text.\",",
        );
        edit(
            &articles.join("typhoon-port-suspension-2024-zh.json"),
            "\"expires\": \"2024-09-18T00:00:00+08:00\",",
            "",
        );
        let problems = check(&dir);
        let has = |words: &[&str]| {
            problems
                .iter()
                .any(|problem| words.iter().all(|word| problem.contains(word)))
        };
        for expected in [
            &[
                "news.json",
                "`title` of \"suez-canal-blockage-delays\" differs",
            ][..],
            &["search.json", "`title` of \"suez-canal-blockage-delays\""],
            &[
                "articles/rcep-takes-effect-en.json",
                "\"rcep-gone\", which is no article",
            ],
            &[
                "articles/rcep-takes-effect.json",
                "does not name \"rcep-takes-effect\" back",
            ],
            &[
                "articles/export-documents-checklist.json",
                "`image`",
                "not a file",
            ],
            &["lists \"imo-2020-low-sulphur-surcharges\", which has no article file"],
            &["news.json: `total`"],
            &["articles/.lcl.json.partial-99", "stopped"],
            &["site.json", "email"],
            &[
                "articles/red-sea-diversions-cape-of-good-hope.json",
                "`related` is not as the archive counts it now",
            ],
            &[
                "news.json",
                "`expired` does not name articles/typhoon-port-suspension-2024.json",
            ],
            &[
                "articles/typhoon-port-suspension-2024.json",
                "still carries the text",
            ],
            &[
                "articles/typhoon-port-suspension-2024-zh.json",
                "`expires` is missing",
            ],
        ] {
            assert!(has(expected), "{expected:?} not in {problems:#?}");
        }
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_filing_numbers_and_the_official_account_are_checked() {
        let dir = sample_copy("filings");
        let site = dir.join("site.json");
        let valid = r#""icp_filing": "浙ICP备12345678号-1",
  "public_security_filing": {"number": "浙公网安备 33020302001234号", "code": "33020302001234"},
  "official_account": {"name": "Jointlink", "qr_code": "images/wechat.png"},
  "company""#;
        edit(&site, "\"company\"", valid);
        assert_eq!(
            check(&dir),
            ["site.json: `official_account.qr_code` is \"images/wechat.png\", which is not a file in the data folder"]
        );
        fs::write(dir.join("images/wechat.png"), b"").unwrap_or_default();
        assert_eq!(check(&dir), Vec::<String>::new());
        for (from, to, field) in [
            ("浙ICP备12345678号-1", "ICP 12345678", "icp_filing"),
            (
                "\"code\": \"33020302001234\"",
                "\"code\": \"3302-0302\"",
                "public_security_filing.code",
            ),
            (
                "浙公网安备 33020302001234号",
                "浙公网安备 1号",
                "public_security_filing.number",
            ),
        ] {
            edit(&site, from, to);
            let problems = check(&dir);
            assert!(
                problems.len() == 1 && problems[0].contains(field),
                "{field}: {problems:#?}"
            );
            edit(&site, to, from);
        }
        let _ = fs::remove_dir_all(&dir);
    }
}
