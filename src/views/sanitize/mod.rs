//! Feed HTML, made safe in the browser by the allowlist of the core crate
//! (`news_core::sanitize`). The browser parses the markup into an inert
//! document (no scripts run, nothing loads); then a walk copies into the page
//! only allowed elements with allowed attributes, and the text of everything
//! else that may be shown. Nothing from the feed is ever assigned to `innerHTML`.
//!
//! `walk` copies the parsed document; `attributes` the attributes it allows.

mod attributes;
mod walk;

pub use walk::sanitize_into;
