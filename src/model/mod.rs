//! The news data as the app understands it, parsed from JSON without trusting it.

mod article;
mod error;
mod fields;
mod site;
mod timestamp;

pub use article::{is_slug, paragraphs, Article, ArticleMeta, ArticleSummary, Body, NewsIndex};
pub use error::{DataError, Problem};
pub use site::{PhoneNumber, Site};
pub use timestamp::{CalendarDate, Timestamp};

#[cfg(test)]
mod tests;
