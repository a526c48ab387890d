//! The one context of an instance: provided by `App` (and by each layout once
//! it knows the URL), read through `use_app`. A view mounted without it is a
//! programming error, and `use_app` says so by name.

use leptos::prelude::*;
use web_sys::Element;

use super::{LanguageChoice, NewsData};
use news_core::addresses::Links;

use super::history::{current_page, UrlQuery};
use crate::sources::http::Http;
use crate::sources::Source;
use crate::state::settings::{Layout, Settings};
use news_core::i18n::Texts;
use news_core::model::prerendered::{Prerendered, PrerenderedView};
use news_core::model::{is_web_address, Lang, Site};

#[derive(Clone)]
pub struct AppContext {
    pub data: NewsData,
    /// The interface language: the reader's choice, else the site file's, or
    /// the page's until the site file loads.
    pub lang: Signal<Lang>,
    pub language: LanguageChoice,
    /// Whether this instance may change `document.title`; a host page's title is its own.
    pub set_title: bool,
    /// Articles per listing page.
    pub page_size: usize,
    pub links: Links,
    /// Where pictures named by a path are (see `Settings::image_base`).
    pub image_base: Option<String>,
    /// Where the standalone site's feeds are (its base, outside any language
    /// folder, ending in `/`), on a page the build prerendered from a site
    /// file with a published address: only then did it write them.
    pub feeds: Option<String>,
    /// The current URL's query and a way to change it, once the layout has set it.
    pub url: Option<UrlQuery>,
    /// Whether this instance has shown a view yet: focus moves only on later ones.
    pub views_shown: StoredValue<bool>,
    /// The sanitised body of the article a prerendered page arrived with, by
    /// its id: that article's first view takes these nodes over.
    prerendered_body: StoredValue<Option<(String, Element)>, LocalStorage>,
}

impl AppContext {
    /// `prerendered`: what the page already shows, when the build rendered it,
    /// and `prerendered_body` its article body's element, if it has one.
    pub fn new(
        settings: &Settings,
        prerendered: Option<Prerendered>,
        prerendered_body: Option<Element>,
    ) -> Self {
        let prerendered_body = match (&prerendered, prerendered_body) {
            (
                Some(Prerendered {
                    view: PrerenderedView::Article { article, .. },
                    ..
                }),
                Some(body),
            ) => Some((article.meta.id.clone(), body)),
            _ => None,
        };
        let feeds = prerendered
            .as_ref()
            .and_then(|prerendered| feeds_folder(settings, &prerendered.site));
        let http = Http {
            timeout_seconds: settings.timeout_seconds,
        };
        let source = Source::new(settings.source, &settings.source_url, http);
        let data = NewsData::new(settings.site_url.clone(), http, source, prerendered);
        let site = data.site;
        let initial_lang = settings.initial_lang;
        let language = LanguageChoice::new(settings.chosen_lang, settings.lang_fixed);
        let lang = Signal::derive(move || {
            language.chosen().unwrap_or_else(|| {
                site.map(|site| site.as_ref().map(|site| site.language).ok())
                    .flatten()
                    .unwrap_or(initial_lang)
            })
        });
        let links = match &settings.layout {
            Layout::Standalone { base, folder } => Links::Paths {
                base: base.clone(),
                folder: *folder,
            },
            Layout::Embedded { query_param } | Layout::Latest { query_param, .. } => Links::Query {
                param: query_param.clone(),
                here: current_page,
            },
        };
        Self {
            data,
            lang,
            language,
            set_title: settings.set_title,
            page_size: settings.page_size,
            links,
            image_base: settings.image_base.clone(),
            feeds,
            url: None,
            views_shown: StoredValue::new(false),
            prerendered_body: StoredValue::new_local(prerendered_body),
        }
    }

    /// Where a picture the data names is: an http(s) address as it is, a path
    /// in the data folder below it; without a data folder (other sources),
    /// nowhere.
    pub fn picture_address(&self, url: &str) -> Option<String> {
        if is_web_address(url) {
            Some(url.to_owned())
        } else {
            self.image_base.as_ref().map(|base| format!("{base}{url}"))
        }
    }

    /// The prerendered body of article `id`, once: later views sanitise their own.
    pub fn take_prerendered_body(&self, id: &str) -> Option<Element> {
        self.prerendered_body
            .try_update_value(|slot| match slot {
                Some((shown, _)) if shown == id => slot.take().map(|(_, body)| body),
                _ => None,
            })
            .flatten()
    }

    /// Provides this context, with the URL the layout reads, to the views below.
    pub fn provide_with_url(self, url: UrlQuery) {
        provide_context(Self {
            url: Some(url),
            ..self
        });
    }
}

/// Where the build wrote the feeds of a standalone site whose site file is `site`.
pub fn feeds_folder(settings: &Settings, site: &Site) -> Option<String> {
    let Layout::Standalone { base, folder } = &settings.layout else {
        return None;
    };
    let base = match folder {
        Some(_) => base.rsplit_once('/').map_or("", |(outer, _)| outer),
        None => base,
    };
    site.base_url.as_ref().map(|_| format!("{base}/"))
}

pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

pub fn use_lang() -> Signal<Lang> {
    use_app().lang
}

pub fn use_texts() -> impl Fn() -> &'static Texts + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || lang.get().texts()
}

pub fn use_links() -> Links {
    use_app().links
}

/// The URL state the layout provides; every view below a layout has it.
pub fn use_url_query() -> UrlQuery {
    use_app()
        .url
        .unwrap_or_else(|| panic!("jointlink-news: a view that reads the URL is outside a layout"))
}
