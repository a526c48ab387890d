use leptos::prelude::*;

use crate::state::use_links;
use crate::state::use_texts;
use news_core::i18n::Texts;
use news_core::model::paging::{page_links, PageLink};
use news_core::model::ListingState;

/// Numbered page links with previous and next; the current page is marked.
#[component]
pub fn Pager(page: usize, page_count: usize, state: ListingState) -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let href = move |page: usize| links.listing_with(&state.on_page(page));
    let previous = (page > 1).then(|| step(href(page - 1), "prev", |t| t.previous_page));
    let next = (page < page_count).then(|| step(href(page + 1), "next", |t| t.next_page));
    let numbers = page_links(page, page_count)
        .into_iter()
        .map(|link| match link {
            PageLink::Gap => {
                view! { <li class="jn-page-gap" aria-hidden="true">"…"</li> }.into_any()
            }
            PageLink::Page(number) => {
                let current = number == page;
                view! {
                    <li>
                        <a
                            class="jn-page"
                            class:jn-page-current=current
                            href=href(number)
                            aria-current=current.then_some("page")
                        >
                            {number}
                        </a>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    (page_count > 1).then(|| {
        view! {
            <nav class="jn-pager" aria-label=move || texts().pages_label>
                <p class="jn-page-status">{move || (texts().page_of)(page, page_count)}</p>
                <ul class="jn-pages">{previous} {numbers} {next}</ul>
            </nav>
        }
    })
}

/// A "previous" or "next" link.
fn step(href: String, rel: &'static str, label: fn(&Texts) -> &'static str) -> impl IntoView {
    let texts = use_texts();
    view! {
        <li>
            <a class="jn-page jn-page-step" href=href rel=rel>
                {move || label(texts())}
            </a>
        </li>
    }
}
