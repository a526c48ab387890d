//! Should the app ever panic, the wasm instance is stopped for good and every
//! news instance on the page would stay frozen half-drawn. The panic hook
//! replaces each instance's content with a short message in its language and
//! a reload link, built with plain DOM calls: nothing of the app runs any more.

use std::cell::RefCell;
use std::panic::PanicHookInfo;

use leptos::logging;
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement};

use news_core::model::Lang;

thread_local! {
    static ROOTS: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
}

pub fn install() {
    std::panic::set_hook(Box::new(show_stopped));
}

/// Marks the element an instance renders into, to be replaced after a panic.
pub fn watch(root: HtmlElement) {
    ROOTS.with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.push(root);
        }
    });
}

fn show_stopped(info: &PanicHookInfo) {
    logging::error!("jointlink-news stopped: {info}");
    ROOTS.with(|roots| {
        if let Ok(roots) = roots.try_borrow() {
            for root in roots.iter() {
                if let Err(error) = replace_content(root) {
                    logging::error!("jointlink-news: could not show the error message: {error:?}");
                }
            }
        }
    });
}

fn replace_content(root: &HtmlElement) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    // The interface language the instance showed last.
    let lang = root
        .query_selector(".jn[lang]")?
        .and_then(|app| app.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let texts = lang.texts();
    let element = |name: &str, class: &str, text: &str| -> Result<Element, JsValue> {
        let element = document.create_element(name)?;
        element.set_class_name(class);
        element.set_text_content(Some(text));
        Ok(element)
    };
    let app = element("div", "jn", "")?;
    app.set_attribute("lang", lang.tag())?;
    let failure = element("div", "jn-failure", "")?;
    failure.set_attribute("role", "alert")?;
    let message = element("p", "jn-failure-what", texts.stopped)?;
    failure.append_child(&message)?;
    let reload = element("a", "jn-button", texts.reload_page)?;
    reload.set_attribute("href", &document.url()?)?;
    // Left to the browser: the router must not take this link over.
    reload.set_attribute("rel", "external")?;
    failure.append_child(&reload)?;
    app.append_child(&failure)?;
    root.replace_children_with_node_1(&app);
    root.set_hidden(false);
    Ok(())
}
