use leptos::prelude::*;

/// Keeps the browser tab's title in step with the view, e.g. "Article – Company".
pub fn follow_document_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| document().set_title(&title()));
}
