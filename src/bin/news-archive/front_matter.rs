//! The block at the top of an article's Markdown file that says what the
//! body does not: title, date, tags and so on, between two `---` lines, in the
//! part of YAML editors write by hand (`key: value`, lists as `[a, b]` or as
//! `- item` lines, quoted or plain strings, `#` comments). Every error names
//! the line and the field.

use std::fmt;

/// One field's value as written: text, or a list of texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    List(Vec<String>),
}

/// A field of the front matter and the line it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: Value,
    pub line: usize,
}

/// The front matter's fields, in the order written, and the body after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub fields: Vec<Field>,
    pub body: String,
    /// The line the body starts on, for messages about it.
    pub body_line: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontMatterError {
    pub line: usize,
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for FrontMatterError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(formatter, "line {}: `{field}` {}", self.line, self.message),
            None => write!(formatter, "line {}: {}", self.line, self.message),
        }
    }
}

const FENCE: &str = "---";

pub fn parse(text: &str) -> Result<Document, FrontMatterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n').enumerate();
    let error = |line: usize, field: Option<&str>, message: &str| FrontMatterError {
        line,
        field: field.map(str::to_owned),
        message: message.to_owned(),
    };
    match lines.next() {
        Some((_, first)) if first.trim_end() == FENCE => {}
        _ => {
            return Err(error(
                1,
                None,
                "must be `---`: a file starts with its front matter (title, date, …) between two `---` lines",
            ))
        }
    }
    let mut fields: Vec<Field> = Vec::new();
    let mut open_list: Option<usize> = None;
    for (index, raw) in lines.by_ref() {
        let number = index + 1;
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim_end() == FENCE {
            let rest: String = text
                .split_inclusive('\n')
                .skip(number)
                .collect::<Vec<_>>()
                .concat();
            return Ok(Document {
                fields,
                body: rest,
                body_line: number + 1,
            });
        }
        let content = line.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if let Some(item) = content
            .strip_prefix("- ")
            .or((content == "-").then_some(""))
        {
            let Some(position) = open_list else {
                return Err(error(
                    number,
                    None,
                    "is a list item (`- …`) with no field above it",
                ));
            };
            let field = &mut fields[position];
            let item =
                scalar(item).map_err(|message| error(number, Some(&field.name), &message))?;
            match &mut field.value {
                Value::List(items) => items.push(item),
                Value::Text(_) => field.value = Value::List(vec![item]),
            }
            continue;
        }
        if line.starts_with([' ', '\t']) {
            return Err(error(
                number,
                None,
                "is indented: only list items (`- …`) may be, below their field",
            ));
        }
        let Some((name, value)) = content.split_once(':') else {
            return Err(error(number, None, "must be `field: value`"));
        };
        let name = name.trim();
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(error(
                number,
                None,
                &format!("names the field {name:?}: field names are lowercase words"),
            ));
        }
        if fields.iter().any(|field| field.name == name) {
            return Err(error(number, Some(name), "is given twice"));
        }
        let value = value.trim();
        let parsed = if value.is_empty() {
            Value::Text(String::new())
        } else if let Some(inner) = value.strip_prefix('[') {
            let inner = inner.strip_suffix(']').ok_or_else(|| {
                error(
                    number,
                    Some(name),
                    "opens a list with `[` but does not close it with `]`",
                )
            })?;
            Value::List(flow_items(inner).map_err(|message| error(number, Some(name), &message))?)
        } else {
            Value::Text(scalar(value).map_err(|message| error(number, Some(name), &message))?)
        };
        open_list = value.is_empty().then_some(fields.len());
        fields.push(Field {
            name: name.to_owned(),
            value: parsed,
            line: number,
        });
    }
    Err(error(
        text.lines().count().max(1),
        None,
        "ends the file inside the front matter: close it with a `---` line",
    ))
}

/// One value: `"double"` (JSON escapes), `'single'` (`''` for a quote), or plain
/// text up to a ` #` comment.
fn scalar(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.starts_with('"') {
        return serde_json::from_str::<String>(text).map_err(|_| {
            format!("has a quoted text that does not end where its line does: {text}")
        });
    }
    if let Some(inner) = text.strip_prefix('\'') {
        let inner = inner.strip_suffix('\'').ok_or_else(|| {
            format!("has a quoted text that does not end where its line does: {text}")
        })?;
        return Ok(inner.replace("''", "'"));
    }
    let plain = match text.find(" #") {
        Some(comment) => &text[..comment],
        None => text,
    };
    Ok(plain.trim().to_owned())
}

