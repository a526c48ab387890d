//! Our own static JSON files: a sharded index, a search index fetched on the
//! first search, and one file per article. Loaded piece by piece and kept
//! across navigations, so a large archive stays cheap.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use news_core::queries::{latest_except, search_page};

use super::{refetch_if_failed, ListingError, ListingPage, Neighbours};
use crate::sources::data_folder::{
    load_article, load_index, load_search_index, load_shard, DataFolderAddress,
};
use crate::sources::http::LoadError;
use news_core::model::listing::ListingLanguages;
use news_core::model::paging::{page_count, page_items, shards_for};
use news_core::model::ListingState;
use news_core::model::{
    is_slug, Article, ArticleSummary, NewsIndex, SearchIndex, ShardRef, Timestamp,
};

type Loaded<T> = LocalResource<Result<T, LoadError>>;

#[derive(Clone)]
pub struct StaticFiles {
    source: DataFolderAddress,
    /// Created on first use: a prerendered page's first view needs no index.
    index: StoredValue<Option<Loaded<NewsIndex>>>,
    /// Older shards already fetched, by URL.
    shards: StoredValue<HashMap<String, Arc<Vec<ArticleSummary>>>>,
    /// Created on the first search, so readers who never search never download it.
    search: StoredValue<Option<Loaded<Arc<SearchIndex>>>>,
    owner: Owner,
}

impl StaticFiles {
    pub fn new(source: DataFolderAddress) -> Self {
        Self {
            source,
            index: StoredValue::new(None),
            shards: StoredValue::new(HashMap::new()),
            search: StoredValue::new(None),
            owner: Owner::current().unwrap_or_default(),
        }
    }

    /// The summaries at `positions` of the whole archive (newest first).
    async fn summaries(
        &self,
        index: &NewsIndex,
        positions: Range<usize>,
    ) -> Result<Vec<ArticleSummary>, LoadError> {
        let mut summaries = Vec::with_capacity(positions.len());
        for (shard, within) in shards_for(positions, &index.shard_sizes()) {
            match shard
                .checked_sub(1)
                .and_then(|older| index.shards.get(older))
            {
                None => summaries.extend_from_slice(&index.items[within]),
                Some(older) => summaries.extend_from_slice(&self.shard(older).await?[within]),
            }
        }
        Ok(summaries)
    }

    /// The summaries of shard `number` (0 is the one inside the index).
    async fn shard_items(
        &self,
        index: &NewsIndex,
        number: usize,
    ) -> Result<Arc<Vec<ArticleSummary>>, LoadError> {
        match number
            .checked_sub(1)
            .and_then(|older| index.shards.get(older))
        {
            None => Ok(Arc::new(index.items.clone())),
            Some(older) => self.shard(older).await,
        }
    }

    async fn shard(&self, shard: &ShardRef) -> Result<Arc<Vec<ArticleSummary>>, LoadError> {
        if let Some(cached) = self
            .shards
            .with_value(|shards| shards.get(&shard.url).cloned())
        {
            return Ok(cached);
        }
        let loaded = Arc::new(load_shard(self.source.clone(), shard.clone()).await?);
        self.shards
            .update_value(|shards| drop(shards.insert(shard.url.clone(), loaded.clone())));
        Ok(loaded)
    }

    /// The news index, fetched on first use and kept.
    fn index(&self) -> Loaded<NewsIndex> {
        if let Some(index) = self.index.get_value() {
            return index;
        }
        let source = self.source.clone();
        let index = self
            .owner
            .with(|| LocalResource::new(move || load_index(source.clone())));
        self.index.set_value(Some(index));
        index
    }

    /// The search index, fetched on first use and shared by every later search.
    async fn search_index(&self) -> Result<Arc<SearchIndex>, LoadError> {
        let search = match self.search.get_value() {
            Some(search) => search,
            None => {
                let source = self.source.clone();
                let index = self.index();
                let search = self.owner.with(|| {
                    LocalResource::new(move || {
                        let source = source.clone();
                        async move {
                            let index = index.await?;
                            load_search_index(source, &index).await.map(Arc::new)
                        }
                    })
                });
                self.search.set_value(Some(search));
                search
            }
        };
        search.await
    }

    /// After a failure: refetch what failed, so that Retry really fetches again.
    pub fn forget_failures(&self) {
        if let Some(index) = self.index.get_value() {
            refetch_if_failed(&index);
        }
        let failed_search = self
            .search
            .get_value()
            .is_some_and(|search| matches!(search.get_untracked(), Some(Err(_))));
        if failed_search {
            self.search.set_value(None);
        }
    }

    pub async fn listing(
        &self,
        state: &ListingState,
        (page, page_size): (usize, usize),
        readers: ListingLanguages,
    ) -> Result<ListingPage, ListingError> {
        // A search or filter reads the search index alone; so does the whole
        // listing of an archive with translated pairs, which it lists once each.
        let whole = match state.is_filtered() {
            true => None,
            false => Some(self.index().await?).filter(|index| !index.translated),
        };
        if let Some(index) = whole {
            let positions = page_items(page, page_size, index.total)?;
            return Ok(ListingPage {
                items: self.summaries(&index, positions).await?,
                page,
                page_count: page_count(index.total, page_size),
                total: index.total,
                skipped: 0,
                years: Vec::new(),
            });
        }
        let search = self.search_index().await?;
        Ok(search_page(&search, state, (page, page_size), 0, readers)?)
    }

    /// `Ok(None)` when there is no such article. An id the index rules out
    /// needs no request; the index also overrules a server that answers any
    /// path with a page (as development servers do).
    pub async fn article(&self, id: String) -> Result<Option<Article>, LoadError> {
        let ruled_out = |index: &Result<NewsIndex, LoadError>| matches!(index, Ok(index) if index.lists(&id) == Some(false));
        // The index loads alongside the article.
        let index = self.index();
        if !is_slug(&id) || index.map(ruled_out) == Some(true) {
            return Ok(None);
        }
        let loaded = match load_article(self.source.clone(), id.clone()).await {
            Err(error) if error.is_not_found() => return Ok(None),
            loaded => loaded,
        };
        if ruled_out(&index.await) {
            return Ok(None);
        }
        loaded.map(Some)
    }

    /// Finds the article in the shard its date points to, then its neighbours,
    /// fetching at most that shard and one next to it.
    pub async fn neighbours(
        &self,
        id: String,
        published: Timestamp,
    ) -> Result<Neighbours, LoadError> {
        let index = self.index().await?;
        let latest = latest_except(&index.items, &id);
        let shard = index.shard_holding(&published);
        let offset: usize = index.shard_sizes().iter().take(shard).sum();
        let position = self
            .shard_items(&index, shard)
            .await?
            .iter()
            .position(|item| item.meta.id == id)
            .map(|position| offset + position);
        let Some(position) = position else {
            return Ok(Neighbours {
                latest,
                ..Neighbours::default()
            });
        };
        let newer = match position.checked_sub(1) {
            Some(newer) => self.summaries(&index, newer..position).await?.pop(),
            None => None,
        };
        let older = self
            .summaries(&index, position + 1..position + 2)
            .await?
            .pop();
        Ok(Neighbours {
            newer,
            older,
            latest,
        })
    }
}
