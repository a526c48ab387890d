//! The names of a data folder's files, relative to the folder: the one place
//! that spells them, for the app's requests, the tools' reads and writes, and
//! the index files' links to each other.

/// The site's name, contact details and settings.
pub const SITE_FILE: &str = "site.json";
/// The news index: the newest articles' summaries and the older shards.
pub const INDEX_FILE: &str = "news.json";
/// Every article's searchable fields, fetched on the first search.
pub const SEARCH_INDEX_FILE: &str = "search.json";
/// The folder of the article files.
pub const ARTICLES_FOLDER: &str = "articles";
/// The folder of the older shards.
pub const SHARDS_FOLDER: &str = "news";

/// An article's file: `articles/<id>.json`.
pub fn article_file(id: &str) -> String {
    format!("{ARTICLES_FOLDER}/{id}.json")
}

/// The article id a file name of the articles folder names (`<id>.json`).
pub fn article_id_of(file_name: &str) -> Option<&str> {
    file_name.strip_suffix(".json")
}

/// The folder of the QR codes of the articles' addresses, which the release build makes.
pub const SHARE_CODES_FOLDER: &str = "share";

/// The QR code of an article's address: `share/<id>.svg`.
pub fn share_code_file(id: &str) -> String {
    format!("{SHARE_CODES_FOLDER}/{id}.svg")
}

/// Older shard `number` (2 is the first after the index's own): `news/<n>.json`.
pub fn shard_file(number: usize) -> String {
    format!("{SHARDS_FOLDER}/{number}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_named_below_the_data_folder() {
        assert_eq!(
            article_file("rcep-takes-effect"),
            "articles/rcep-takes-effect.json"
        );
        assert_eq!(
            article_id_of("rcep-takes-effect.json"),
            Some("rcep-takes-effect")
        );
        assert_eq!(article_id_of("notes.txt"), None);
        assert_eq!(shard_file(2), "news/2.json");
        assert_eq!(
            share_code_file("rcep-takes-effect"),
            "share/rcep-takes-effect.svg"
        );
    }
}
