//! Where the built site keeps a folder its page names by address (the data
//! folder, the site file): only folders inside the site are read.

use std::path::{Path, PathBuf};

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
