//! The allowlist for HTML rendered at build time, where the browser's parser
//! is not at hand: ammonia (html5ever, the browser's parsing algorithm) keeps
//! the elements, attributes and URL schemes that `allowlist` keeps, and drops
//! the same elements with their content.

use std::collections::{HashMap, HashSet};

use ammonia::{Builder, UrlRelative};

use super::allowlist::{is_small_number, DROPPED, KEPT, LINK_SCHEMES};
use crate::model::is_web_address;

/// Feed HTML as safe markup for a prerendered page.
pub fn sanitized_html(html: &str) -> String {
    let schemes: HashSet<&str> = LINK_SCHEMES
        .iter()
        .map(|scheme| scheme.trim_end_matches(':'))
        .collect();
    let cell = HashSet::from(["colspan", "rowspan"]);
    Builder::empty()
        .tags(KEPT.iter().copied().collect())
        .clean_content_tags(DROPPED.iter().copied().collect())
        .tag_attributes(HashMap::from([
            ("a", HashSet::from(["href"])),
            ("img", HashSet::from(["src", "alt", "width", "height"])),
            ("td", cell.clone()),
            ("th", cell),
        ]))
        .url_schemes(schemes)
        // The browser's walk resolves addresses without a base, which refuses relative ones.
        .url_relative(UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"))
        .set_tag_attribute_value("img", "loading", "lazy")
        .set_tag_attribute_value("img", "referrerpolicy", "no-referrer")
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            // Images load only over http(s), never from `mailto:` or `data:`.
            ("img", "src") if !is_web_address(value) => None,
            (_, "width" | "height" | "colspan" | "rowspan") if !is_small_number(value) => None,
            _ => Some(value.into()),
        })
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CORPUS: &str = include_str!("../../../../tests/xss-vectors.json");

    /// Every element and attribute of `html`, as (element, attribute, value).
    fn attributes(html: &str) -> Vec<(String, String, String)> {
        let mut found = Vec::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            let tag_end = rest[start..]
                .find('>')
                .map_or(rest.len(), |end| start + end);
            let tag = &rest[start + 1..tag_end];
            rest = &rest[tag_end..];
            if tag.starts_with('/') {
                continue;
            }
            let name: String = tag
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            let mut attributes = &tag[name.len()..];
            while let Some(equals) = attributes.find("=\"") {
                let attribute = attributes[..equals].trim().to_owned();
                let value_end = attributes[equals + 2..]
                    .find('"')
                    .map_or(attributes.len(), |end| equals + 2 + end);
                found.push((
                    name.clone(),
                    attribute,
                    attributes[equals + 2..value_end].to_owned(),
                ));
                attributes = attributes.get(value_end + 1..).unwrap_or_default();
            }
            found.push((name, String::new(), String::new()));
        }
        found
    }

    #[test]
    fn the_xss_corpus_keeps_only_the_allowlist() {
        let vectors: Vec<String> = serde_json::from_str(CORPUS).unwrap_or_default();
        assert!(vectors.len() >= 40, "the corpus did not load");
        for vector in &vectors {
            let clean = sanitized_html(vector);
            for (element, attribute, value) in attributes(&clean) {
                assert!(
                    KEPT.contains(&element.as_str()),
                    "<{element}> from {vector}"
                );
                assert!(!attribute.starts_with("on"), "{attribute} from {vector}");
                assert!(
                    !matches!(attribute.as_str(), "style" | "class" | "id" | "srcdoc"),
                    "{attribute} from {vector}"
                );
                if matches!(attribute.as_str(), "href" | "src") {
                    let scheme_ok = ["http://", "https://", "mailto:"]
                        .iter()
                        .any(|scheme| value.to_ascii_lowercase().starts_with(scheme));
                    assert!(scheme_ok, "{attribute}={value} from {vector}");
                }
            }
            let lower = clean.to_ascii_lowercase();
            assert!(
                !lower.contains("<script") && !lower.contains("javascript:"),
                "{clean} from {vector}"
            );
        }
    }

    #[test]
    fn keeps_what_readers_need_and_drops_code_with_its_content() {
        assert_eq!(
            sanitized_html(
                r#"<div><p>Rates <strong>rise</strong></p><script>alert(1)</script><style>p{}</style></div>"#
            ),
            "<p>Rates <strong>rise</strong></p>"
        );
        assert_eq!(
            sanitized_html(r#"<a href="https://example.com/x" onclick="x()">more</a>"#),
            r#"<a href="https://example.com/x" rel="noopener noreferrer">more</a>"#
        );
        assert_eq!(
            sanitized_html(r#"<a href="/relative">x</a>"#),
            "<a rel=\"noopener noreferrer\">x</a>"
        );
        let image = sanitized_html(
            r#"<img src="https://example.com/a.png" alt="Quay" width="640" height="99999" style="x">"#,
        );
        assert!(
            image.contains(r#"src="https://example.com/a.png""#) && image.contains(r#"alt="Quay""#)
        );
        assert!(
            image.contains(r#"width="640""#)
                && !image.contains("height")
                && !image.contains("style")
        );
        assert!(image.contains(r#"loading="lazy""#));
        assert!(!sanitized_html(r#"<img src="mailto:a@b.cn">"#).contains("mailto"));
        assert_eq!(
            sanitized_html("<svg><a href=\"https://x/\">x</a></svg>after"),
            "after"
        );
    }
}
