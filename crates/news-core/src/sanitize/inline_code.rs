//! Defuses inline styles and event handlers in markup before the browser parses
//! it. Under a Content-Security-Policy without 'unsafe-inline' the browser
//! checks every `style` attribute, `<style>` element and `on*` attribute while
//! building even an inert document, and reports each as a violation; a
//! WordPress post carries dozens. Safety never depends on this pass: the
//! allowlist walk drops all of them anyway. It only keeps a site's report
//! endpoint quiet, so it follows the HTML tokenizer closely but not to the last
//! foreign-content rule.
//!
//! Attributes are renamed (`style` becomes `x-style`), not removed, so the
//! tokens around them stay as they were: removing `style="a"` from
//! `<p a style="a"="b">` would make `="b"` the value of `a`.

use std::borrow::Cow;
use std::ops::Range;

/// Elements whose content is text up to their end tag, not markup.
const TEXT_ONLY: &[&str] = &[
    "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
];

pub fn without_inline_code(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut edits = Vec::new();
    let mut position = 0;
    while let Some(offset) = bytes[position..].iter().position(|&byte| byte == b'<') {
        position += offset;
        let rest = &bytes[position..];
        if rest.starts_with(b"<!--") {
            position = comment_end(bytes, position + 4);
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            position = after(bytes, position + 2, b'>');
        } else if rest.starts_with(b"</") && rest.get(2).is_some_and(u8::is_ascii_alphabetic) {
            position = scan_tag(bytes, position + 2, &mut |_| {}).end;
        } else if rest.get(1).is_some_and(u8::is_ascii_alphabetic) {
            position = start_tag(bytes, position, &mut edits);
        } else {
            position += 1;
        }
    }
    if edits.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut kept = String::with_capacity(html.len() + 2 * edits.len());
    let mut copied_up_to = 0;
    for (range, replacement) in edits {
        kept.push_str(&html[copied_up_to..range.start]);
        kept.push_str(replacement);
        copied_up_to = range.end;
    }
    kept.push_str(&html[copied_up_to..]);
    Cow::Owned(kept)
}

/// Put before the name of an inline style or handler attribute.
const RENAMED: &str = "x-";
/// What replaces a `<style>` element: text on either side stays text (`<`
/// before it and `p onclick=x>` after it must not join into a tag).
const ELEMENT_GAP: &str = "<!---->";

/// One change to the markup: the bytes in the range give way to the text.
type Edit = (Range<usize>, &'static str);

/// Reads the start tag at `start` and the text of a text-only element after
/// it, noting the edits it needs; returns where the markup goes on.
fn start_tag(bytes: &[u8], start: usize, edits: &mut Vec<Edit>) -> usize {
    let mut renamed = Vec::new();
    let tag = scan_tag(bytes, start + 1, &mut |name_start| {
        renamed.push((name_start..name_start, RENAMED));
    });
    let Some(text_only) = TEXT_ONLY
        .iter()
        .find(|name| tag.name.eq_ignore_ascii_case(name))
    else {
        edits.extend(renamed);
        return if tag.name.eq_ignore_ascii_case("plaintext") {
            bytes.len()
        } else {
            tag.end
        };
    };
    let text_end = text_end(bytes, tag.end, text_only);
    if *text_only != "style" {
        edits.extend(renamed);
        return text_end;
    }
    // A style element goes whole, its end tag included.
    let element_end = if text_end < bytes.len() {
        scan_tag(bytes, text_end + 2, &mut |_| {}).end
    } else {
        text_end
    };
    edits.push((start..element_end, ELEMENT_GAP));
    element_end
}

struct Tag<'a> {
    name: &'a str,
    /// Just after the `>`, or the end of the input.
    end: usize,
}

/// Reads a tag from its name at `start`, calling `inline_code` with where
/// the name of each `style` or `on*` attribute starts.
fn scan_tag<'a>(bytes: &'a [u8], start: usize, inline_code: &mut impl FnMut(usize)) -> Tag<'a> {
    let name_end = start + span(&bytes[start..], |byte| !ends_name(byte));
    // Tag names are ASCII-delimited, so both ends are character boundaries.
    let name = std::str::from_utf8(&bytes[start..name_end]).unwrap_or_default();
    let mut position = name_end;
    loop {
        position += span(&bytes[position..], |byte| {
            byte.is_ascii_whitespace() || byte == b'/'
        });
        let Some(&first) = bytes.get(position) else {
            return Tag {
                name,
                end: position,
            };
        };
        if first == b'>' {
            return Tag {
                name,
                end: position + 1,
            };
        }
        // A leading `=` belongs to the name, as the tokenizer reads it.
        let name_start = position;
        position += 1 + span(&bytes[position + 1..], |byte| {
            !ends_name(byte) && byte != b'='
        });
        let attribute_name = &bytes[name_start..position];
        let before_value = position + span(&bytes[position..], |byte| byte.is_ascii_whitespace());
        if bytes.get(before_value) == Some(&b'=') {
            position = before_value + 1;
            position += span(&bytes[position..], |byte| byte.is_ascii_whitespace());
            position = match bytes.get(position) {
                Some(&quote @ (b'"' | b'\'')) => after(bytes, position + 1, quote),
                _ => position + span(&bytes[position..], |byte| !ends_unquoted(byte)),
            };
        }
        if is_inline_code(attribute_name) {
            inline_code(name_start);
        }
    }
}

fn is_inline_code(name: &[u8]) -> bool {
    name.eq_ignore_ascii_case(b"style")
        || name
            .get(..2)
            .is_some_and(|start| start.eq_ignore_ascii_case(b"on"))
}

