//! Per-instance settings, read from `data-` attributes of the element the app
//! mounts into, so one bundle serves the standalone site and any number of
//! embedded instances without a rebuild. Bad values fall back to the default
//! with a console warning: a typo in a host page must not blank the news.

use leptos::logging;

use crate::sources::http::DEFAULT_TIMEOUT_SECONDS;
use crate::sources::SourceKind;
use news_core::addresses::{base_in_folder, language_folder, query_value, QueryKeys};
use news_core::data_folder::layout::SITE_FILE;
use news_core::model::Lang;

/// Where the JSON files are, relative to the bundle (or the page's base URL).
const DEFAULT_DATA_FOLDER: &str = "data/";
const DEFAULT_QUERY_PARAM: &str = "news";

/// A whole-number setting: its default, and the largest value allowed (the smallest is 1).
struct Bounds {
    default: usize,
    max: usize,
}

const TIMEOUT_SECONDS: Bounds = Bounds {
    default: DEFAULT_TIMEOUT_SECONDS as usize,
    max: 120,
};
/// The most headlines a latest box shows (`data-count`).
pub const MAX_LATEST_COUNT: usize = 50;
const LATEST_COUNT: Bounds = Bounds {
    default: 5,
    max: MAX_LATEST_COUNT,
};
const PAGE_SIZE: Bounds = Bounds {
    default: 10,
    max: 100,
};

/// The values of each choice; the first is the default.
const MODES: &[(&str, bool)] = &[("embedded", false), ("standalone", true)];
const VIEWS: &[(&str, bool)] = &[("full", false), ("latest", true)];
const FLAGS: &[(&str, bool)] = &[("true", true), ("false", false)];
const SOURCES: &[(&str, SourceKind)] = &[
    ("static", SourceKind::Static),
    ("api", SourceKind::Api),
    ("jsonfeed", SourceKind::JsonFeed),
    ("wordpress", SourceKind::WordPress),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub source: SourceKind,
    /// The data folder, API base, feed URL or WordPress site, by `source`.
    pub source_url: String,
    /// The site file (company and contact details for the footer).
    pub site_url: String,
    /// Where pictures named by a path are: the data folder of the static
    /// source. Other sources name pictures by address only.
    pub image_base: Option<String>,
    pub timeout_seconds: u32,
    /// The interface language until the site file says otherwise.
    pub initial_lang: Lang,
    /// The interface language chosen before the site file is read: by
    /// `data-lang`, the address, the reader's earlier choice or the browser's
    /// preferences, in that order. `None` leaves it to the site file.
    pub chosen_lang: Option<Lang>,
    /// `data-lang` fixes the language: no switch is shown and none is followed.
    pub lang_fixed: bool,
    pub layout: Layout,
    /// Whether the app may change `document.title`.
    pub set_title: bool,
    /// The bundle's stylesheet, for instances that render in a shadow root.
    pub stylesheet_url: Option<String>,
    pub page_size: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    /// The whole site: clean paths below `base` (`""` at the host's root,
    /// `"/news"` below it), which ends in the language folder the address
    /// names, if it names one (`"/news/zh-hans"`).
    Standalone { base: String, folder: Option<Lang> },
    /// The news section inside a host page; its state lives in the host URL's query.
    Embedded { query_param: String },
    /// A compact box of the newest headlines, linking to the full section.
    Latest {
        count: usize,
        full_url: String,
        query_param: String,
        /// Whether headlines show their pictures (`data-images="true"`).
        images: bool,
    },
}

impl Layout {
    /// The standalone site below `base_path`, inside the language folder
    /// `folder` when there is one.
    fn standalone(base_path: &str, folder: Option<Lang>) -> Self {
        let base = base_path.trim_end_matches('/');
        Self::Standalone {
            base: folder.map_or_else(|| base.to_owned(), |lang| base_in_folder(base, lang)),
            folder,
        }
    }
}

/// What the page around the element tells us.
pub struct PageContext {
    /// Path of the document's base URL (`<base href>` when Trunk's public URL is set).
    pub base_path: String,
    /// Path of the page itself.
    pub page_path: String,
    /// `lang` of the `<html>` element.
    pub page_lang: Option<String>,
    /// The page's query string, as in `location.search`.
    pub query: String,
    /// The language the reader chose on an earlier visit, as stored.
    pub remembered_lang: Option<String>,
    /// The browser's preferred languages (`navigator.languages`), best first.
    pub browser_langs: Vec<String>,
}

