//! The news section of the Ningbo Jointlink website: a listing, article pages
//! and a contact footer, rendered in the browser from static JSON files or an API.
//!
//! Dependencies point one way: `views` → `state` → `sources` → `model`.
//! - `host`: the page the news lives in: mounting, `data-` settings, last resort.
//! - `views`: layouts, one component per view, shared components, the sanitiser.
//! - `state`: what one instance shares across its views.
//! - `sources`: where articles come from, with their HTTP transport.
//! - `model`: the data, parsed and validated; nothing of the browser.
//! - `addresses`: building and reading URLs, and the browser's history.
//! - `i18n`: every interface string in English and Simplified Chinese.

pub mod addresses;
pub mod host;
pub mod i18n;
pub mod model;
pub mod sources;
pub mod state;
pub mod views;

use leptos::prelude::*;

use crate::host::settings::{Layout, Settings};
use crate::model::prerendered::Prerendered;
use crate::state::AppContext;
use crate::views::layouts::{EmbeddedSection, LatestNews, StandaloneSite};

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
