//! Which pages the site has, and writing each of them.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use serde_json::Value;

use jointlink_news::sources::SourceKind;
use jointlink_news::state::settings::Settings;
use jointlink_news::views::prerendered::page_html;
use news_core::addresses::{
    article_path, breadcrumb_tag, canonical_article_address, folder_of, is_path_segment,
    listing_path, own_article_path,
};
use news_core::data_folder::layout::article_file;
use news_core::data_folder::reader::DataFolderReader;
use news_core::i18n::document_title;
use news_core::model::listing::{ListingLanguages, ListingPage, Neighbours};
use news_core::model::paging::page_count;
use news_core::model::percent::decode_component;
use news_core::model::prerendered::{page_data_script, PrerenderedView};
use news_core::model::{
    Article, ArticleSummary, Body, Lang, ListingState, SearchIndex, Site, Timestamp,
};
use news_core::queries::{latest_except, matching, neighbours_at, page_of, years_of};

use crate::data_address::folder_in;
use crate::embedded_views::{write_loader_settings, EmbeddedViews};
use crate::error::PrerenderError;
use crate::feeds::{atom_feed, json_feed, robots, FeedPlace, FEED_LENGTH};
use crate::head::{head_tags, PageMeta};
use crate::share_codes::write_share_codes;
use crate::sitemaps::{write_sitemaps, SitemapEntry, SitemapLimits};
use crate::template::{PageParts, Template};

/// The built page without a prerendered view.
const SHELL_FILE: &str = "shell.html";

/// How many files the prerender wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub pages: usize,
    pub embedded_views: usize,
}

/// Prerenders the site in `dist`: `Some(what it wrote)`, or `None` when the
/// site is not one the build can render (it says why).
pub fn prerender(dist: &Path, limits: SitemapLimits) -> Result<Option<Written>, PrerenderError> {
    let html = read_shell(dist)?;
    let template = Template::parse(&html)?;
    if !Settings::is_standalone(|name| template.attribute(name)) {
        println!("prerender: index.html is not the standalone site; no pages prerendered");
        return Ok(None);
    }
    // Where the data is does not depend on the language.
    let settings = template.settings(Lang::default(), Lang::default());
    if settings.source != SourceKind::Static {
        println!(
            "prerender: the site reads its articles from {} in the browser; no pages prerendered",
            settings.source_url
        );
        return Ok(None);
    }
    let inside = |address: &str| folder_in(dist, &template.base_path, address);
    let (Some(folder), Some(site_path)) =
        (inside(&settings.source_url), inside(&settings.site_url))
    else {
        println!(
            "prerender: the data folder {} is not part of the built site; no pages prerendered",
            settings.source_url
        );
        return Ok(None);
    };
    let site_text = fs::read_to_string(&site_path).map_err(PrerenderError::io(&site_path))?;
    let (site, site_file) = Site::parse_keeping_document(&settings.site_url, &site_text)?;
    if site.base_url.is_none() {
        println!("prerender: site.json has no base_url: pages get no canonical address, and there is no sitemap or feed");
    }
    // Embedded instances read the bundle's own data folder unless told otherwise.
    let embedded = folder == dist.join("data");
    let data = DataFolderReader::new(folder);
    let summaries = data.summaries()?;
    let expired = data.index()?.expired;
    // The articles' QR codes are made on another core while the pages render.
    let shared: Vec<(String, String)> = summaries
        .iter()
        .filter_map(|summary| {
            let meta = &summary.meta;
            let address = canonical_article_address(&site, meta.language.as_deref(), &meta.id)?;
            Some((meta.id.clone(), address))
        })
        .collect();
    let codes_folder = data.path().to_owned();
    let writer = Writer {
        dist,
        settings: template.settings(site.language, site.language),
        interface: site.language,
        template,
        site,
        site_file,
        sitemap: Vec::new(),
        sitemap_limits: limits,
        tag_feeds: BTreeMap::new(),
        embedded,
        written: Written::default(),
    };
    std::thread::scope(|scope| {
        let codes = scope.spawn(|| write_share_codes(&codes_folder, &shared));
        let written = write_pages(writer, &data, &summaries, &expired)?;
        codes
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        Ok(Some(written))
    })
}

