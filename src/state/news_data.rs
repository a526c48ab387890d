//! The data one instance shares across its views: the site file, and the
//! article source chosen by configuration.

use std::sync::Arc;

use leptos::prelude::*;

use crate::sources::http::{Http, LoadError};
use crate::sources::load_site;
use crate::sources::{refetch_if_failed, ListingError, ListingPage, Neighbours, Source};
use news_core::i18n::document_title;
use news_core::model::listing::ListingLanguages;
use news_core::model::prerendered::{Prerendered, PrerenderedView};
use news_core::model::ListingState;
use news_core::model::{Article, Lang, Site, Timestamp};

/// A listing page, with the listing state it answers.
#[derive(Clone)]
pub struct ListingLoad {
    pub state: ListingState,
    pub page: Result<ListingPage, ListingError>,
}

#[derive(Clone)]
pub struct NewsData {
    pub site: LocalResource<Result<Site, LoadError>>,
    source: Source,
    /// What a prerendered page already shows: its view is answered from here
    /// at once, so the first render matches the page instead of loading.
    prerendered: Option<Arc<PrerenderedView>>,
    /// The interface language the prerendered page was rendered in.
    prerendered_lang: Option<Lang>,
}

impl NewsData {
    pub fn new(
        site_url: String,
        http: Http,
        source: Source,
        prerendered: Option<Prerendered>,
    ) -> Self {
        let (prerendered_site, prerendered_lang, prerendered) = match prerendered {
            Some(Prerendered {
                site,
                interface,
                view,
            }) => (Some(site), interface, Some(Arc::new(view))),
            None => (None, None, None),
        };
        let site = LocalResource::new(move || {
            let (prerendered_site, site_url) = (prerendered_site.clone(), site_url.clone());
            async move {
                match prerendered_site {
                    Some(site) => Ok(site),
                    None => load_site(http, site_url).await,
                }
            }
        });
        Self {
            site,
            source,
            prerendered,
            prerendered_lang,
        }
    }

    /// "<view> – <company>", or just the view's name until the site file is in.
    pub fn page_title(&self, view_title: &str) -> String {
        let company = self
            .site
            .map(|site| site.as_ref().map(|site| site.company.clone()).ok())
            .flatten();
        match company {
            Some(company) => document_title(view_title, &company),
            None => view_title.to_owned(),
        }
    }

    /// Whether the listing can show a year's articles (see `Source::lists_by_year`).
    pub fn lists_by_year(&self) -> bool {
        self.source.lists_by_year()
    }

    /// A listing that follows `state`, read in `interface` (a translated pair
    /// lists its version in that language). The page travels with the state
    /// it answers, so a view never describes one search with another's results.
    /// Every listing on the page shares this one resource type, and its code.
    pub fn listing(
        &self,
        state: Signal<ListingState>,
        interface: Signal<Lang>,
        page_size: usize,
    ) -> LocalResource<ListingLoad> {
        let this = self.clone();
        LocalResource::new(move || {
            let (this, state, interface) = (this.clone(), state.get(), interface.get());
            async move {
                let page = match this.prerendered_listing(&state, interface) {
                    Some(page) => Ok(page),
                    None => {
                        let readers = this.readers(&state, interface).await;
                        this.source.listing(state.clone(), page_size, readers).await
                    }
                };
                ListingLoad { page, state }
            }
        })
    }

    /// The listing the page arrived with, if it shows `state` in `interface`.
    fn prerendered_listing(&self, state: &ListingState, interface: Lang) -> Option<ListingPage> {
        match self.prerendered.as_deref() {
            Some(PrerenderedView::Listing { state: shown, page })
                if shown == state && self.prerendered_lang == Some(interface) =>
            {
                Some(page.clone())
            }
            _ => None,
        }
    }

    /// Articles that name no language are in the site's. Only a language
    /// filter waits for the site file to know it; otherwise the site file, if
    /// it is in yet, or the interface's stands in.
    async fn readers(&self, state: &ListingState, interface: Lang) -> ListingLanguages {
        let unlabeled = match state.language {
            Some(_) => self.site.await.ok().map(|site| site.language),
            None => self
                .site
                .get_untracked()
                .and_then(Result::ok)
                .map(|site| site.language),
        };
        ListingLanguages {
            interface,
            site: unlabeled.unwrap_or(interface),
        }
    }

    pub async fn article(&self, id: String) -> Result<Option<Article>, LoadError> {
        match self.prerendered_article(&id) {
            Some((article, _)) => Ok(Some(article.clone())),
            None => self.source.article(id).await,
        }
    }

    pub async fn neighbours(
        &self,
        id: String,
        published: Timestamp,
    ) -> Result<Neighbours, LoadError> {
        match self.prerendered_article(&id) {
            Some((_, neighbours)) => Ok(neighbours.clone()),
            None => self.source.neighbours(id, published).await,
        }
    }

    fn prerendered_article(&self, id: &str) -> Option<(&Article, &Neighbours)> {
        match self.prerendered.as_deref() {
            Some(PrerenderedView::Article {
                article,
                neighbours,
            }) if article.meta.id == id => Some((article, neighbours)),
            _ => None,
        }
    }

    /// After a failure: refetch what failed, so that Retry really fetches again.
    pub fn forget_failures(&self) {
        refetch_if_failed(&self.site);
        self.source.forget_failures();
    }
}
