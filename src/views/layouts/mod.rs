//! The three ways the news appears on a page; each picks views and addresses.

mod embedded;
mod latest;
mod standalone;

pub use embedded::EmbeddedSection;
pub use latest::{LatestBox, LatestHeadlines, LatestNews};
pub use standalone::StandaloneSite;