/// Every page and embedded view, then the discovery files.
fn write_pages(
    mut writer: Writer,
    data: &DataFolderReader,
    summaries: &[ArticleSummary],
    expired: &[String],
) -> Result<Written, PrerenderError> {
    // Every listing of every language is searched in this one index.
    let every = SearchIndex::from_summaries(summaries.to_vec());
    writer.listings(&every)?;
    let newest = writer.articles(data, summaries)?;
    writer.expired_notices(data, expired, summaries)?;
    writer.not_found()?;
    writer.latest_boxes(&every)?;
    // Every page again in each other language, in that language's folder.
    let site_language = writer.site.language;
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != site_language) {
        writer.write_in(lang);
        writer.listings(&every)?;
        writer.articles(data, summaries)?;
        writer.expired_notices(data, expired, summaries)?;
        writer.latest_boxes(&every)?;
    }
    writer.discovery(&newest)?;
    if writer.embedded {
        write_loader_settings(writer.dist, site_language, writer.settings.page_size)?;
    }
    Ok(writer.written)
}

struct Writer<'a> {
    dist: &'a Path,
    template: Template,
    /// The interface language of the pages being written, and the app's
    /// settings on such a page; `write_in` changes both.
    interface: Lang,
    settings: Settings,
    site: Site,
    site_file: Value,
    sitemap: Vec<SitemapEntry>,
    sitemap_limits: SitemapLimits,
    /// The newest articles of each tag a directory can be named after, for its feeds.
    tag_feeds: BTreeMap<String, Vec<Article>>,
    /// Whether embedded instances read the same data, so that their views are written too.
    embedded: bool,
    written: Written,
}

