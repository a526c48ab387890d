//! Where articles come from. `source` has the enum of the four kinds, which
//! answer the same questions (a listing page, an article, its neighbours) so
//! that views never know which is behind them: `static_files` (our JSON
//! files, read through `data_folder`), `rest_api`, `json_feed` and
//! `wordpress`. `shared` holds what they have in common; `http` is their
//! transport. Each source but the static files is a cargo feature (`api`,
//! `json-feed`, `wordpress`; `every-source` is all three).

mod data_folder;
pub mod http;
#[cfg(feature = "json-feed")]
mod json_feed;
#[cfg(feature = "api")]
mod rest_api;
mod shared;
mod source;
mod static_files;
#[cfg(feature = "wordpress")]
mod wordpress;

pub use data_folder::load_site;
#[cfg(feature = "json-feed")]
pub use json_feed::JsonFeed;
#[cfg(feature = "api")]
pub use rest_api::RestApi;
pub use shared::refetch_if_failed;
pub use source::{ListingError, ListingPage, Neighbours, Source, SourceKind};
pub use static_files::StaticFiles;
#[cfg(feature = "wordpress")]
pub use wordpress::WordPress;

#[cfg(feature = "api")]
use shared::id_mismatch;
#[cfg(any(feature = "api", feature = "wordpress"))]
use shared::latest_others;
#[cfg(any(feature = "api", feature = "json-feed", feature = "wordpress"))]
use shared::warn_skipped;
