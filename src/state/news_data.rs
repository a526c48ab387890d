//! The data one instance shares across its views: the site file, and the
//! article source chosen by configuration.

use leptos::prelude::*;

use crate::model::ListingState;
use crate::model::{Article, Site, Timestamp};
use crate::sources::http::{Http, LoadError};
use crate::sources::load_site;
use crate::sources::{refetch_if_failed, ListingError, ListingPage, Neighbours, Source};

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
}

impl NewsData {
    pub fn new(site_url: String, http: Http, source: Source) -> Self {
        let site = LocalResource::new(move || load_site(http, site_url.clone()));
        Self { site, source }
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

    /// A listing that follows `state`. The page travels with the state it
    /// answers, so a view never describes one search with another's results.
    /// Every listing on the page shares this one resource type, and its code.
    pub fn listing(
        &self,
        state: Signal<ListingState>,
        page_size: usize,
    ) -> LocalResource<ListingLoad> {
        let source = self.source.clone();
        LocalResource::new(move || {
            let (source, state) = (source.clone(), state.get());
            async move {
                ListingLoad {
                    page: source.listing(state.clone(), page_size).await,
                    state,
                }
            }
        })
    }

    pub async fn article(&self, id: String) -> Result<Option<Article>, LoadError> {
        self.source.article(id).await
    }

    pub async fn neighbours(
        &self,
        id: String,
        published: Timestamp,
    ) -> Result<Neighbours, LoadError> {
        self.source.neighbours(id, published).await
    }

    /// After a failure: refetch what failed, so that Retry really fetches again.
    pub fn forget_failures(&self) {
        refetch_if_failed(&self.site);
        self.source.forget_failures();
    }
}
