use leptos::prelude::*;

use crate::components::{LoadFailure, Loading, NewsListItem};
use crate::document_title::follow_document_title;
use crate::language::use_texts;
use crate::NewsData;

/// The site root: every article in the index, newest first.
#[component]
pub fn NewsListing() -> impl IntoView {
    let data = expect_context::<NewsData>();
    let index = data.index;
    let texts = use_texts();
    follow_document_title(move || data.page_title(texts().news_heading));
    view! {
        <section class="jn-listing">
            <h1 class="jn-heading">{move || texts().news_heading}</h1>
            <Suspense fallback=|| view! { <Loading message=|t| t.loading_news /> }>
                {move || Suspend::new(async move {
                    match index.await {
                        Ok(index) if index.items.is_empty() => {
                            view! { <p class="jn-empty">{move || texts().news_empty}</p> }.into_any()
                        }
                        Ok(index) => {
                            view! {
                                <ul class="jn-list">
                                    {index
                                        .items
                                        .into_iter()
                                        .map(|summary| view! { <NewsListItem summary /> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }
                        Err(error) => {
                            view! {
                                <LoadFailure
                                    what_failed=|t| t.news_failed_heading
                                    error
                                    on_retry=Callback::new(move |()| index.refetch())
                                />
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </section>
    }
}
