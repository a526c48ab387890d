//! `news-archive import-wordpress <site> <content-dir>`: every published post
//! of a WordPress site, read through its REST API page by page, written into
//! the content folder as `<id>.md` (front matter, and the post's HTML as the
//! body), with a report of what could not come across.
//!
//! A post is read as the app's WordPress source reads it (the same model
//! code), so the imported archive shows what the live site showed. Files the
//! editor changed after an import are left alone unless `--force` is given.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use news_core::model::percent::{decode_component, encode_component};
use news_core::model::wordpress::{linked, parse_posts, Post};
use news_core::model::{is_slug, Article, Body};

use crate::error::ToolError;
use crate::front_matter::{self, Value as Field};
use crate::ids::id_from_title;
use crate::markdown::check_html;
use crate::safe_write::{remove_leftovers, write_atomically};
use crate::written::{Permission, Written};

const PER_PAGE: usize = 100;
const TIMEOUT: Duration = Duration::from_secs(60);

pub fn import_wordpress(site: &str, content: &Path, force: bool) -> Result<(), ToolError> {
    let mut report = Vec::new();
    let posts = fetch_posts(site, &mut report)?;
    let articles = linked(posts);
    let files = markdown_files(&articles, &mut report);
    let written = write_files(content, files, force)?;
    println!(
        "imported {} posts from {site} into {} ({written} written, {} unchanged)",
        articles.len(),
        content.display(),
        articles.len() - written
    );
    if report.is_empty() {
        println!("everything came across");
    } else {
        println!("not carried over:");
        for line in &report {
            println!("  {line}");
        }
    }
    println!(
        "next: news-archive publish {} <data-dir>",
        content.display()
    );
    Ok(())
}

/// Each article as `<id>.md` and its contents; `report` gets what does not
/// come across.
fn markdown_files(articles: &[Article], report: &mut Vec<String>) -> Vec<(String, Vec<u8>)> {
    let ids: BTreeMap<String, String> = articles
        .iter()
        .map(|article| (article.meta.id.clone(), content_id(article, report)))
        .collect();
    let mut files = Vec::new();
    for article in articles {
        let id = &ids[&article.meta.id];
        let html = match &article.body {
            Body::Html(html) | Body::Text(html) => html.clone(),
            Body::Expired => String::new(),
        };
        for note in check_html(&html, 1).notes {
            report.push(format!("{id}: {}", note.message));
        }
        if article
            .meta
            .image
            .as_ref()
            .is_some_and(|image| !image.sources.is_empty())
        {
            report.push(format!(
                "{id}: the other sizes of its featured image (the full size is kept)"
            ));
        }
        files.push((
            format!("{id}.md"),
            markdown_file(article, &ids, &html).into_bytes(),
        ));
    }
    files
}

/// Writes the files that changed into `content`, unless an editor changed
/// one since the last import (then nothing, unless `force`); returns how many
/// were written.
fn write_files(
    content: &Path,
    files: Vec<(String, Vec<u8>)>,
    force: bool,
) -> Result<usize, ToolError> {
    fs::create_dir_all(content).map_err(ToolError::io(content))?;
    remove_leftovers(content);
    let mut written = Written::load(content)?;
    let mut changes = Vec::new();
    let mut refused = Vec::new();
    for (name, bytes) in files {
        let current = fs::read(content.join(&name)).ok();
        match written.permission(&name, current.as_deref(), &bytes) {
            Permission::Unchanged => {}
            Permission::Refuse if !force => refused.push(format!(
                "{}: changed since it was imported, or not imported: left as it is (--force replaces it)",
                content.join(&name).display()
            )),
            _ => changes.push((name, bytes)),
        }
    }
    if !refused.is_empty() {
        return Err(ToolError::Refused {
            what: "nothing imported",
            problems: refused,
        });
    }
    written.before_replacing(&changes)?;
    for (name, bytes) in &changes {
        write_atomically(&content.join(name), bytes)?;
    }
    written.after_replacing(&changes)?;
    Ok(changes.len())
}

/// Every published post, newest first, page after page.
fn fetch_posts(site: &str, report: &mut Vec<String>) -> Result<Vec<Post>, ToolError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .build()
        .into();
    let mut posts = Vec::new();
    let mut page = 1;
    loop {
        let url = posts_url(site, page);
        let mut response = agent
            .get(&url)
            .call()
            .map_err(|error| remote(&url, error))?;
        let pages = response
            .headers()
            .get("X-WP-TotalPages")
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.trim().parse::<usize>().ok())
            .unwrap_or(1);
        let body = response
            .body_mut()
            .read_to_string()
            .map_err(|error| remote(&url, error))?;
        let (read, skipped) = parse_posts(&url, &body)?;
        report.extend(
            skipped
                .iter()
                .map(|error| format!("a post that could not be read: {error}")),
        );
        report.extend(unsupported(&body));
        posts.extend(read);
        if page >= pages {
            return Ok(posts);
        }
        page += 1;
    }
}

