use leptos::prelude::*;

use crate::components::{LoadFailure, Loading, PublishedDate};
use crate::language::use_texts;
use crate::navigation::{follow_in_page_link, with_query_param};
use crate::NewsData;

/// A compact box of the newest headlines, each linking to the full news section.
#[component]
pub fn LatestNews(count: usize, full_url: String, query_param: String) -> impl IntoView {
    let index = expect_context::<NewsData>().index;
    let texts = use_texts();
    let all_news = with_query_param(&full_url, &query_param, None);
    let headlines = move || {
        let full_url = full_url.clone();
        let query_param = query_param.clone();
        Suspend::new(async move {
            match index.await {
                Ok(index) => view! {
                    <ul class="jn-latest-list">
                        {index
                            .items
                            .into_iter()
                            .take(count)
                            .map(|summary| {
                                let href = with_query_param(
                                    &full_url,
                                    &query_param,
                                    Some(&summary.meta.id),
                                );
                                view! {
                                    <li class="jn-latest-item" lang=summary.meta.language>
                                        <a href=href>{summary.meta.title}</a>
                                        <PublishedDate timestamp=summary.meta.published />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
                Err(error) => view! {
                    <LoadFailure
                        what_failed=|t| t.news_failed_heading
                        error
                        on_retry=Callback::new(move |()| index.refetch())
                    />
                }
                .into_any(),
            }
        })
    };
    view! {
        <section
            class="jn-latest"
            aria-label=move || texts().latest_heading
            on:click=follow_in_page_link
        >
            <h2 class="jn-latest-heading">{move || texts().latest_heading}</h2>
            <Suspense fallback=|| view! { <Loading message=|t| t.loading_news /> }>
                {headlines}
            </Suspense>
            <p class="jn-latest-more">
                <a href=all_news>{move || texts().all_news}</a>
            </p>
        </section>
    }
}
