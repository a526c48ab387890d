//! What a page's head tells search engines, link previews and feed readers:
//! description, canonical address, Open Graph and Twitter cards, feeds,
//! JSON-LD for articles, and what mainland China's browsers and Baidu read.

use serde_json::{json, Value};

use news_core::model::{is_web_address, Article, Lang, Site};

use crate::template::escape;

/// One page, as its head describes it.
pub struct PageMeta<'a> {
    /// The whole document title.
    pub title: String,
    pub description: String,
    /// Below the site's base: `""`, `page/2/`, `zh-hans/news/<id>/`.
    pub path: &'a str,
    /// The page search engines should list for this content, below the base:
    /// `path` itself, or for an article shown in another interface language
    /// than its own, its page in its own.
    pub canonical: String,
    pub article: Option<&'a Article>,
    /// Whether search engines should list the page (not the 404 page).
    pub listed: bool,
    pub interface: Lang,
    /// The content in every language, this page's included, by language tag
    /// and path below the base (`x-default` for the one without a folder).
    /// Empty when there is only one.
    pub versions: Vec<(String, String)>,
    /// A tag's listing: where its own feeds are (`tag/ASEAN/`).
    pub tag_feed: Option<String>,
    /// The trail to this page, as the page shows it: each step's name and
    /// path below the base, this page last. Empty where there is none.
    pub breadcrumbs: Vec<(String, String)>,
}

impl PageMeta<'_> {
    /// Whether this page is the one search engines should list.
    pub fn is_canonical(&self) -> bool {
        self.listed && self.canonical == self.path
    }

    /// `versions` as absolute addresses, when the site has a `base_url`.
    pub fn version_urls(&self, site: &Site) -> Vec<(String, String)> {
        let Some(base) = &site.base_url else {
            return Vec::new();
        };
        self.versions
            .iter()
            .map(|(language, path)| (language.clone(), format!("{base}{path}")))
            .collect()
    }
}

/// The head tags of one page. Addresses that must be absolute (canonical,
/// Open Graph) need the site's `base_url` and are left out without it.
/// `data_folder` is where relative picture addresses point (`data/`).
pub fn head_tags(
    site: &Site,
    base_path: &str,
    data_folder: &str,
    feeds: bool,
    page: &PageMeta,
) -> String {
    let picture = page.article.and_then(|article| article.meta.image.as_ref());
    let image = picture.and_then(|picture| image_address(site, data_folder, &picture.url));
    let canonical = site
        .base_url
        .as_ref()
        .filter(|_| page.listed)
        .map(|base| format!("{base}{}", page.canonical));
    let mut head = Head::default();
    head.meta("name", "description", &page.description);
    head.mainland_china(page.interface);
    if let Some(code) = &site.baidu_site_verification {
        head.meta("name", "baidu-site-verification", code);
    }
    if !page.listed {
        head.meta("name", "robots", "noindex");
    }
    head.preview(site, page, canonical.as_deref(), image.as_deref());
    head.addresses(site, page, canonical.as_deref());
    if feeds {
        head.feeds(base_path, &site.company);
        if let Some(path) = &page.tag_feed {
            head.feeds(&format!("{base_path}{path}"), &page.title);
        }
    }
    if let Some(article) = page.article {
        head.json_ld(&news_article(
            site,
            article,
            canonical.as_deref(),
            image.as_deref(),
        ));
    }
    if let (Some(base), false) = (&site.base_url, page.breadcrumbs.is_empty()) {
        head.json_ld(&breadcrumb_list(base, &page.breadcrumbs));
    }
    let mut html = head.0.join("\n    ");
    html.push_str("\n    ");
    html
}

/// The head's tags, one a line.
#[derive(Default)]
struct Head(Vec<String>);

impl Head {
    /// Freight articles are full of container, bill-of-lading and HS code
    /// numbers, which iOS would turn into phone links (real numbers are
    /// `tel:` links already); Baidu serves the page as it is to phones and
    /// computers alike, and reads the page's language from `content-language`.
    fn mainland_china(&mut self, interface: Lang) {
        self.meta("name", "format-detection", "telephone=no");
        self.meta("name", "applicable-device", "pc,mobile");
        self.meta("http-equiv", "content-language", interface.tag());
    }

    fn json_ld(&mut self, data: &Value) {
        self.0.push(format!(
            "<script type=\"application/ld+json\">{}</script>",
            data.to_string().replace('<', "\\u003c")
        ));
    }

    fn meta(&mut self, attribute: &str, name: &str, content: &str) {
        self.0.push(format!(
            "<meta {attribute}=\"{name}\" content=\"{}\" />",
            escape(content)
        ));
    }

