//! The page Trunk built (`index.html`), taken apart once so that every
//! prerendered page is the same document with its own head and content.

use std::collections::HashMap;

use jointlink_news::state::settings::Settings;
use news_core::model::prerendered::MOUNT_ATTRIBUTE;
use news_core::model::Lang;

use crate::error::PrerenderError;

/// The built page around the places each page fills in.
pub struct Template {
    /// Up to the value of `<html lang="…">`.
    before_lang: String,
    /// From after that value up to `<title>`.
    head_start: String,
    /// From after `</title>` up to `</head>`.
    head_end: String,
    /// From `</head>` through the news element's start tag.
    body_start: String,
    /// From the news element's end tag to the end.
    body_end: String,
    /// The template's own description, for pages without one of their own.
    pub description: Option<String>,
    /// The news element's attributes, which configure the app.
    pub attributes: HashMap<String, String>,
    /// The path of `<base href>`: where the site lives on its host.
    pub base_path: String,
}

/// What one page puts into the template.
pub struct PageParts<'a> {
    pub lang: &'a str,
    pub title: &'a str,
    /// Tags for the head: description, canonical address, Open Graph, feeds.
    pub head: &'a str,
    /// The news element's content: the rendered view and its data.
    pub content: &'a str,
}

impl Template {
    /// An attribute of the news element.
    pub fn attribute(&self, name: &str) -> Option<String> {
        self.attributes.get(name).cloned()
    }

    /// The app's settings on a page of this template in `interface`.
    pub fn settings(&self, interface: Lang, site_language: Lang) -> Settings {
        Settings::prerendered_page(
            |name| self.attribute(name),
            &self.base_path,
            interface,
            site_language,
        )
    }

