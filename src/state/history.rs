//! The browser side of addresses: the current URL as reactive state, in-page
//! navigation through the History API, and the click handling that keeps an
//! embedded instance's links inside the host page.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlAnchorElement, MouseEvent};

/// Sent on `window` after an in-page navigation, so every instance on the page
/// (a headline box and the full section, say) follows it. Host code is not
/// disturbed, as a synthetic `popstate` might.
pub const NAVIGATE_EVENT: &str = "jointlink-news:navigate";

/// The host page's current path and query, for `Links::Query`.
pub fn current_page() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// The current page's query string, e.g. `?news-q=port`.
pub fn current_query_string() -> String {
    window().location().search().unwrap_or_default()
}

/// The current URL's query and a way to change it: the listing keeps its
/// page, search and tag there, so they can be shared, reloaded and restored.
#[derive(Clone, Copy)]
pub struct UrlQuery {
    /// As in `location.search`.
    pub query_string: Signal<String>,
    /// The current page's path and query, which the language switch links to.
    pub here: Signal<String>,
    /// Goes to `href`; `replace` rewrites the current history entry (used while typing).
    pub navigate: Callback<(String, bool)>,
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
    if !is_plain_click(&event) {
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

/// A left click without modifier keys that nothing has handled yet: the
/// reader wants to follow the link here, not in a new tab or window.
pub fn is_plain_click(event: &MouseEvent) -> bool {
    !event.default_prevented()
        && event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
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
