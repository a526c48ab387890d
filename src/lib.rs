//! The news section of the Ningbo Jointlink website: a listing, article pages
//! and a contact footer, rendered in the browser from static JSON files.

pub mod archive;
pub mod components;
mod data_folder;
mod document_title;
mod focus;
pub mod http;
pub mod i18n;
pub mod language;
mod last_resort;
mod layouts;
pub mod model;
pub mod mount;
pub mod navigation;
mod news_data;
pub mod routes;
pub mod sanitize;
pub mod settings;
mod sources;

use leptos::prelude::*;

use crate::document_title::TitlePolicy;
use crate::http::Http;
use crate::language::provide_lang;
use crate::layouts::{EmbeddedSection, LatestNews, StandaloneSite};
pub use crate::news_data::NewsData;
use crate::settings::{Layout, PageSize, Settings};
use crate::sources::Source;

/// One instance of the news: its own data, language and layout.
#[component]
pub fn App(settings: Settings) -> impl IntoView {
    let http = Http {
        timeout_seconds: settings.timeout_seconds,
    };
    let source = Source::new(settings.source, &settings.data_url, http);
    let data = NewsData::new(settings.site_url.clone(), http, source);
    let site = data.site;
    let initial_lang = settings.initial_lang;
    let lang = Signal::derive(move || {
        site.map(|site| site.as_ref().map(|site| site.language).ok())
            .flatten()
            .unwrap_or(initial_lang)
    });
    provide_lang(lang);
    provide_context(data);
    provide_context(TitlePolicy {
        set_title: settings.set_title,
    });
    provide_context(PageSize(settings.page_size));
    focus::provide_views_shown();
    let layout = match settings.layout {
        Layout::Standalone { base } => view! { <StandaloneSite base /> }.into_any(),
        Layout::Embedded { query_param } => view! { <EmbeddedSection query_param /> }.into_any(),
        Layout::Latest {
            count,
            full_url,
            query_param,
        } => view! { <LatestNews count full_url query_param /> }.into_any(),
    };
    view! {
        <div class="jn" lang=move || lang.get().tag()>
            {layout}
        </div>
    }
}
