//! The app's addresses, built and read without a browser: clean paths below a
//! base for the standalone site (`paths`, with the language folders of
//! `language_folder`), or one query parameter of the host page's URL for an
//! embedded instance (`links`).

mod language_folder;
mod links;
mod paths;
mod stand_in;

pub use language_folder::{base_in_folder, folder_of, language_folder, outside_folder};
pub use links::{
    breadcrumb_tag, is_path_segment, listing_path, query_value, with_query_param, Links, QueryKeys,
};
pub use paths::{article_path, canonical_article_address, own_article_path};
pub use stand_in::{
    stand_in_host, KEPT_VALUE, STAND_IN_DATA_FOLDER, STAND_IN_HOST_PATH, STAND_IN_PARAM,
};
