//! What one instance shares across its views: its data (`news_data`), the
//! reader's language choice (`language`), and the single context every view
//! reads its settings, language and addresses from (`context`).

mod context;
mod language;
mod news_data;

pub use context::{use_app, use_lang, use_links, use_texts, use_url_query, AppContext};
pub use language::{browser_languages, remember, remembered_language, LanguageChoice};
pub use news_data::{ListingLoad, NewsData};
