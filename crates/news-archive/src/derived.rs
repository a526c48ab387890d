//! What is counted over the whole archive once, when the data folder is
//! written, rather than in every reader's browser: each article's reading
//! time and its related articles. `publish` counts them before it writes an
//! article file; `index` brings every article file up to date, hand-written
//! ones included, since a new article changes what is related to the others.

use news_core::model::{Article, ArticleMeta, Body};

use crate::reading_time::reading_minutes;
use crate::related::related_articles;

/// The article file's fields these counts fill in.
pub const COUNTED_FIELDS: [&str; 2] = ["reading_minutes", "related"];

/// Sets `reading_minutes` and `related` of every article, among `articles`:
/// expired notices have neither and are nobody's related article.
pub fn count_over_archive(articles: &mut [Article]) {
    let listed: Vec<&ArticleMeta> = articles
        .iter()
        .filter(|article| article.body != Body::Expired)
        .map(|article| &article.meta)
        .collect();
    let mut related = related_articles(&listed);
    for article in articles.iter_mut() {
        (article.reading_minutes, article.related) = match article.body {
            Body::Expired => (None, Vec::new()),
            _ => (
                Some(reading_minutes(&article.body.plain_text())),
                related.remove(&article.meta.id).unwrap_or_default(),
            ),
        };
    }
}