fn ends_name(byte: u8) -> bool {
    byte.is_ascii_whitespace() || byte == b'/' || byte == b'>'
}

fn ends_unquoted(byte: u8) -> bool {
    byte.is_ascii_whitespace() || byte == b'>'
}

/// How many bytes from the start of `bytes` satisfy `keep`.
fn span(bytes: &[u8], keep: impl Fn(u8) -> bool) -> usize {
    bytes
        .iter()
        .position(|&byte| !keep(byte))
        .unwrap_or(bytes.len())
}

/// Just after the first `wanted` from `start`, or the end of the input.
fn after(bytes: &[u8], start: usize, wanted: u8) -> usize {
    bytes[start.min(bytes.len())..]
        .iter()
        .position(|&byte| byte == wanted)
        .map_or(bytes.len(), |offset| start + offset + 1)
}

/// A comment ends at `-->` or `--!>`; `<!-->` and `<!--->` end at once.
fn comment_end(bytes: &[u8], start: usize) -> usize {
    let rest = &bytes[start.min(bytes.len())..];
    if rest.starts_with(b">") {
        return start + 1;
    }
    if rest.starts_with(b"->") {
        return start + 2;
    }
    (0..rest.len())
        .find_map(|offset| {
            let tail = &rest[offset..];
            [&b"-->"[..], b"--!>"]
                .iter()
                .find(|end| tail.starts_with(end))
                .map(|end| start + offset + end.len())
        })
        .unwrap_or(bytes.len())
}

/// Where the text of a `TEXT_ONLY` element ends: at its end tag.
fn text_end(bytes: &[u8], start: usize, name: &str) -> usize {
    let closing = format!("</{name}");
    (start..bytes.len())
        .find(|&position| {
            bytes[position..]
                .get(..closing.len())
                .is_some_and(|tag| tag.eq_ignore_ascii_case(closing.as_bytes()))
                && bytes
                    .get(position + closing.len())
                    .is_none_or(|&byte| ends_name(byte))
        })
        .unwrap_or(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::without_inline_code;

    #[test]
    fn renames_style_and_event_handlers_in_any_quoting() {
        let cases = [
            (
                r#"<p style="color:red">Text</p>"#,
                r#"<p x-style="color:red">Text</p>"#,
            ),
            (
                "<img src=x onerror=alert(1) alt='A'>",
                "<img src=x x-onerror=alert(1) alt='A'>",
            ),
            (
                "<DIV ONMOUSEOVER = 'x()' STYLE=a:b id=k>",
                "<DIV x-ONMOUSEOVER = 'x()' x-STYLE=a:b id=k>",
            ),
            (
                r#"<a title="x > y" onclick="go()" href="/a">a</a>"#,
                r#"<a title="x > y" x-onclick="go()" href="/a">a</a>"#,
            ),
            ("<p/style=x>", "<p/x-style=x>"),
            ("<p =style onload>", "<p =style x-onload>"),
        ];
        for (markup, expected) in cases {
            assert_eq!(without_inline_code(markup), expected, "{markup}");
        }
    }

    /// Found by the `sanitiser_inline_code` fuzz target: removing attributes
    /// joined their neighbours into other tokens (`<p a ="b">` gives `a` a value).
    #[test]
    fn renamed_attributes_leave_the_tokens_around_them_alone() {
        for markup in [
            r#"<p style="a>b"=="a>b"<style>"#,
            r#"<p</p style="a>b"="a>b" style"#,
        ] {
            let once = without_inline_code(markup).into_owned();
            assert_eq!(once, markup.replace("style=", "x-style="));
            assert_eq!(without_inline_code(&once), once);
        }
    }

    #[test]
    fn leaves_text_comments_and_other_attributes_alone() {
        for markup in [
            "<p>style=\"x\" onclick=y</p>",
            "<!-- <p style=x> --><p>a</p>",
            "<script>var a = '<p style=x>';</script>",
            "<textarea><b onclick=x></textarea>",
            "<p>a</p><stylesheet-note>b</stylesheet-note>",
            "<title>x</title>",
            "a < b and c<1",
            "<a href=\"/one\" data-on=\"x\" tone=\"y\">t</a>",
            "宁波 <em>舟山</em>",
        ] {
            assert_eq!(without_inline_code(markup), markup);
        }
    }

    #[test]
    fn removes_style_elements_whole_leaving_text_apart() {
        for (markup, expected) in [
            (
                "a<style>p{}</style ><p style=x>b</p>",
                "a<!----><p x-style=x>b</p>",
            ),
            ("<STYLE media=x onload=y>@import 'x';</Style>c", "<!---->c"),
            ("<style><p>not markup</style>", "<!---->"),
            ("x<style>never closed", "x<!---->"),
            ("<<style></style>p onclick=x>", "<<!---->p onclick=x>"),
        ] {
            assert_eq!(without_inline_code(markup), expected, "{markup}");
        }
    }

    #[test]
    fn reads_text_only_elements_to_their_end_tag() {
        assert_eq!(
            without_inline_code("<script>'</scripts>'</script><b onclick=x>"),
            "<script>'</scripts>'</script><b x-onclick=x>"
        );
    }

    #[test]
    fn unfinished_markup_ends_the_scan() {
        for (markup, expected) in [
            ("<p style=\"never closed", "<p x-style=\"never closed"),
            ("<p style", "<p x-style"),
            ("<!-- open", "<!-- open"),
            ("<", "<"),
            ("<p", "<p"),
        ] {
            assert_eq!(without_inline_code(markup), expected, "{markup}");
        }
    }
}
