use leptos::prelude::*;

use crate::state::use_app;

/// Keeps the browser tab's title in step with the view, e.g. "Article – Company".
pub fn follow_document_title(title: impl Fn() -> String + 'static) {
    if use_app().set_title {
        Effect::new(move |_| document().set_title(&title()));
    }
}
