use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

use crate::components::ContactFooter;
use crate::navigation::{provide_links, Links};
use crate::routes::{ArticlePage, NewsListing, NotFound};

/// The whole site on its own pages, with clean paths below `base`.
#[component]
pub fn StandaloneSite(base: String) -> impl IntoView {
    provide_links(Links::Paths { base: base.clone() });
    view! {
        <Router base>
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

#[component]
fn ArticleRoute() -> impl IntoView {
    let params = use_params_map();
    let id = Signal::derive(move || params.read().get("id").unwrap_or_default());
    view! { <ArticlePage id /> }
}
