//! The copy of an inert document into the page, node by node, through the
//! allowlist; resumable, so a long body arrives a slice at a time.

use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, Node, SupportedType};

use news_core::sanitize::allowlist::{DROPPED, KEPT, LINK_SCHEMES};
use news_core::sanitize::without_inline_code;

use super::attributes::{absolute_url, copy_attributes};

/// Elements of any other namespace (SVG, MathML) are dropped.
const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

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
