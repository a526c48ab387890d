//! What feed HTML may keep: the elements copied, the elements dropped with
//! their content, and the URL schemes and numbers that get through. The
//! browser's walk (in the app) and the native backend (`native`) both apply it.

/// Copied as they are, with the attributes each backend lets through.
pub const KEPT: &[&str] = &[
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
pub const DROPPED: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "form", "input", "button", "select", "textarea", "option", "link",
    "meta", "base", "title", "head", "audio", "video", "canvas", "portal", "dialog",
];

/// Schemes a link may use; images only the first two.
pub const LINK_SCHEMES: &[&str] = &["http:", "https:", "mailto:"];

/// Sizes and spans: up to four digits, nothing else.
pub fn is_small_number(value: &str) -> bool {
    !value.is_empty() && value.len() <= 4 && value.bytes().all(|byte| byte.is_ascii_digit())
}
