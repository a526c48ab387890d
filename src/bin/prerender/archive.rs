//! The data folder as the build reads it: the whole index, newest first, and
//! each article when its page is rendered, so memory holds summaries only.

use std::fs;
use std::path::{Path, PathBuf};

use jointlink_news::model::{parse_shard, Article, ArticleSummary, NewsIndex};

pub struct DataFolder {
    pub path: PathBuf,
}

impl DataFolder {
    pub fn read_text(&self, name: &str) -> Result<String, String> {
        let path = self.path.join(name);
        fs::read_to_string(&path).map_err(|error| format!("{}: {error}", path.display()))
    }

    /// Every summary of the archive, newest first, from the index and its shards.
    pub fn summaries(&self) -> Result<Vec<ArticleSummary>, String> {
        let index = NewsIndex::parse("news.json", &self.read_text("news.json")?)
            .map_err(|error| error.to_string())?;
        let mut summaries = index.items;
        for shard in &index.shards {
            let items = parse_shard(&shard.url, &self.read_text(&shard.url)?)
                .and_then(|items| shard.check(&shard.url, &items).map(|()| items))
                .map_err(|error| error.to_string())?;
            summaries.extend(items);
        }
        Ok(summaries)
    }

    pub fn article(&self, id: &str) -> Result<Article, String> {
        let name = format!("articles/{id}.json");
        Article::parse(&name, &self.read_text(&name)?).map_err(|error| error.to_string())
    }
}

/// The folder a relative data address names inside the built site.
pub fn folder_in(dist: &Path, base_path: &str, address: &str) -> Option<PathBuf> {
    if address.contains("://") || address.starts_with("//") {
        return None;
    }
    let relative = match address.strip_prefix('/') {
        Some(absolute) => absolute.strip_prefix(base_path.trim_start_matches('/'))?,
        None => address,
    };
    let relative = Path::new(relative);
    relative
        .components()
        .all(|part| matches!(part, std::path::Component::Normal(_)))
        .then(|| dist.join(relative))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_folders_inside_the_site_are_read() {
        let dist = Path::new("/dist");
        assert_eq!(
            folder_in(dist, "/", "data/"),
            Some(PathBuf::from("/dist/data/"))
        );
        assert_eq!(
            folder_in(dist, "/news/", "/news/data/"),
            Some(PathBuf::from("/dist/data/"))
        );
        assert_eq!(folder_in(dist, "/news/", "/other/data/"), None);
        assert_eq!(folder_in(dist, "/", "../secrets/"), None);
        assert_eq!(folder_in(dist, "/", "https://cdn.example/data/"), None);
    }
}
