//! Shows an HTML article body as plain paragraphs. The markup is parsed by the
//! browser into an inert document (no scripts run, nothing loads) and only its
//! text is kept, so feed HTML never reaches the page as markup.

use web_sys::{DomParser, Node, SupportedType};

const BLOCKS: &[&str] = &[
    "P",
    "DIV",
    "LI",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "BLOCKQUOTE",
    "PRE",
    "TR",
    "BR",
    "FIGCAPTION",
    "SECTION",
    "ARTICLE",
];
const SKIPPED: &[&str] = &[
    "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "IFRAME", "OBJECT",
];

pub fn html_paragraphs(html: &str) -> Vec<String> {
    let body = DomParser::new()
        .and_then(|parser| parser.parse_from_string(html, SupportedType::TextHtml))
        .ok()
        .and_then(|document| document.body());
    let mut paragraphs = vec![String::new()];
    if let Some(body) = body {
        collect_text(&body, &mut paragraphs);
    }
    paragraphs
        .into_iter()
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| !text.is_empty())
        .collect()
}

fn collect_text(node: &Node, paragraphs: &mut Vec<String>) {
    let children = node.child_nodes();
    for position in 0..children.length() {
        let Some(child) = children.item(position) else {
            continue;
        };
        match child.node_type() {
            Node::TEXT_NODE => {
                if let (Some(text), Some(current)) = (child.text_content(), paragraphs.last_mut()) {
                    current.push_str(&text);
                }
            }
            Node::ELEMENT_NODE => {
                let name = child.node_name();
                if SKIPPED.contains(&name.as_str()) {
                    continue;
                }
                let block = BLOCKS.contains(&name.as_str());
                if block {
                    paragraphs.push(String::new());
                }
                collect_text(&child, paragraphs);
                if block {
                    paragraphs.push(String::new());
                }
            }
            _ => {}
        }
    }
}
