//! The static data folder over HTTP: where it is, and loading its files.

use news_core::data_folder::layout::{article_file, INDEX_FILE};
use news_core::model::{
    parse_shard, Article, ArticleSummary, NewsIndex, SearchIndex, ShardRef, Site,
};

use crate::sources::http::{Http, LoadError};

/// Where the JSON files are: a folder on this host or on another one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataFolderAddress {
    base_url: String,
    http: Http,
}

impl DataFolderAddress {
    /// `base_url` may be relative (resolved against the page's base URL) or absolute.
    pub fn new(base_url: &str, http: Http) -> Self {
        let trimmed = base_url.trim();
        let base_url = if trimmed.is_empty() || trimmed.ends_with('/') {
            trimmed.to_owned()
        } else {
            format!("{trimmed}/")
        };
        Self { base_url, http }
    }

    pub fn index_url(&self) -> String {
        format!("{}{INDEX_FILE}", self.base_url)
    }

    pub fn article_url(&self, id: &str) -> String {
        format!("{}{}", self.base_url, article_file(id))
    }

    /// A URL from the index (a shard, the search index), relative to the data folder.
    pub fn resolve(&self, url: &str) -> String {
        if url.starts_with('/') || url.contains("://") {
            url.to_owned()
        } else {
            format!("{}{url}", self.base_url)
        }
    }
}

pub async fn load_site(http: Http, url: String) -> Result<Site, LoadError> {
    http.get_parsed(&url, &[], Site::parse).await
}

pub async fn load_index(source: DataFolderAddress) -> Result<NewsIndex, LoadError> {
    source
        .http
        .get_parsed(&source.index_url(), &[], NewsIndex::parse)
        .await
}

/// A shard as the index names it, checked against what the index says of it.
pub async fn load_shard(
    source: DataFolderAddress,
    shard: ShardRef,
) -> Result<Vec<ArticleSummary>, LoadError> {
    let url = source.resolve(&shard.url);
    let items = source.http.get_parsed(&url, &[], parse_shard).await?;
    shard.check(&url, &items).map_err(LoadError::Invalid)?;
    Ok(items)
}

/// The search index the news index names; a small index without one is its own.
pub async fn load_search_index(
    source: DataFolderAddress,
    index: &NewsIndex,
) -> Result<SearchIndex, LoadError> {
    match &index.search_index {
        Some(url) => {
            source
                .http
                .get_parsed(&source.resolve(url), &[], SearchIndex::parse)
                .await
        }
        None => Ok(SearchIndex::from_summaries(index.items.clone())),
    }
}

pub async fn load_article(source: DataFolderAddress, id: String) -> Result<Article, LoadError> {
    let url = source.article_url(&id);
    // Parsed as the REST source parses articles, so both share one copy of the loading code.
    let article = source.http.get_parsed(&url, &[], Article::parse).await?;
    article
        .check_file_id(&url, &id)
        .map_err(LoadError::Invalid)?;
    Ok(article)
}
