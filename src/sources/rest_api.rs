//! Our REST contract (docs/api.openapi.yaml): the server pages, searches and
//! filters; the app asks for exactly the page it shows.

use super::{id_mismatch, latest_others, warn_skipped, ListingError, ListingPage, Neighbours};
use crate::sources::http::{Http, LoadError};
use news_core::model::paging::{page_count, PageProblem};
use news_core::model::percent::encode_component;
use news_core::model::{parse_api_page, Article, Timestamp};
use news_core::model::{Lang, ListingState};
use news_core::queries::MORE_NEWS_COUNT;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestApi {
    base: String,
    http: Http,
}

impl RestApi {
    pub fn new(base: String, http: Http) -> Self {
        Self { base, http }
    }

    /// `interface`: the reader's language, in which the server lists a translated pair.
    pub async fn listing(
        &self,
        state: &ListingState,
        (page, page_size): (usize, usize),
        interface: Lang,
    ) -> Result<ListingPage, ListingError> {
        let address = format!("{}/articles", self.base);
        let mut parameters = vec![
            ("page", page.to_string()),
            ("per_page", page_size.to_string()),
        ];
        let search = state.search_text.trim();
        if !search.is_empty() {
            parameters.push(("q", search.to_owned()));
        }
        if let Some(tag) = &state.tag {
            parameters.push(("tag", tag.clone()));
        }
        // One version per translated pair: the server picks the reader's.
        match state.language {
            Some(language) => parameters.push(("language", language.tag().to_owned())),
            None => parameters.push(("lang", interface.tag().to_owned())),
        }
        let fetched = self.http.get(&address, &parameters).await?;
        let url = fetched.url;
        let answer = parse_api_page(&url, &fetched.body).map_err(LoadError::Invalid)?;
        let pages = page_count(answer.total, page_size);
        if page > pages {
            return Err(PageProblem::OutOfRange { page_count: pages }.into());
        }
        warn_skipped(&url, &answer.skipped);
        Ok(ListingPage {
            skipped: answer.skipped.len(),
            items: answer.items,
            page,
            page_count: pages,
            total: answer.total,
            years: Vec::new(),
        })
    }

    pub async fn article(&self, id: String) -> Result<Option<Article>, LoadError> {
        let url = format!("{}/articles/{}", self.base, encode_component(&id));
        match self.http.get_parsed(&url, &[], Article::parse).await {
            Err(error) if error.is_not_found() => Ok(None),
            Ok(article) if article.meta.id != id => Err(id_mismatch(&url)),
            loaded => loaded.map(Some),
        }
    }

    /// The contract has no neighbour links; the latest articles are one request.
    pub async fn neighbours(
        &self,
        id: String,
        _published: Timestamp,
    ) -> Result<Neighbours, LoadError> {
        let first_page = self
            .listing(
                &ListingState::default(),
                (1, MORE_NEWS_COUNT + 1),
                Lang::default(),
            )
            .await;
        latest_others(first_page, &id)
    }

    /// Nothing is kept between requests, so there is nothing to forget.
    pub fn forget_failures(&self) {}
}
