//! Where articles come from. `source` has the enum of the four kinds, which
//! answer the same questions (a listing page, an article, its neighbours) so
//! that views never know which is behind them: `static_files` (our JSON
//! files, read through `data_folder`), `rest_api`, `json_feed` and
//! `wordpress`. `shared` holds what they have in common; `http` is their
//! transport.

mod data_folder;
pub mod http;
mod json_feed;
mod rest_api;
mod shared;
mod source;
mod static_files;
mod wordpress;

pub use data_folder::load_site;
pub use json_feed::JsonFeed;
pub use rest_api::RestApi;
pub use shared::refetch_if_failed;
pub use source::{ListingError, ListingPage, Neighbours, Source, SourceKind};
pub use static_files::StaticFiles;
pub use wordpress::WordPress;

use shared::{id_mismatch, latest_others, warn_skipped};