    pub fn parse(html: &str) -> Result<Self, PrerenderError> {
        let (html, description) = take_description(html);
        let html = html.as_str();
        let missing = |what: &str| PrerenderError::Template {
            missing: what.to_owned(),
        };
        let lang_at = html
            .find("<html lang=\"")
            .ok_or_else(|| missing("<html lang=\"…\">"))?
            + 12;
        let lang_end = lang_at + html[lang_at..].find('"').ok_or_else(|| missing("lang"))?;
        let title_at = html.find("<title>").ok_or_else(|| missing("<title>"))?;
        let title_end = html.find("</title>").ok_or_else(|| missing("</title>"))? + 8;
        let head_close = html.find("</head>").ok_or_else(|| missing("</head>"))?;
        let element_at = html[..html
            .find(MOUNT_ATTRIBUTE)
            .ok_or_else(|| missing(MOUNT_ATTRIBUTE))?]
            .rfind('<')
            .ok_or_else(|| missing("news element"))?;
        let start_tag_end = element_at
            + html[element_at..]
                .find('>')
                .ok_or_else(|| missing("end of the news element's tag"))?
            + 1;
        let tag_name: String = html[element_at + 1..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let body_close = html.rfind("</body>").ok_or_else(|| missing("</body>"))?;
        let end_tag = format!("</{tag_name}>");
        let element_end = html[..body_close]
            .rfind(&end_tag)
            .filter(|&end| end >= start_tag_end)
            .ok_or_else(|| missing(&format!("{end_tag} closing the news element")))?;
        Ok(Self {
            before_lang: html[..lang_at].to_owned(),
            head_start: html[lang_end..title_at].to_owned(),
            head_end: html[title_end..head_close].to_owned(),
            description,
            body_start: html[head_close..start_tag_end].to_owned(),
            body_end: html[element_end..].to_owned(),
            attributes: attributes(&html[element_at..start_tag_end]),
            base_path: base_path(&html[..head_close]),
        })
    }

    pub fn page(&self, parts: &PageParts) -> String {
        let mut page = String::with_capacity(self.before_lang.len() + parts.content.len() + 4096);
        page.push_str(&self.before_lang);
        page.push_str(&escape(parts.lang));
        page.push_str(&self.head_start);
        page.push_str("<title>");
        page.push_str(&escape(parts.title));
        page.push_str("</title>\n    ");
        page.push_str(parts.head);
        page.push_str(&self.head_end);
        page.push_str(&self.body_start);
        page.push_str(parts.content);
        page.push_str(&self.body_end);
        page
    }
}

/// The page without its description, which each page writes for itself, and that description.
fn take_description(head: &str) -> (String, Option<String>) {
    let Some(start) = head.find("<meta name=\"description\"") else {
        return (head.to_owned(), None);
    };
    let end = head[start..]
        .find('>')
        .map_or(head.len(), |end| start + end + 1);
    let description = attributes(&head[start..end]).remove("content");
    let rest = format!(
        "{}{}",
        &head[..start],
        head[end..].trim_start_matches([' ', '\n'])
    );
    (rest, description)
}

fn base_path(head: &str) -> String {
    head.find("<base href=\"")
        .map(|at| &head[at + 12..])
        .and_then(|rest| rest.split('"').next())
        .map(|href| {
            href.split("://").nth(1).map_or(href, |rest| {
                rest.find('/').map_or("/", |slash| &rest[slash..])
            })
        })
        .unwrap_or("/")
        .to_owned()
}

/// `name="value"`, `name='value'` and bare `name` attributes of one start tag.
fn attributes(start_tag: &str) -> HashMap<String, String> {
    let inner = start_tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut rest = inner.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    let mut found = HashMap::new();
    loop {
        rest = rest.trim_start();
        let name_len = rest
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(rest.len());
        if name_len == 0 {
            return found;
        }
        let name = rest[..name_len].to_ascii_lowercase();
        rest = rest[name_len..].trim_start();
        let value = match rest.strip_prefix('=') {
            Some(after) => {
                let after = after.trim_start();
                let (value, remaining) = match after.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        let body = &after[1..];
                        let end = body.find(quote).unwrap_or(body.len());
                        (&body[..end], body.get(end + 1..).unwrap_or_default())
                    }
                    _ => {
                        let end = after.find(char::is_whitespace).unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                rest = remaining;
                unescape(value)
            }
            None => String::new(),
        };
        found.insert(name, value);
    }
}

/// Text for HTML text or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILT: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta name="description" content="Old" />
    <title>Old title</title>
    <base href="/news/" />
    <link rel="stylesheet" href="/news/news.css"/>
  </head>
  <body>
    <div data-jointlink-news data-mode="standalone" data-page-size='5'>
      <noscript><p>Needs JavaScript.</p></noscript>
    </div>
  </body>
</html>
"#;

    #[test]
    fn fills_in_the_head_and_the_news_element() -> Result<(), PrerenderError> {
        let template = Template::parse(BUILT)?;
        assert_eq!(template.base_path, "/news/");
        assert_eq!(
            template.attributes.get("data-mode").map(String::as_str),
            Some("standalone")
        );
        assert_eq!(
            template
                .attributes
                .get("data-page-size")
                .map(String::as_str),
            Some("5")
        );
        assert!(template.attributes.contains_key("data-jointlink-news"));
        assert_eq!(template.description.as_deref(), Some("Old"));
        let page = template.page(&PageParts {
            lang: "zh-Hans",
            title: "A & B",
            head: "<meta name=\"description\" content=\"New\">\n",
            content: "<p>Hello</p>",
        });
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"));
        assert!(page.contains("<title>A &amp; B</title>"));
        assert!(!page.contains("Old"));
        assert!(page.contains("content=\"New\""));
        assert!(page.contains("href=\"/news/news.css\""));
        assert!(page.contains("data-page-size='5'><p>Hello</p></div>\n  </body>"));
        assert!(!page.contains("noscript"));
        Ok(())
    }

    #[test]
    fn a_page_that_is_not_the_built_one_is_refused() {
        for html in [
            "",
            "<html lang=\"en\"><title></title></head><body></body>",
            &BUILT.replace("data-jointlink-news", "data-other"),
        ] {
            assert!(Template::parse(html).is_err());
        }
    }
}
