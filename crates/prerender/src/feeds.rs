//! Discovery files: `robots.txt` for crawlers (the sitemaps are `sitemaps`), `feed.json`
//! (JSON Feed 1.1) and `feed.xml` (Atom) for feed readers.

use serde_json::{json, Map, Value};

use news_core::model::{Article, Body, Site};

use news_core::addresses::own_article_path;

use crate::head::image_address;
use crate::template::escape;

/// Articles in each feed, newest first.
pub const FEED_LENGTH: usize = 20;

/// Every sitemap file on a line of its own: Baidu reads no sitemap index.
pub fn robots(sitemap_urls: &[String]) -> String {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    for url in sitemap_urls {
        text.push_str(&format!("Sitemap: {url}\n"));
    }
    text
}

/// Where a feed is, and what it follows: the whole news (`path` empty) or one
/// tag (`path` is the tag's listing, `tag/ASEAN/`), below the site's base.
pub struct FeedPlace<'a> {
    pub path: &'a str,
    pub title: &'a str,
}

/// The newest articles as JSON Feed 1.1; `base_url` is the site's published address.
pub fn json_feed(
    site: &Site,
    base_url: &str,
    place: &FeedPlace,
    data_folder: &str,
    articles: &[Article],
) -> String {
    let items: Vec<Value> = articles
        .iter()
        .map(|article| json_feed_item(site, base_url, data_folder, article))
        .collect();
    let home = format!("{base_url}{}", place.path);
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": place.title,
        "home_page_url": home,
        "feed_url": format!("{home}feed.json"),
        "language": site.language.tag(),
        "authors": [{ "name": site.company, "url": base_url }],
        "items": items,
    });
    let mut text = serde_json::to_string_pretty(&feed).unwrap_or_else(|_| feed.to_string());
    text.push('\n');
    text
}

/// One article as a JSON Feed item: the fields it has, none empty.
fn json_feed_item(site: &Site, base_url: &str, data_folder: &str, article: &Article) -> Value {
    let meta = &article.meta;
    let url = article_url(site, base_url, article);
    let mut item = Map::new();
    item.insert("id".into(), json!(url));
    item.insert("url".into(), json!(url));
    item.insert("title".into(), json!(meta.title));
    item.insert("date_published".into(), json!(meta.published.as_str()));
    let mut optional = |name: &str, value: Option<Value>| {
        if let Some(value) = value {
            item.insert(name.into(), value);
        }
    };
    optional(
        "date_modified",
        meta.modified.as_ref().map(|time| json!(time.as_str())),
    );
    optional(
        "summary",
        article.summary.as_ref().map(|summary| json!(summary)),
    );
    optional("tags", (!meta.tags.is_empty()).then(|| json!(meta.tags)));
    optional(
        "language",
        meta.language.as_ref().map(|language| json!(language)),
    );
    let image = meta
        .image
        .as_ref()
        .and_then(|image| image_address(site, data_folder, &image.url));
    optional("image", image.map(|image| json!(image)));
    let authors: Vec<Value> = meta
        .authors
        .iter()
        .map(|name| json!({ "name": name }))
        .collect();
    optional("authors", (!authors.is_empty()).then(|| json!(authors)));
    match &article.body {
        Body::Text(text) => optional("content_text", Some(json!(text))),
        Body::Html(html) => optional("content_html", Some(json!(html))),
        // Feeds carry listed articles only; an expired notice never is one.
        Body::Expired => {}
    }
    Value::Object(item)
}

/// The newest articles as an Atom feed.
pub fn atom_feed(site: &Site, base_url: &str, place: &FeedPlace, articles: &[Article]) -> String {
    let updated = articles
        .iter()
        .map(|article| {
            article
                .meta
                .modified
                .as_ref()
                .unwrap_or(&article.meta.published)
        })
        .max()
        .map_or("1970-01-01T00:00:00Z", |time| time.as_str());
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <id>{home}</id>\n  <title>{title}</title>\n  <updated>{updated}</updated>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{home}\"/>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{home}feed.xml\"/>\n  <author><name>{company}</name></author>\n",
        lang = site.language.tag(),
        home = xml_escape(&format!("{base_url}{}", place.path)),
        title = xml_escape(place.title),
        updated = xml_escape(updated),
        company = xml_escape(&site.company),
    );
    for article in articles {
        let meta = &article.meta;
        let url = xml_escape(&article_url(site, base_url, article));
        let (content_type, content) = match &article.body {
            Body::Text(text) => ("text", text.as_str()),
            Body::Html(html) => ("html", html.as_str()),
            Body::Expired => ("text", ""),
        };
        xml.push_str(&format!(
            "  <entry>\n    <id>{url}</id>\n    <title>{}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <published>{}</published>\n    <updated>{}</updated>\n",
            xml_escape(&meta.title),
            xml_escape(meta.published.as_str()),
            xml_escape(meta.modified.as_ref().unwrap_or(&meta.published).as_str()),
        ));
        if let Some(summary) = &article.summary {
            xml.push_str(&format!("    <summary>{}</summary>\n", xml_escape(summary)));
        }
        for tag in &meta.tags {
            xml.push_str(&format!("    <category term=\"{}\"/>\n", xml_escape(tag)));
        }
        xml.push_str(&format!(
            "    <content type=\"{content_type}\">{}</content>\n  </entry>\n",
            xml_escape(content)
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

fn article_url(site: &Site, base_url: &str, article: &Article) -> String {
    let meta = &article.meta;
    format!(
        "{base_url}{}",
        own_article_path(meta.language.as_deref(), &meta.id, site.language)
    )
}

/// Text for XML content or a quoted attribute; characters XML 1.0 forbids are dropped.
pub fn xml_escape(text: &str) -> String {
    let allowed = |c: &char| {
        matches!(c, '\t' | '\n' | '\r') || (*c >= ' ' && !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
    };
    escape(&text.chars().filter(allowed).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(
            xml_escape("a<b>&\"c'\u{1}d"),
            "a&lt;b&gt;&amp;&quot;c&#39;d"
        );
    }

    #[test]
    fn robots_names_every_sitemap_file() {
        let files =
            ["https://x/news/sitemap.xml", "https://x/news/sitemap-2.xml"].map(String::from);
        assert!(robots(&files).ends_with(
            "Sitemap: https://x/news/sitemap.xml\nSitemap: https://x/news/sitemap-2.xml\n"
        ));
        assert!(!robots(&[]).contains("Sitemap"));
    }
}
