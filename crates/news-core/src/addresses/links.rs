//! Addresses, built and read without a browser: clean paths below a base for
//! the standalone site, or one query parameter of the host page's URL for an
//! embedded instance. The host URL's other parameters are kept as written.

use super::{article_path, outside_folder};
use crate::model::listing::ListingState;
use crate::model::percent::{decode_component, encode_component};
use crate::model::Lang;

#[derive(Clone, Debug)]
pub enum Links {
    Paths {
        base: String,
        /// The language whose folder `base` ends in, when the address names one.
        folder: Option<Lang>,
    },
    /// `here` gives the host page's current path and query, which every
    /// address keeps apart from this instance's own parameters.
    Query { param: String, here: fn() -> String },
}

impl Default for Links {
    fn default() -> Self {
        Self::Paths {
            base: String::new(),
            folder: None,
        }
    }
}

impl ListingState {
    /// The state a URL query (`search`, as in `location.search`) names.
    pub fn from_query_string(search: &str, keys: &QueryKeys) -> Self {
        let value = |key: &str| query_value(search, key).filter(|value| !value.trim().is_empty());
        Self {
            page: value(&keys.page),
            search_text: value(&keys.search_text).unwrap_or_default(),
            tag: value(&keys.tag),
            year: value(&keys.year),
            // An unknown language shows everything rather than nothing.
            language: value(&keys.only).and_then(|tag| Lang::from_tag(&tag)),
        }
    }

    /// The state of a standalone listing path (`/tag/<tag>/page/<page>/`, as the
    /// router matched it) and its query, which still names what the path does not.
    pub fn from_path_and_query(
        page: Option<String>,
        tag: Option<String>,
        year: Option<String>,
        search: &str,
        keys: &QueryKeys,
    ) -> Self {
        let from_query = Self::from_query_string(search, keys);
        let from_path = |segment: Option<String>| {
            segment
                .map(|segment| decode_component(&segment))
                .filter(|value| !value.trim().is_empty())
        };
        Self {
            page: from_path(page).or(from_query.page),
            tag: from_path(tag).or(from_query.tag),
            year: from_path(year).or(from_query.year),
            search_text: from_query.search_text,
            language: from_query.language,
        }
    }
}

/// The path below the base that names `state` (`page/2/`, `tag/Ports/`,
/// `archive/2023/`), when
/// it has no search and every part of it can be a directory name.
pub fn listing_path(state: &ListingState) -> Option<String> {
    if !state.search_text.trim().is_empty() || state.language.is_some() {
        return None;
    }
    let filter = match (&state.tag, state.year.as_deref()) {
        (None, None) => String::new(),
        (Some(tag), None) if is_path_segment(tag) => format!("tag/{}/", encode_component(tag)),
        (None, Some(year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
            format!("archive/{year}/")
        }
        _ => return None,
    };
    let page = match state.page.as_deref() {
        None => String::new(),
        Some(page) if !page.is_empty() && page.bytes().all(|byte| byte.is_ascii_digit()) => {
            format!("page/{page}/")
        }
        Some(_) => return None,
    };
    Some(format!("{filter}{page}"))
}

/// Whether `text` can be one directory name on any file system and any static
/// server: none of the characters that paths, queries or escapes give meaning to.
pub fn is_path_segment(text: &str) -> bool {
    const RESERVED: &[char] = &['/', '\\', '%', '+', '?', '#', ':', '*', '"', '<', '>', '|'];
    !text.is_empty()
        && text.len() <= 120
        && text.trim() == text
        && !text.starts_with('.')
        && !text.contains(RESERVED)
        && !text.chars().any(char::is_control)
}

/// The names of the query parameters: the listing's, and the interface language's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryKeys {
    pub page: String,
    pub search_text: String,
    pub tag: String,
    pub year: String,
    /// The listing's language filter (`only=en`).
    pub only: String,
    /// The interface language (`lang=zh-Hans`).
    pub lang: String,
}

impl QueryKeys {
    /// Standalone (`None`) the names are plain; embedded, they start with the
    /// instance's parameter, so they cannot clash with the host page's own.
    pub fn new(embedded_param: Option<&str>) -> Self {
        let key = |name: &str| match embedded_param {
            None => name.to_owned(),
            Some(param) => format!("{param}-{name}"),
        };
        Self {
            page: key("page"),
            search_text: key("q"),
            tag: key("tag"),
            year: key("year"),
            only: key("only"),
            lang: key("lang"),
        }
    }
}