impl Settings {
    /// `attribute` returns an attribute of the mount element, e.g. `data-view`.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>, page: &PageContext) -> Self {
        let attributes = Attributes(&attribute);
        let layout = read_layout(&attributes, page);
        let initial_lang = attributes
            .text("lang")
            .or_else(|| page.page_lang.clone())
            .and_then(|tag| Lang::from_tag(&tag))
            .unwrap_or_default();
        let mut settings = Self::from_element(&attributes, layout, initial_lang);
        if settings.chosen_lang.is_none() {
            settings.chosen_lang = reader_language(&settings, page);
        }
        settings
    }

    /// Whether the element asks for the standalone site (`data-mode`).
    pub fn is_standalone(attribute: impl Fn(&str) -> Option<String>) -> bool {
        Attributes(&attribute).choice("data-mode", MODES)
    }

    /// The standalone site's page at `base_path`, rendered at build time in
    /// `interface`: in its language folder unless that is `site_language`.
    /// No reader is there to choose.
    pub fn prerendered_page(
        attribute: impl Fn(&str) -> Option<String>,
        base_path: &str,
        interface: Lang,
        site_language: Lang,
    ) -> Self {
        let folder = (interface != site_language).then_some(interface);
        let layout = Layout::standalone(base_path, folder);
        Self::from_element(&Attributes(&attribute), layout, interface)
    }

    /// An embedded instance that sets nothing but its view (`layout`),
    /// rendered at build time in `interface`.
    pub fn prerendered_embedded(layout: Layout, interface: Lang) -> Self {
        Self::from_element(&Attributes(&|_| None), layout, interface)
    }

    /// Everything the element says; the language only as far as `data-lang`
    /// or a language folder decide it.
    fn from_element(attributes: &Attributes, layout: Layout, initial_lang: Lang) -> Self {
        let standalone = matches!(layout, Layout::Standalone { .. });
        let bundle_url = attributes
            .text("data-bundle-url")
            .map(|url| with_trailing_slash(&url));
        let (source, source_url, site_url) = read_source(attributes, bundle_url.as_deref());
        let fixed_lang = attributes.text("data-lang").and_then(|tag| {
            Lang::from_tag(&tag).or_else(|| {
                warn_default("data-lang", &tag, "the reader's choice");
                None
            })
        });
        let folder = match &layout {
            Layout::Standalone { folder, .. } => *folder,
            _ => None,
        };
        Self {
            source,
            image_base: (source == SourceKind::Static).then(|| source_url.clone()),
            source_url,
            site_url,
            timeout_seconds: u32::try_from(attributes.number("data-timeout", &TIMEOUT_SECONDS))
                .unwrap_or(DEFAULT_TIMEOUT_SECONDS),
            initial_lang,
            chosen_lang: fixed_lang.or(folder),
            lang_fixed: fixed_lang.is_some(),
            set_title: attributes.flag("data-set-title", standalone),
            stylesheet_url: bundle_url
                .filter(|_| !standalone)
                .map(|bundle| format!("{bundle}news.css")),
            page_size: attributes.number("data-page-size", &PAGE_SIZE),
            layout,
        }
    }

    /// The names of the query parameters this instance reads: standalone, the
    /// address names the language with a plain `lang`.
    fn query_keys(&self) -> QueryKeys {
        match &self.layout {
            Layout::Standalone { .. } => QueryKeys::new(None),
            Layout::Embedded { query_param } | Layout::Latest { query_param, .. } => {
                QueryKeys::new(Some(query_param))
            }
        }
    }
}

/// Standalone (clean paths below the base, in the language folder the page's
/// path names), embedded, or the latest box.
fn read_layout(attributes: &Attributes, page: &PageContext) -> Layout {
    let query_param = match attributes.text("data-query-param") {
        Some(name) if is_query_param_name(&name) => name,
        Some(name) => warn_default("data-query-param", &name, DEFAULT_QUERY_PARAM),
        None => DEFAULT_QUERY_PARAM.to_owned(),
    };
    if attributes.choice("data-mode", MODES) {
        let folder = language_folder(page.base_path.trim_end_matches('/'), &page.page_path);
        Layout::standalone(&page.base_path, folder)
    } else if attributes.choice("data-view", VIEWS) {
        Layout::Latest {
            count: attributes.number("data-count", &LATEST_COUNT),
            full_url: attributes
                .text("data-full-url")
                .unwrap_or_else(|| page.page_path.clone()),
            query_param,
            // Text only unless the host asks for pictures.
            images: attributes.flag("data-images", false),
        }
    } else {
        Layout::Embedded { query_param }
    }
}

