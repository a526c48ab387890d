//! The news section of the Ningbo Jointlink website: a listing, article pages
//! and a contact footer, rendered in the browser from static JSON files or an API.
//!
//! Dependencies point one way: `host` → `views` → `state` → `sources` → the
//! core crate (`news_core`: the data, addresses, texts and queries, nothing of
//! the browser). `tests/layering.rs` checks it.
//! - `host`: the page the news lives in: mounting, last resort.
//! - `views`: layouts, one component per view, shared components, the sanitiser's walk.
//! - `state`: what one instance shares across its views: settings, data,
//!   language, the browser's address.
//! - `sources`: where articles come from, with their HTTP transport.

pub mod host;
pub mod sources;
pub mod state;
pub mod views;

use leptos::prelude::*;

use crate::state::settings::{Layout, Settings};
use crate::state::AppContext;
use crate::views::layouts::{EmbeddedSection, LatestNews, StandaloneSite};
use news_core::model::prerendered::Prerendered;

/// One instance of the news: its own data, language and layout; `prerendered`
/// is what the page already shows, when the build rendered it, and
/// `prerendered_body` the sanitised article body in it.
#[component]
pub fn App(
    settings: Settings,
    #[prop(default = None)] prerendered: Option<Prerendered>,
    #[prop(default = None)] prerendered_body: Option<web_sys::Element>,
) -> impl IntoView {
    let app = AppContext::new(&settings, prerendered, prerendered_body);
    let lang = app.lang;
    app.language.follow_the_reader();
    provide_context(app);
    let layout = match settings.layout {
        Layout::Standalone { base, .. } => view! { <StandaloneSite base /> }.into_any(),
        Layout::Embedded { query_param } => view! { <EmbeddedSection query_param /> }.into_any(),
        Layout::Latest {
            count,
            full_url,
            query_param,
            images,
        } => view! { <LatestNews count full_url query_param images /> }.into_any(),
    };
    view! {
        <div class="jn" lang=move || lang.get().tag()>
            {layout}
        </div>
    }
}
