//! The interface in English and Simplified Chinese: every string and date
//! format (`texts`), and the current language as reactive context (`context`).

mod context;
mod texts;

pub use context::{provide_lang, use_lang, use_texts};
pub use texts::Texts;