impl Writer<'_> {
    fn write_in(&mut self, interface: Lang) {
        self.interface = interface;
        self.settings = self.template.settings(interface, self.site.language);
    }

    /// The embedded instances' views in the interface language, if they read this data.
    fn embedded_views(&self) -> Option<EmbeddedViews<'_>> {
        self.embedded.then_some(EmbeddedViews {
            dist: self.dist,
            interface: self.interface,
            site: &self.site,
            site_file: &self.site_file,
        })
    }

    fn latest_boxes(&mut self, every: &SearchIndex) -> Result<(), PrerenderError> {
        if let Some(views) = self.embedded_views() {
            self.written.embedded_views += views.latest_boxes(every)?;
        }
        Ok(())
    }

    /// The embedded section's view at `below`, as the standalone page there
    /// shows it, with the same data (`data`, its script element).
    fn embedded_section(
        &mut self,
        below: &str,
        view: &PrerenderedView,
        data: &str,
    ) -> Result<(), PrerenderError> {
        if let Some(views) = self.embedded_views() {
            views.section(below, view.clone(), data)?;
            self.written.embedded_views += 1;
        }
        Ok(())
    }

    /// Every page of the listing, then of each tag a directory can be named
    /// after, then of each year, in the interface language: a translated pair
    /// shows its version in it.
    fn listings(&mut self, every: &SearchIndex) -> Result<(), PrerenderError> {
        let languages = ListingLanguages {
            interface: self.interface,
            site: self.site.language,
        };
        let page_size = self.settings.page_size;
        let tags = every
            .summaries()
            .flat_map(|summary| summary.meta.tags.iter().map(String::as_str))
            .filter(|tag| is_path_segment(tag))
            .collect::<BTreeSet<&str>>()
            .into_iter()
            .map(|tag| Some(tag.to_owned()));
        let years = years_of(every);
        let by_year = years.iter().map(|year| ListingState {
            year: Some(year.clone()),
            ..ListingState::default()
        });
        // The whole listing, then each tag's, then each year's: searched
        // once, then paged.
        let by_tag = tags.map(|tag| ListingState {
            tag,
            ..ListingState::default()
        });
        for first in std::iter::once(ListingState::default())
            .chain(by_tag)
            .chain(by_year)
        {
            let listed = matching(every, &first, languages);
            let page_size = first.page_size(page_size);
            // Even an empty listing has its first page.
            for number in 1..=page_count(listed.len(), page_size).max(1) {
                // Every number in that range is a page of the listing.
                let Ok(mut page) = page_of(&listed, (number, page_size), 0) else {
                    break;
                };
                if first.year.is_some() {
                    page.years = years.clone();
                }
                self.listing(first.on_page(number), page)?;
            }
        }
        Ok(())
    }

    fn listing(&mut self, state: ListingState, page: ListingPage) -> Result<(), PrerenderError> {
        // Only listings a file can be named after are written (no searches).
        let Some(below_folders) = listing_path(&state) else {
            return Ok(());
        };
        let path = format!("{}{below_folders}", self.folder(self.interface));
        let texts = self.interface.texts();
        // The built page's description is written in the site's language.
        let description = match (&state.tag, &self.template.description) {
            (Some(tag), _) => format!("{}.", (texts.tag_count)(page.total, tag)),
            (None, _) if state.year.is_some() => texts.listing_title(&state),
            (None, Some(description)) if self.interface == self.site.language => {
                description.clone()
            }
            (None, _) => texts.news_heading.to_owned(),
        };
        let last_modified = page
            .items
            .iter()
            .map(|item| item.meta.last_change())
            .max()
            .cloned();
        let versions = Lang::ALL
            .into_iter()
            .map(|lang| {
                let folder = self.folder(lang);
                (lang.tag().to_owned(), format!("{folder}{below_folders}"))
            })
            .chain([("x-default".to_owned(), below_folders.clone())])
            .collect();
        let meta = PageMeta {
            title: document_title(&texts.listing_title(&state), &self.site.company),
            description,
            path: &path,
            canonical: path.clone(),
            article: None,
            listed: true,
            interface: self.interface,
            versions,
            tag_feed: state.tag.as_deref().and_then(tag_page_path),
            breadcrumbs: state
                .tag
                .as_deref()
                .map(|tag| self.trail(Some(tag), None))
                .unwrap_or_default(),
        };
        // The server decodes the address before it looks for the file.
        let file = self.dist.join(decode_component(&path)).join("index.html");
        let view = PrerenderedView::Listing { state, page };
        let data = self.page_data(&view);
        self.embedded_section(&below_folders, &view, &data)?;
        self.write(&file, &meta, view, &data, last_modified)
    }

    /// Each article's page; returns the newest ones, for the feeds.
    fn articles(
        &mut self,
        data: &DataFolderReader,
        summaries: &[ArticleSummary],
    ) -> Result<Vec<Article>, PrerenderError> {
        let mut newest = Vec::new();
        for (position, summary) in summaries.iter().enumerate() {
            let id = &summary.meta.id;
            let article = data.article(id)?;
            if article.meta != summary.meta {
                return Err(PrerenderError::StaleIndex {
                    file: article_file(id),
                });
            }
            let neighbours = neighbours_at(summaries, position);
            self.article_page(&article, &summary.summary, neighbours, true)?;
            if self.interface == self.site.language {
                for tag in article.meta.tags.iter().filter(|tag| is_path_segment(tag)) {
                    let feed = self.tag_feeds.entry(tag.clone()).or_default();
                    if feed.len() < FEED_LENGTH {
                        feed.push(article.clone());
                    }
                }
            }
            if newest.len() < FEED_LENGTH {
                newest.push(article);
            }
        }
        Ok(newest)
    }

    /// An expired notice's page: its address answers, saying the notice has
    /// expired, and search engines are asked to drop it.
    fn expired_notices(
        &mut self,
        data: &DataFolderReader,
        ids: &[String],
        summaries: &[ArticleSummary],
    ) -> Result<(), PrerenderError> {
        for id in ids {
            let article = data.article(id)?;
            if article.body != Body::Expired {
                return Err(PrerenderError::StaleIndex {
                    file: article_file(id),
                });
            }
            let neighbours = Neighbours {
                latest: latest_except(summaries, id),
                ..Neighbours::default()
            };
            let description = self.interface.texts().notice_expired;
            self.article_page(&article, description, neighbours, false)?;
        }
        Ok(())
    }

    /// One article's page and its embedded view. `listed`: whether search
    /// engines should list it.
    fn article_page(
        &mut self,
        article: &Article,
        description: &str,
        neighbours: Neighbours,
        listed: bool,
    ) -> Result<(), PrerenderError> {
        let id = &article.meta.id;
        let path = format!("{}{}", self.folder(self.interface), article_path(id));
        let last_modified = Some(article.meta.last_change().clone());
        let meta = PageMeta {
            title: document_title(&article.meta.title, &self.site.company),
            description: description.to_owned(),
            path: &path,
            canonical: self.own_page(article.meta.language.as_deref(), id),
            article: listed.then_some(article),
            listed,
            interface: self.interface,
            versions: match listed {
                true => self.translations(article),
                false => Vec::new(),
            },
            tag_feed: None,
            breadcrumbs: self.trail(
                breadcrumb_tag(&article.meta.tags),
                Some((&article.meta.title, &path)),
            ),
        };
        let file = self.dist.join(decode_component(&path)).join("index.html");
        let view = PrerenderedView::Article {
            article: Box::new(article.clone()),
            neighbours: Box::new(neighbours),
        };
        let data = self.page_data(&view);
        self.embedded_section(&article_path(id), &view, &data)?;
        self.write(&file, &meta, view, &data, last_modified)
    }

    /// A translated article's own page and each translation's, by language.
    fn translations(&self, article: &Article) -> Vec<(String, String)> {
        let meta = &article.meta;
        if meta.translations.is_empty() {
            return Vec::new();
        }
        let own_language = meta
            .language
            .clone()
            .unwrap_or_else(|| self.site.language.tag().to_owned());
        let own = (
            own_language,
            self.own_page(meta.language.as_deref(), &meta.id),
        );
        let translations = meta.translations.iter().map(|translation| {
            (
                translation.language.clone(),
                self.own_page(Some(&translation.language), &translation.id),
            )
        });
        std::iter::once(own).chain(translations).collect()
    }

    /// The breadcrumb trail the page shows, in the interface language: the
    /// news, `tag`'s page, then `article` (its title and path) if there is one.
    fn trail(&self, tag: Option<&str>, article: Option<(&str, &str)>) -> Vec<(String, String)> {
        let folder = self.folder(self.interface);
        let news = (
            self.interface.texts().news_heading.to_owned(),
            folder.clone(),
        );
        let tag = tag.and_then(|tag| {
            let path = tag_page_path(tag)?;
            Some((tag.to_owned(), format!("{folder}{path}")))
        });
        let article = article.map(|(title, path)| (title.to_owned(), path.to_owned()));
        std::iter::once(news).chain(tag).chain(article).collect()
    }

    /// The folder of the pages in `lang`: none for the site's language.
    fn folder(&self, lang: Lang) -> String {
        folder_of(lang, self.site.language)
    }

    /// An article's own page, in the folder of its language.
    fn own_page(&self, content_language: Option<&str>, id: &str) -> String {
        own_article_path(content_language, id, self.site.language)
    }

    fn not_found(&mut self) -> Result<(), PrerenderError> {
        let texts = self.site.language.texts();
        let meta = PageMeta {
            title: document_title(texts.not_found_heading, &self.site.company),
            description: texts.not_found_body.to_owned(),
            path: "404.html",
            canonical: "404.html".to_owned(),
            article: None,
            listed: false,
            interface: self.site.language,
            versions: Vec::new(),
            tag_feed: None,
            breadcrumbs: Vec::new(),
        };
        let file = self.dist.join("404.html");
        let view = PrerenderedView::NotFound;
        let data = self.page_data(&view);
        self.write(&file, &meta, view, &data, None)
    }

    /// The script element with `view`'s data, which its page and its embedded view both carry.
    fn page_data(&self, view: &PrerenderedView) -> String {
        page_data_script(&self.site_file, self.interface, view)
    }

    fn write(
        &mut self,
        file: &Path,
        meta: &PageMeta,
        view: PrerenderedView,
        data: &str,
        last_modified: Option<Timestamp>,
    ) -> Result<(), PrerenderError> {
        let head = head_tags(
            &self.site,
            &self.template.base_path,
            &self.settings.source_url,
            self.site.base_url.is_some(),
            meta,
        );
        let page_path = format!("{}{}", self.template.base_path, meta.path);
        let mut content = page_html(&self.settings, &page_path, self.site.clone(), view);
        content.push_str(data);
        let page = self.template.page(&PageParts {
            lang: self.interface.tag(),
            title: &meta.title,
            head: &head,
            content: &content,
        });
        write_file(file, &page)?;
        if let (Some(base), true) = (&self.site.base_url, meta.is_canonical()) {
            self.sitemap.push(SitemapEntry {
                url: format!("{base}{}", meta.path),
                last_modified,
                languages: meta.version_urls(&self.site),
            });
        }
        self.written.pages += 1;
        Ok(())
    }

    /// The feeds, the whole news's and each tag's, then the sitemaps (which
    /// list the tags' feeds) and robots.txt.
    fn discovery(&mut self, newest: &[Article]) -> Result<(), PrerenderError> {
        let Some(base) = self.site.base_url.clone() else {
            return write_file(&self.dist.join("robots.txt"), &robots(&[]));
        };
        let heading = self.site.language.texts().news_heading;
        let title = document_title(heading, &self.site.company);
        self.feeds(
            &base,
            &FeedPlace {
                path: "",
                title: &title,
            },
            newest,
        )?;
        for (tag, articles) in std::mem::take(&mut self.tag_feeds) {
            let Some(path) = tag_page_path(&tag) else {
                continue;
            };
            let title = document_title(&format!("{heading} “{tag}”"), &self.site.company);
            self.feeds(
                &base,
                &FeedPlace {
                    path: &path,
                    title: &title,
                },
                &articles,
            )?;
            let last_modified = articles
                .iter()
                .map(|article| article.meta.last_change())
                .max()
                .cloned();
            for file in ["feed.xml", "feed.json"] {
                self.sitemap.push(SitemapEntry {
                    url: format!("{base}{path}{file}"),
                    last_modified: last_modified.clone(),
                    languages: Vec::new(),
                });
            }
        }
        let sitemaps = write_sitemaps(self.dist, &base, &self.sitemap, self.sitemap_limits)?;
        write_file(&self.dist.join("robots.txt"), &robots(&sitemaps))
    }

    /// The JSON Feed and the Atom feed of `articles` at `place`.
    fn feeds(
        &self,
        base: &str,
        place: &FeedPlace,
        articles: &[Article],
    ) -> Result<(), PrerenderError> {
        let folder = self.dist.join(decode_component(place.path));
        let data_folder = &self.settings.source_url;
        write_file(
            &folder.join("feed.json"),
            &json_feed(&self.site, base, place, data_folder, articles),
        )?;
        write_file(
            &folder.join("feed.xml"),
            &atom_feed(&self.site, base, place, articles),
        )
    }
}

