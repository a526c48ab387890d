//! What the tool wrote in a folder, by fingerprint, kept in the folder as
//! `.news-archive-written.json`. A file may be replaced only while it is
//! still as the tool wrote it: an editor's change is never overwritten
//! unless they say so (`--force`).
//!
//! While files are being replaced, both the old and the new fingerprint count
//! as the tool's, so that a run stopped half way can simply be run again.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::error::ToolError;
use crate::safe_write::{fingerprint, write_atomically};

const RECORD_FILE: &str = ".news-archive-written.json";

pub struct Written {
    path: PathBuf,
    /// Path below the folder (`articles/a.json`) to the fingerprints that are the tool's.
    files: BTreeMap<String, Vec<String>>,
}

/// What may happen to one file.
#[derive(Debug, PartialEq, Eq)]
pub enum Permission {
    /// No such file yet.
    New,
    /// The file already holds these contents.
    Unchanged,
    /// The file is as the tool last wrote it.
    Replace,
    /// Someone else wrote or changed the file.
    Refuse,
}

impl Written {
    pub fn load(folder: &Path) -> Result<Self, ToolError> {
        let path = folder.join(RECORD_FILE);
        let files =
            match fs::read_to_string(&path) {
                Ok(text) => serde_json::from_str::<BTreeMap<String, Vec<String>>>(&text).map_err(
                    |error| ToolError::Record {
                        path: path.clone(),
                        detail: error.to_string(),
                    },
                )?,
                Err(_) => BTreeMap::new(),
            };
        Ok(Self { path, files })
    }

    pub fn permission(&self, relative: &str, current: Option<&[u8]>, new: &[u8]) -> Permission {
        match current {
            None => Permission::New,
            Some(current) if current == new => Permission::Unchanged,
            Some(current) => {
                let ours = self
                    .files
                    .get(relative)
                    .is_some_and(|prints| prints.contains(&fingerprint(current)));
                if ours {
                    Permission::Replace
                } else {
                    Permission::Refuse
                }
            }
        }
    }

    /// Before the files are renamed into place: their new contents count as the tool's too.
    pub fn before_replacing(&mut self, changes: &[(String, Vec<u8>)]) -> Result<(), ToolError> {
        if changes.is_empty() {
            return Ok(());
        }
        for (relative, contents) in changes {
            let prints = self.files.entry(relative.clone()).or_default();
            let print = fingerprint(contents);
            if !prints.contains(&print) {
                prints.push(print);
            }
        }
        self.save()
    }

    /// Once they are in place: only the new contents do.
    pub fn after_replacing(&mut self, changes: &[(String, Vec<u8>)]) -> Result<(), ToolError> {
        if changes.is_empty() {
            return Ok(());
        }
        for (relative, contents) in changes {
            self.files
                .insert(relative.clone(), vec![fingerprint(contents)]);
        }
        self.save()
    }

    fn save(&self) -> Result<(), ToolError> {
        let value: Value = json!(self.files);
        let text = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
        write_atomically(&self.path, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_tools_own_unchanged_files_are_replaced() {
        let dir = std::env::temp_dir().join(format!("written-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let mut written = Written::load(&dir).unwrap_or_else(|error| panic!("{error}"));
        let change = vec![("articles/a.json".to_owned(), b"one".to_vec())];
        assert_eq!(
            written.permission("articles/a.json", None, b"one"),
            Permission::New
        );
        assert_eq!(
            written.permission("articles/a.json", Some(b"one"), b"one"),
            Permission::Unchanged
        );
        assert_eq!(
            written.permission("articles/a.json", Some(b"hand-made"), b"one"),
            Permission::Refuse
        );
        written
            .before_replacing(&change)
            .unwrap_or_else(|error| panic!("{error}"));
        written
            .after_replacing(&change)
            .unwrap_or_else(|error| panic!("{error}"));
        let reloaded = Written::load(&dir).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            reloaded.permission("articles/a.json", Some(b"one"), b"two"),
            Permission::Replace
        );
        assert_eq!(
            reloaded.permission("articles/a.json", Some(b"one, edited"), b"two"),
            Permission::Refuse
        );
        assert_eq!(
            reloaded.permission("articles/b.json", Some(b"one"), b"two"),
            Permission::Refuse
        );
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_stopped_replacement_leaves_either_version_the_tools() {
        let dir = std::env::temp_dir().join(format!("written-stopped-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let mut written = Written::load(&dir).unwrap_or_else(|error| panic!("{error}"));
        written
            .after_replacing(&[("a".to_owned(), b"old".to_vec())])
            .unwrap_or_else(|error| panic!("{error}"));
        written
            .before_replacing(&[("a".to_owned(), b"new".to_vec())])
            .unwrap_or_else(|error| panic!("{error}"));
        // Stopped here: the file may be old or new, and both are the tool's.
        let reloaded = Written::load(&dir).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            reloaded.permission("a", Some(b"old"), b"newer"),
            Permission::Replace
        );
        assert_eq!(
            reloaded.permission("a", Some(b"new"), b"newer"),
            Permission::Replace
        );
        let _ = fs::remove_dir_all(&dir);
    }
}
