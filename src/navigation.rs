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

impl Links {
    pub fn listing(&self) -> String {
        match self {
            Self::Paths { base } => format!("{base}/"),
            Self::Query { param } => current_page_with(param, None),
        }
    }

    pub fn article(&self, id: &str) -> String {
        match self {
            Self::Paths { base } => format!("{base}/news/{id}"),
            Self::Query { param } => current_page_with(param, Some(id)),
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

/// The article id a query string asks for, if any (`search` as in `location.search`).
pub fn article_in_query(search: &str, param: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| match pair.split_once('=') {
            Some((name, value)) if name == param => Some(value.to_owned()),
            None if pair == param => Some(String::new()),
            _ => None,
        })
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

/// The article id in the current page's URL, for an embedded instance.
pub fn current_article(param: &str) -> Option<String> {
    article_in_query(&window().location().search().unwrap_or_default(), param)
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
    let pushed = window()
        .history()
        .and_then(|history| history.push_state_with_url(&JsValue::NULL, "", Some(&anchor.href())));
    if pushed.is_err() {
        return;
    }
    event.prevent_default();
    if let Ok(navigated) = Event::new(NAVIGATE_EVENT) {
        let _ = window().dispatch_event(&navigated);
    }
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
    fn reads_the_article_from_the_query() {
        assert_eq!(
            article_in_query("?ref=x&news=rcep-takes-effect", "news").as_deref(),
            Some("rcep-takes-effect")
        );
        assert_eq!(article_in_query("?newsletter=1", "news"), None);
        assert_eq!(article_in_query("", "news"), None);
        assert_eq!(article_in_query("?news", "news").as_deref(), Some(""));
        assert_eq!(article_in_query("?n=a&news=b", "n").as_deref(), Some("a"));
    }

    #[test]
    fn standalone_links_are_paths_below_the_base() {
        let root = Links::Paths {
            base: String::new(),
        };
        assert_eq!(root.listing(), "/");
        assert_eq!(root.article("a-b"), "/news/a-b");
        let below = Links::Paths {
            base: "/news".into(),
        };
        assert_eq!(below.listing(), "/news/");
        assert_eq!(below.article("a-b"), "/news/news/a-b");
    }
}
