//! Per-instance settings, read from `data-` attributes of the element the app
//! mounts into, so one bundle can be pointed at different data without a rebuild.

use web_sys::Element;

use crate::i18n::Lang;

/// Where the JSON files are, relative to the page's base URL unless absolute.
pub const DEFAULT_DATA_URL: &str = "data/";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub data_url: String,
    /// The interface language until the site file says otherwise.
    pub initial_lang: Lang,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            data_url: DEFAULT_DATA_URL.to_owned(),
            initial_lang: Lang::default(),
        }
    }
}

impl Settings {
    pub fn from_element(element: &Element) -> Self {
        let defaults = Self::default();
        let attribute = |name: &str| {
            element
                .get_attribute(name)
                .map(|value| value.trim().to_owned())
                .filter(|value| !value.is_empty())
        };
        let page_lang = element
            .owner_document()
            .and_then(|document| document.document_element())
            .and_then(|root| root.get_attribute("lang"));
        Self {
            data_url: attribute("data-source-url").unwrap_or(defaults.data_url),
            initial_lang: attribute("lang")
                .or(page_lang)
                .and_then(|tag| Lang::from_tag(&tag))
                .unwrap_or(defaults.initial_lang),
        }
    }
}
