//! What can go wrong in the tool, by kind: each names where (a file, an
//! address) and what, in the words it prints.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use news_core::data_folder::reader::ReadError;
use news_core::model::DataError;

#[derive(Debug)]
pub enum ToolError {
    /// A file or folder could not be read or written.
    Io { path: PathBuf, error: io::Error },
    /// A data file is not what its format promises.
    Data(DataError),
    /// Articles that cannot be published or imported as they are, one
    /// problem a line, each naming its file (and line): nothing was written.
    Refused {
        what: &'static str,
        problems: Vec<String>,
    },
    /// Baidu's push API refused a push, or could not be reached: why, in one line.
    Baidu(String),
    /// A server did not answer as its API promises.
    Remote { url: String, detail: String },
    /// The record of what the tool wrote cannot be read.
    Record { path: PathBuf, detail: String },
    /// An argument the command cannot use.
    Argument(String),
    /// `check` found problems, and listed them.
    Problems { count: usize, folder: PathBuf },
}

impl ToolError {
    /// For `map_err`: an I/O failure on `path`.
    pub fn io(path: &Path) -> impl FnOnce(io::Error) -> Self + '_ {
        move |error| Self::Io {
            path: path.to_owned(),
            error,
        }
    }
}

impl fmt::Display for ToolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Self::Data(error) => error.fmt(f),
            Self::Refused { what, problems } => write!(f, "{what}:\n  {}", problems.join("\n  ")),
            Self::Baidu(why) => write!(f, "push-baidu: {why}"),
            Self::Remote { url, detail } => write!(f, "{url}: {detail}"),
            Self::Record { path, detail } => write!(
                f,
                "{}: {detail}; delete it to start a new record (every existing file then counts as an editor's)",
                path.display()
            ),
            Self::Argument(message) => f.write_str(message),
            Self::Problems { count, folder } => {
                write!(f, "{count} problems in {}", folder.display())
            }
        }
    }
}

impl std::error::Error for ToolError {}

impl From<ReadError> for ToolError {
    fn from(error: ReadError) -> Self {
        match error {
            ReadError::Io { path, error } => Self::Io { path, error },
            ReadError::Data(error) => Self::Data(error),
        }
    }
}

impl From<DataError> for ToolError {
    fn from(error: DataError) -> Self {
        Self::Data(error)
    }
}