impl Links {
    pub fn keys(&self) -> QueryKeys {
        match self {
            Self::Paths { .. } => QueryKeys::new(None),
            Self::Query { param, .. } => QueryKeys::new(Some(param)),
        }
    }

    /// Inside a language folder, `here` outside it, for a reader who picks
    /// another language: out there the reader's choice decides.
    pub fn outside_language_folder(&self, here: &str) -> Option<(Lang, String)> {
        match self {
            Self::Paths {
                base,
                folder: Some(folder),
            } => Some((*folder, outside_folder(here, base))),
            _ => None,
        }
    }

    pub fn listing(&self) -> String {
        self.listing_with(&ListingState::default())
    }

    /// Standalone, a listing without a search is a path that a prerendered file
    /// answers (`/tag/<tag>/page/2/`); searches, and tags or pages a file name
    /// cannot hold, go in the query.
    pub fn listing_with(&self, state: &ListingState) -> String {
        let keys = self.keys();
        let page = match self {
            Self::Paths { base, .. } => match listing_path(state) {
                Some(path) => return format!("{base}/{path}"),
                None => format!("{base}/"),
            },
            Self::Query { param, here } => with_query_param(&here(), param, None),
        };
        let settings = [
            (&keys.page, state.page.as_deref()),
            (
                &keys.search_text,
                Some(state.search_text.trim()).filter(|text| !text.is_empty()),
            ),
            (&keys.tag, state.tag.as_deref()),
            (&keys.year, state.year.as_deref()),
            (&keys.only, state.language.map(Lang::tag)),
        ];
        settings.into_iter().fold(page, |url, (key, value)| {
            with_query_param(&url, key, value.map(encode_component).as_deref())
        })
    }

    pub fn tag(&self, tag: &str) -> String {
        self.listing_with(&ListingState {
            tag: Some(tag.to_owned()),
            ..ListingState::default()
        })
    }

    pub fn article(&self, id: &str) -> String {
        match self {
            Self::Paths { base, .. } => format!("{base}/{}", article_path(id)),
            Self::Query { param, here } => {
                with_query_param(&here(), param, Some(&encode_component(id)))
            }
        }
    }
}

/// `url` (path and query, no fragment) with `param` set to `value`, or removed.
/// Other parameters keep their order and their exact spelling.
pub fn with_query_param(url: &str, param: &str, value: Option<&str>) -> String {
    let url = url.split('#').next().unwrap_or_default();
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let mut pairs: Vec<String> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(param))
        .map(str::to_owned)
        .collect();
    if let Some(value) = value {
        pairs.push(format!("{param}={value}"));
    }
    if pairs.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", pairs.join("&"))
    }
}

/// The decoded value of `param` in a query string (`search` as in `location.search`).
pub fn query_value(search: &str, param: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| match pair.split_once('=') {
            Some((name, value)) if name == param => Some(decode_component(value)),
            None if pair == param => Some(String::new()),
            _ => None,
        })
}

