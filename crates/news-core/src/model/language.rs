//! The interface languages, as BCP 47 tags name them. Their texts and date
//! formats are in `i18n`.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    ZhHans,
}

impl Lang {
    /// In the order the language switch offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHans];

    /// Reads a BCP 47 tag; any English or Chinese variant maps to the interface we have.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Self::En),
            "zh" => Some(Self::ZhHans),
            _ => None,
        }
    }

    /// The first of a reader's preferred languages (`navigator.languages`) that we have.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Self> {
        tags.into_iter().find_map(Self::from_tag)
    }

    /// The language content is in: its tag's, or `unlabeled` (the site's) when
    /// it names none; `None` for a language the interface does not have.
    pub fn of_content(tag: Option<&str>, unlabeled: Self) -> Option<Self> {
        tag.map_or(Some(unlabeled), Self::from_tag)
    }

    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::ZhHans => "zh-Hans",
        }
    }

    /// The folder a standalone site keeps its pages in this interface language
    /// in (`/zh-hans/news/<id>/`), so that an address can name the language.
    pub fn path_segment(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::ZhHans => "zh-hans",
        }
    }

    pub fn from_path_segment(segment: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|lang| lang.path_segment() == segment)
    }

    /// The language's name in itself, as a switch offers it to its readers.
    pub fn own_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::ZhHans => "中文",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn tags_map_to_the_interface_we_have() {
        for (tag, lang) in [
            ("en", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("EN_us", Some(Lang::En)),
            ("zh", Some(Lang::ZhHans)),
            ("zh-CN", Some(Lang::ZhHans)),
            ("zh-Hant-TW", Some(Lang::ZhHans)),
            ("fr", None),
            ("", None),
            ("english", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
            assert_eq!(Lang::from_path_segment(lang.path_segment()), Some(lang));
        }
        for segment in ["zh-Hans", "zh", "EN", "news", ""] {
            assert_eq!(Lang::from_path_segment(segment), None, "{segment}");
        }
    }

    #[test]
    fn the_first_preference_we_have_wins() {
        assert_eq!(
            Lang::from_preferences(["fr-FR", "zh-CN", "en"]),
            Some(Lang::ZhHans)
        );
        assert_eq!(Lang::from_preferences(["en-US", "zh"]), Some(Lang::En));
        assert_eq!(Lang::from_preferences(["fr", "de"]), None);
        assert_eq!(Lang::from_preferences([]), None);
    }
}
