//! An article's picture: where it is, what it shows, how large it is, and
//! the same picture in other widths. Only http(s) addresses and paths inside
//! the data folder are pictures: any other address (`javascript:`, `data:`,
//! `//host`) is dropped when the data is read, as the sanitiser drops it.

use serde_json::{json, Map, Value};

use super::error::DataError;
use super::fields::Fields;

/// The largest width or height the data may give, in pixels.
const MAX_SIDE: usize = 20_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    pub url: String,
    /// What the picture shows, for readers who cannot see it; empty when it
    /// is decoration.
    pub alt: String,
    /// Width and height in pixels, when the data says: the page keeps the
    /// picture's space before it arrives.
    pub size: Option<(u32, u32)>,
    /// The same picture in other widths, for the browser to choose from.
    pub sources: Vec<ImageSource>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageSource {
    pub url: String,
    pub width: u32,
}

/// Whether `url` is an http(s) address: the only kind a picture loads from
/// outside the data folder, here and in the sanitiser.
pub fn is_web_address(url: &str) -> bool {
    let url = url.trim_start().to_ascii_lowercase();
    url.starts_with("http://") || url.starts_with("https://")
}

/// Whether `url` may be shown as a picture: an http(s) address, or a path
/// inside the data folder (no scheme, no leading `/`).
pub fn is_image_address(url: &str) -> bool {
    let url = url.trim();
    if is_web_address(url) {
        let host_and_path = url.split_once("://").map_or("", |(_, rest)| rest);
        return !host_and_path.is_empty() && !url.chars().any(char::is_whitespace);
    }
    let scheme_end = url.find(':');
    let path_start = url.find(['/', '?', '#']).unwrap_or(url.len());
    !url.is_empty()
        && !url.starts_with('/')
        && !url.starts_with('\\')
        && scheme_end.is_none_or(|colon| colon > path_start)
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl Image {
    /// A picture at `url` with nothing more said of it, if `url` may be one.
    pub fn at(url: &str) -> Option<Self> {
        is_image_address(url).then(|| Self {
            url: url.trim().to_owned(),
            alt: String::new(),
            size: None,
            sources: Vec::new(),
        })
    }

    /// The field `name`: an address, or an object with `url` and the details
    /// `read_details` reads.
    pub(super) fn read(fields: &Fields, name: &str) -> Result<Option<Self>, DataError> {
        match fields.value(name) {
            None | Some(Value::String(_)) => {
                Ok(fields.optional_text(name)?.and_then(|url| Self::at(&url)))
            }
            Some(_) => {
                let object = fields.required_object(name)?;
                let Some(image) = Self::at(&object.required_text("url")?) else {
                    return Ok(None);
                };
                image.with_details(&object).map(Some)
            }
        }
    }

    /// `alt`, `width`, `height` and `srcset` from `details`, where it has them.
    pub(super) fn with_details(mut self, details: &Fields) -> Result<Self, DataError> {
        self.alt = details.optional_text("alt")?.unwrap_or_default();
        let side = |name: &str| -> Result<Option<u32>, DataError> {
            match details.optional_count(name)? {
                Some(side) if (1..=MAX_SIDE).contains(&side) => Ok(u32::try_from(side).ok()),
                Some(_) => {
                    Err(details.invalid(name, "must be a whole number of pixels from 1 to 20000"))
                }
                None => Ok(None),
            }
        };
        self.size = side("width")?.zip(side("height")?);
        self.sources = Vec::new();
        for source in details.object_list("srcset")? {
            let url = source.required_text("url")?;
            let width =
                source
                    .required_count("width")
                    .and_then(|width| match u32::try_from(width) {
                        Ok(width) if (1..=MAX_SIDE).contains(&(width as usize)) => Ok(width),
                        _ => Err(source
                            .invalid("width", "must be a whole number of pixels from 1 to 20000")),
                    })?;
            if is_image_address(&url) {
                self.sources.push(ImageSource { url, width });
            }
        }
        self.sources.sort_by_key(|source| source.width);
        self.sources.dedup_by_key(|source| source.width);
        Ok(self)
    }

    /// As our files hold it: the address alone when nothing more is known.
    pub fn to_value(&self) -> Value {
        if self.alt.is_empty() && self.size.is_none() && self.sources.is_empty() {
            return json!(self.url);
        }
        let mut fields = Map::new();
        fields.insert("url".into(), json!(self.url));
        if !self.alt.is_empty() {
            fields.insert("alt".into(), json!(self.alt));
        }
        if let Some((width, height)) = self.size {
            fields.insert("width".into(), json!(width));
            fields.insert("height".into(), json!(height));
        }
        if !self.sources.is_empty() {
            let sources: Vec<Value> = self
                .sources
                .iter()
                .map(|source| json!({ "url": source.url, "width": source.width }))
                .collect();
            fields.insert("srcset".into(), Value::Array(sources));
        }
        Value::Object(fields)
    }

    /// `srcset` for the page, with each address made absolute by `resolve`.
    pub fn srcset(&self, resolve: impl Fn(&str) -> String) -> Option<String> {
        (!self.sources.is_empty()).then(|| {
            self.sources
                .iter()
                .map(|source| format!("{} {}w", resolve(&source.url), source.width))
                .collect::<Vec<_>>()
                .join(", ")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fields::parse_document;

    fn read(json: &str) -> Result<Option<Image>, DataError> {
        let document = parse_document("test", json)?;
        Image::read(&Fields::root("test", &document)?, "image")
    }

    #[test]
    fn only_web_addresses_and_data_folder_paths_are_pictures() {
        for good in [
            "https://example.com/a.webp",
            "http://x.cn/b.png",
            "images/quay.svg",
            "a.svg?v=2",
            "x/y:z.png",
        ] {
            assert!(is_image_address(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "data:image/svg+xml,<svg/>",
            "//evil.example/a.png",
            "/images/a.svg",
            "https://",
            "",
            "a b.png",
            "vbscript:x",
        ] {
            assert!(!is_image_address(bad), "{bad}");
        }
    }

    #[test]
    fn an_image_is_an_address_or_an_object_with_its_details() -> Result<(), DataError> {
        assert_eq!(
            read(r#"{"image": "images/quay.svg"}"#)?,
            Image::at("images/quay.svg")
        );
        let image = read(
            r#"{"image": {"url": "https://x.cn/a.jpg", "alt": "A ship at the quay", "width": 1200, "height": 800,
                "srcset": [{"url": "https://x.cn/a-960.jpg", "width": 960}, {"url": "javascript:x", "width": 10},
                           {"url": "https://x.cn/a-480.jpg", "width": 480}]}}"#,
        )?
        .unwrap_or_else(|| panic!("no image"));
        assert_eq!(image.alt, "A ship at the quay");
        assert_eq!(image.size, Some((1200, 800)));
        assert_eq!(
            image.srcset(str::to_owned).as_deref(),
            Some("https://x.cn/a-480.jpg 480w, https://x.cn/a-960.jpg 960w")
        );
        assert_eq!(
            read(&format!(r#"{{"image": {}}}"#, image.to_value()))?,
            Some(image)
        );
        assert_eq!(read(r#"{"image": "javascript:alert(1)"}"#)?, None);
        assert_eq!(read(r#"{"image": {"url": "data:x", "alt": "x"}}"#)?, None);
        assert_eq!(read(r#"{}"#)?, None);
        Ok(())
    }

    #[test]
    fn bad_details_are_errors_naming_the_field() {
        for json in [
            r#"{"image": 7}"#,
            r#"{"image": {"alt": "no url"}}"#,
            r#"{"image": {"url": "a.svg", "width": 0, "height": 10}}"#,
            r#"{"image": {"url": "a.svg", "width": 10, "height": 99999}}"#,
            r#"{"image": {"url": "a.svg", "srcset": [{"url": "b.svg"}]}}"#,
        ] {
            assert!(read(json).is_err(), "{json}");
        }
    }
}