/// The source, its address, and the site file's address.
fn read_source(attributes: &Attributes, bundle_url: Option<&str>) -> (SourceKind, String, String) {
    let data_folder = bundle_url.map_or_else(
        || DEFAULT_DATA_FOLDER.to_owned(),
        |bundle| format!("{bundle}{DEFAULT_DATA_FOLDER}"),
    );
    let source = attributes.choice("data-source", SOURCES);
    let configured_url = attributes.text("data-source-url");
    let source_url = match source {
        SourceKind::Static => configured_url
            .map(|url| with_trailing_slash(&url))
            .unwrap_or_else(|| data_folder.clone()),
        // The other sources append paths (`/site`, `/articles`) to a base without one.
        _ => configured_url
            .unwrap_or_else(|| data_folder.clone())
            .trim_end_matches('/')
            .to_owned(),
    };
    let site_url = attributes
        .text("data-site-url")
        .unwrap_or_else(|| match source {
            SourceKind::Static => format!("{source_url}{SITE_FILE}"),
            SourceKind::Api => format!("{source_url}/site"),
            SourceKind::JsonFeed | SourceKind::WordPress => format!("{data_folder}{SITE_FILE}"),
        });
    (source, source_url, site_url)
}

/// The reader's language where nothing on the element decides it: the
/// address, the reader's earlier choice, then the browser's preferences.
fn reader_language(settings: &Settings, page: &PageContext) -> Option<Lang> {
    let from = |tag: Option<String>| tag.as_deref().and_then(Lang::from_tag);
    from(query_value(&page.query, &settings.query_keys().lang))
        .or_else(|| from(page.remembered_lang.clone()))
        .or_else(|| Lang::from_preferences(page.browser_langs.iter().map(String::as_str)))
}

/// The mount element's attributes, trimmed, with empty ones as absent. Bad
/// values give the default and a console warning.
struct Attributes<'a>(&'a dyn Fn(&str) -> Option<String>);

impl Attributes<'_> {
    fn text(&self, name: &str) -> Option<String> {
        (self.0)(name)
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    }

    /// One of `options` by its name; the first when absent or unknown.
    fn choice<T: Copy>(&self, name: &str, options: &[(&str, T)]) -> T {
        self.pick(name, options, options[0])
    }

    /// `true` or `false`.
    fn flag(&self, name: &str, default: bool) -> bool {
        let default = if default { FLAGS[0] } else { FLAGS[1] };
        self.pick(name, FLAGS, default)
    }

    fn pick<T: Copy>(&self, name: &str, options: &[(&str, T)], default: (&str, T)) -> T {
        let Some(value) = self.text(name) else {
            return default.1;
        };
        match options.iter().find(|(option, _)| *option == value) {
            Some(&(_, chosen)) => chosen,
            None => {
                warn_default(name, &value, default.0);
                default.1
            }
        }
    }

    /// A whole number from 1 to `bounds.max`.
    fn number(&self, name: &str, bounds: &Bounds) -> usize {
        let Some(value) = self.text(name) else {
            return bounds.default;
        };
        match value.parse::<usize>() {
            Ok(number) if (1..=bounds.max).contains(&number) => number,
            _ => {
                warn_default(name, &value, &bounds.default.to_string());
                bounds.default
            }
        }
    }
}

fn warn_default(attribute: &str, value: &str, default: &str) -> String {
    logging::warn!("jointlink-news: {attribute}=\"{value}\" is not supported; using \"{default}\"");
    default.to_owned()
}

fn with_trailing_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}

