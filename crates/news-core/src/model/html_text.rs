//! Titles and excerpts that HTML sources deliver as markup (WordPress's
//! `title.rendered`), turned into the plain text we show: tags removed,
//! character references decoded. Never used to render markup.

/// Plain text of an HTML snippet, with runs of whitespace as one space.
pub fn html_to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(['<', '&']) {
        text.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with('<') {
            // A tag (or comment) ends at the next '>'; an unclosed one ends the text.
            let skip_to = if rest.starts_with("<!--") {
                rest.find("-->").map(|end| end + 3)
            } else {
                rest.find('>').map(|end| end + 1)
            };
            // Inline elements sit inside words (`作业<strong>正常</strong>`); others separate them.
            if !is_inline_tag(rest) {
                text.push(' ');
            }
            rest = skip_to.map_or("", |end| &rest[end..]);
        } else {
            let (decoded, used) = character_reference(rest);
            text.push_str(&decoded);
            rest = &rest[used..];
        }
    }
    text.push_str(rest);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the tag at the start of `tag` (`<em>`, `</a>`) is of an element
/// that flows within a line of text.
fn is_inline_tag(tag: &str) -> bool {
    const INLINE: &[&str] = &[
        "a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong",
        "sub", "sup", "u",
    ];
    let name: String = tag
        .trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    INLINE.contains(&name.as_str())
}

/// Decodes the reference at the start of `text` ("&amp;", "&#8217;", "&#x4E2D;"),
/// returning it and the bytes it used; an unknown one stays as written.
fn character_reference(text: &str) -> (String, usize) {
    let Some(end) = text.find(';').filter(|end| *end <= 12) else {
        return ("&".into(), 1);
    };
    let name = &text[1..end];
    let decoded = match name.strip_prefix('#') {
        Some(number) => {
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => number.parse().ok(),
            };
            value
                .and_then(char::from_u32)
                .filter(|c| *c != '\0')
                .map(String::from)
        }
        None => named_reference(name).map(String::from),
    };
    match decoded {
        Some(decoded) => (decoded, end + 1),
        None => ("&".into(), 1),
    }
}

fn named_reference(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "hellip" => "…",
        "mdash" => "—",
        "ndash" => "–",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "laquo" => "«",
        "raquo" => "»",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "middot" => "·",
        "bull" => "•",
        "deg" => "°",
        "euro" => "€",
        "yen" => "¥",
        "times" => "×",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::html_to_text;

    #[test]
    fn removes_tags_and_keeps_words_apart() {
        assert_eq!(
            html_to_text("<p>Port <strong>news</strong></p>\n<p>Second</p>"),
            "Port news Second"
        );
        assert_eq!(html_to_text("a<br>b"), "a b");
        assert_eq!(
            html_to_text("<p>作业<strong>正常</strong>，<a href=\"x\">详情</a></p>"),
            "作业正常，详情"
        );
        assert_eq!(html_to_text("<!-- note --><p>text</p>"), "text");
        assert_eq!(html_to_text("unclosed <b"), "unclosed");
    }

    #[test]
    fn decodes_character_references() {
        assert_eq!(
            html_to_text("Rock &amp; Roll &#8217;24 &#x4E2D;&#22269;"),
            "Rock & Roll ’24 中国"
        );
        assert_eq!(
            html_to_text("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "<script>alert(1)</script>"
        );
        assert_eq!(
            html_to_text("Fish &hellip; &ldquo;chips&rdquo;"),
            "Fish … “chips”"
        );
    }

    #[test]
    fn leaves_unknown_or_broken_references_as_written() {
        assert_eq!(
            html_to_text("AT&T &unknown; & more"),
            "AT&T &unknown; & more"
        );
        assert_eq!(
            html_to_text("&#0; &#xZZ; &#99999999;"),
            "&#0; &#xZZ; &#99999999;"
        );
    }
}
