//! Fetches the site file, the news index and articles from the static data folder.

use std::fmt;

use gloo_net::http::Request;

use crate::model::{parse_shard, Article, ArticleSummary, DataError, NewsIndex, SearchIndex, Site};

/// Where the JSON files live: a folder on this host or on another one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataSource {
    base_url: String,
}

impl DataSource {
    /// `base_url` may be relative (resolved against the page's base URL) or absolute.
    pub fn new(base_url: &str) -> Self {
        let trimmed = base_url.trim();
        let base_url = if trimmed.is_empty() || trimmed.ends_with('/') {
            trimmed.to_owned()
        } else {
            format!("{trimmed}/")
        };
        Self { base_url }
    }

    pub fn site_url(&self) -> String {
        format!("{}site.json", self.base_url)
    }

    pub fn index_url(&self) -> String {
        format!("{}news.json", self.base_url)
    }

    pub fn article_url(&self, id: &str) -> String {
        format!("{}articles/{id}.json", self.base_url)
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

/// Why loading failed, in the terms the page explains to a reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No answer at all: offline, DNS, refused connection or a CORS refusal.
    Unreachable { url: String, detail: String },
    /// The server answered with an error status.
    Status { url: String, status: u16 },
    /// The server answered, but the file is not what the format promises.
    Invalid(DataError),
}

impl LoadError {
    pub fn is_not_found(&self) -> bool {
        matches!(
            self,
            Self::Status {
                status: 404 | 410,
                ..
            }
        )
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreachable { url, detail } => write!(f, "could not fetch {url}: {detail}"),
            Self::Status { url, status } => write!(f, "{url} answered HTTP {status}"),
            Self::Invalid(error) => error.fmt(f),
        }
    }
}

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let unreachable = |error: gloo_net::Error| LoadError::Unreachable {
        url: url.to_owned(),
        detail: error.to_string(),
    };
    let response = Request::get(url).send().await.map_err(unreachable)?;
    if !response.ok() {
        return Err(LoadError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    response.text().await.map_err(unreachable)
}

async fn fetch_parsed<T>(
    url: String,
    parse: impl FnOnce(&str, &str) -> Result<T, DataError>,
) -> Result<T, LoadError> {
    let text = fetch_text(&url).await?;
    parse(&url, &text).map_err(LoadError::Invalid)
}

pub async fn load_site(url: String) -> Result<Site, LoadError> {
    fetch_parsed(url, Site::parse).await
}

pub async fn load_index(source: DataSource) -> Result<NewsIndex, LoadError> {
    fetch_parsed(source.index_url(), NewsIndex::parse).await
}

pub async fn load_shard(source: DataSource, url: String) -> Result<Vec<ArticleSummary>, LoadError> {
    fetch_parsed(source.resolve(&url), parse_shard).await
}

/// The search index the news index names; a small index without one is its own.
pub async fn load_search_index(
    source: DataSource,
    index: &NewsIndex,
) -> Result<SearchIndex, LoadError> {
    match &index.search_index {
        Some(url) => fetch_parsed(source.resolve(url), SearchIndex::parse).await,
        None => Ok(SearchIndex::from_summaries(index.items.clone())),
    }
}

pub async fn load_article(source: DataSource, id: String) -> Result<Article, LoadError> {
    let url = source.article_url(&id);
    let article = fetch_parsed(url.clone(), Article::parse).await?;
    if article.meta.id != id {
        return Err(LoadError::Invalid(DataError::new(
            &url,
            crate::model::Problem::InvalidValue {
                field: "id".into(),
                rule: "does not match the file name",
            },
        )));
    }
    Ok(article)
}
