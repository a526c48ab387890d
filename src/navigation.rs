//! The app's addresses. Standalone, views have clean paths (`/news/<id>`).
//! Embedded, the view lives in one query parameter of the host page's own URL
//! (`?news=<id>`), every other part of the host URL is kept, and only clicks on
//! links that change nothing but this page's query are handled in place.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlAnchorElement, MouseEvent};

/// Sent on `window` after an in-page navigation, so every instance on the page
/// (a headline box and the full section, say) follows it. Host code is not
/// disturbed, as a synthetic `popstate` might.
pub const NAVIGATE_EVENT: &str = "jointlink-news:navigate";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Links {
    Paths { base: String },
    Query { param: String },
}

impl Default for Links {
    fn default() -> Self {
        Self::Paths {
            base: String::new(),
        }
    }
}

/// What the listing shows, as read from and written to the URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListingState {
    /// As written in the URL; the listing decides whether it is a valid page.
    pub page: Option<String>,
    pub query: String,
    pub tag: Option<String>,
}

impl ListingState {
    pub fn is_filtered(&self) -> bool {
        !self.query.trim().is_empty() || self.tag.is_some()
    }

    pub fn from_search(search: &str, keys: &QueryKeys) -> Self {
        let value = |key: &str| query_value(search, key).filter(|value| !value.trim().is_empty());
        Self {
            page: value(&keys.page),
            query: value(&keys.query).unwrap_or_default(),
            tag: value(&keys.tag),
        }
    }

    /// The same filter on another page.
    pub fn on_page(&self, page: usize) -> Self {
        Self {
            page: (page > 1).then(|| page.to_string()),
            ..self.clone()
        }
    }
}

/// The names of the listing's query parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryKeys {
    pub page: String,
    pub query: String,
    pub tag: String,
}

impl Links {
    pub fn keys(&self) -> QueryKeys {
        match self {
            Self::Paths { .. } => QueryKeys {
                page: "page".into(),
                query: "q".into(),
                tag: "tag".into(),
            },
            Self::Query { param } => QueryKeys {
                page: format!("{param}-page"),
                query: format!("{param}-q"),
                tag: format!("{param}-tag"),
            },
        }
    }

    pub fn listing(&self) -> String {
        self.listing_with(&ListingState::default())
    }

    pub fn listing_with(&self, state: &ListingState) -> String {
        let keys = self.keys();
        let page = match self {
            Self::Paths { base } => format!("{base}/"),
            Self::Query { param } => current_page_with(param, None),
        };
        let settings = [
            (&keys.page, state.page.as_deref()),
            (
                &keys.query,
                Some(state.query.trim()).filter(|query| !query.is_empty()),
            ),
            (&keys.tag, state.tag.as_deref()),
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

    /// Ids from feeds may hold any character, so they are always encoded.
    pub fn article(&self, id: &str) -> String {
        let id = encode_component(id);
        match self {
            Self::Paths { base } => format!("{base}/news/{id}"),
            Self::Query { param } => current_page_with(param, Some(&id)),
        }
    }
}

pub fn provide_links(links: Links) {
    provide_context(links);
}

pub fn use_links() -> Links {
    use_context::<Links>().unwrap_or_default()
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

/// Percent-encodes all but unreserved ASCII, so any text is safe in a query value.
pub fn encode_component(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// Decodes `%XX` and `+` (as HTML forms write a space); malformed escapes stay as written.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut position = 0;
    while position < bytes.len() {
        let escaped = bytes
            .get(position + 1..position + 3)
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[position], escaped) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                position += 3;
            }
            (b'+', _) => {
                decoded.push(b' ');
                position += 1;
            }
            (byte, _) => {
                decoded.push(byte);
                position += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

fn current_page_with(param: &str, id: Option<&str>) -> String {
    let location = window().location();
    let page = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    with_query_param(&page, param, id)
}

/// The current page's query string, e.g. `?news-q=port`.
pub fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

/// The current URL's query and a way to change it: the listing keeps its
/// page, search and tag there, so they can be shared, reloaded and restored.
#[derive(Clone, Copy)]
pub struct UrlQuery {
    /// As in `location.search`.
    pub search: Signal<String>,
    /// Goes to `href`; `replace` rewrites the current history entry (used while typing).
    pub navigate: Callback<(String, bool)>,
}

pub fn provide_url_query(query: UrlQuery) {
    provide_context(query);
}

pub fn use_url_query() -> UrlQuery {
    expect_context::<UrlQuery>()
}

/// In a host page: changes the URL without reloading, and tells every instance.
pub fn go_in_page(href: &str, replace: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let changed = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(href))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(href))
    };
    if changed.is_ok() {
        announce_navigation();
    }
}

fn announce_navigation() {
    if let Ok(navigated) = Event::new(NAVIGATE_EVENT) {
        let _ = window().dispatch_event(&navigated);
    }
}

/// Click handler for an embedded instance's root: follows our links that stay
/// on this page without reloading it. Everything else is left to the browser.
pub fn follow_in_page_link(event: MouseEvent) {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return;
    }
    let Some(anchor) = clicked_anchor(&event) else {
        return;
    };
    let location = window().location();
    let same_page = location.origin().ok() == Some(anchor.origin())
        && location.pathname().ok() == Some(anchor.pathname());
    let plain =
        anchor.target().is_empty() && !anchor.has_attribute("download") && anchor.hash().is_empty();
    if !same_page || !plain {
        return;
    }
    event.prevent_default();
    go_in_page(&anchor.href(), false);
}

