//! Generated input for the parsers: arbitrary bytes, arbitrary JSON, raw text
//! oddities (deep nesting, huge numbers, unpaired surrogates escaped in JSON,
//! cut-off files) and structure-aware mutations of valid files.

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Number, Value};

/// Stands for an escaped unpaired surrogate, which `serde_json` cannot write:
/// replaced in the serialised text.
const SURROGATE_MARK: char = '\u{E000}';

pub fn text_from_pieces(pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pieces), 0..40).prop_map(|pieces| pieces.concat())
}

/// Strings of the kinds that break readers, some of them 100,000 characters long.
pub fn awkward_text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => short_awkward_text(),
        1 => (1usize..100_000).prop_map(|length| "长".repeat(length)),
    ]
}

/// The same kinds, short: for targets that handle several strings per case,
/// where very long ones would leave time for few cases.
pub fn short_awkward_text() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "0",
        "-",
        " ",
        "\t",
        "\n",
        "宁波",
        "舟山港",
        "ＡＢＣ",
        "　",
        "São",
        "ǅ",
        "İ",
        "ﬁ",
        "ß",
        "\u{0301}",
        "\u{202e}",
        "\u{200b}",
        "😀",
        "\u{0}",
        "<p>",
        "</b>",
        "&amp;",
        "&#x1F600;",
        "%",
        "%e5%ae%81",
        "%zz",
        "%",
        "+",
        "=",
        "&",
        "?",
        "#",
        "/",
        "\\",
        "\"",
        "'",
        "T",
        ":",
        "Z",
        "2021-05-14T09:00:00+08:00",
        "javascript:",
        "\u{fffd}",
        "\u{10ffff}",
    ];
    prop_oneof![
        4 => text_from_pieces(PIECES),
        2 => any::<String>(),
        1 => "[a-z0-9-]{0,24}",
        1 => "[\u{4e00}-\u{9fff}]{1,12}",
        1 => Just(SURROGATE_MARK.to_string()),
    ]
}

fn field_name() -> impl Strategy<Value = String> {
    const NAMES: &[&str] = &[
        "id",
        "title",
        "summary",
        "items",
        "shards",
        "count",
        "total",
        "url",
        "newest",
        "oldest",
        "search_index",
        "tags",
        "language",
        "authors",
        "name",
        "image",
        "date_published",
        "date_modified",
        "content_text",
        "content_html",
        "next_url",
        "slug",
        "date_gmt",
        "modified_gmt",
        "rendered",
        "excerpt",
        "content",
        "_embedded",
        "wp:term",
        "taxonomy",
        "company",
        "contact",
        "tel",
        "fax",
        "email",
        "display",
        "dial",
        "copyright",
        "page",
        "per_page",
        "version",
    ];
    prop_oneof![
        4 => prop::sample::select(NAMES).prop_map(str::to_owned),
        1 => awkward_text(),
    ]
}

pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |number| Number::from_f64(number).map(Value::Number)),
        awkward_text().prop_map(Value::String),
        "(19|20|99)[0-9]{2}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9](Z|[+-][0-2][0-9]:[0-5][0-9])"
            .prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((field_name(), inner), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Replace(Value),
    Remove,
    Duplicate,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => json_value().prop_map(Mutation::Replace),
        1 => Just(Mutation::Remove),
        1 => Just(Mutation::Duplicate),
    ]
}

/// A valid file with a few of its values replaced, removed or duplicated.
pub fn mutated(samples: Vec<Value>) -> impl Strategy<Value = Value> {
    (
        prop::sample::select(samples),
        prop::collection::vec((any::<Index>(), mutation()), 1..5),
    )
        .prop_map(|(mut document, mutations)| {
            for (at, mutation) in mutations {
                apply(&mut document, at, mutation);
            }
            document
        })
}

fn apply(document: &mut Value, at: Index, mutation: Mutation) {
    let mut pointers = Vec::new();
    collect_pointers(document, String::new(), &mut pointers);
    let pointer = at.get(&pointers).clone();
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        if let Mutation::Replace(value) = mutation {
            *document = value;
        }
        return;
    };
    let key = last.replace("~1", "/").replace("~0", "~");
    match (mutation, document.pointer_mut(parent)) {
        (Mutation::Replace(value), _) => {
            if let Some(target) = document.pointer_mut(&pointer) {
                *target = value;
            }
        }
        (Mutation::Remove, Some(Value::Object(object))) => drop(object.remove(&key)),
        (Mutation::Remove, Some(Value::Array(array))) => {
            if let Ok(position) = key.parse::<usize>() {
                if position < array.len() {
                    array.remove(position);
                }
            }
        }
        (Mutation::Duplicate, Some(Value::Array(array))) => {
            if let Some(item) = key
                .parse::<usize>()
                .ok()
                .and_then(|position| array.get(position))
            {
                array.push(item.clone());
            }
        }
        _ => {}
    }
}

fn collect_pointers(value: &Value, pointer: String, pointers: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                collect_pointers(child, format!("{pointer}/{escaped}"), pointers);
            }
        }
        Value::Array(array) => {
            for (position, child) in array.iter().enumerate() {
                collect_pointers(child, format!("{pointer}/{position}"), pointers);
            }
        }
        _ => {}
    }
    pointers.push(pointer);
}

fn serialise(value: &Value) -> String {
    value.to_string().replace(SURROGATE_MARK, "\\ud800")
}

/// Text that cannot be written as a `Value`.
fn raw_oddities(samples: Vec<Value>) -> impl Strategy<Value = String> {
    prop_oneof![
        (1usize..3000).prop_map(|depth| format!("{}{}", "[".repeat(depth), "]".repeat(depth))),
        (1usize..3000).prop_map(|depth| format!(r#"{{"items": {}1{}}}"#, "[".repeat(depth), "]".repeat(depth))),
        prop::sample::select(vec![
            r#"{"items": [], "total": 1e400}"#,
            r#"{"items": [], "total": 184467440737095516160000}"#,
            r#"{"items": [], "total": -0, "count": 1.5}"#,
            r#"{"id": "a\udc00", "title": "\ud83d\ude00 \ud800", "content_text": "x\udfff", "date_published": "2021-05-14T09:00:00Z"}"#,
            r#"{"items": [{"id": "\ud800"}]}"#,
            "\u{feff}{}",
            "null",
            "",
        ])
        .prop_map(str::to_owned),
        (prop::sample::select(samples), any::<Index>()).prop_map(|(sample, cut)| {
            let text = serialise(&sample);
            let boundaries: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
            text[..*cut.get(&boundaries)].to_owned()
        }),
    ]
}

/// Everything a parser of these files may be handed.
pub fn file_text(samples: Vec<Value>) -> impl Strategy<Value = String> {
    prop_oneof![
        5 => mutated(samples.clone()).prop_map(|document| serialise(&document)),
        2 => json_value().prop_map(|document| serialise(&document)),
        1 => any::<Vec<u8>>().prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        2 => raw_oddities(samples),
    ]
}
