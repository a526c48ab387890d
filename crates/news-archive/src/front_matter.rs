//! The block at the top of an article's Markdown file that says what the
//! body does not: title, date, tags and so on, between two `---` lines, as
//! YAML (read by yaml-rust2): a mapping of fields whose values are texts or
//! lists of texts. Every error names the line and, where it is known, the field.

use std::fmt;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

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
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let is_fence = |line: &&str| line.trim_end() == FENCE;
    if !lines.first().is_some_and(is_fence) {
        return Err(FrontMatterError::new(
            1,
            None,
            "must be `---`: a file starts with its front matter (title, date, …) between two `---` lines",
        ));
    }
    let Some(close) = lines.iter().skip(1).position(is_fence).map(|at| at + 1) else {
        return Err(FrontMatterError::new(
            text.lines().count().max(1),
            None,
            "ends the file inside the front matter: close it with a `---` line",
        ));
    };
    Ok(Document {
        fields: yaml_fields(&lines[1..close].concat(), 2)?,
        body: lines[close + 1..].concat(),
        body_line: close + 2,
    })
}

impl FrontMatterError {
    fn new(line: usize, field: Option<&str>, message: &str) -> Self {
        Self {
            line,
            field: field.map(str::to_owned),
            message: message.to_owned(),
        }
    }
}

/// The parser's events, each with where it starts.
#[derive(Default)]
struct Events(Vec<(Event, Marker)>);

impl MarkedEventReceiver for Events {
    fn on_event(&mut self, event: Event, mark: Marker) {
        self.0.push((event, mark));
    }
}

/// The fields of a YAML mapping of texts and lists of texts, which starts on
/// line `first_line` of the file.
fn yaml_fields(yaml: &str, first_line: usize) -> Result<Vec<Field>, FrontMatterError> {
    let mut events = Events::default();
    let scanned = Parser::new_from_str(yaml).load(&mut events, false);
    if let Err(error) = scanned {
        return Err(FrontMatterError::new(
            line_in_file(first_line, error.marker()),
            field_being_read(&events.0),
            &format!("is not valid YAML: {}", error.info()),
        ));
    }
    let mut fields = FieldReader {
        fields: Vec::new(),
        first_line,
    };
    fields.read(&events.0)?;
    Ok(fields.fields)
}

/// The file's line of `mark`, in YAML that starts on the file's `first_line`.
fn line_in_file(first_line: usize, mark: &Marker) -> usize {
    first_line + mark.line() - 1
}

/// The field whose value the events end in, if they end inside one: the
/// events before a syntax error say which field it is in.
fn field_being_read(events: &[(Event, Marker)]) -> Option<&str> {
    let (mut depth, mut key) = (0_usize, None);
    for (event, _) in events {
        match event {
            Event::MappingStart(..) | Event::SequenceStart(..) => depth += 1,
            Event::MappingEnd | Event::SequenceEnd => {
                depth = depth.saturating_sub(1);
                if depth == 1 {
                    key = None;
                }
            }
            Event::Scalar(text, ..) if depth == 1 => {
                key = match key {
                    None => Some(text.as_str()),
                    Some(_) => None,
                }
            }
            _ => {}
        }
    }
    key
}

struct FieldReader {
    fields: Vec<Field>,
    /// The file's line the YAML starts on.
    first_line: usize,
}

impl FieldReader {
    fn read(&mut self, events: &[(Event, Marker)]) -> Result<(), FrontMatterError> {
        let mut events = events
            .iter()
            .filter(|(event, _)| !matches!(event, Event::StreamStart | Event::DocumentStart))
            .peekable();
        match events.next() {
            Some((Event::MappingStart(..), _)) => {}
            // Nothing but comments, or nothing at all.
            None | Some((Event::StreamEnd | Event::DocumentEnd, _)) => return Ok(()),
            Some((Event::Scalar(text, ..), _)) if text.is_empty() => return Ok(()),
            Some((_, mark)) => {
                return Err(FrontMatterError::new(
                    line_in_file(self.first_line, mark),
                    None,
                    "must be `field: value` lines",
                ))
            }
        }
        while let Some((event, mark)) = events.next() {
            let line = line_in_file(self.first_line, mark);
            let name = match event {
                Event::MappingEnd => return Ok(()),
                Event::Scalar(name, ..) => name,
                _ => return Err(FrontMatterError::new(line, None, "must be `field: value`")),
            };
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                return Err(FrontMatterError::new(
                    line,
                    None,
                    &format!("names the field {name:?}: field names are lowercase words"),
                ));
            }
            if self.fields.iter().any(|field| &field.name == name) {
                return Err(FrontMatterError::new(line, Some(name), "is given twice"));
            }
            let value = self.value(name, events.next())?;
            let value = match value {
                ValueStart::Text(text) => Value::Text(text),
                ValueStart::List => Value::List(self.list(name, &mut events)?),
            };
            self.fields.push(Field {
                name: name.clone(),
                value,
                line,
            });
        }
        Ok(())
    }

    fn value(
        &self,
        name: &str,
        event: Option<&(Event, Marker)>,
    ) -> Result<ValueStart, FrontMatterError> {
        match event {
            Some((Event::Scalar(text, ..), _)) => Ok(ValueStart::Text(text.clone())),
            Some((Event::SequenceStart(..), _)) => Ok(ValueStart::List),
            Some((_, mark)) => Err(FrontMatterError::new(
                line_in_file(self.first_line, mark),
                Some(name),
                "must be a text or a list of texts",
            )),
            None => Err(FrontMatterError::new(0, Some(name), "has no value")),
        }
    }

    fn list<'e>(
        &self,
        name: &str,
        events: &mut impl Iterator<Item = &'e (Event, Marker)>,
    ) -> Result<Vec<String>, FrontMatterError> {
        let mut items = Vec::new();
        for (event, mark) in events {
            match event {
                Event::SequenceEnd => return Ok(items),
                Event::Scalar(text, ..) if text.is_empty() => {}
                Event::Scalar(text, ..) => items.push(text.clone()),
                _ => {
                    return Err(FrontMatterError::new(
                        line_in_file(self.first_line, mark),
                        Some(name),
                        "must list texts only",
                    ))
                }
            }
        }
        Ok(items)
    }
}

/// What a field's first value event says it holds.
enum ValueStart {
    Text(String),
    List,
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
            "---\ntitle: \"RCEP: one year on\"   # a comment\ndate: 2026-11-29\n# a note\ntags: [Ports, \"Sea, air\", 'Rail''s']\nauthors:\n  - Afra Yu\n  - \"Li Wei\"\nsummary: \"Line \\\"quoted\\\"\"\n---\nFirst paragraph.\n\n---\n\nAfter a rule.\n",
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
                "---\ndate: 2026-11-29\ntags: [a, b\n---\n",
                // Where the parser finds out: the end of the front matter.
                4,
                Some("tags"),
                "not valid YAML",
            ),
            (
                "---\ntitle: RCEP: one year on\n---\n",
                2,
                None,
                "not valid YAML",
            ),
            ("---\n- orphan\n---\n", 2, None, "must be `field: value`"),
            ("---\ntitle x\n---\n", 2, None, "must be `field: value`"),
            (
                "---\ntitle: x\nauthor:\n  name: Li\n---\n",
                4,
                Some("author"),
                "a text or a list",
            ),
            ("---\ntags:\n  - [a]\n---\n", 3, Some("tags"), "texts only"),
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
