//! The static data folder: the names of its files (`layout`), writing its
//! index files (`index_files`), and reading it from disk (`reader`, native
//! tools only). The app reads the same files over HTTP.

pub mod index_files;
pub mod layout;
#[cfg(feature = "native")]
pub mod reader;
