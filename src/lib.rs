//! The news section of the Ningbo Jointlink website: a listing, article pages
//! and a contact footer, rendered in the browser from static JSON files.

pub mod api;
pub mod components;
mod document_title;
mod html_text;
pub mod i18n;
pub mod language;
mod layouts;
pub mod model;
pub mod mount;
pub mod navigation;
pub mod routes;
pub mod settings;

use leptos::prelude::*;

use crate::api::{load_index, load_site, DataSource, LoadError};
use crate::document_title::TitlePolicy;
use crate::language::provide_lang;
use crate::layouts::{EmbeddedSection, LatestNews, StandaloneSite};
use crate::model::{NewsIndex, Site};
use crate::settings::{Layout, Settings};

/// The data every view shares, loaded once per app and kept across navigations.
#[derive(Clone)]
pub struct NewsData {
    pub source: DataSource,
    pub site: LocalResource<Result<Site, LoadError>>,
    pub index: LocalResource<Result<NewsIndex, LoadError>>,
}

impl NewsData {
    pub fn new(source: DataSource) -> Self {
        let site = LocalResource::new({
            let source = source.clone();
            move || load_site(source.clone())
        });
        let index = LocalResource::new({
            let source = source.clone();
            move || load_index(source.clone())
        });
        Self {
            source,
            site,
            index,
        }
    }

    /// "<view> – <company>", or just the view's name until the site file is in.
    pub fn page_title(&self, view_title: &str) -> String {
        let company = self
            .site
            .map(|site| site.as_ref().map(|site| site.company.clone()).ok())
            .flatten();
        match company {
            Some(company) => format!("{view_title} – {company}"),
            None => view_title.to_owned(),
        }
    }
}

/// One instance of the news: its own data, language and layout.
#[component]
pub fn App(settings: Settings) -> impl IntoView {
    let data = NewsData::new(DataSource::new(&settings.data_url));
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
