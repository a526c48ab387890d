//! What can stop the prerender, by kind, in the words it prints.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use news_core::data_folder::reader::ReadError;
use news_core::model::DataError;

#[derive(Debug)]
pub enum PrerenderError {
    /// A file of the built site could not be read or written.
    Io { path: PathBuf, error: io::Error },
    /// The data folder, or the site file, is not what its format promises.
    Data(ReadError),
    /// The built page lacks a part the pages are made from.
    Template { missing: String },
    /// The built `embed.js` lacks the place for the embedded views' settings.
    Loader,
    /// An article file and its index entry disagree: the index is stale.
    StaleIndex { file: String },
}

impl PrerenderError {
    /// For `map_err`: an I/O failure on `path`.
    pub fn io(path: &Path) -> impl FnOnce(io::Error) -> Self + '_ {
        move |error| Self::Io {
            path: path.to_owned(),
            error,
        }
    }
}

impl fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Self::Data(error) => error.fmt(f),
            Self::Template { missing } => {
                write!(
                    f,
                    "index.html has no {missing}; is it the page Trunk built?"
                )
            }
            Self::Loader => write!(
                f,
                "embed.js has no place for the embedded views' settings; is it the loader the build copied?"
            ),
            Self::StaleIndex { file } => write!(
                f,
                "{file} differs from its entry in the index; run news-archive index"
            ),
        }
    }
}

impl std::error::Error for PrerenderError {}

impl From<ReadError> for PrerenderError {
    fn from(error: ReadError) -> Self {
        Self::Data(error)
    }
}

impl From<DataError> for PrerenderError {
    fn from(error: DataError) -> Self {
        Self::Data(ReadError::Data(error))
    }
}
