//! The news data as the app understands it, parsed from JSON without trusting it.

mod article;
mod error;
mod fields;
pub mod paging;
pub mod search;
mod search_index;
mod site;
mod timestamp;

pub use article::{
    is_slug, newest_first, paragraphs, parse_shard, Article, ArticleMeta, ArticleSummary, Body,
    NewsIndex, ShardRef,
};
pub use error::{DataError, Problem};
pub use search_index::SearchIndex;
pub use site::{PhoneNumber, Site};
pub use timestamp::{CalendarDate, Timestamp};

#[cfg(test)]
mod tests;
