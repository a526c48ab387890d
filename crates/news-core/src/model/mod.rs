//! The news data as the app understands it, parsed from JSON without trusting
//! it. Nothing here knows about the browser, the views or where the data
//! comes from.

mod article;
mod error;
pub mod feed;
mod fields;
mod filings;
mod html_text;
mod image;
mod language;
pub mod listing;
pub mod paging;
pub mod percent;
pub mod prerendered;
pub mod search;
mod search_index;
mod site;
mod timestamp;
pub mod wordpress;
pub mod writing;

pub use article::{
    is_language_tag, is_slug, newest_first, paragraphs, parse_api_page, parse_shard, ApiPage,
    Article, ArticleMeta, ArticleSummary, Body, NewsIndex, ShardRef, Translation,
};
pub use error::{DataError, Problem};
pub use filings::{Filings, OfficialAccount, PublicSecurityFiling, ICP_REGISTER};
pub use html_text::html_to_text;
pub use image::{is_image_address, is_web_address, Image, ImageSource};
pub use language::Lang;
pub use listing::ListingState;
pub use search_index::SearchIndex;
pub use site::{PhoneNumber, Site};
pub use timestamp::{CalendarDate, Timestamp};

#[cfg(test)]
mod test_support;