fn remote(url: &str, error: ureq::Error) -> ToolError {
    ToolError::Remote {
        url: url.to_owned(),
        detail: error.to_string(),
    }
}

fn posts_url(site: &str, page: usize) -> String {
    let site = site.trim_end_matches('/');
    let route = if site.contains("rest_route=") {
        format!("{site}/wp/v2/posts&")
    } else {
        format!("{site}/wp-json/wp/v2/posts?")
    };
    let parameters = [
        ("status", "publish".to_owned()),
        ("per_page", PER_PAGE.to_string()),
        ("page", page.to_string()),
        ("_embed", "1".to_owned()),
    ];
    let query: Vec<String> = parameters
        .iter()
        .map(|(name, value)| format!("{name}={}", encode_component(value)))
        .collect();
    format!("{route}{}", query.join("&"))
}

/// What posts have that our articles cannot hold.
fn unsupported(body: &str) -> Vec<String> {
    let Ok(Value::Array(posts)) = serde_json::from_str::<Value>(body) else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    for post in &posts {
        let slug = post.get("slug").and_then(Value::as_str).unwrap_or("a post");
        let categories = post
            .get("categories")
            .and_then(Value::as_array)
            .map_or(0, |ids| {
                ids.iter().filter(|id| id.as_u64() != Some(1)).count()
            });
        if categories > 0 {
            notes.push(format!(
                "{slug}: its {categories} categories (articles have tags, not categories)"
            ));
        }
        if post.get("sticky").and_then(Value::as_bool) == Some(true) {
            notes.push(format!(
                "{slug}: being sticky (the listing is newest first)"
            ));
        }
    }
    notes
}

/// The post's slug as an id, or one made from it when WordPress allowed more.
fn content_id(article: &Article, report: &mut Vec<String>) -> String {
    let slug = &article.meta.id;
    if is_slug(slug) {
        return slug.clone();
    }
    let decoded = decode_component(slug);
    let id = id_from_title(&decoded);
    report.push(format!("{decoded}: its address, which becomes {id}"));
    id
}

fn markdown_file(article: &Article, ids: &BTreeMap<String, String>, html: &str) -> String {
    let meta = &article.meta;
    let text = |text: &str| Field::Text(text.to_owned());
    let mut fields = vec![
        ("title", text(&meta.title)),
        ("date", text(meta.published.as_str())),
    ];
    if let Some(modified) = &meta.modified {
        fields.push(("modified", text(modified.as_str())));
    }
    if let Some(summary) = &article.summary {
        fields.push(("summary", text(summary)));
    }
    fields.push(("tags", Field::List(meta.tags.clone())));
    if let Some(language) = &meta.language {
        fields.push(("language", text(language)));
    }
    if !meta.authors.is_empty() {
        fields.push(("authors", Field::List(meta.authors.clone())));
    }
    if let Some(image) = &meta.image {
        fields.push(("image", text(&image.url)));
        if !image.alt.is_empty() {
            fields.push(("image_alt", text(&image.alt)));
        }
        if let Some((width, height)) = image.size {
            fields.push(("image_width", text(&width.to_string())));
            fields.push(("image_height", text(&height.to_string())));
        }
    }
    let translations: Vec<String> = meta
        .translations
        .iter()
        .map(|translation| {
            ids.get(&translation.id)
                .cloned()
                .unwrap_or_else(|| translation.id.clone())
        })
        .collect();
    if !translations.is_empty() {
        fields.push(("translation", Field::List(translations)));
    }
    fields.push(("format", text("html")));
    let mut body = html.trim().to_owned();
    body.push('\n');
    front_matter::write(&fields, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_kinds_of_wordpress_address_get_every_page() {
        assert_eq!(
            posts_url("https://news.example.com/", 2),
            "https://news.example.com/wp-json/wp/v2/posts?status=publish&per_page=100&page=2&_embed=1"
        );
        assert_eq!(
            posts_url("http://127.0.0.1:8186/?rest_route=", 1),
            "http://127.0.0.1:8186/?rest_route=/wp/v2/posts&status=publish&per_page=100&page=1&_embed=1"
        );
    }

    #[test]
    fn categories_and_sticky_posts_are_reported() {
        let notes = unsupported(
            r#"[{"slug": "a", "categories": [1, 5, 6], "sticky": true}, {"slug": "b", "categories": [1]}]"#,
        );
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes[0].contains("a: its 2 categories") && notes[1].contains("sticky"));
    }
}
