use leptos::prelude::*;

use crate::sources::{ListingError, ListingPage};
use crate::state::use_links;
use crate::state::use_texts;
use crate::state::{use_app, ListingLoad};
use crate::views::components::{
    ArticleLink, Breadcrumbs, LanguageFilter, LoadFailure, Loading, NewsListItem, Pager, SearchForm,
};
use crate::views::document_title::follow_document_title;
use crate::views::focus::heading_taking_focus;
use news_core::addresses::listing_path;
use news_core::i18n::Texts;
use news_core::model::paging::PageProblem;
use news_core::model::{ArticleMeta, CalendarDate, ListingState};

/// The archive: one page of articles, newest first, optionally searched or
/// filtered by tag; all of it described by `state`, which the layout reads from the URL.
#[component]
pub fn NewsListing(#[prop(into)] state: Signal<ListingState>) -> impl IntoView {
    let app = use_app();
    let data = app.data;
    let listing = data.listing(state, app.lang, app.page_size);
    let texts = use_texts();
    follow_document_title({
        let data = data.clone();
        move || data.page_title(&texts().listing_title(&state.read()))
    });
    let retry = Callback::new(move |()| {
        data.forget_failures();
        listing.refetch();
    });

    view! {
        <ListingSection state>
            <Transition fallback=|| view! { <Loading message=|t| t.loading_news /> }>
                {move || Suspend::new(async move {
                    view! { <ListingOutcome load=listing.await retry /> }
                })}
            </Transition>
        </ListingSection>
    }
}

/// The listing's heading, search form, language and tag filters, above
/// `children`: its results.
#[component]
pub fn ListingSection(state: Signal<ListingState>, children: Children) -> impl IntoView {
    let texts = use_texts();
    view! {
        <section class="jn-listing">
            {move || {
                state
                    .read()
                    .tag
                    .clone()
                    .map(|tag| view! { <Breadcrumbs tag=Some(tag) current=None /> })
            }}
            <h1 class="jn-heading" tabindex="-1" node_ref=heading_taking_focus()>
                {move || texts().news_heading}
            </h1>
            <SearchForm state />
            <LanguageFilter state />
            <ActiveTag state />
            {children()}
        </section>
    }
}

/// What a listing load came to: its results, a failure with Retry, or no such page.
#[component]
pub fn ListingOutcome(load: ListingLoad, retry: Callback<()>) -> impl IntoView {
    let ListingLoad { state, page } = load;
    match page {
        Ok(page) => view! { <ListingResults page state /> }.into_any(),
        Err(ListingError::Load(error)) => {
            let what_failed: fn(&Texts) -> &'static str = if state.is_filtered() {
                |t| t.search_failed
            } else {
                |t| t.news_failed_heading
            };
            view! { <LoadFailure what_failed error on_retry=retry /> }.into_any()
        }
        Err(ListingError::Page(problem)) => view! { <NoSuchPage problem state /> }.into_any(),
    }
}

#[component]
pub fn ListingResults(page: ListingPage, state: ListingState) -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let query = state.search_text.trim().to_owned();
    let summary_line = match (&query, &state.tag) {
        (query, _) if !query.is_empty() => {
            let query = query.clone();
            let total = page.total;
            Some(view! { <p class="jn-result-count" role="status">{move || (texts().matches)(total, &query)}</p> }.into_any())
        }
        (_, Some(tag)) => {
            let tag = tag.clone();
            let total = page.total;
            Some(view! { <p class="jn-result-count" role="status">{move || (texts().tag_count)(total, &tag)}</p> }.into_any())
        }
        _ => None,
    };
    if page.items.is_empty() {
        let empty: fn(&Texts) -> &'static str = if state.is_filtered() {
            |t| t.no_matches
        } else {
            |t| t.news_empty
        };
        let back = state.is_filtered().then(|| {
            view! {
                <p>
                    <a href=links.listing()>{move || texts().show_all_news}</a>
                </p>
            }
        });
        return view! {
            <p class="jn-empty" role="status">{move || empty(texts())}</p>
            {back}
        }
        .into_any();
    }
    if let Some(year) = state.year.clone() {
        return view! { <YearArchive page state year /> }.into_any();
    }
    let skipped = (page.skipped > 0).then(|| {
        let count = page.skipped;
        view! { <p class="jn-skipped" role="status">{move || (texts().skipped_items)(count)}</p> }
    });
    // The top picture is the one the reader sees first: it loads at once.
    let first_picture = page.items.iter().position(|item| item.meta.image.is_some());
    // From the whole listing, the archive of the year the reader has reached.
    let by_year = page
        .items
        .first()
        .filter(|_| !state.is_filtered() && use_app().data.lists_by_year())
        .map(|newest| {
            let href = links.listing_with(&ListingState {
                year: Some(newest.meta.published.year_text().to_owned()),
                ..ListingState::default()
            });
            view! {
                <p class="jn-by-year">
                    <a href=href>{move || texts().by_year}</a>
                </p>
            }
        });
    view! {
        {summary_line}
        {skipped}
        <ul class="jn-list">
            {page
                .items
                .into_iter()
                .enumerate()
                .map(|(position, summary)| {
                    view! { <NewsListItem summary first=Some(position) == first_picture /> }
                })
                .collect_view()}
        </ul>
        <Pager page=page.page page_count=page.page_count state />
        {by_year}
    }
    .into_any()
}