/// The items of `[a, "b, c", 'd']`, without the brackets.
fn flow_items(inner: &str) -> Result<Vec<String>, String> {
    let mut items = Vec::new();
    let mut rest = inner.trim();
    while !rest.is_empty() {
        let (item, after) = match rest.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let end = closing_quote(rest, quote)
                    .ok_or_else(|| format!("has a list item whose quote is not closed: {rest}"))?;
                (&rest[..=end], &rest[end + 1..])
            }
            _ => rest.split_at(rest.find(',').unwrap_or(rest.len())),
        };
        let item = scalar(item)?;
        if !item.is_empty() {
            items.push(item);
        }
        let after = after.trim_start();
        rest = match after.strip_prefix(',') {
            Some(next) => next.trim_start(),
            None if after.is_empty() => after,
            None => return Err(format!("has list items not separated by commas: {after}")),
        };
    }
    Ok(items)
}

fn closing_quote(text: &str, quote: char) -> Option<usize> {
    let mut chars = text.char_indices().skip(1).peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            // A doubled single quote is a quote inside the text.
            '\'' if quote == '\'' && chars.peek().is_some_and(|(_, next)| *next == '\'') => {
                chars.next();
            }
            c if c == quote => return Some(at),
            _ => {}
        }
    }
    None
}

/// Front matter as the tool writes it: every text quoted, so that any title
/// reads back exactly.
pub fn write(fields: &[(&str, Value)], body: &str) -> String {
    let quoted = |text: &str| serde_json::to_string(text).unwrap_or_default();
    let mut out = String::from("---\n");
    for (name, value) in fields {
        let written = match value {
            Value::Text(text) => quoted(text),
            Value::List(items) => format!(
                "[{}]",
                items
                    .iter()
                    .map(|item| quoted(item))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        out.push_str(&format!("{name}: {written}\n"));
    }
    out.push_str("---\n");
    out.push_str(body);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(fields: &[Field], name: &str) -> Option<Value> {
        fields
            .iter()
            .find(|field| field.name == name)
            .map(|field| field.value.clone())
    }

    #[test]
    fn reads_fields_lists_and_the_body() {
        let document = parse(
            "---\ntitle: RCEP: one year on   # a comment\ndate: 2026-11-29\n# a note\ntags: [Ports, \"Sea, air\", 'Rail''s']\nauthors:\n  - Afra Yu\n  - \"Li Wei\"\nsummary: \"Line \\\"quoted\\\"\"\n---\nFirst paragraph.\n\n---\n\nAfter a rule.\n",
        )
        .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            text(&document.fields, "title"),
            Some(Value::Text("RCEP: one year on".into()))
        );
        assert_eq!(
            text(&document.fields, "tags"),
            Some(Value::List(vec![
                "Ports".into(),
                "Sea, air".into(),
                "Rail's".into()
            ]))
        );
        assert_eq!(
            text(&document.fields, "authors"),
            Some(Value::List(vec!["Afra Yu".into(), "Li Wei".into()]))
        );
        assert_eq!(
            text(&document.fields, "summary"),
            Some(Value::Text("Line \"quoted\"".into()))
        );
        assert_eq!(document.body, "First paragraph.\n\n---\n\nAfter a rule.\n");
        assert_eq!(document.body_line, 11);
        assert_eq!(document.fields[1].line, 3);
    }

    #[test]
    fn what_the_tool_writes_reads_back_exactly() {
        let fields = [
            ("title", Value::Text("宁波港: \"最新\" 动态 # 1 'x'".into())),
            ("tags", Value::List(vec!["港口".into(), "a, b".into()])),
        ];
        let written = write(&fields, "Body\n");
        let document = parse(&written).unwrap_or_else(|error| panic!("{error}"));
        let read: Vec<(String, Value)> = document
            .fields
            .into_iter()
            .map(|field| (field.name, field.value))
            .collect();
        assert_eq!(
            read,
            fields
                .iter()
                .map(|(name, value)| ((*name).to_owned(), value.clone()))
                .collect::<Vec<_>>()
        );
        assert_eq!(document.body, "Body\n");
    }

    #[test]
    fn broken_front_matter_names_the_line_and_the_field() {
        for (text, line, field, words) in [
            ("title: x\n---\n", 1, None, "must be `---`"),
            ("---\ntitle: x\n", 2, None, "close it with a `---` line"),
            ("---\ntitle: x\ntitle: y\n---\n", 3, Some("title"), "twice"),
            (
                "---\ntags: [a, b\n---\n",
                2,
                Some("tags"),
                "does not close it",
            ),
            (
                "---\ntitle: \"open\n---\n",
                2,
                Some("title"),
                "does not end",
            ),
            ("---\n- orphan\n---\n", 2, None, "no field above it"),
            ("---\ntitle x\n---\n", 2, None, "must be `field: value`"),
            ("---\n  title: x\n---\n", 2, None, "is indented"),
            ("---\nTitle: x\n---\n", 2, None, "lowercase"),
        ] {
            let error = parse(text)
                .err()
                .unwrap_or_else(|| panic!("{text:?} parsed"));
            assert_eq!(
                (error.line, error.field.as_deref()),
                (line, field),
                "{text:?}: {error}"
            );
            assert!(error.to_string().contains(words), "{text:?}: {error}");
        }
    }
}