/// The tag an article's breadcrumb trail passes through: its first tag that
/// has a page of its own (see `is_path_segment`).
pub fn breadcrumb_tag(tags: &[String]) -> Option<&str> {
    tags.iter()
        .map(String::as_str)
        .find(|tag| is_path_segment(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_our_parameter_and_keeps_the_hosts() {
        assert_eq!(
            with_query_param("/about/news.html", "news", Some("rcep")),
            "/about/news.html?news=rcep"
        );
        assert_eq!(
            with_query_param(
                "/about/news.html?ref=mail&utm_source=a%20b",
                "news",
                Some("rcep")
            ),
            "/about/news.html?ref=mail&utm_source=a%20b&news=rcep"
        );
        assert_eq!(
            with_query_param("/n.html?news=old&ref=x#top", "news", Some("new")),
            "/n.html?ref=x&news=new"
        );
    }

    #[test]
    fn removes_only_our_parameter() {
        assert_eq!(
            with_query_param("/n.html?ref=x&news=old", "news", None),
            "/n.html?ref=x"
        );
        assert_eq!(
            with_query_param("/n.html?news=old", "news", None),
            "/n.html"
        );
        assert_eq!(
            with_query_param("/n.html?newsletter=1&news=a", "news", None),
            "/n.html?newsletter=1"
        );
    }

    #[test]
    fn reads_values_from_the_query() {
        assert_eq!(
            query_value("?ref=x&news=rcep-takes-effect", "news").as_deref(),
            Some("rcep-takes-effect")
        );
        assert_eq!(query_value("?newsletter=1", "news"), None);
        assert_eq!(query_value("", "news"), None);
        assert_eq!(query_value("?news", "news").as_deref(), Some(""));
        assert_eq!(query_value("?n=a&news=b", "n").as_deref(), Some("a"));
        assert_eq!(
            query_value("?q=sea+freight", "q").as_deref(),
            Some("sea freight")
        );
        assert_eq!(
            query_value("?q=%E6%B8%AF%E5%8F%A3%20news", "q").as_deref(),
            Some("港口 news")
        );
        assert_eq!(query_value("?q=100%", "q").as_deref(), Some("100%"));
    }

    #[test]
    fn reads_the_listing_state_with_either_set_of_keys() {
        let standalone = Links::default().keys();
        let state =
            ListingState::from_query_string("?q=port&tag=ASEAN&page=3&only=zh-CN", &standalone);
        assert_eq!(
            state,
            ListingState {
                page: Some("3".into()),
                search_text: "port".into(),
                tag: Some("ASEAN".into()),
                year: None,
                language: Some(Lang::ZhHans),
            }
        );
        let embedded = Links::Query {
            param: "news".into(),
            here: || "/about/news.html?ref=x".to_owned(),
        }
        .keys();
        assert_eq!(
            ListingState::from_query_string(
                "?q=ignored&news-q=port&news-page=2&only=en",
                &embedded
            ),
            ListingState {
                page: Some("2".into()),
                search_text: "port".into(),
                ..ListingState::default()
            }
        );
        assert!(!ListingState::from_query_string("?q=%20&tag=&only=fr", &standalone).is_filtered());
        assert!(ListingState::from_query_string("?news-only=en", &embedded).is_filtered());
    }

    #[test]
    fn standalone_listing_links_carry_page_query_and_tag() {
        let links = Links::default();
        let state = ListingState {
            page: None,
            search_text: "sea freight".into(),
            tag: Some("Ocean freight".into()),
            year: None,
            language: None,
        };
        assert_eq!(
            links.listing_with(&state),
            "/?q=sea%20freight&tag=Ocean%20freight"
        );
        let in_chinese = ListingState {
            search_text: String::new(),
            language: Some(Lang::ZhHans),
            ..state.clone()
        };
        // A filtered listing has no file of its own: the path stops at the base.
        assert_eq!(listing_path(&in_chinese), None);
        assert_eq!(
            links.listing_with(&in_chinese.on_page(2)),
            "/?page=2&tag=Ocean%20freight&only=zh-Hans"
        );
        assert_eq!(
            links.listing_with(&state.on_page(4)),
            "/?page=4&q=sea%20freight&tag=Ocean%20freight"
        );
        assert_eq!(
            links.listing_with(&state.on_page(1)),
            "/?q=sea%20freight&tag=Ocean%20freight"
        );
        assert_eq!(links.tag("港口"), "/tag/%E6%B8%AF%E5%8F%A3/");
        assert_eq!(links.tag("C++ / EDI"), "/?tag=C%2B%2B%20%2F%20EDI");
        assert_eq!(links.tag(".hidden"), "/?tag=.hidden");
    }

    #[test]
    fn unsearched_standalone_listings_are_paths_a_file_can_answer() {
        let links = Links::Paths {
            base: "/news".into(),
            folder: None,
        };
        let tagged = ListingState {
            tag: Some("Ocean freight".into()),
            ..ListingState::default()
        };
        assert_eq!(links.listing_with(&tagged), "/news/tag/Ocean%20freight/");
        assert_eq!(
            links.listing_with(&tagged.on_page(2)),
            "/news/tag/Ocean%20freight/page/2/"
        );
        assert_eq!(
            links.listing_with(&ListingState::default().on_page(3)),
            "/news/page/3/"
        );
        let odd_page = ListingState {
            page: Some("x".into()),
            ..ListingState::default()
        };
        assert_eq!(links.listing_with(&odd_page), "/news/?page=x");
    }

    #[test]
    fn reads_the_state_from_a_listing_path_and_its_query() {
        let keys = Links::default().keys();
        assert_eq!(
            ListingState::from_path_and_query(
                Some("2".into()),
                Some("Ocean%20freight".into()),
                None,
                "?q=port",
                &keys
            ),
            ListingState {
                page: Some("2".into()),
                search_text: "port".into(),
                tag: Some("Ocean freight".into()),
                year: None,
                language: None,
            }
        );
        assert_eq!(
            ListingState::from_path_and_query(None, None, None, "?tag=ASEAN&page=3", &keys),
            ListingState {
                page: Some("3".into()),
                search_text: String::new(),
                tag: Some("ASEAN".into()),
                year: None,
                language: None,
            }
        );
        let round_trip = ListingState {
            page: Some("4".into()),
            search_text: String::new(),
            tag: Some("港口".into()),
            year: None,
            language: None,
        };
        let path = listing_path(&round_trip).unwrap_or_default();
        let segments: Vec<&str> = path.split('/').collect();
        assert_eq!(
            ListingState::from_path_and_query(
                Some(segments[3].to_owned()),
                Some(segments[1].to_owned()),
                None,
                "",
                &keys
            ),
            round_trip
        );
    }

    #[test]
    fn a_years_archive_is_a_path_standalone_and_a_query_embedded() {
        let keys = Links::default().keys();
        let year = ListingState {
            year: Some("2023".into()),
            ..ListingState::default()
        };
        let links = Links::Paths {
            base: "/news".into(),
            folder: None,
        };
        assert_eq!(links.listing_with(&year), "/news/archive/2023/");
        assert_eq!(
            links.listing_with(&year.on_page(2)),
            "/news/archive/2023/page/2/"
        );
        assert_eq!(
            ListingState::from_path_and_query(
                Some("2".into()),
                None,
                Some("2023".into()),
                "",
                &keys
            ),
            year.on_page(2)
        );
        assert!(year.is_filtered());
        // A year and a tag together, or a year a folder cannot be named by, go in the query.
        let tagged = ListingState {
            tag: Some("Ports".into()),
            ..year.clone()
        };
        assert_eq!(links.listing_with(&tagged), "/news/?tag=Ports&year=2023");
        let odd = ListingState {
            year: Some("23".into()),
            ..ListingState::default()
        };
        assert_eq!(links.listing_with(&odd), "/news/?year=23");
        let embedded = Links::Query {
            param: "news".into(),
            here: || "/about/news.html?ref=mail".to_owned(),
        };
        assert_eq!(
            embedded.listing_with(&year),
            "/about/news.html?ref=mail&news-year=2023"
        );
        assert_eq!(
            ListingState::from_query_string("?ref=mail&news-year=2023", &embedded.keys()),
            year
        );
    }

    #[test]
    fn embedded_links_keep_the_host_pages_own_query() {
        let links = Links::Query {
            param: "news".into(),
            here: || "/about/news.html?ref=mail&news=old&news-page=3".to_owned(),
        };
        assert_eq!(
            links.article("rcep"),
            "/about/news.html?ref=mail&news-page=3&news=rcep"
        );
        assert_eq!(links.listing(), "/about/news.html?ref=mail");
        assert_eq!(
            links.tag("港口"),
            "/about/news.html?ref=mail&news-tag=%E6%B8%AF%E5%8F%A3"
        );
    }

    #[test]
    fn standalone_links_are_paths_below_the_base() {
        let root = Links::Paths {
            base: String::new(),
            folder: None,
        };
        assert_eq!(root.listing(), "/");
        assert_eq!(root.article("a-b"), "/news/a-b/");
        assert_eq!(
            root.article("%e6%b5%b7 https://x/1"),
            "/news/%25e6%25b5%25b7%20https%3A%2F%2Fx%2F1/"
        );
        let below = Links::Paths {
            base: "/news".into(),
            folder: None,
        };
        assert_eq!(below.listing(), "/news/");
        assert_eq!(below.article("a-b"), "/news/news/a-b/");
    }
}
