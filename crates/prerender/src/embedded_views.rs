//! The views an embedded instance shows first, as HTML files beside the
//! bundle, so that `embed.js` can show the news before the app has arrived:
//!
//! - `embed/<language>/latest-<count>.html` and `latest-<count>-pictures.html`:
//!   the latest box, for every `data-count` and `data-images`;
//! - `embed/<language>/index.html`, `page/<n>/index.html`, `tag/<tag>/…`:
//!   the full section's listing pages, as the standalone site has them;
//! - `embed/<language>/news/<id>/index.html`: the full section's articles.
//!
//! `<language>` is the interface language's folder name (`en`, `zh-hans`).
//! Each file holds the instance's markup, with stand-in addresses, and the
//! data the app takes over from. `embed.js` learns from `loader_settings`
//! which instances these files answer.

use std::path::Path;

use serde_json::{json, Value};

use jointlink_news::state::settings::{Layout, Settings, MAX_LATEST_COUNT};
use jointlink_news::views::prerendered::embedded_html;
use news_core::addresses::STAND_IN_PARAM;
use news_core::model::listing::ListingLanguages;
use news_core::model::percent::decode_component;
use news_core::model::prerendered::{page_data_script, PrerenderedView};
use news_core::model::{Lang, ListingState, SearchIndex, Site};
use news_core::queries::{matching, page_of};

use crate::error::PrerenderError;
use crate::site_pages::write_file;

/// The folder of the embedded views in the built site.
pub const EMBED_FOLDER: &str = "embed";

/// The JSON text in `embed.js` that tells it what the build prerendered: it
/// starts with this, in a single-quoted string that ends at the next `}'`.
const LOADER_SETTINGS: &str = "'{\"jointlink-news-embedded-views\":";

/// The site's views for embedded instances in one interface language.
pub struct EmbeddedViews<'a> {
    pub dist: &'a Path,
    pub interface: Lang,
    pub site: &'a Site,
    pub site_file: &'a Value,
}

impl EmbeddedViews<'_> {
    /// The full section showing `view`, whose data `data` (its script element)
    /// the standalone page carries too; `below` is the listing's path or the
    /// article's (`page/2/`, `news/<id>/`), as a standalone page has it.
    pub fn section(
        &self,
        below: &str,
        view: PrerenderedView,
        data: &str,
    ) -> Result<(), PrerenderError> {
        let layout = Layout::Embedded {
            query_param: STAND_IN_PARAM.to_owned(),
        };
        self.write(&format!("{below}index.html"), layout, view, data)
    }

    /// The latest box for every count a host may ask for, with and without pictures.
    pub fn latest_boxes(&self, every: &SearchIndex) -> Result<usize, PrerenderError> {
        let languages = ListingLanguages {
            interface: self.interface,
            site: self.site.language,
        };
        let newest = matching(every, &ListingState::default(), languages);
        let mut written = 0;
        for count in 1..=MAX_LATEST_COUNT {
            let Ok(page) = page_of(&newest, (1, count), 0) else {
                // An empty archive has no headlines to show: the app says so itself.
                return Ok(written);
            };
            let view = PrerenderedView::Listing {
                state: ListingState::default(),
                page,
            };
            // The same headlines with or without pictures: the same data.
            let data = page_data_script(self.site_file, self.interface, &view);
            for images in [false, true] {
                let suffix = if images { "-pictures" } else { "" };
                let layout = Layout::Latest {
                    count,
                    full_url: String::new(),
                    query_param: STAND_IN_PARAM.to_owned(),
                    images,
                };
                let file = format!("latest-{count}{suffix}.html");
                self.write(&file, layout, view.clone(), &data)?;
                written += 1;
            }
        }
        Ok(written)
    }

    fn write(
        &self,
        below: &str,
        layout: Layout,
        view: PrerenderedView,
        data: &str,
    ) -> Result<(), PrerenderError> {
        let settings = Settings::prerendered_embedded(layout, self.interface);
        let mut content = embedded_html(&settings, self.site.clone(), view);
        content.push_str(data);
        let file = self
            .dist
            .join(EMBED_FOLDER)
            .join(self.interface.path_segment())
            // The server decodes the address before it looks for the file.
            .join(decode_component(below));
        write_file(&file, &content)
    }
}

/// Tells the built `embed.js` which instances the views answer: those in the
/// site's language or the other, with the listing's page size. Without this
/// line filled in, the loader starts every instance as before.
pub fn write_loader_settings(
    dist: &Path,
    site_language: Lang,
    page_size: usize,
) -> Result<(), PrerenderError> {
    let path = dist.join("embed.js");
    let script = std::fs::read_to_string(&path).map_err(PrerenderError::io(&path))?;
    let settings = json!({
        "folder": EMBED_FOLDER,
        "siteLanguage": site_language.tag(),
        "pageSize": page_size,
        "languages": Lang::ALL.map(|lang| json!({"tag": lang.tag(), "folder": lang.path_segment()})),
    });
    let at = script.find(LOADER_SETTINGS).ok_or(PrerenderError::Loader)?;
    let end = at
        + LOADER_SETTINGS.len()
        + script[at + LOADER_SETTINGS.len()..]
            .find("}'")
            .ok_or(PrerenderError::Loader)?;
    let written = format!(
        "{}{LOADER_SETTINGS}{settings}{}",
        &script[..at],
        &script[end..]
    );
    write_file(&path, &written)
}
