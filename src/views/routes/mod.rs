//! One component per view the router can show.

mod article_page;
mod news_listing;
mod not_found;

pub use article_page::{AroundArticle, ArticlePage, ArticleView};
pub use news_listing::{ListingResults, ListingSection, NewsListing};
pub use not_found::{NotFound, NotFoundMessage};
