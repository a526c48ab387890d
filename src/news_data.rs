//! The data one instance shares across its views: loaded once, kept across
//! navigations, fetched piece by piece so a large archive stays cheap.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use crate::api::{load_index, load_search_index, load_shard, load_site, DataSource, LoadError};
use crate::model::paging::shards_for;
use crate::model::{ArticleSummary, NewsIndex, SearchIndex, ShardRef, Site};

type Loaded<T> = LocalResource<Result<T, LoadError>>;

#[derive(Clone)]
pub struct NewsData {
    pub source: DataSource,
    pub site: Loaded<Site>,
    pub index: Loaded<NewsIndex>,
    /// Older shards already fetched, by URL.
    shards: StoredValue<HashMap<String, Arc<Vec<ArticleSummary>>>>,
    /// Created on the first search, so readers who never search never download it.
    search: StoredValue<Option<Loaded<Arc<SearchIndex>>>>,
    owner: Owner,
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
            shards: StoredValue::new(HashMap::new()),
            search: StoredValue::new(None),
            owner: Owner::current().unwrap_or_default(),
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

    /// The summaries at `positions` of the whole archive (newest first).
    pub async fn summaries(
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
    pub async fn shard_items(
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
        let loaded = Arc::new(load_shard(self.source.clone(), shard.url.clone()).await?);
        self.shards
            .update_value(|shards| drop(shards.insert(shard.url.clone(), loaded.clone())));
        Ok(loaded)
    }

    /// The search index, fetched on first use and shared by every later search.
    pub async fn search_index(&self) -> Result<Arc<SearchIndex>, LoadError> {
        let search = match self.search.get_value() {
            Some(search) => search,
            None => {
                let source = self.source.clone();
                let index = self.index;
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
        if matches!(self.index.get_untracked(), Some(Err(_))) {
            self.index.refetch();
        }
        let failed_search = self
            .search
            .get_value()
            .is_some_and(|search| matches!(search.get_untracked(), Some(Err(_))));
        if failed_search {
            self.search.set_value(None);
        }
    }
}
