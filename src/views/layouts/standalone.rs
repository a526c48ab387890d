use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::{path, NavigateOptions};

use crate::state::UrlQuery;
use crate::state::{use_app, use_links, use_url_query};
use crate::views::components::{ContactFooter, SiteHeader};
use crate::views::routes::{ArticlePage, NewsListing, NotFound};
use news_core::model::ListingState;

/// The whole site on its own pages, with clean paths below `base`.
#[component]
pub fn StandaloneSite(base: String) -> impl IntoView {
    view! {
        <Router base>
            <RouterQuery />
            <DocumentLanguage />
            <SiteHeader />
            <main class="jn-main">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=ListingRoute />
                    <Route path=path!("/page/:page") view=ListingRoute />
                    <Route path=path!("/tag/:tag") view=ListingRoute />
                    <Route path=path!("/tag/:tag/page/:page") view=ListingRoute />
                    <Route path=path!("/archive/:year") view=ListingRoute />
                    <Route path=path!("/archive/:year/page/:page") view=ListingRoute />
                    <Route path=path!("/news/:id") view=ArticleRoute />
                </Routes>
            </main>
            <ContactFooter />
        </Router>
    }
}

/// Gives the views the router's query string and navigation.
#[component]
fn RouterQuery() -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    use_app().provide_with_url(UrlQuery {
        query_string: location.search.into(),
        here: Signal::derive(move || {
            let (path, search) = (location.pathname.get(), location.search.get());
            if search.is_empty() {
                path
            } else {
                format!("{path}?{search}")
            }
        }),
        navigate: Callback::new(move |(href, replace): (String, bool)| {
            let options = NavigateOptions {
                replace,
                scroll: !replace,
                ..NavigateOptions::default()
            };
            navigate(&href, options);
        }),
    });
}

/// The page is the news: its `<html lang>` follows the interface language.
#[component]
fn DocumentLanguage() -> impl IntoView {
    let lang = use_app().lang;
    Effect::new(move || {
        if let Some(root) = document().document_element() {
            // Only fails for an invalid attribute name, which this is not.
            let _ = root.set_attribute("lang", lang.get().tag());
        }
    });
}

/// The listing at `/`, `/page/<n>/`, `/tag/<tag>/`, `/archive/<year>/`, each
/// with its `page/<n>/`,
/// with the query naming what the path does not (the search, always).
#[component]
fn ListingRoute() -> impl IntoView {
    let params = use_params_map();
    let url = use_url_query();
    let keys = use_links().keys();
    let state = Memo::new(move |_| {
        let params = params.read();
        ListingState::from_path_and_query(
            params.get("page"),
            params.get("tag"),
            params.get("year"),
            &url.query_string.read(),
            &keys,
        )
    });
    view! { <NewsListing state /> }
}

#[component]
fn ArticleRoute() -> impl IntoView {
    let params = use_params_map();
    let id = Signal::derive(move || params.read().get("id").unwrap_or_default());
    view! { <ArticlePage id /> }
}
