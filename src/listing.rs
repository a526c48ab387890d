//! What one listing page shows, from the shards when browsing and from the
//! search index when searching or filtering by tag.

use crate::api::LoadError;
use crate::model::paging::{page_count, page_items, parse_page, PageProblem};
use crate::model::search::Query;
use crate::model::{ArticleSummary, Timestamp};
use crate::navigation::ListingState;
use crate::NewsData;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListingPage {
    pub items: Vec<ArticleSummary>,
    pub page: usize,
    pub page_count: usize,
    /// Articles in the whole listing (all pages), after filtering.
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListingError {
    Load(LoadError),
    Page(PageProblem),
}

impl From<LoadError> for ListingError {
    fn from(error: LoadError) -> Self {
        Self::Load(error)
    }
}

impl From<PageProblem> for ListingError {
    fn from(problem: PageProblem) -> Self {
        Self::Page(problem)
    }
}

pub async fn load_listing(
    data: NewsData,
    state: ListingState,
    page_size: usize,
) -> Result<ListingPage, ListingError> {
    let page = parse_page(state.page.as_deref())?;
    if !state.is_filtered() {
        let index = data.index.await?;
        let positions = page_items(page, page_size, index.total)?;
        return Ok(ListingPage {
            items: data.summaries(&index, positions).await?,
            page,
            page_count: page_count(index.total, page_size),
            total: index.total,
        });
    }
    let search = data.search_index().await?;
    let query = Query::parse(&state.query);
    let matches: Vec<&ArticleSummary> = search.search(&query, state.tag.as_deref()).collect();
    let positions = page_items(page, page_size, matches.len())?;
    Ok(ListingPage {
        items: matches[positions]
            .iter()
            .map(|&summary| summary.clone())
            .collect(),
        page,
        page_count: page_count(matches.len(), page_size),
        total: matches.len(),
    })
}

/// What the article view offers around an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Neighbours {
    pub newer: Option<ArticleSummary>,
    pub older: Option<ArticleSummary>,
    /// The latest articles other than this one.
    pub latest: Vec<ArticleSummary>,
}

pub const MORE_NEWS_COUNT: usize = 3;

/// Finds the article in the shard its date points to, then its neighbours,
/// fetching at most that shard and one next to it.
pub async fn load_neighbours(
    data: NewsData,
    id: String,
    published: Timestamp,
) -> Result<Neighbours, LoadError> {
    let index = data.index.await?;
    let latest = index
        .items
        .iter()
        .filter(|item| item.meta.id != id)
        .take(MORE_NEWS_COUNT)
        .cloned()
        .collect();
    let shard = index.shard_holding(&published);
    let offset: usize = index.shard_sizes().iter().take(shard).sum();
    let position = data
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
        Some(newer) => data.summaries(&index, newer..position).await?.pop(),
        None => None,
    };
    let older = data
        .summaries(&index, position + 1..position + 2)
        .await?
        .pop();
    Ok(Neighbours {
        newer,
        older,
        latest,
    })
}
