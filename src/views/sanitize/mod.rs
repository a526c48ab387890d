//! Feed HTML, made safe by an allowlist. The browser parses the markup into an
//! inert document (no scripts run, nothing loads); then a walk copies into the
//! page only allowed elements with allowed attributes, and the text of
//! everything else that may be shown. Nothing from the feed is ever assigned
//! to `innerHTML`.

mod inline_code;

pub use inline_code::without_inline_code;

use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, Node, SupportedType};

/// Copied as they are, with the attributes `allowed_attribute` lets through.
const KEPT: &[&str] = &[
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
const DROPPED: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "form", "input", "button", "select", "textarea", "option", "link",
    "meta", "base", "title", "head", "audio", "video", "canvas", "portal", "dialog",
];

/// Schemes a link may use; images only the first two.
const LINK_SCHEMES: &[&str] = &["http:", "https:", "mailto:"];

/// Nodes copied before the walk lets the page breathe: a long article appears
/// a slice at a time instead of blocking the page until it is complete.
const NODES_PER_SLICE: usize = 4000;

/// Puts the allowed content of `html` into `into`: the first slice at once,
/// the rest in later tasks while `into` stays on the page. `false` only if the
/// browser has no DOM parser.
pub fn sanitize_into(html: &str, into: &Element) -> bool {
    let Some(page) = web_sys::window().and_then(|window| window.document()) else {
        return false;
    };
    let Some(parsed) = DomParser::new().ok().and_then(|parser| {
        parser
            .parse_from_string(&without_inline_code(html), SupportedType::TextHtml)
            .ok()
    }) else {
        return false;
    };
    if let Some(body) = parsed.body() {
        let walk = Walk {
            page,
            root: into.clone(),
            pending: vec![Pending {
                next: body.first_child(),
                into: into.clone().into(),
            }],
        };
        walk.run();
    }
    true
}

/// A copy of the inert document's body that can stop after any node and go on later.
struct Walk {
    page: Document,
    root: Element,
    /// Innermost last: the next child to copy of each open element, and where its copy goes.
    pending: Vec<Pending>,
}

struct Pending {
    next: Option<Node>,
    into: Node,
}

impl Walk {
    fn run(mut self) {
        if self.copy_slice() && self.root.is_connected() {
            set_timeout(move || self.run(), Duration::ZERO);
        }
    }

    /// Copies up to a slice of nodes, in document order; whether any are left.
    fn copy_slice(&mut self) -> bool {
        for _ in 0..NODES_PER_SLICE {
            let Some(pending) = self.pending.last_mut() else {
                return false;
            };
            let Some(node) = pending.next.take() else {
                self.pending.pop();
                continue;
            };
            pending.next = node.next_sibling();
            let into = pending.into.clone();
            if let Some(children_into) = self.copy_node(&node, &into) {
                self.pending.push(Pending {
                    next: node.first_child(),
                    into: children_into,
                });
            }
        }
        !self.pending.is_empty()
    }

    /// Copies one node into `into`; where its children go, if they are shown.
    fn copy_node(&self, node: &Node, into: &Node) -> Option<Node> {
        match node.node_type() {
            Node::TEXT_NODE => {
                let text = self
                    .page
                    .create_text_node(&node.text_content().unwrap_or_default());
                let _ = into.append_child(&text);
                None
            }
            Node::ELEMENT_NODE => {
                let original = node.dyn_ref::<Element>()?;
                // SVG and MathML elements, whatever their names, never get through.
                let name = original.local_name().to_ascii_lowercase();
                let html = original.namespace_uri().as_deref() == Some(HTML_NAMESPACE);
                if !html || DROPPED.contains(&name.as_str()) {
                    return None;
                }
                if !KEPT.contains(&name.as_str()) {
                    return Some(into.clone());
                }
                // An image without a usable source would only be an empty box.
                let image_source = original
                    .get_attribute("src")
                    .and_then(|src| absolute_url(&src, &LINK_SCHEMES[..2]));
                if name == "img" && image_source.is_none() {
                    return None;
                }
                // Elements of the inert document are never inserted; only fresh copies are.
                let copy = self.page.create_element(&name).ok()?;
                copy_attributes(original, &copy, &name);
                into.append_child(&copy).ok()
            }
            _ => None,
        }
    }
}

const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

fn copy_attributes(original: &Element, copy: &Element, name: &str) {
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
    if !value.is_empty() && value.len() <= 4 && value.bytes().all(|byte| byte.is_ascii_digit()) {
        let _ = copy.set_attribute(attribute, &value);
    }
}

/// The URL as the browser resolves it, if it is absolute and uses an allowed scheme.
fn absolute_url(url: &str, schemes: &[&str]) -> Option<String> {
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
