//! Feed HTML's allowlist (`allowlist`): what the browser's walk in the app and
//! the build-time backend (`native`, feature `native`: ammonia) both keep.
//! `inline_code` defuses inline styles and handlers before the browser parses
//! markup, for a strict CSP.

pub mod allowlist;
mod inline_code;
#[cfg(feature = "native")]
mod native;

pub use inline_code::without_inline_code;
#[cfg(feature = "native")]
pub use native::sanitized_html;
