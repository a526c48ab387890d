use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::{path, NavigateOptions};

use crate::addresses::UrlQuery;
use crate::state::use_app;
use crate::views::components::ContactFooter;
use crate::views::routes::{ArticlePage, NewsListing, NotFound};

/// The whole site on its own pages, with clean paths below `base`.
#[component]
pub fn StandaloneSite(base: String) -> impl IntoView {
    view! {
        <Router base>
            <RouterQuery />
            <main class="jn-main">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=NewsListing />
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

#[component]
fn ArticleRoute() -> impl IntoView {
    let params = use_params_map();
    let id = Signal::derive(move || params.read().get("id").unwrap_or_default());
    view! { <ArticlePage id /> }
}
