//! An article body written in Markdown (CommonMark and tables), as the HTML
//! the app shows: the sanitiser's allowlist applied at once, and every place
//! where the written text asks for more than the allowlist keeps reported
//! with its line, so the editor sees what readers will not.

use pulldown_cmark::{html, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use news_core::model::is_web_address;
use news_core::sanitize::sanitized_html;

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
    let mut review = Review {
        body,
        first_line,
        notes: Vec::new(),
        raw_block: None,
    };
    let events: Vec<Event> = Parser::new_ext(body, Options::ENABLE_TABLES)
        .into_offset_iter()
        .filter_map(|(event, range)| review.keep(event, range.start))
        .collect();
    let mut rendered = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut rendered, events.into_iter());
    Converted {
        html: sanitized_html(&rendered).trim().to_owned(),
        notes: review.notes,
    }
}

/// Goes through the Markdown's events: notes, with their line, what the
/// page will not show as written, and adjusts headings to the page's levels.
struct Review<'a> {
    body: &'a str,
    first_line: usize,
    notes: Vec<Note>,
    /// An HTML block being read: where it starts, and its text so far.
    raw_block: Option<(usize, String)>,
}

impl Review<'_> {
    fn note(&mut self, offset: usize, message: String) {
        let before = &self.body[..offset.min(self.body.len())];
        self.notes.push(Note {
            line: self.first_line + before.matches('\n').count(),
            message,
        });
    }

    /// The event as the page shows it, or `None` for one it leaves out.
    fn keep<'e>(&mut self, event: Event<'e>, offset: usize) -> Option<Event<'e>> {
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let shown = shown_heading(level);
                if shown != level {
                    let reason = heading_reason(level);
                    let message = format!(
                        "a {} heading is shown as {}: {reason}",
                        hashes(level),
                        hashes(shown)
                    );
                    self.note(offset, message);
                }
                Some(Event::Start(Tag::Heading {
                    level: shown,
                    id,
                    classes,
                    attrs,
                }))
            }
            Event::End(TagEnd::Heading(level)) => {
                Some(Event::End(TagEnd::Heading(shown_heading(level))))
            }
            Event::Rule => {
                self.note(offset, "a horizontal rule is not shown".to_owned());
                None
            }
            Event::Start(Tag::Link { ref dest_url, .. }) if !is_link_address(dest_url) => {
                self.note(offset, format!("the link to `{dest_url}` is not kept, only its text: links need an absolute http(s) or mailto: address"));
                Some(event)
            }
            Event::Start(Tag::Image { ref dest_url, .. }) if !is_web_address(dest_url) => {
                self.note(offset, format!("the image `{dest_url}` is not shown: images in the body need an absolute http(s) address"));
                Some(event)
            }
            Event::Start(Tag::HtmlBlock) => {
                self.raw_block = Some((offset, String::new()));
                Some(event)
            }
            Event::Html(ref raw) => {
                if let Some((_, block)) = self.raw_block.as_mut() {
                    block.push_str(raw);
                }
                Some(event)
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Some((start, block)) = self.raw_block.take() {
                    for message in html_outside_allowlist(&block) {
                        self.note(start, message);
                    }
                }
                Some(event)
            }
            Event::InlineHtml(ref raw) => {
                for message in html_outside_allowlist(raw) {
                    self.note(offset, message);
                }
                Some(event)
            }
            other => Some(other),
        }
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
