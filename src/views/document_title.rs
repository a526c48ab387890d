use leptos::prelude::*;

/// Whether this instance may change `document.title`; a host page's title is its own.
#[derive(Clone, Copy)]
pub struct TitlePolicy {
    pub set_title: bool,
}

/// Keeps the browser tab's title in step with the view, e.g. "Article – Company".
pub fn follow_document_title(title: impl Fn() -> String + 'static) {
    let allowed = use_context::<TitlePolicy>().is_none_or(|policy| policy.set_title);
    if allowed {
        Effect::new(move |_| document().set_title(&title()));
    }
}
