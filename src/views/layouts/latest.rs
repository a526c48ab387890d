use leptos::prelude::*;

use news_core::addresses::with_query_param;

use crate::sources::ListingError;
use crate::state::follow_in_page_link;
use crate::state::use_app;
use crate::state::use_texts;
use crate::views::components::{LoadFailure, Loading, Picture, PictureRole, PublishedDate};
use news_core::model::ArticleSummary;
use news_core::model::ListingState;

/// A compact box of the newest headlines, each linking to the full news section.
#[component]
pub fn LatestNews(
    count: usize,
    full_url: String,
    query_param: String,
    images: bool,
) -> impl IntoView {
    let app = use_app();
    let data = app.data;
    let newest = data.listing(Signal::stored(ListingState::default()), app.lang, count);
    let retry = Callback::new(move |()| {
        data.forget_failures();
        newest.refetch();
    });
    let link_to = StoredValue::new((full_url.clone(), query_param.clone()));
    view! {
        <LatestBox full_url query_param>
            <Suspense fallback=|| view! { <Loading message=|t| t.loading_news /> }>
                {move || Suspend::new(async move {
                    match newest.await.page {
                        Ok(newest) => view! { <LatestHeadlines newest=newest.items link_to images /> }
                            .into_any(),
                        Err(ListingError::Load(error)) => view! {
                            <LoadFailure what_failed=|t| t.news_failed_heading error on_retry=retry />
                        }
                        .into_any(),
                        Err(ListingError::Page(_)) => ().into_any(),
                    }
                })}
            </Suspense>
        </LatestBox>
    }
}

/// The box around the headlines: its heading, and the link to all the news.
#[component]
pub fn LatestBox(full_url: String, query_param: String, children: Children) -> impl IntoView {
    let texts = use_texts();
    let all_news = with_query_param(&full_url, &query_param, None);
    view! {
        <section
            class="jn-latest"
            aria-label=move || texts().latest_heading
            on:click=follow_in_page_link
        >
            <h2 class="jn-latest-heading">{move || texts().latest_heading}</h2>
            {children()}
            <p class="jn-latest-more">
                <a href=all_news>{move || texts().all_news}</a>
            </p>
        </section>
    }
}

/// The newest headlines, each linking to its article in the full section.
/// `link_to`: the full section's page and its query parameter.
#[component]
pub fn LatestHeadlines(
    newest: Vec<ArticleSummary>,
    link_to: StoredValue<(String, String)>,
    images: bool,
) -> impl IntoView {
    let headline = move |summary: ArticleSummary| {
        let href = link_to.with_value(|(full_url, param)| {
            with_query_param(full_url, param, Some(&summary.meta.id))
        });
        let picture = summary
            .meta
            .image
            .filter(|_| images)
            .map(|image| view! { <Picture image role=PictureRole::Thumbnail /> });
        view! {
            <li class="jn-latest-item" lang=summary.meta.language>
                {picture}
                <a href=href>{summary.meta.title}</a>
                <PublishedDate timestamp=summary.meta.published />
            </li>
        }
    };
    view! { <ul class="jn-latest-list">{newest.into_iter().map(headline).collect_view()}</ul> }
}
