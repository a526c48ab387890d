//! The sitemap, split into files that every search engine reads: Baidu takes
//! at most 50,000 addresses and 10 MB per file and ignores sitemap index
//! files, so each file is a flat `urlset` named by its own `Sitemap:` line in
//! robots.txt. Where there is more than one, `sitemap-index.xml` lists them
//! as well, for the engines and tools that take one address.

use std::path::Path;

use news_core::model::Timestamp;

use crate::error::PrerenderError;
use crate::feeds::xml_escape;
use crate::site_pages::write_file;

/// One address of the sitemap, with the time its content last changed.
pub struct SitemapEntry {
    pub url: String,
    pub last_modified: Option<Timestamp>,
    /// The page in every language (itself included), by language tag.
    pub languages: Vec<(String, String)>,
}

/// How much one sitemap file may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SitemapLimits {
    pub urls: usize,
    pub bytes: usize,
}

impl Default for SitemapLimits {
    /// What Baidu (and the sitemaps protocol) accept.
    fn default() -> Self {
        Self {
            urls: 50_000,
            bytes: 10 * 1024 * 1024,
        }
    }
}

const URLSET_START: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_END: &str = "</urlset>\n";

/// The first file keeps the name crawlers know; the rest are numbered from 2,
/// like the index's shards.
pub fn sitemap_file_name(number: usize) -> String {
    match number {
        1 => "sitemap.xml".to_owned(),
        _ => format!("sitemap-{number}.xml"),
    }
}

/// Writes the sitemap files for `entries` into `dist`, and returns their
/// addresses below `base`, for robots.txt.
pub fn write_sitemaps(
    dist: &Path,
    base: &str,
    entries: &[SitemapEntry],
    limits: SitemapLimits,
) -> Result<Vec<String>, PrerenderError> {
    let files = split_sitemaps(entries, limits);
    let mut urls = Vec::with_capacity(files.len());
    for (position, xml) in files.iter().enumerate() {
        let name = sitemap_file_name(position + 1);
        write_file(&dist.join(&name), xml)?;
        urls.push(format!("{base}{name}"));
    }
    let index = dist.join("sitemap-index.xml");
    if urls.len() > 1 {
        write_file(&index, &sitemap_index(&urls))?;
    } else if index.exists() {
        // Left by an earlier run over more pages: it would name files that are gone.
        std::fs::remove_file(&index).map_err(PrerenderError::io(&index))?;
    }
    Ok(urls)
}

/// The entries as sitemap files, each within `limits` (an entry larger than
/// the byte limit on its own still gets a file), in order; always at least one.
fn split_sitemaps(entries: &[SitemapEntry], limits: SitemapLimits) -> Vec<String> {
    let mut files = Vec::new();
    let (mut xml, mut count) = (String::from(URLSET_START), 0);
    for entry in entries {
        let url = url_element(entry);
        let full = count == limits.urls || xml.len() + url.len() + URLSET_END.len() > limits.bytes;
        if count > 0 && full {
            xml.push_str(URLSET_END);
            files.push(std::mem::replace(&mut xml, String::from(URLSET_START)));
            count = 0;
        }
        xml.push_str(&url);
        count += 1;
    }
    xml.push_str(URLSET_END);
    files.push(xml);
    files
}

fn url_element(entry: &SitemapEntry) -> String {
    let mut xml = String::from("  <url><loc>");
    xml.push_str(&xml_escape(&entry.url));
    xml.push_str("</loc>");
    if let Some(modified) = &entry.last_modified {
        xml.push_str("<lastmod>");
        xml.push_str(&xml_escape(modified.as_str()));
        xml.push_str("</lastmod>");
    }
    for (language, url) in &entry.languages {
        xml.push_str("<xhtml:link rel=\"alternate\" hreflang=\"");
        xml.push_str(&xml_escape(language));
        xml.push_str("\" href=\"");
        xml.push_str(&xml_escape(url));
        xml.push_str("\"/>");
    }
    xml.push_str("</url>\n");
    xml
}

fn sitemap_index(urls: &[String]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for url in urls {
        xml.push_str("  <sitemap><loc>");
        xml.push_str(&xml_escape(url));
        xml.push_str("</loc></sitemap>\n");
    }
    xml.push_str("</sitemapindex>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(count: usize) -> Vec<SitemapEntry> {
        (1..=count)
            .map(|n| SitemapEntry {
                url: format!("https://x.cn/news/news/a-{n}/"),
                last_modified: None,
                languages: Vec::new(),
            })
            .collect()
    }

    fn urls_in(files: &[String]) -> usize {
        files.iter().map(|xml| xml.matches("<url>").count()).sum()
    }

    #[test]
    fn under_the_limits_the_sitemap_is_one_file() {
        let files = split_sitemaps(&entries(3), SitemapLimits::default());
        assert_eq!(files.len(), 1);
        assert_eq!(urls_in(&files), 3);
        assert!(files[0].starts_with(URLSET_START) && files[0].ends_with(URLSET_END));
        let empty = split_sitemaps(&[], SitemapLimits::default());
        assert_eq!(empty, [format!("{URLSET_START}{URLSET_END}")]);
    }

    #[test]
    fn a_file_holds_at_most_the_limit_of_addresses() {
        let limits = SitemapLimits {
            urls: 4,
            bytes: usize::MAX,
        };
        let files = split_sitemaps(&entries(10), limits);
        let counts: Vec<usize> = files
            .iter()
            .map(|xml| xml.matches("<url>").count())
            .collect();
        assert_eq!(counts, [4, 4, 2]);
        assert!(files[1].contains("a-5/") && files[2].contains("a-10/"));
        assert_eq!(split_sitemaps(&entries(8), limits).len(), 2);
    }

    #[test]
    fn a_file_holds_at_most_the_limit_of_bytes() {
        let one = url_element(&entries(1)[0]).len();
        let frame = URLSET_START.len() + URLSET_END.len();
        let limits = SitemapLimits {
            urls: usize::MAX,
            bytes: frame + 3 * one + 2,
        };
        let files = split_sitemaps(&entries(7), limits);
        assert_eq!(urls_in(&files), 7);
        assert!(
            files.iter().all(|xml| xml.len() <= limits.bytes),
            "{files:#?}"
        );
        assert_eq!(files.len(), 3);
        // An address larger than the limit on its own still gets its file.
        let tiny = SitemapLimits {
            urls: usize::MAX,
            bytes: 10,
        };
        assert_eq!(split_sitemaps(&entries(2), tiny).len(), 2);
    }

    #[test]
    fn files_are_named_and_indexed_in_order() {
        assert_eq!(sitemap_file_name(1), "sitemap.xml");
        assert_eq!(sitemap_file_name(2), "sitemap-2.xml");
        let index = sitemap_index(&[
            "https://x.cn/sitemap.xml".to_owned(),
            "https://x.cn/sitemap-2.xml".to_owned(),
        ]);
        assert!(index.contains("<sitemapindex"));
        assert_eq!(index.matches("<sitemap><loc>").count(), 2);
    }
}
