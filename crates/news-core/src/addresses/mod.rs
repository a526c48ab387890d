//! The app's addresses, built and read without a browser: clean paths below a
//! base for the standalone site (`paths`, with the language folders of
//! `language_folder`), or one query parameter of the host page's URL for an
//! embedded instance (`links`).

mod language_folder;
mod links;
mod paths;

pub use language_folder::{base_in_folder, folder_of, language_folder, outside_folder};
pub use links::{is_path_segment, listing_path, query_value, with_query_param, Links, QueryKeys};
pub use paths::{article_path, own_article_path};
