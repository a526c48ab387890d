//! Every rule of the Jointlink news written once, shared by the app (in the
//! browser and when the prerender renders its views) and the `news-archive`
//! tool. Nothing here knows of the browser or of Leptos.
//!
//! - `model`: the data, parsed from every format without trusting it.
//! - `queries`: the listing's pages, a search, "more news".
//! - `addresses`: building and reading the app's URLs and language folders.
//! - `i18n`: every interface string in English and Simplified Chinese.
//! - `sanitize`: the allowlist for feed HTML, and (feature `native`) its
//!   build-time backend.
//! - `data_folder`: the static data folder's file names, its index files, and
//!   (feature `native`) reading it from disk.

pub mod addresses;
pub mod data_folder;
pub mod i18n;
pub mod model;
pub mod queries;
pub mod sanitize;
