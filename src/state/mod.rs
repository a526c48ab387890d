//! What one instance shares across its views: its data (`news_data`) and
//! the single context every view reads its settings, language and addresses
//! from (`context`).

mod context;
mod news_data;

pub use context::{use_app, use_lang, use_links, use_texts, use_url_query, AppContext};
pub use news_data::{ListingLoad, NewsData};
