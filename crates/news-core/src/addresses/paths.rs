//! The standalone site's paths below its base (and below a language folder):
//! the one place that spells an article's.

use super::folder_of;
use crate::model::percent::encode_component;
use crate::model::{Lang, Site};

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

/// The address readers share an article by: its own page on the published
/// site, when the site file says where that is.
pub fn canonical_article_address(
    site: &Site,
    content_language: Option<&str>,
    id: &str,
) -> Option<String> {
    let path = own_article_path(content_language, id, site.language);
    site.base_url.as_ref().map(|base| format!("{base}{path}"))
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

    #[test]
    fn an_article_is_shared_by_its_own_page_on_the_published_site(
    ) -> Result<(), crate::model::DataError> {
        let site_file = |base: &str| {
            format!(
                r#"{{"company": "J", "language": "en", {base} "contact": {{"tel": {{"display": "1", "dial": "1"}}, "fax": {{"display": "1", "dial": "1"}}, "email": "a@b.cn"}}}}"#
            )
        };
        let published = Site::parse(
            "site.json",
            &site_file(r#""base_url": "https://www.jointlink.cn/news","#),
        )?;
        assert_eq!(
            canonical_article_address(&published, Some("zh-Hans"), "rcep").as_deref(),
            Some("https://www.jointlink.cn/news/zh-hans/news/rcep/")
        );
        assert_eq!(
            canonical_article_address(&published, None, "rcep").as_deref(),
            Some("https://www.jointlink.cn/news/news/rcep/")
        );
        let unpublished = Site::parse("site.json", &site_file(""))?;
        assert_eq!(canonical_article_address(&unpublished, None, "rcep"), None);
        Ok(())
    }
}
