//! The attributes the browser's walk copies onto an allowed element, and the
//! addresses it resolves, as the allowlist in the core crate allows.

use news_core::sanitize::allowlist::{is_small_number, LINK_SCHEMES};
use web_sys::Element;

pub(super) fn copy_attributes(original: &Element, copy: &Element, name: &str) {
    let attribute = |attribute: &str| original.get_attribute(attribute);
    match name {
        "a" => {
            if let Some(href) = attribute("href").and_then(|href| absolute_url(&href, LINK_SCHEMES))
            {
                let external = href.starts_with("http") && !same_origin(&href);
                let _ = copy.set_attribute("href", &href);
                if external {
                    let _ = copy.set_attribute("rel", "noopener noreferrer");
                }
            }
        }
        "img" => {
            if let Some(src) =
                attribute("src").and_then(|src| absolute_url(&src, &LINK_SCHEMES[..2]))
            {
                let _ = copy.set_attribute("src", &src);
            }
            let _ = copy.set_attribute("alt", &attribute("alt").unwrap_or_default());
            let _ = copy.set_attribute("loading", "lazy");
            let _ = copy.set_attribute("referrerpolicy", "no-referrer");
            for size in ["width", "height"] {
                copy_number(original, copy, size);
            }
        }
        "td" | "th" => {
            for span in ["colspan", "rowspan"] {
                copy_number(original, copy, span);
            }
        }
        _ => {}
    }
}

fn copy_number(original: &Element, copy: &Element, attribute: &str) {
    let value = original.get_attribute(attribute).unwrap_or_default();
    if is_small_number(&value) {
        let _ = copy.set_attribute(attribute, &value);
    }
}

/// The URL as the browser resolves it, if it is absolute and uses an allowed scheme.
pub(super) fn absolute_url(url: &str, schemes: &[&str]) -> Option<String> {
    let parsed = web_sys::Url::new(url.trim()).ok()?;
    schemes
        .contains(&parsed.protocol().as_str())
        .then(|| parsed.href())
}

fn same_origin(url: &str) -> bool {
    let page = web_sys::window().and_then(|window| window.location().origin().ok());
    let link = web_sys::Url::new(url).ok().map(|url| url.origin());
    page.is_some() && page == link
}
