//! What one instance shares across its views: its settings from the page
//! (`settings`), its data (`news_data`), the reader's language choice
//! (`language`), the browser's address and history (`history`), and the single
//! context every view reads its settings, language and addresses from
//! (`context`).

mod context;
mod history;
mod language;
mod news_data;
pub mod settings;

pub use context::{
    feeds_folder, use_app, use_lang, use_links, use_texts, use_url_query, AppContext,
};
pub use history::{
    current_page, current_query_string, follow_in_page_link, go_in_page, is_plain_click, UrlQuery,
    NAVIGATE_EVENT,
};
pub use language::{browser_languages, remember, remembered_language, LanguageChoice};
pub use news_data::{ListingLoad, NewsData};