/// A year's articles by month, titles only, with links to the other years.
#[component]
fn YearArchive(page: ListingPage, state: ListingState, year: String) -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let lang = use_app().lang;
    let years = page
        .years
        .into_iter()
        .map(|other| {
            let current = other == year;
            let href = links.listing_with(&ListingState {
                year: Some(other.clone()),
                ..ListingState::default()
            });
            view! {
                <li>
                    <a href=href aria-current=current.then_some("page")>
                        {other}
                    </a>
                </li>
            }
        })
        .collect_view();
    let mut months: Vec<(CalendarDate, Vec<ArticleMeta>)> = Vec::new();
    for summary in page.items {
        let date = summary.meta.published.date();
        match months.last_mut() {
            Some((month, items)) if month.month == date.month => items.push(summary.meta),
            _ => months.push((date, vec![summary.meta])),
        }
    }
    let months = months
        .into_iter()
        .map(|(date, items)| {
            view! {
                <section class="jn-month">
                    <h2 class="jn-month-heading">{move || lang.get().format_month(date)}</h2>
                    <ul class="jn-archive-list">
                        {items.into_iter().map(|meta| view! { <ArticleLink meta /> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <nav class="jn-years" aria-label=move || texts().years_label>
            <ul>{years}</ul>
        </nav>
        {months}
        <Pager page=page.page page_count=page.page_count state />
    }
}

/// The active tag filter, with a way to drop it (keeping the search), and
/// the tag's own feed where the build wrote one.
#[component]
fn ActiveTag(state: Signal<ListingState>) -> impl IntoView {
    let texts = use_texts();
    let links = StoredValue::new(use_links());
    let feeds = StoredValue::new(use_app().feeds);
    move || {
        let state = state.get();
        state.tag.clone().map(|tag| {
            let feed = feeds.get_value().and_then(|folder| {
                let path = listing_path(&ListingState {
                    tag: Some(tag.clone()),
                    ..ListingState::default()
                })?;
                Some(format!("{folder}{path}feed.xml"))
            });
            let without_tag = links.read_value().listing_with(&ListingState {
                page: None,
                tag: None,
                ..state
            });
            view! {
                <p class="jn-active-tag">
                    {move || texts().tagged}
                    " "
                    <strong class="jn-tag">{tag}</strong>
                    " "
                    <a href=without_tag>{move || texts().clear_tag}</a>
                    {feed
                        .map(|feed| {
                            view! {
                                " · "
                                <a href=feed type="application/atom+xml">
                                    {move || texts().tag_feed}
                                </a>
                            }
                        })}
                </p>
            }
        })
    }
}

#[component]
fn NoSuchPage(problem: PageProblem, state: ListingState) -> impl IntoView {
    let texts = use_texts();
    let first_page = use_links().listing_with(&state.on_page(1));
    let explanation: fn(&Texts) -> &'static str = match problem {
        PageProblem::NotANumber => |t| t.page_not_a_number,
        PageProblem::OutOfRange { .. } => |t| t.page_out_of_range,
    };
    view! {
        <div class="jn-failure" role="alert">
            <p class="jn-failure-what">{move || explanation(texts())}</p>
            <p>
                <a href=first_page>{move || texts().first_page}</a>
            </p>
        </div>
    }
}
