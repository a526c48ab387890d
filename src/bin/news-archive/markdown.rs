//! An article body written in Markdown (CommonMark and tables), as the HTML
//! the app shows: the sanitiser's allowlist applied at once, and every place
//! where the written text asks for more than the allowlist keeps reported
//! with its line, so the editor sees what readers will not.

use pulldown_cmark::{html, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use jointlink_news::model::is_web_address;
use jointlink_news::views::sanitize::sanitized_html;

/// Something in the body that readers will not see as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub line: usize,
    pub message: String,
}

pub struct Converted {
    pub html: String,
    pub notes: Vec<Note>,
}

/// `body` as the app's HTML; `first_line` is the file line it starts on.
pub fn markdown_to_html(body: &str, first_line: usize) -> Converted {
    let line_of = |offset: usize| first_line + body[..offset.min(body.len())].matches('\n').count();
    let mut notes = Vec::new();
    let mut note = |offset: usize, message: String| {
        notes.push(Note {
            line: line_of(offset),
            message,
        })
    };
    let mut events = Vec::new();
    let mut raw_block: Option<(usize, String)> = None;
    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let shown = shown_heading(level);
                if shown != level {
                    note(
                        range.start,
                        format!(
                            "a {} heading is shown as {}: {}",
                            hashes(level),
                            hashes(shown),
                            heading_reason(level)
                        ),
                    );
                }
                Event::Start(Tag::Heading {
                    level: shown,
                    id,
                    classes,
                    attrs,
                })
            }
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shown_heading(level))),
            Event::Rule => {
                note(range.start, "a horizontal rule is not shown".to_owned());
                continue;
            }
            Event::Start(Tag::Link { ref dest_url, .. }) if !is_link_address(dest_url) => {
                note(range.start, format!("the link to `{dest_url}` is not kept, only its text: links need an absolute http(s) or mailto: address"));
                event
            }
            Event::Start(Tag::Image { ref dest_url, .. }) if !is_web_address(dest_url) => {
                note(range.start, format!("the image `{dest_url}` is not shown: images in the body need an absolute http(s) address"));
                event
            }
            Event::Start(Tag::HtmlBlock) => {
                raw_block = Some((range.start, String::new()));
                event
            }
            Event::Html(ref raw) => {
                if let Some((_, block)) = raw_block.as_mut() {
                    block.push_str(raw);
                }
                event
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Some((start, block)) = raw_block.take() {
                    for message in html_outside_allowlist(&block) {
                        note(start, message);
                    }
                }
                event
            }
            Event::InlineHtml(ref raw) => {
                for message in html_outside_allowlist(raw) {
                    note(range.start, message);
                }
                event
            }
            other => other,
        };
        events.push(event);
    }
    let mut rendered = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut rendered, events.into_iter());
    Converted {
        html: sanitized_html(&rendered).trim().to_owned(),
        notes,
    }
}

/// What an HTML body (an imported post's) loses to the allowlist.
pub fn check_html(body: &str, first_line: usize) -> Converted {
    let notes = html_outside_allowlist(body)
        .into_iter()
        .map(|message| Note {
            line: first_line,
            message,
        })
        .collect();
    Converted {
        html: sanitized_html(body).trim().to_owned(),
        notes,
    }
}

/// The title is the page's one `#` heading; the app styles `##` to `####`.
fn shown_heading(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H4,
        other => other,
    }
}

fn heading_reason(level: HeadingLevel) -> &'static str {
    match level {
        HeadingLevel::H1 => "the article's title is its only # heading",
        _ => "the body's headings go from ## to ####",
    }
}

fn hashes(level: HeadingLevel) -> String {
    "#".repeat(level as usize)
}

fn is_link_address(url: &str) -> bool {
    let url = url.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
}

/// The elements and attributes of `raw` that the allowlist removes, each once.
fn html_outside_allowlist(raw: &str) -> Vec<String> {
    let kept = sanitized_html(raw);
    let (before, after) = (tags_in(raw), tags_in(&kept));
    let mut messages = Vec::new();
    for (element, attributes) in &before {
        let survivor = after.iter().find(|(name, _)| name == element);
        let message = match survivor {
            None => format!("the HTML element <{element}> is not kept"),
            Some((_, kept_attributes)) => {
                let lost: Vec<&str> = attributes
                    .iter()
                    .filter(|attribute| !kept_attributes.contains(attribute))
                    .map(String::as_str)
                    .collect();
                if lost.is_empty() {
                    continue;
                }
                format!(
                    "the attribute {} of <{element}> is not kept",
                    lost.join(", ")
                )
            }
        };
        if !messages.contains(&message) {
            messages.push(message);
        }
    }
    messages
}

