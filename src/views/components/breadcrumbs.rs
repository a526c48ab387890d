use leptos::prelude::*;

use crate::state::{use_links, use_texts};

/// Where the reader is: the news, then `tag`, then the page itself (the
/// article `current`, or the tag's own page), which is not a link.
#[component]
pub fn Breadcrumbs(tag: Option<String>, current: Option<String>) -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let (tag_crumb, current) = match (tag, current) {
        (Some(tag), Some(title)) => (Some((links.tag(&tag), tag)), Some(title)),
        (tag, title) => (None, title.or(tag)),
    };
    let current = current.map(|current| view! { <li aria-current="page">{current}</li> });
    view! {
        <nav class="jn-breadcrumbs" aria-label=move || texts().breadcrumbs_label>
            <ol>
                <li>
                    <a href=links.listing()>{move || texts().news_heading}</a>
                </li>
                {tag_crumb
                    .map(|(href, tag)| {
                        view! {
                            <li>
                                <a href=href>{tag}</a>
                            </li>
                        }
                    })}
                {current}
            </ol>
        </nav>
    }
}
