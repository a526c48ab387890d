//! Standalone, an address can name the interface language with a folder below
//! the site's base (`/news/zh-hans/tag/Ports/`): written by `folder_of`, read
//! by `language_folder`. The build prerenders every
//! page there in each language the site file does not name, so that each
//! language version is a page of its own, and the app keeps its links inside
//! the folder it started in.

use crate::model::Lang;

/// The folder below the site's base that holds its pages in `lang`
/// (`zh-hans/`): none for the site's own language.
pub fn folder_of(lang: Lang, site_language: Lang) -> String {
    if lang == site_language {
        String::new()
    } else {
        format!("{}/", lang.path_segment())
    }
}

/// The language whose folder `page_path` is in, below `base` (`""` or `/news`).
pub fn language_folder(base: &str, page_path: &str) -> Option<Lang> {
    let below = page_path.strip_prefix(base)?.strip_prefix('/')?;
    Lang::from_path_segment(below.split('/').next().unwrap_or_default())
}

/// The site's base inside the folder of `lang`.
pub fn base_in_folder(base: &str, lang: Lang) -> String {
    format!("{base}/{}", lang.path_segment())
}

/// `here` (a path and query below `folder_base`, a base that ends in a
/// language folder) with the folder left out: the same page, with the
/// language left to the reader's choice.
pub fn outside_folder(here: &str, folder_base: &str) -> String {
    let outer = folder_base.rsplit_once('/').map_or("", |(outer, _)| outer);
    let rest = here.strip_prefix(folder_base).unwrap_or_default();
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    format!("{outer}/{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_folder_is_the_first_folder_below_the_base() {
        assert_eq!(language_folder("", "/zh-hans/"), Some(Lang::ZhHans));
        assert_eq!(language_folder("", "/zh-hans"), Some(Lang::ZhHans));
        assert_eq!(
            language_folder("/news", "/news/en/tag/Ports/page/2/"),
            Some(Lang::En)
        );
        assert_eq!(language_folder("/news", "/news/news/zh-hans/"), None);
        assert_eq!(language_folder("/news", "/zh-hans/"), None);
        assert_eq!(language_folder("", "/zh-hansx/"), None);
        assert_eq!(language_folder("", "/zh-Hans/"), None);
        assert_eq!(language_folder("", "/"), None);
    }

    #[test]
    fn leaving_the_folder_keeps_the_page_and_its_query() {
        assert_eq!(outside_folder("/zh-hans/", "/zh-hans"), "/");
        assert_eq!(outside_folder("/zh-hans", "/zh-hans"), "/");
        assert_eq!(
            outside_folder("/news/zh-hans/news/rcep/?q=port", "/news/zh-hans"),
            "/news/news/rcep/?q=port"
        );
        assert_eq!(
            outside_folder("/news/en?q=port", "/news/en"),
            "/news/?q=port"
        );
        assert_eq!(base_in_folder("/news", Lang::ZhHans), "/news/zh-hans");
        assert_eq!(folder_of(Lang::ZhHans, Lang::En), "zh-hans/");
        assert_eq!(folder_of(Lang::En, Lang::En), "");
        assert_eq!(
            outside_folder(&format!("{}/page/2/", base_in_folder("", Lang::En)), "/en"),
            "/page/2/"
        );
    }
}
