//! What a page's head tells search engines, link previews and feed readers:
//! description, canonical address, Open Graph and Twitter cards, feeds, and
//! JSON-LD for articles.

use serde_json::{json, Value};

use jointlink_news::model::percent::encode_component;
use jointlink_news::model::{Article, Lang, Site};

use crate::template::escape;

/// One page, as its head describes it.
pub struct PageMeta<'a> {
    /// The whole document title.
    pub title: String,
    pub description: String,
    /// Below the site's base: `""`, `page/2/`, `news/<id>/`.
    pub path: &'a str,
    pub article: Option<&'a Article>,
    /// Whether search engines should list the page (not the 404 page).
    pub listed: bool,
}

/// The head tags of one page. Addresses that must be absolute (canonical,
/// Open Graph) need the site's `base_url` and are left out without it.
pub fn head_tags(site: &Site, base_path: &str, feeds: bool, page: &PageMeta) -> String {
    let mut tags = Vec::new();
    let mut meta = |attribute: &str, name: &str, content: &str| {
        tags.push(format!(
            "<meta {attribute}=\"{name}\" content=\"{}\" />",
            escape(content)
        ));
    };
    meta("name", "description", &page.description);
    if !page.listed {
        meta("name", "robots", "noindex");
    }
    let image = page
        .article
        .and_then(|article| article.meta.image.as_deref())
        .and_then(|image| absolute(site.base_url.as_deref(), image));
    meta(
        "property",
        "og:type",
        if page.article.is_some() {
            "article"
        } else {
            "website"
        },
    );
    // Cards name the article itself; the document title adds the company.
    let card_title = page
        .article
        .map_or(&page.title, |article| &article.meta.title);
    meta("property", "og:title", card_title);
    meta("property", "og:description", &page.description);
    meta("property", "og:site_name", &site.company);
    meta("property", "og:locale", og_locale(site.language));
    let canonical = site
        .base_url
        .as_ref()
        .filter(|_| page.listed)
        .map(|base| format!("{base}{}", page.path));
    if let Some(canonical) = &canonical {
        meta("property", "og:url", canonical);
    }
    if let Some(image) = &image {
        meta("property", "og:image", image);
    }
    if let Some(article) = page.article {
        meta(
            "property",
            "article:published_time",
            article.meta.published.as_str(),
        );
        if let Some(modified) = &article.meta.modified {
            meta("property", "article:modified_time", modified.as_str());
        }
        for tag in &article.meta.tags {
            meta("property", "article:tag", tag);
        }
    }
    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    meta("name", "twitter:card", card);
    meta("name", "twitter:title", card_title);
    meta("name", "twitter:description", &page.description);
    if let Some(canonical) = &canonical {
        tags.push(format!(
            "<link rel=\"canonical\" href=\"{}\" />",
            escape(canonical)
        ));
    }
    for (language, url) in language_versions(site, page) {
        tags.push(format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
            escape(&language),
            escape(&url)
        ));
    }
    if feeds {
        for (kind, file, format) in [
            ("application/feed+json", "feed.json", "JSON Feed"),
            ("application/atom+xml", "feed.xml", "Atom"),
        ] {
            tags.push(format!(
                "<link rel=\"alternate\" type=\"{kind}\" title=\"{} ({format})\" href=\"{}{file}\" />",
                escape(&site.company),
                escape(base_path),
            ));
        }
    }
    if let Some(article) = page.article {
        let data = news_article(site, article, canonical.as_deref(), image.as_deref());
        tags.push(format!(
            "<script type=\"application/ld+json\">{}</script>",
            data.to_string().replace('<', "\\u003c")
        ));
    }
    let mut head = tags.join("\n    ");
    head.push_str("\n    ");
    head
}

/// schema.org `NewsArticle`, as search engines read it for article results.
fn news_article(site: &Site, article: &Article, url: Option<&str>, image: Option<&str>) -> Value {
    let meta = &article.meta;
    let publisher = json!({ "@type": "Organization", "name": site.company, "url": site.base_url });
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "datePublished": meta.published.as_str(),
        "dateModified": meta.modified.as_ref().unwrap_or(&meta.published).as_str(),
        "inLanguage": meta.language.as_deref().unwrap_or(site.language.tag()),
        "publisher": publisher,
        "author": if meta.authors.is_empty() {
            vec![publisher.clone()]
        } else {
            meta.authors.iter().map(|name| json!({ "@type": "Organization", "name": name })).collect()
        },
    });
    let extra = [
        ("description", article.summary.as_deref().map(Value::from)),
        ("mainEntityOfPage", url.map(Value::from)),
        ("image", image.map(|image| json!([image]))),
        (
            "keywords",
            (!meta.tags.is_empty()).then(|| json!(meta.tags)),
        ),
    ];
    if let Value::Object(fields) = &mut data {
        for (name, value) in extra {
            if let Some(value) = value {
                fields.insert(name.into(), value);
            }
        }
    }
    data
}

fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::ZhHans => "zh_CN",
    }
}

/// `url` as an absolute http(s) address: as given, or resolved against the
/// site's base; `None` for other schemes or when there is no base to resolve against.
/// An article's versions in every language, itself included, by language
/// tag and absolute address: for `hreflang` alternates in its head and in the
/// sitemap. Empty for a page that is not a translated article, or without
/// the site's `base_url`.
pub fn language_versions(site: &Site, page: &PageMeta) -> Vec<(String, String)> {
    let (Some(base), Some(article), true) = (&site.base_url, page.article, page.listed) else {
        return Vec::new();
    };
    if article.meta.translations.is_empty() {
        return Vec::new();
    }
    let own_language = article
        .meta
        .language
        .clone()
        .unwrap_or_else(|| site.language.tag().to_owned());
    let own = (own_language, format!("{base}{}", page.path));
    let translations = article.meta.translations.iter().map(|translation| {
        (
            translation.language.clone(),
            format!("{base}news/{}/", encode_component(&translation.id)),
        )
    });
    std::iter::once(own).chain(translations).collect()
}

pub fn absolute(base_url: Option<&str>, url: &str) -> Option<String> {
    if url.starts_with("https://") || url.starts_with("http://") {
        return Some(url.to_owned());
    }
    if url.contains(':') || url.starts_with("//") {
        return None;
    }
    let base = base_url?;
    match url.strip_prefix('/') {
        Some(path) => {
            let origin_end = base.find("://").map(|at| at + 3)?;
            let origin = &base[..origin_end
                + base[origin_end..]
                    .find('/')
                    .unwrap_or(base.len() - origin_end)];
            Some(format!("{origin}/{path}"))
        }
        None => Some(format!("{base}{url}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_resolve_against_the_site_and_other_schemes_are_dropped() {
        let base = Some("https://www.jointlink.cn/news/");
        assert_eq!(
            absolute(base, "images/a.webp").as_deref(),
            Some("https://www.jointlink.cn/news/images/a.webp")
        );
        assert_eq!(
            absolute(base, "/img/a.webp").as_deref(),
            Some("https://www.jointlink.cn/img/a.webp")
        );
        assert_eq!(
            absolute(base, "http://cdn.example/a.png").as_deref(),
            Some("http://cdn.example/a.png")
        );
        assert_eq!(absolute(base, "javascript:alert(1)"), None);
        assert_eq!(absolute(base, "//evil.example/a.png"), None);
        assert_eq!(absolute(None, "images/a.webp"), None);
    }
}
