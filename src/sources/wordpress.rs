//! A WordPress site's REST API. WordPress pages, searches and filters by tag
//! itself; totals come from the X-WP-Total and X-WP-TotalPages headers. Works
//! with pretty permalinks (`https://site`) or without (`https://site/?rest_route=`).

use leptos::logging;

use super::{latest_others, warn_skipped, ListingError, ListingPage, Neighbours};
use crate::sources::http::{Http, LoadError};
use news_core::model::listing::ListingLanguages;
use news_core::model::paging::{page_count, page_items, PageProblem};
use news_core::model::wordpress::{
    find_tag_id, language_query, language_tags, linked, parse_posts, translations_of, Post,
};
use news_core::model::ListingState;
use news_core::model::{Article, Lang, Timestamp, Translation};
use news_core::queries::{same_id, MORE_NEWS_COUNT};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordPress {
    site: String,
    http: Http,
}

impl WordPress {
    pub fn new(site: String, http: Http) -> Self {
        Self { site, http }
    }

    /// The address of `/wp/v2/<route>` in the site's URL style.
    fn endpoint(&self, route: &str) -> String {
        if self.site.contains("rest_route=") {
            format!("{}/wp/v2/{route}", self.site)
        } else {
            format!("{}/wp-json/wp/v2/{route}", self.site)
        }
    }

    /// A post's language is its `lang:` tag's, or the site's without one.
    pub async fn listing(
        &self,
        state: &ListingState,
        (page, page_size): (usize, usize),
        readers: ListingLanguages,
    ) -> Result<ListingPage, ListingError> {
        let mut parameters = vec![
            ("page", page.to_string()),
            ("per_page", page_size.min(100).to_string()),
            ("_embed", "1".to_owned()),
        ];
        let search = state.search_text.trim();
        if !search.is_empty() {
            parameters.push(("search", search.to_owned()));
        }
        let tag_id = match &state.tag {
            Some(tag) => match self.tag_id(tag).await? {
                Some(id) => Some(id),
                None => return Ok(empty_listing(page, page_size)?),
            },
            None => None,
        };
        match state.language {
            Some(wanted) => {
                let tags = self.language_tags().await?;
                match language_query(&tags, wanted, readers.site, tag_id) {
                    Some(query) => parameters.extend(query),
                    None => return Ok(empty_listing(page, page_size)?),
                }
            }
            None => parameters.extend(tag_id.map(|id| ("tags", id.to_string()))),
        }
        let address = self.endpoint("posts");
        let fetched = match self.http.get(&address, &parameters).await {
            Err(LoadError::Status {
                status: 400,
                detail,
                ..
            }) if detail
                .as_deref()
                .is_some_and(|detail| detail.contains("rest_post_invalid_page_number")) =>
            {
                return Err(PageProblem::OutOfRange { page_count: 0 }.into())
            }
            fetched => fetched?,
        };
        let (items, skipped) =
            parse_posts(&fetched.url, &fetched.body).map_err(LoadError::Invalid)?;
        warn_skipped(&fetched.url, &skipped);
        let total = fetched.header_number("X-WP-Total").unwrap_or(items.len());
        Ok(ListingPage {
            // Versions on the same page link to each other.
            items: linked(items)
                .into_iter()
                .map(Article::into_summary)
                .collect(),
            page,
            page_count: fetched
                .header_number("X-WP-TotalPages")
                .unwrap_or_else(|| page_count(total, page_size)),
            total,
            skipped: skipped.len(),
            years: Vec::new(),
        })
    }

    /// Tags are filtered by id; the reader's links carry the tag's name.
    async fn tag_id(&self, name: &str) -> Result<Option<u64>, LoadError> {
        let address = self.endpoint("tags");
        let parameters = [("search", name.to_owned()), ("per_page", "100".to_owned())];
        let fetched = self.http.get(&address, &parameters).await?;
        find_tag_id(&fetched.url, &fetched.body, name).map_err(LoadError::Invalid)
    }

    /// The site's `lang:` tags, for a language filter.
    async fn language_tags(&self) -> Result<Vec<(u64, Lang)>, LoadError> {
        let address = self.endpoint("tags");
        let parameters = [
            ("search", "lang:".to_owned()),
            ("per_page", "100".to_owned()),
        ];
        let fetched = self.http.get(&address, &parameters).await?;
        language_tags(&fetched.url, &fetched.body).map_err(LoadError::Invalid)
    }

    pub async fn article(&self, slug: String) -> Result<Option<Article>, LoadError> {
        let address = self.endpoint("posts");
        let parameters = [("slug", slug.clone()), ("_embed", "1".to_owned())];
        let fetched = self.http.get(&address, &parameters).await?;
        let (posts, _) = parse_posts(&fetched.url, &fetched.body).map_err(LoadError::Invalid)?;
        let Some(post) = posts
            .into_iter()
            .find(|post| same_id(&slug, &post.article.meta.id))
        else {
            return Ok(None);
        };
        let translations = self.versions_of(&post).await;
        let mut article = post.article;
        article.meta.translations = translations;
        Ok(Some(article))
    }

    /// The other versions of `post`: the posts that share its pair tag. They
    /// are extra links, so a failure to load them leaves the article without.
    async fn versions_of(&self, post: &Post) -> Vec<Translation> {
        let Some(pair) = post.pair_tag else {
            return Vec::new();
        };
        let address = self.endpoint("posts");
        let parameters = [("tags", pair.to_string()), ("_embed", "1".to_owned())];
        let versions = match self.http.get(&address, &parameters).await {
            Ok(fetched) => parse_posts(&fetched.url, &fetched.body).map_err(LoadError::Invalid),
            Err(error) => Err(error),
        };
        match versions {
            Ok((versions, _)) => translations_of(post, &versions),
            Err(error) => {
                logging::warn!(
                    "jointlink-news: the article's other languages could not be loaded: {error}"
                );
                Vec::new()
            }
        }
    }

    pub async fn neighbours(
        &self,
        slug: String,
        _published: Timestamp,
    ) -> Result<Neighbours, LoadError> {
        let first_page = self
            .listing(
                &ListingState::default(),
                (1, MORE_NEWS_COUNT + 1),
                ListingLanguages::default(),
            )
            .await;
        latest_others(first_page, &slug)
    }

    /// Nothing is kept between requests, so there is nothing to forget.
    pub fn forget_failures(&self) {}
}

/// A tag the site does not have lists nothing: page 1 is empty, later pages do not exist.
fn empty_listing(page: usize, page_size: usize) -> Result<ListingPage, PageProblem> {
    page_items(page, page_size, 0)?;
    Ok(ListingPage {
        items: Vec::new(),
        page,
        page_count: 1,
        total: 0,
        skipped: 0,
        years: Vec::new(),
    })
}
