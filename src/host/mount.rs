//! Finds the page's news elements and starts one app in each.

use leptos::logging;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use super::last_resort;
use super::takeover::ReaderActivity;
use crate::state::current_query_string;
use crate::state::settings::{Layout, PageContext, Settings};
use crate::state::{browser_languages, remembered_language};
use crate::App;
use news_core::model::prerendered::{Prerendered, MOUNT_SELECTOR, PAGE_DATA_SELECTOR};

/// Inside a prerendered article page: the article's HTML body, sanitised when the page was built.
const PRERENDERED_BODY_SELECTOR: &str = ".jn-body-html";

pub fn mount_all() {
    last_resort::install();
    #[cfg(feature = "fault-injection")]
    fault_injection::panic_on_request();
    let elements = document()
        .query_selector_all(MOUNT_SELECTOR)
        .map(|list| {
            (0..list.length())
                .filter_map(|position| list.item(position))
                .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    if elements.is_empty() {
        logging::error!("jointlink-news: no element matches {MOUNT_SELECTOR} on this page");
    }
    let page = page_context();
    let document_base = document().base_uri().ok().flatten().unwrap_or_default();
    for element in elements {
        let mut settings = Settings::from_attributes(|name| element.get_attribute(name), &page);
        // Below the page's own base, picture addresses stay relative, as a
        // prerendered page has them: the app's first view then matches it.
        settings.image_base = settings.image_base.map(|base| {
            base.strip_prefix(&document_base)
                .filter(|_| !document_base.is_empty())
                .map_or(base.clone(), str::to_owned)
        });
        if let Err(error) = mount_one(element, settings) {
            logging::error!("jointlink-news: could not start: {error:?}");
        }
    }
}

fn page_context() -> PageContext {
    let document = document();
    let base_path = document
        .base_uri()
        .ok()
        .flatten()
        .and_then(|base| web_sys::Url::new(&base).ok())
        .map(|base| base.pathname())
        .unwrap_or_else(|| "/".to_owned());
    PageContext {
        base_path,
        page_path: window().location().pathname().unwrap_or_default(),
        page_lang: document
            .document_element()
            .and_then(|root| root.get_attribute("lang")),
        query: current_query_string(),
        remembered_lang: remembered_language(),
        browser_langs: browser_languages(),
    }
}

/// Standalone, the app owns the page and renders in it directly. Embedded, it
/// renders in a shadow root: the host's rules (`h1 { font-size: 60px }`) cannot
/// reach the news and the news's rules cannot reach the host, while inherited
/// fonts and `--jn-*` custom properties still flow in for theming. Where
/// `embed.js` or the host's HTML already made that shadow root, with the
/// view the build prerendered, the app takes it over.
fn mount_one(element: HtmlElement, settings: Settings) -> Result<(), JsValue> {
    if matches!(settings.layout, Layout::Standalone { .. }) {
        let focused = document().active_element();
        take_over(element, settings, focused);
        return Ok(());
    }
    if let Some(shadow) = element.shadow_root() {
        if let Some(container) = prerendered_container(&shadow) {
            take_over(container, settings, shadow.active_element());
            return Ok(());
        }
    }
    let shadow = element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let container: HtmlElement = document().create_element("div")?.unchecked_into();
    if let Some(stylesheet_url) = &settings.stylesheet_url {
        // Unstyled news would flash in the host page: show it once the styles are in.
        container.set_hidden(true);
        let link = stylesheet_link(stylesheet_url, &container)?;
        shadow.append_child(&link)?;
    }
    shadow.append_child(&container)?;
    leptos::mount::mount_to(container, move || view! { <App settings /> }).forget();
    Ok(())
}

/// Replaces what `root` shows (a prerendered view, or a message for readers
/// without JavaScript) with the app, starting from the view's data when it
/// has them, and keeps what the reader did there.
fn take_over(root: HtmlElement, settings: Settings, focused: Option<Element>) {
    let prerendered = take_prerendered(&root);
    let prerendered_body = root
        .query_selector(PRERENDERED_BODY_SELECTOR)
        .ok()
        .flatten();
    let activity = ReaderActivity::note(&root, focused);
    // In the same task as the mount, so the reader never sees the element empty.
    root.set_text_content(None);
    leptos::mount::mount_to(root.clone(), move || {
        view! { <App settings prerendered prerendered_body /> }
    })
    .forget();
    activity.restore(root.into());
}

/// The element of a shadow root made before the app started that holds the
/// prerendered view (after the stylesheet's `<link>`).
fn prerendered_container(shadow: &web_sys::ShadowRoot) -> Option<HtmlElement> {
    let children = shadow.children();
    (0..children.length())
        .filter_map(|position| children.item(position))
        .find(|child| child.tag_name() == "DIV")
        .and_then(|child| child.dyn_into().ok())
}

/// The data of a page the build prerendered, when the element holds it. Damaged
/// data only costs the head start: the app loads the view as on any other page.
fn take_prerendered(element: &HtmlElement) -> Option<Prerendered> {
    let script = element.query_selector(PAGE_DATA_SELECTOR).ok().flatten()?;
    let text = script.text_content().unwrap_or_default();
    Prerendered::parse(&text)
        .inspect_err(|error| logging::error!("jointlink-news: {error}; loading the view instead"))
        .ok()
}

fn stylesheet_link(href: &str, container: &HtmlElement) -> Result<Element, JsValue> {
    let link = document().create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", href)?;
    let container = container.clone();
    let reveal = Closure::<dyn Fn()>::new(move || container.set_hidden(false)).into_js_value();
    link.add_event_listener_with_callback("load", reveal.unchecked_ref())?;
    link.add_event_listener_with_callback("error", reveal.unchecked_ref())?;
    Ok(link)
}

/// Test builds only (`--features fault-injection`): page events that panic, in
/// the event's handler or in a task it starts, so that the end-to-end tests
/// can check what readers see after a panic.
#[cfg(feature = "fault-injection")]
mod fault_injection {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    pub const PANIC_EVENT: &str = "jointlink-news-test-panic";
    pub const TASK_PANIC_EVENT: &str = "jointlink-news-test-panic-in-task";

    pub fn panic_on_request() {
        let panic = Closure::<dyn Fn()>::new(|| panic!("deliberate panic on {PANIC_EVENT}"));
        let in_task = Closure::<dyn Fn()>::new(|| {
            wasm_bindgen_futures::spawn_local(async {
                panic!("deliberate panic in a task on {TASK_PANIC_EVENT}")
            })
        });
        let window = leptos::prelude::window();
        for (event, handler) in [(PANIC_EVENT, panic), (TASK_PANIC_EVENT, in_task)] {
            let _ = window
                .add_event_listener_with_callback(event, handler.into_js_value().unchecked_ref());
        }
    }
}
