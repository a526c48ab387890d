//! The standalone site's paths below its base (and below a language folder):
//! the one place that spells an article's.

use super::folder_of;
use crate::model::percent::encode_component;
use crate::model::Lang;

/// An article's path: `news/<id>/`. Ids from feeds may hold any character,
/// so they are always encoded.
pub fn article_path(id: &str) -> String {
    format!("news/{}/", encode_component(id))
}

/// An article's own page: in the folder of its language (`content_language`),
/// so that the interface around it matches its text. An article in a language
/// the interface lacks has its page in the site's language.
pub fn own_article_path(content_language: Option<&str>, id: &str, site_language: Lang) -> String {
    let lang = Lang::of_content(content_language, site_language).unwrap_or(site_language);
    format!("{}{}", folder_of(lang, site_language), article_path(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_lives_in_the_folder_of_its_language() {
        assert_eq!(article_path("rcep"), "news/rcep/");
        assert_eq!(article_path("宁波"), "news/%E5%AE%81%E6%B3%A2/");
        assert_eq!(
            own_article_path(Some("zh-Hans"), "rcep", Lang::En),
            "zh-hans/news/rcep/"
        );
        assert_eq!(own_article_path(None, "rcep", Lang::En), "news/rcep/");
        assert_eq!(
            own_article_path(Some("fr"), "rcep", Lang::ZhHans),
            "news/rcep/"
        );
        assert_eq!(
            own_article_path(Some("en"), "rcep", Lang::ZhHans),
            "en/news/rcep/"
        );
    }
}