/// The page Trunk built, kept as `shell.html` before `index.html` becomes the
/// listing's first page: servers that rewrite unknown paths to one page serve
/// it, and a later run renders from it again.
fn read_shell(dist: &Path) -> Result<String, PrerenderError> {
    let shell = dist.join(SHELL_FILE);
    let read = |path: &Path| fs::read_to_string(path).map_err(PrerenderError::io(path));
    if shell.is_file() {
        return read(&shell);
    }
    let html = read(&dist.join("index.html"))?;
    write_file(&shell, &html)?;
    Ok(html)
}

/// A tag's listing, below the site's base, where its feeds are too
/// (`tag/ASEAN/`), for tags a directory can be named after.
fn tag_page_path(tag: &str) -> Option<String> {
    let state = ListingState {
        tag: Some(tag.to_owned()),
        ..ListingState::default()
    };
    listing_path(&state).filter(|_| is_path_segment(tag))
}

pub fn write_file(path: &Path, contents: &str) -> Result<(), PrerenderError> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(PrerenderError::io(path))?;
    }
    fs::write(path, contents).map_err(PrerenderError::io(path))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    const BUILT_PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta name="description" content="Industry news" />
    <title>News</title>
    <base href="/" />
    <script type="module" src="/embed.js"></script>
  </head>
  <body>
    <div data-jointlink-news data-mode="standalone" SOURCE>
      <noscript><p>Needs JavaScript.</p></noscript>
    </div>
  </body>
