//! After the reader follows a link inside the app, keyboard and screen-reader
//! focus moves to the new view's heading, as it would on a new page. The first
//! view of a page load takes no focus, so a host page keeps its own.

use leptos::html::H1;
use leptos::prelude::*;

use crate::state::use_app;

/// A view's heading, to be given `tabindex="-1"` and this node ref.
pub fn heading_taking_focus() -> NodeRef<H1> {
    let heading = NodeRef::<H1>::new();
    let shown = use_app().views_shown;
    let arrived_by_link = shown.get_value();
    shown.set_value(true);
    if arrived_by_link {
        Effect::new(move |_| {
            if let Some(heading) = heading.get() {
                // A view behind Suspense is built before it is inserted: focus it once it is in.
                request_animation_frame(move || {
                    let _ = heading.focus();
                });
            }
        });
    }
    heading
}