fn is_query_param_name(name: &str) -> bool {
    name.len() <= 32
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> PageContext {
        PageContext {
            base_path: "/".into(),
            page_path: "/about/company-news.html".into(),
            page_lang: Some("en-GB".into()),
            query: String::new(),
            remembered_lang: None,
            browser_langs: Vec::new(),
        }
    }

    fn settings(attributes: &[(&str, &str)]) -> Settings {
        settings_on(attributes, &page())
    }

    fn settings_on(attributes: &[(&str, &str)], page: &PageContext) -> Settings {
        Settings::from_attributes(
            |name| {
                attributes
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned())
            },
            page,
        )
    }

    #[test]
    fn an_element_without_attributes_is_an_embedded_news_section() {
        let plain = settings(&[]);
        assert_eq!(
            plain.layout,
            Layout::Embedded {
                query_param: "news".into()
            }
        );
        assert!(!plain.set_title);
        assert_eq!(plain.source_url, "data/");
        assert_eq!(plain.stylesheet_url, None);
        assert_eq!(plain.initial_lang, Lang::En);
    }

    #[test]
    fn the_loader_points_data_and_styles_at_the_bundle() {
        let embedded = settings(&[("data-bundle-url", "https://cdn.example.com/news")]);
        assert_eq!(embedded.source_url, "https://cdn.example.com/news/data/");
        assert_eq!(
            embedded.stylesheet_url.as_deref(),
            Some("https://cdn.example.com/news/news.css")
        );
        let own_data = settings(&[
            ("data-bundle-url", "https://cdn.example.com/news/"),
            ("data-source-url", "/feeds/news"),
        ]);
        assert_eq!(own_data.source_url, "/feeds/news/");
    }

    #[test]
    fn the_source_and_its_site_file_are_settings() {
        let api = settings(&[
            ("data-source", "api"),
            ("data-source-url", "https://api.example.com/v1/"),
        ]);
        assert_eq!(api.source, SourceKind::Api);
        assert_eq!(api.source_url, "https://api.example.com/v1");
        assert_eq!(api.site_url, "https://api.example.com/v1/site");
        let feed = settings(&[
            ("data-source", "jsonfeed"),
            ("data-source-url", "https://example.com/feed.json"),
            ("data-bundle-url", "https://cdn.example.com/news/"),
        ]);
        assert_eq!(feed.source_url, "https://example.com/feed.json");
        assert_eq!(feed.site_url, "https://cdn.example.com/news/data/site.json");
        let wordpress = settings(&[
            ("data-source", "wordpress"),
            ("data-source-url", "https://blog.example.com/?rest_route="),
            ("data-site-url", "/contact.json"),
            ("data-timeout", "3"),
        ]);
        assert_eq!(wordpress.source, SourceKind::WordPress);
        assert_eq!(wordpress.site_url, "/contact.json");
        assert_eq!(wordpress.timeout_seconds, 3);
        let fallback = settings(&[("data-source", "rss"), ("data-timeout", "0")]);
        assert_eq!(fallback.source, SourceKind::Static);
        assert_eq!(fallback.site_url, "data/site.json");
        assert_eq!(fallback.timeout_seconds, 10);
    }

    #[test]
    fn sources_without_a_url_read_the_bundled_data_folder_without_double_slashes() {
        let api = settings(&[("data-source", "api")]);
        assert_eq!(api.source_url, "data");
        assert_eq!(api.site_url, "data/site");
        for source in ["jsonfeed", "wordpress"] {
            let other = settings(&[
                ("data-source", source),
                ("data-bundle-url", "https://cdn.example.com/news/"),
            ]);
            assert_eq!(
                other.source_url, "https://cdn.example.com/news/data",
                "{source}"
            );
            assert_eq!(
                other.site_url, "https://cdn.example.com/news/data/site.json",
                "{source}"
            );
        }
    }

    #[test]
    fn standalone_takes_its_base_from_the_page_and_sets_the_title() {
        let below = PageContext {
            base_path: "/news/".into(),
            ..page()
        };
        let site = settings_on(&[("data-mode", "standalone")], &below);
        assert_eq!(
            site.layout,
            Layout::Standalone {
                base: "/news".into(),
                folder: None
            }
        );
        assert!(site.set_title);
        let at_root = settings(&[("data-mode", "standalone"), ("data-set-title", "false")]);
        assert_eq!(
            at_root.layout,
            Layout::Standalone {
                base: String::new(),
                folder: None
            }
        );
        assert!(!at_root.set_title);
    }

    #[test]
    fn the_latest_box_links_to_the_full_section() {
        let latest = settings(&[
            ("data-view", "latest"),
            ("data-count", "3"),
            ("data-full-url", "/news.html"),
            ("data-query-param", "n"),
            ("data-images", "true"),
        ]);
        assert_eq!(
            latest.layout,
            Layout::Latest {
                count: 3,
                full_url: "/news.html".into(),
                query_param: "n".into(),
                images: true,
            }
        );
        let defaults = settings(&[("data-view", "latest")]);
        assert_eq!(
            defaults.layout,
            Layout::Latest {
                count: 5,
                full_url: "/about/company-news.html".into(),
                query_param: "news".into(),
                images: false,
            }
        );
    }

    #[test]
    fn bad_values_fall_back_to_defaults() {
        for count in ["0", "-1", "many", "51"] {
            let latest = settings(&[("data-view", "latest"), ("data-count", count)]);
            assert!(
                matches!(latest.layout, Layout::Latest { count: 5, .. }),
                "data-count={count}"
            );
        }
        assert_eq!(
            settings(&[("data-view", "carousel"), ("data-query-param", "a b&c")]).layout,
            Layout::Embedded {
                query_param: "news".into()
            }
        );
        assert!(!settings(&[("data-set-title", "yes")]).set_title);
        assert_eq!(settings(&[("data-page-size", "0")]).page_size, 10);
        assert_eq!(settings(&[("data-page-size", "101")]).page_size, 10);
        assert_eq!(settings(&[("data-page-size", "25")]).page_size, 25);
        assert!(matches!(
            settings(&[("data-mode", "spa")]).layout,
            Layout::Embedded { .. }
        ));
    }

    #[test]
    fn the_language_comes_from_the_element_then_the_page() {
        assert_eq!(settings(&[("lang", "zh-CN")]).initial_lang, Lang::ZhHans);
        let chinese_page = PageContext {
            page_lang: Some("zh-Hans".into()),
            ..page()
        };
        assert_eq!(settings_on(&[], &chinese_page).initial_lang, Lang::ZhHans);
        assert_eq!(settings(&[("lang", "fr")]).initial_lang, Lang::En);
    }

    #[test]
    fn the_chosen_language_comes_from_the_address_then_memory_then_the_browser() {
        let reader = |query: &str, remembered: Option<&str>, browser: &[&str]| PageContext {
            query: query.into(),
            remembered_lang: remembered.map(Into::into),
            browser_langs: browser.iter().map(|tag| (*tag).to_owned()).collect(),
            ..page()
        };
        let standalone = [("data-mode", "standalone")];
        let chosen = |attributes: &[(&str, &str)], page: PageContext| {
            settings_on(attributes, &page).chosen_lang
        };
        let every_input = reader("?lang=zh-Hans", Some("en"), &["en-US"]);
        assert_eq!(chosen(&standalone, every_input), Some(Lang::ZhHans));
        let remembered = reader("?q=port", Some("zh-Hans"), &["en-US"]);
        assert_eq!(chosen(&standalone, remembered), Some(Lang::ZhHans));
        let browser = reader("", Some("klingon"), &["fr-FR", "zh-CN"]);
        assert_eq!(chosen(&standalone, browser), Some(Lang::ZhHans));
        let site_decides = reader("?lang=fr", None, &["fr-FR", "de"]);
        assert_eq!(chosen(&standalone, site_decides), None);
        // Embedded, the address names the language in the instance's own parameter.
        let embedded = [("data-query-param", "n")];
        let host = reader("?lang=en&n-lang=zh-Hans", None, &["en"]);
        assert_eq!(chosen(&embedded, host), Some(Lang::ZhHans));
        let host_only = reader("?lang=zh-Hans", None, &["en"]);
        assert_eq!(chosen(&embedded, host_only), Some(Lang::En));
    }

    #[test]
    fn a_language_folder_names_the_language_and_ends_the_base() {
        let in_folder = |page_path: &str, query: &str| PageContext {
            base_path: "/news/".into(),
            page_path: page_path.into(),
            query: query.into(),
            remembered_lang: Some("en".into()),
            ..page()
        };
        let standalone = [("data-mode", "standalone")];
        let chinese = settings_on(&standalone, &in_folder("/news/zh-hans/page/2/", "?lang=en"));
        assert_eq!(chinese.chosen_lang, Some(Lang::ZhHans));
        assert_eq!(
            chinese.layout,
            Layout::Standalone {
                base: "/news/zh-hans".into(),
                folder: Some(Lang::ZhHans)
            }
        );
        let outside = settings_on(&standalone, &in_folder("/news/news/zh-hans/", ""));
        assert_eq!(outside.chosen_lang, Some(Lang::En));
        assert_eq!(
            outside.layout,
            Layout::Standalone {
                base: "/news".into(),
                folder: None
            }
        );
        // Embedded, the host page's path is the host's own.
        let host = settings_on(&[], &in_folder("/news/zh-hans/", ""));
        assert_eq!(host.chosen_lang, Some(Lang::En));
        let fixed = settings_on(
            &[("data-mode", "standalone"), ("data-lang", "en")],
            &in_folder("/news/zh-hans/", ""),
        );
        assert_eq!(fixed.chosen_lang, Some(Lang::En));
    }

    #[test]
    fn data_lang_fixes_the_language_over_every_other_input() {
        let reader = PageContext {
            query: "?news-lang=en".into(),
            remembered_lang: Some("en".into()),
            browser_langs: vec!["en".into()],
            ..page()
        };
        let fixed = settings_on(&[("data-lang", "zh-Hans")], &reader);
        assert_eq!(
            (fixed.chosen_lang, fixed.lang_fixed),
            (Some(Lang::ZhHans), true)
        );
        let unknown = settings_on(&[("data-lang", "fr")], &reader);
        assert_eq!(
            (unknown.chosen_lang, unknown.lang_fixed),
            (Some(Lang::En), false)
        );
        assert!(!settings(&[]).lang_fixed);
    }
}
