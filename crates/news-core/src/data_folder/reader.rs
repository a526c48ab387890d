//! A data folder on disk, read as the app reads it over HTTP: the site file,
//! the whole index (the newest summaries and every older shard, each checked
//! against what the index says of it) and one article at a time, so memory
//! holds summaries only. The prerender and `news-archive` read through this.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use super::layout::{article_file, INDEX_FILE, SITE_FILE};
use crate::model::{
    parse_shard, Article, ArticleSummary, DataError, NewsIndex, SearchIndex, ShardRef, Site,
};

/// Why a file of the folder could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The file is missing or unreadable.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The file is there, but not what its format promises.
    Data(DataError),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Self::Data(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for ReadError {}

impl From<DataError> for ReadError {
    fn from(error: DataError) -> Self {
        Self::Data(error)
    }
}

pub struct DataFolderReader {
    path: PathBuf,
}

impl DataFolderReader {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A file of the folder as text; `relative` as `layout` names it.
    pub fn text(&self, relative: &str) -> Result<String, ReadError> {
        let path = self.path.join(relative);
        fs::read_to_string(&path).map_err(|error| ReadError::Io { path, error })
    }

    /// The site file, and its text as written (pages carry it for the app).
    pub fn site(&self) -> Result<(Site, String), ReadError> {
        let text = self.text(SITE_FILE)?;
        Ok((Site::parse(SITE_FILE, &text)?, text))
    }

    pub fn index(&self) -> Result<NewsIndex, ReadError> {
        Ok(NewsIndex::parse(INDEX_FILE, &self.text(INDEX_FILE)?)?)
    }

    /// Every summary of the archive, newest first, from the index and its shards.
    pub fn summaries(&self) -> Result<Vec<ArticleSummary>, ReadError> {
        let index = self.index()?;
        let mut summaries = index.items;
        for shard in &index.shards {
            summaries.extend(self.shard(shard)?);
        }
        Ok(summaries)
    }

    /// An older shard the index names, checked against what the index says of it.
    pub fn shard(&self, shard: &ShardRef) -> Result<Vec<ArticleSummary>, ReadError> {
        let items = parse_shard(&shard.url, &self.text(&shard.url)?)?;
        shard.check(&shard.url, &items)?;
        Ok(items)
    }

    /// The search index in `file`, as the news index names it.
    pub fn search_index(&self, file: &str) -> Result<SearchIndex, ReadError> {
        Ok(SearchIndex::parse(file, &self.text(file)?)?)
    }

    pub fn article(&self, id: &str) -> Result<Article, ReadError> {
        let file = article_file(id);
        Ok(Article::parse_file(&file, &self.text(&file)?, id)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data");

    #[test]
    fn the_sample_folder_reads_whole() {
        let folder = DataFolderReader::new(SAMPLE);
        let (site, text) = folder.site().expect("site.json");
        assert!(text.contains(&site.company));
        let summaries = folder.summaries().expect("the index");
        assert!(summaries.len() >= 12);
        let first = &summaries[0].meta.id;
        assert_eq!(&folder.article(first).expect("an article").meta.id, first);
    }

    #[test]
    fn a_missing_file_and_a_wrong_id_are_named() {
        let folder = DataFolderReader::new(SAMPLE);
        let missing = folder.article("no-such-article").unwrap_err().to_string();
        assert!(
            missing.contains("articles/no-such-article.json"),
            "{missing}"
        );
        let text = folder
            .text(&article_file("rcep-takes-effect"))
            .expect("the sample article");
        let error = Article::parse_file("articles/other.json", &text, "other").unwrap_err();
        assert!(error
            .to_string()
            .contains("`id` must be the id its file is named by"));
    }
}
