//! Feed HTML, made safe by an allowlist. The browser parses the markup into an
//! inert document (no scripts run, nothing loads); then a walk copies into the
//! page only allowed elements with allowed attributes, and the text of
//! everything else that may be shown. Nothing from the feed is ever assigned
//! to `innerHTML`.
//!
//! `inline_code` defuses inline styles and handlers before parsing (for a
//! strict CSP), `walk` copies the parsed document through `allowlist`.
//! `native` applies the same allowlist at build time, for prerendered pages.

mod allowlist;
mod inline_code;
#[cfg(not(target_arch = "wasm32"))]
mod native;
mod walk;

pub use inline_code::without_inline_code;
#[cfg(not(target_arch = "wasm32"))]
pub use native::sanitized_html;
pub use walk::sanitize_into;