    /// What link previews show: Open Graph, with the article's own tags, and
    /// the Twitter card. Cards name the article itself; the document title
    /// adds the company.
    fn preview(
        &mut self,
        site: &Site,
        page: &PageMeta,
        canonical: Option<&str>,
        image: Option<&str>,
    ) {
        let kind = if page.article.is_some() {
            "article"
        } else {
            "website"
        };
        self.meta("property", "og:type", kind);
        let card_title = page
            .article
            .map_or(&page.title, |article| &article.meta.title);
        self.meta("property", "og:title", card_title);
        self.meta("property", "og:description", &page.description);
        self.meta("property", "og:site_name", &site.company);
        self.meta("property", "og:locale", og_locale(page.interface));
        if let Some(canonical) = canonical {
            self.meta("property", "og:url", canonical);
        }
        let picture = page.article.and_then(|article| article.meta.image.as_ref());
        if let (Some(image), Some(picture)) = (image, picture) {
            self.meta("property", "og:image", image);
            if let Some((width, height)) = picture.size {
                self.meta("property", "og:image:width", &width.to_string());
                self.meta("property", "og:image:height", &height.to_string());
            }
            if !picture.alt.is_empty() {
                self.meta("property", "og:image:alt", &picture.alt);
            }
        }
        if let Some(article) = page.article {
            self.meta(
                "property",
                "article:published_time",
                article.meta.published.as_str(),
            );
            if let Some(modified) = &article.meta.modified {
                self.meta("property", "article:modified_time", modified.as_str());
            }
            for tag in &article.meta.tags {
                self.meta("property", "article:tag", tag);
            }
        }
        let card = if image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        };
        self.meta("name", "twitter:card", card);
        self.meta("name", "twitter:title", card_title);
        self.meta("name", "twitter:description", &page.description);
    }

    /// The canonical address and, on the canonical page, its language versions.
    fn addresses(&mut self, site: &Site, page: &PageMeta, canonical: Option<&str>) {
        if let Some(canonical) = canonical {
            self.0.push(format!(
                "<link rel=\"canonical\" href=\"{}\" />",
                escape(canonical)
            ));
        }
        if !page.is_canonical() {
            return;
        }
        for (language, url) in page.version_urls(site) {
            self.0.push(format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
                escape(&language),
                escape(&url)
            ));
        }
    }

    /// The feeds in `folder` (the site's base, or a tag's listing), named `title`.
    fn feeds(&mut self, folder: &str, title: &str) {
        for (kind, file, format) in [
            ("application/feed+json", "feed.json", "JSON Feed"),
            ("application/atom+xml", "feed.xml", "Atom"),
        ] {
            self.0.push(format!(
                "<link rel=\"alternate\" type=\"{kind}\" title=\"{} ({format})\" href=\"{}{file}\" />",
                escape(title),
                escape(folder),
            ));
        }
    }
}

/// schema.org `BreadcrumbList`: the trail search results show under the title.
fn breadcrumb_list(base: &str, steps: &[(String, String)]) -> Value {
    let items: Vec<Value> = steps
        .iter()
        .enumerate()
        .map(|(position, (name, path))| {
            json!({
                "@type": "ListItem",
                "position": position + 1,
                "name": name,
                "item": format!("{base}{path}"),
            })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": items,
    })
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

/// A picture's absolute address: as given, or a path in the data folder
/// resolved against the site's base.
pub fn image_address(site: &Site, data_folder: &str, url: &str) -> Option<String> {
    if is_web_address(url) {
        return Some(url.to_owned());
    }
    absolute(site.base_url.as_deref(), &format!("{data_folder}{url}"))
}

/// `url` as an absolute http(s) address: as given, or resolved against the
/// site's base; `None` for other schemes or when there is no base to resolve against.
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

    #[test]
    fn every_page_tells_phones_and_baidu_what_it_is() {
        let mut head = Head::default();
        head.mainland_china(Lang::ZhHans);
        assert_eq!(
            head.0,
            [
                "<meta name=\"format-detection\" content=\"telephone=no\" />",
                "<meta name=\"applicable-device\" content=\"pc,mobile\" />",
                "<meta http-equiv=\"content-language\" content=\"zh-Hans\" />",
            ]
        );
    }

    #[test]
    fn the_baidu_verification_tag_is_there_when_the_site_file_names_it() {
        let site_file = |extra: &str| {
            format!(
                r#"{{{extra}"company": "Jointlink", "language": "en", "contact": {{"email": "a@b.cn",
                "tel": {{"display": "1", "dial": "+86-1"}}, "fax": {{"display": "2", "dial": "+86-2"}}}}}}"#
            )
        };
        let page = PageMeta {
            title: "News".into(),
            description: "Industry news".into(),
            path: "",
            canonical: String::new(),
            article: None,
            listed: true,
            interface: Lang::En,
            versions: Vec::new(),
            tag_feed: None,
            breadcrumbs: Vec::new(),
        };
        let tags = |text: &str| {
            let site = Site::parse("site.json", text).unwrap_or_else(|error| panic!("{error}"));
            head_tags(&site, "/", "data/", false, &page)
        };
        let verified = tags(&site_file(
            r#""baidu_site_verification": "codeva-AbC123", "#,
        ));
        assert!(verified
            .contains("<meta name=\"baidu-site-verification\" content=\"codeva-AbC123\" />"));
        assert!(!tags(&site_file("")).contains("baidu-site-verification"));
    }
}