</html>
"#;

    /// A built site in a fresh folder: the page Trunk wrote and the sample data.
    fn built_site(name: &str, source: &str) -> PathBuf {
        let dist =
            std::env::temp_dir().join(format!("prerender-test-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dist);
        let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        copy_folder(&project.join("public/data"), &dist.join("data"));
        fs::copy(project.join("embed/embed.js"), dist.join("embed.js"))
            .unwrap_or_else(|error| panic!("embed.js: {error}"));
        let page = BUILT_PAGE.replace("SOURCE", source);
        write_file(&dist.join("index.html"), &page).unwrap_or_else(|error| panic!("{error}"));
        dist
    }

    fn copy_folder(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap_or_else(|error| panic!("{}: {error}", to.display()));
        for entry in fs::read_dir(from).into_iter().flatten().flatten() {
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy_folder(&entry.path(), &target);
            } else {
                fs::copy(entry.path(), &target).unwrap_or_else(|error| panic!("{error}"));
            }
        }
    }

    fn read(path: PathBuf) -> String {
        fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    }

    #[test]
    fn writes_every_page_and_can_run_again_from_the_shell() {
        let dist = built_site("static", "");
        let written =
            prerender(&dist, SitemapLimits::default()).unwrap_or_else(|error| panic!("{error}"));
        let files: Vec<PathBuf> = fs::read_dir(dist.join("data/articles"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .collect();
        let expired = files
            .iter()
            .filter(|file| read(file.to_path_buf()).contains("\"expired\": true"))
            .count();
        assert!(expired > 0, "the sample has an expired notice");
        let articles = files.len() - expired;
        let first = read(dist.join("index.html"));
        assert!(first.contains("data-jointlink-news-prerendered"));
        assert_eq!(first.matches("<h2 class=\"jn-item-title\">").count(), 10);
        assert!(!first.contains("noscript"));
        assert_eq!(
            read(dist.join("shell.html")),
            BUILT_PAGE.replace("SOURCE", "")
        );
        assert!(dist.join("page/2/index.html").is_file());
        assert!(dist.join("tag/Ocean freight/index.html").is_file());
        assert!(dist.join("news/rcep-takes-effect/index.html").is_file());
        assert!(read(dist.join("404.html")).contains("noindex"));
        let sitemap = read(dist.join("sitemap.xml"));
        // Every page is in the sitemap but the 404 page, each article's copy
        // in the other interface language, and the expired notices' pages.
        let written = written.unwrap_or_default();
        // It lists each tag's two feeds as well.
        let feeds = sitemap.matches("/feed.xml</loc>").count();
        assert!(feeds > 3);
        assert_eq!(sitemap.matches("/feed.json</loc>").count(), feeds);
        assert_eq!(
            sitemap.matches("<url>").count() - 2 * feeds + 1 + articles + 2 * expired,
            written.pages
        );
        let ocean = read(dist.join("tag/Ocean freight/feed.xml"));
        assert!(ocean.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://www.jointlink.cn/news/tag/Ocean%20freight/feed.xml\"/>"));
        assert_eq!(
            ocean.matches("<entry>").count(),
            ocean.matches("<category term=\"Ocean freight\"/>").count()
        );
        let tag_json = read(dist.join("tag/Ocean freight/feed.json"));
        assert!(tag_json.contains(
            "\"feed_url\": \"https://www.jointlink.cn/news/tag/Ocean%20freight/feed.json\""
        ));
        for page in [
            "tag/Ocean freight/index.html",
            "zh-hans/tag/Ocean freight/index.html",
        ] {
            let page = read(dist.join(page));
            assert!(
                page.contains("href=\"/tag/Ocean%20freight/feed.xml\""),
                "{page}"
            );
        }
        assert!(dist.join("zh-hans/page/2/index.html").is_file());
        let article_urls = [
            "https://www.jointlink.cn/news/news/",
            "https://www.jointlink.cn/news/zh-hans/news/",
        ]
        .map(|start| sitemap.matches(&format!("<loc>{start}")).count());
        assert_eq!(article_urls.iter().sum::<usize>(), articles);
        assert!(article_urls.iter().all(|count| *count > 0));
        // A translated pair names each other, and itself, in both heads and in the sitemap.
        let rcep = read(dist.join("zh-hans/news/rcep-takes-effect/index.html"));
        for (language, path) in [
            ("zh-Hans", "zh-hans/news/rcep-takes-effect"),
            ("en", "news/rcep-takes-effect-en"),
        ] {
            let link = format!(
                "<link rel=\"alternate\" hreflang=\"{language}\" href=\"https://www.jointlink.cn/news/{path}/\" />"
            );
            assert!(rcep.contains(&link), "{link}");
            let alternate = format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{language}\" href=\"https://www.jointlink.cn/news/{path}/\"/>"
            );
            assert_eq!(sitemap.matches(&alternate).count(), 2, "{alternate}");
        }
        let copy = read(dist.join("news/rcep-takes-effect/index.html"));
        assert!(copy.contains(
            "<link rel=\"canonical\" href=\"https://www.jointlink.cn/news/zh-hans/news/rcep-takes-effect/\" />"
        ));
        assert!(!copy.contains("rel=\"alternate\" hreflang"));
        // Each article's share control names its one code, made once.
        let codes = fs::read_dir(dist.join("data/share")).map_or(0, Iterator::count);
        assert_eq!(codes, articles);
        for page in [&copy, &rcep] {
            assert!(page.contains("<img src=\"data/share/rcep-takes-effect.svg\""));
            assert!(page.contains(
                "value=\"https://www.jointlink.cn/news/zh-hans/news/rcep-takes-effect/\""
            ));
        }
        let seed = read(dist.join("news/asean-international-capacity-cooperation/index.html"));
        assert!(
            !seed.contains("rel=\"alternate\" hreflang"),
            "an article without translations has no alternates"
        );

        let again =
            prerender(&dist, SitemapLimits::default()).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(again, Some(written));
        assert_eq!(read(dist.join("index.html")), first);
        let _ = fs::remove_dir_all(&dist);
    }

    #[test]
    fn writes_the_embedded_views_and_tells_the_loader() {
        let dist = built_site("embedded", "");
        let written = prerender(&dist, SitemapLimits::default())
            .unwrap_or_else(|error| panic!("{error}"))
            .unwrap_or_default();
        let articles = fs::read_dir(dist.join("data/articles")).map_or(0, Iterator::count);
        let embed = dist.join("embed");
        let latest = read(embed.join("en/latest-5.html"));
        assert_eq!(latest.matches("<li ").count(), 5);
        assert!(latest.contains("href=\"/@host@?@host@&amp;news-page=%&amp;"));
        assert!(latest.contains("data-jointlink-news-prerendered"));
        assert!(!latest.contains("<img"), "a box without pictures");
        assert!(read(embed.join("en/latest-5-pictures.html")).contains("src=\"@data@/images/"));
        // Every headline there is, up to 50: more than a page of them in the samples.
        let most = read(embed.join("zh-hans/latest-50.html"))
            .matches("<li ")
            .count();
        assert!((11..=50).contains(&most), "{most}");
        let listing = read(embed.join("en/index.html"));
        assert!(listing.contains("<section aria-label=\"News\" class=\"jn-section\">"));
        assert!(read(embed.join("zh-hans/page/2/index.html")).contains("lang=\"zh-Hans\""));
        assert!(embed.join("en/tag/Ocean freight/index.html").is_file());
        assert!(read(embed.join("en/news/rcep-takes-effect/index.html")).contains("<article"));
        // Every article and listing page in both languages, and 100 boxes in each.
        let sections = written.embedded_views - 2 * 100;
        assert!(sections > 2 * articles, "{sections}");
        let loader = read(dist.join("embed.js"));
        let settings = "'{\"jointlink-news-embedded-views\":{\"folder\":\"embed\",\"languages\":[{\"folder\":\"en\",\"tag\":\"en\"},{\"folder\":\"zh-hans\",\"tag\":\"zh-Hans\"}],\"pageSize\":10,\"siteLanguage\":\"en\"}}'";
        assert!(loader.contains(settings), "{loader}");
        // A later run (over a bundle built before) finds its settings again.
        prerender(&dist, SitemapLimits::default()).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(read(dist.join("embed.js")).matches(settings).count(), 1);
        let _ = fs::remove_dir_all(&dist);
    }

    #[test]
    fn a_loader_without_its_settings_stops_the_build() {
        let dist = built_site("old-loader", "");
        write_file(&dist.join("embed.js"), "await import('./app.js');\n")
            .unwrap_or_else(|error| panic!("{error}"));
        assert!(matches!(
            prerender(&dist, SitemapLimits::default()),
            Err(PrerenderError::Loader)
        ));
        let _ = fs::remove_dir_all(&dist);
    }

    #[test]
    fn a_site_reading_another_source_is_left_as_built() {
        let dist = built_site(
            "api",
            r#"data-source="api" data-source-url="https://news.example.com/api""#,
        );
        assert!(matches!(
            prerender(&dist, SitemapLimits::default()),
            Ok(None)
        ));
        assert_eq!(
            read(dist.join("index.html")),
            BUILT_PAGE.replace(
                "SOURCE",
                r#"data-source="api" data-source-url="https://news.example.com/api""#
            )
        );
        assert!(!dist.join("404.html").exists() && !dist.join("sitemap.xml").exists());
        let _ = fs::remove_dir_all(&dist);
    }

    #[test]
    fn an_article_that_differs_from_the_index_stops_the_build() {
        let dist = built_site("stale", "");
        let path = dist.join("data/articles/rcep-takes-effect.json");
        let stale = read(path.clone()).replace("RCEP正式生效", "RCEP生效");
        write_file(&path, &stale).unwrap_or_else(|error| panic!("{error}"));
        let error = prerender(&dist, SitemapLimits::default())
            .err()
            .map(|error| error.to_string());
        assert_eq!(
            error.as_deref(),
            Some("articles/rcep-takes-effect.json differs from its entry in the index; run news-archive index")
        );
        let _ = fs::remove_dir_all(&dist);
    }
}
