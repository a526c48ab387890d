//! The app's addresses. `links` builds and reads them (pure, tested natively);
//! `history` is the browser side: the current URL as state, the History API
//! and in-page click handling for embedded instances.

mod history;
mod language_folder;
mod links;

pub use history::{
    current_page, current_query_string, follow_in_page_link, go_in_page, is_plain_click, UrlQuery,
    NAVIGATE_EVENT,
};
pub use language_folder::{base_in_folder, language_folder, outside_folder};
pub use links::{is_path_segment, listing_path, query_value, with_query_param, Links, QueryKeys};