/// Each opening tag's element name and attribute names, lowercase.
fn tags_in(html: &str) -> Vec<(String, Vec<String>)> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let name: String = rest
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let end = rest.find('>').unwrap_or(rest.len());
        if name.is_empty() {
            continue;
        }
        let inside = &rest[name.len()..end];
        let attributes = inside
            .split(|c: char| c.is_whitespace())
            .filter_map(|part| {
                let attribute = part.split('=').next()?.trim_matches(['/', '"', '\'']);
                (!attribute.is_empty()
                    && attribute
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-'))
                .then(|| attribute.to_ascii_lowercase())
            })
            .collect();
        tags.push((name, attributes));
        rest = &rest[end..];
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(converted: &Converted) -> Vec<(usize, &str)> {
        converted
            .notes
            .iter()
            .map(|note| (note.line, note.message.as_str()))
            .collect()
    }

    #[test]
    fn commonmark_and_tables_become_the_allowed_html() {
        let converted = markdown_to_html(
            "## Rates\n\nSea freight **rose** by *3%*, see [the index](https://example.com/i).\n\n| Route | Days |\n| --- | ---: |\n| Ningbo–Rotterdam | 32 |\n\n- one\n- two\n\n> quoted\n\n```\ncode\n```\n",
            5,
        );
        let html = &converted.html;
        for expected in [
            "<h2>Rates</h2>",
            "<strong>rose</strong>",
            "<em>3%</em>",
            "<a href=\"https://example.com/i\" rel=\"noopener noreferrer\">the index</a>",
            "<table>",
            "<th>Route</th>",
            "<td>Ningbo–Rotterdam</td>",
            "<ul>",
            "<blockquote>",
            "<pre><code>code\n</code></pre>",
        ] {
            assert!(html.contains(expected), "{expected} in {html}");
        }
        assert!(!html.contains("style"), "{html}");
        assert_eq!(lines(&converted), Vec::<(usize, &str)>::new());
    }

    #[test]
    fn what_the_allowlist_removes_is_reported_with_its_line() {
        let converted = markdown_to_html(
            "# Big\n\nText [home](/about) and ![map](images/map.png).\n\n---\n\n<div class=\"box\"><iframe src=\"https://x\"></iframe><p style=\"color:red\">Hi</p></div>\n\n[bad](javascript:alert(1)) <span onclick=\"x()\">s</span>\n\n###### Small\n",
            10,
        );
        let notes = lines(&converted);
        let has = |line: usize, words: &str| {
            notes
                .iter()
                .any(|(at, message)| *at == line && message.contains(words))
        };
        assert!(has(10, "a # heading is shown as ##"), "{notes:?}");
        assert!(has(12, "the link to `/about` is not kept"), "{notes:?}");
        assert!(
            has(12, "the image `images/map.png` is not shown"),
            "{notes:?}"
        );
        assert!(has(14, "horizontal rule"), "{notes:?}");
        assert!(has(16, "<div> is not kept"), "{notes:?}");
        assert!(has(16, "<iframe> is not kept"), "{notes:?}");
        assert!(has(16, "attribute style of <p>"), "{notes:?}");
        assert!(has(18, "`javascript:alert(1)`"), "{notes:?}");
        assert!(has(18, "<span> is not kept"), "{notes:?}");
        assert!(has(20, "###### heading is shown as ####"), "{notes:?}");
        let html = &converted.html;
        assert!(
            html.contains("<h2>Big</h2>") && html.contains("<h4>Small</h4>"),
            "{html}"
        );
        assert!(
            !html.contains("iframe") && !html.contains("javascript") && !html.contains("onclick"),
            "{html}"
        );
        assert!(html.contains("<p>Hi</p>"), "{html}");
    }

    #[test]
    fn an_html_body_is_checked_against_the_same_allowlist() {
        let converted = check_html(
            "<p>Safe</p><script>x()</script><img src=\"https://x/a.png\" alt=\"A\">",
            7,
        );
        assert_eq!(
            lines(&converted),
            vec![(7, "the HTML element <script> is not kept")]
        );
        assert!(
            converted.html.starts_with("<p>Safe</p><img"),
            "{}",
            converted.html
        );
    }
}