fn clicked_anchor(event: &MouseEvent) -> Option<HtmlAnchorElement> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("a[href]")
        .ok()??
        .dyn_into::<HtmlAnchorElement>()
        .ok()
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
    fn encodes_any_text_for_a_query_value() {
        assert_eq!(encode_component("sea freight"), "sea%20freight");
        assert_eq!(encode_component("a&b=c?#"), "a%26b%3Dc%3F%23");
        assert_eq!(encode_component("港口"), "%E6%B8%AF%E5%8F%A3");
        for text in ["Ocean freight", "港口 & 海运", "100% <b>", "a+b"] {
            assert_eq!(decode_component(&encode_component(text)), text);
        }
    }

    #[test]
    fn reads_the_listing_state_with_either_set_of_keys() {
        let standalone = Links::default().keys();
        let state = ListingState::from_search("?q=port&tag=ASEAN&page=3", &standalone);
        assert_eq!(
            state,
            ListingState {
                page: Some("3".into()),
                query: "port".into(),
                tag: Some("ASEAN".into())
            }
        );
        let embedded = Links::Query {
            param: "news".into(),
        }
        .keys();
        assert_eq!(
            ListingState::from_search("?q=ignored&news-q=port&news-page=2", &embedded),
            ListingState {
                page: Some("2".into()),
                query: "port".into(),
                tag: None
            }
        );
        assert!(!ListingState::from_search("?q=%20&tag=", &standalone).is_filtered());
    }

    #[test]
    fn standalone_listing_links_carry_page_query_and_tag() {
        let links = Links::default();
        let state = ListingState {
            page: None,
            query: "sea freight".into(),
            tag: Some("Ocean freight".into()),
        };
        assert_eq!(
            links.listing_with(&state),
            "/?q=sea%20freight&tag=Ocean%20freight"
        );
        assert_eq!(
            links.listing_with(&state.on_page(4)),
            "/?page=4&q=sea%20freight&tag=Ocean%20freight"
        );
        assert_eq!(
            links.listing_with(&state.on_page(1)),
            "/?q=sea%20freight&tag=Ocean%20freight"
        );
        assert_eq!(links.tag("港口"), "/?tag=%E6%B8%AF%E5%8F%A3");
    }

    #[test]
    fn standalone_links_are_paths_below_the_base() {
        let root = Links::Paths {
            base: String::new(),
        };
        assert_eq!(root.listing(), "/");
        assert_eq!(root.article("a-b"), "/news/a-b");
        assert_eq!(
            root.article("%e6%b5%b7 https://x/1"),
            "/news/%25e6%25b5%25b7%20https%3A%2F%2Fx%2F1"
        );
        let below = Links::Paths {
            base: "/news".into(),
        };
        assert_eq!(below.listing(), "/news/");
        assert_eq!(below.article("a-b"), "/news/news/a-b");
    }
}
