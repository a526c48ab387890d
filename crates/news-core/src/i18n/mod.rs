//! The interface in English and Simplified Chinese: every string and date
//! format. Views read the current language from the app context.

mod texts;

pub use texts::{document_title, Texts};
