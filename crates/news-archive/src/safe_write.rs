//! Writes that an interrupted run cannot leave half done: each file is written
//! in full beside its place, under a name no reader takes for data (a leading
//! dot and no `.json` ending), then renamed over the old one in one step.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::ToolError;

const TEMPORARY_MARK: &str = ".partial-";

pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<(), ToolError> {
    let parent = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(ToolError::io(path))?;
    let temporary = temporary_path(path);
    let mut file = fs::File::create(&temporary).map_err(ToolError::io(path))?;
    file.write_all(contents).map_err(ToolError::io(path))?;
    file.sync_all().map_err(ToolError::io(path))?;
    fs::rename(&temporary, path).map_err(ToolError::io(path))
}

fn temporary_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}{TEMPORARY_MARK}{}", std::process::id()))
}

/// Whether `name` is one of these files, left by a run that was stopped.
pub fn is_leftover(name: &str) -> bool {
    name.starts_with('.') && name.contains(TEMPORARY_MARK)
}

/// Removes what stopped runs left in `dir` (not below it); returns how many.
pub fn remove_leftovers(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|entry| is_leftover(&entry.file_name().to_string_lossy()))
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}

/// A short fingerprint of a file's bytes (FNV-1a, 64 bits): enough to tell
/// whether someone changed a file since the tool wrote it.
pub fn fingerprint(contents: &[u8]) -> String {
    let hash = contents
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_nothing_beside_it() {
        let dir = std::env::temp_dir().join(format!("safe-write-{}", std::process::id()));
        let path = dir.join("articles/a.json");
        write_atomically(&path, b"{\"old\": 1}").unwrap_or_else(|error| panic!("{error}"));
        write_atomically(&path, b"{\"new\": 2}").unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            fs::read_to_string(&path).unwrap_or_default(),
            "{\"new\": 2}"
        );
        let names: Vec<String> = fs::read_dir(dir.join("articles"))
            .map(|entries| {
                entries
                    .flatten()
                    .map(|entry| entry.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(names, vec!["a.json".to_owned()]);
        fs::write(temporary_path(&path), "{\"half").unwrap_or_default();
        assert_eq!(remove_leftovers(&dir.join("articles")), 1);
        assert!(!is_leftover("a.json") && !is_leftover(".news-archive-written.json"));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn fingerprints_tell_contents_apart() {
        assert_eq!(fingerprint(b"abc"), fingerprint(b"abc"));
        assert_ne!(fingerprint(b"abc"), fingerprint(b"abd"));
        assert_eq!(fingerprint(b""), "cbf29ce484222325");
    }
}
