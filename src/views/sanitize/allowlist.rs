//! What feed HTML may keep: the elements copied, the elements dropped with
//! their content, and the attributes and URL schemes that get through.

use web_sys::Element;

/// Copied as they are, with the attributes `copy_attributes` lets through.
pub(super) const KEPT: &[&str] = &[
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
];

/// Dropped with everything inside: their content is code, not text for readers.
pub(super) const DROPPED: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "form", "input", "button", "select", "textarea", "option", "link",
    "meta", "base", "title", "head", "audio", "video", "canvas", "portal", "dialog",
];

/// Schemes a link may use; images only the first two.
pub(super) const LINK_SCHEMES: &[&str] = &["http:", "https:", "mailto:"];

pub(super) const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

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

/// Sizes and spans: up to four digits, nothing else.
pub(super) fn is_small_number(value: &str) -> bool {
    !value.is_empty() && value.len() <= 4 && value.bytes().all(|byte| byte.is_ascii_digit())
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
