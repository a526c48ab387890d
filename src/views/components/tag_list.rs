use leptos::prelude::*;

use crate::state::use_links;
use crate::state::use_texts;

/// An article's tags, each a link to the listing filtered by it.
#[component]
pub fn TagList(tags: Vec<String>) -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    (!tags.is_empty()).then(|| {
        let items = tags
            .into_iter()
            .map(|tag| {
                let href = links.tag(&tag);
                view! {
                    <li>
                        <a class="jn-tag" href=href>
                            {tag}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="jn-tags" aria-label=move || texts().tags_label>
                {items}
            </ul>
        }
    })
}
