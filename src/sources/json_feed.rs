//! Any JSON Feed: its pages are followed through `next_url` and kept, and the
//! app pages, searches and filters them itself, since a feed cannot.

use std::sync::Arc;

use leptos::logging;
use leptos::prelude::*;

use super::{refetch_if_failed, warn_skipped, ListingError, ListingPage, Neighbours};
use crate::sources::http::{Http, LoadError};
use news_core::model::feed::{merge_pages, parse_feed_page};
use news_core::model::listing::ListingLanguages;
use news_core::model::ListingState;
use news_core::model::{Article, SearchIndex, Timestamp};
use news_core::queries::{latest_except, same_id, search_page, MORE_NEWS_COUNT};

/// A feed longer than this many pages is cut, so a looping feed cannot hang the page.
const MAX_PAGES: usize = 50;

struct FeedItems {
    articles: Vec<Article>,
    search: SearchIndex,
    skipped: usize,
}

#[derive(Clone)]
pub struct JsonFeed {
    items: LocalResource<Result<Arc<FeedItems>, LoadError>>,
}

impl JsonFeed {
    pub fn new(url: String, http: Http) -> Self {
        Self {
            items: LocalResource::new(move || load_all_pages(url.clone(), http)),
        }
    }

    pub async fn listing(
        &self,
        state: &ListingState,
        (page, page_size): (usize, usize),
        readers: ListingLanguages,
    ) -> Result<ListingPage, ListingError> {
        let items = self.items.await?;
        Ok(search_page(
            &items.search,
            state,
            (page, page_size),
            items.skipped,
            readers,
        )?)
    }

    pub async fn article(&self, id: String) -> Result<Option<Article>, LoadError> {
        let items = self.items.await?;
        Ok(items
            .articles
            .iter()
            .find(|article| same_id(&id, &article.meta.id))
            .cloned())
    }

    pub async fn neighbours(
        &self,
        id: String,
        _published: Timestamp,
    ) -> Result<Neighbours, LoadError> {
        let items = self.items.await?;
        let articles = &items.articles;
        let position = articles
            .iter()
            .position(|article| same_id(&id, &article.meta.id));
        Ok(Neighbours {
            newer: position
                .and_then(|position| position.checked_sub(1))
                .and_then(|newer| articles.get(newer))
                .map(Article::summary),
            older: position
                .and_then(|position| articles.get(position + 1))
                .map(Article::summary),
            latest: latest_except(
                &articles
                    .iter()
                    .take(MORE_NEWS_COUNT + 1)
                    .map(Article::summary)
                    .collect::<Vec<_>>(),
                &id,
            ),
        })
    }

    pub fn forget_failures(&self) {
        refetch_if_failed(&self.items);
    }
}

async fn load_all_pages(first: String, http: Http) -> Result<Arc<FeedItems>, LoadError> {
    let mut pages = Vec::new();
    let mut skipped = 0;
    // Relative `next_url`s resolve against the page that names them, so that
    // page needs an absolute address even when the setting is relative.
    let mut next = Some(against_document(&first));
    let mut visited = Vec::new();
    while let Some(url) = next.take() {
        if visited.contains(&url) || visited.len() == MAX_PAGES {
            logging::warn!("jointlink-news: stopped following the feed at {url}");
            break;
        }
        let page = http.get_parsed(&url, &[], parse_feed_page).await?;
        warn_skipped(&url, &page.skipped);
        skipped += page.skipped.len();
        pages.push(page.articles);
        next = page.next_url.and_then(|next| resolve(&next, &url));
        visited.push(url);
    }
    let articles = merge_pages(pages);
    let summaries = articles.iter().map(Article::summary).collect();
    Ok(Arc::new(FeedItems {
        search: SearchIndex::from_summaries(summaries),
        articles,
        skipped,
    }))
}

/// `next_url` may be relative to the page that names it.
fn resolve(url: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(url, base)
        .ok()
        .map(|url| url.href())
}

fn against_document(url: &str) -> String {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .and_then(|base| resolve(url, &base))
        .unwrap_or_else(|| url.to_owned())
}
