//! The compact search index: every article's id, title, summary, date, tags,
//! language and translations, as rows of a table, so that searching a large
//! archive downloads neither its bodies nor its shards.
//!
//! `{"tags": ["Ocean freight", ...], "items": [["id", "title", "summary",
//! "2021-05-14T10:00:00+08:00", [0, 3], "en", [["zh-Hans", "id-zh"]]], ...]}`;
//! tags are positions in `tags`; the language (or `null`) and the
//! translations may be left out.

use serde_json::Value;

use super::article::{is_language_tag, newest_first, ArticleMeta, ArticleSummary, Translation};
use super::error::{DataError, Problem};
use super::fields::{parse_document, Fields};
use super::image::Image;
use super::search::{normalize, SearchTerms};
use super::timestamp::Timestamp;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    summary: ArticleSummary,
    /// Normalised title and summary, computed once rather than on every keystroke.
    text: String,
    /// Normalised tags.
    tags: Vec<String>,
}

impl SearchIndex {
    pub fn parse(file: &str, text: &str) -> Result<Self, DataError> {
        let document = parse_document(file, text)?;
        let root = Fields::root(file, &document)?;
        let tags = root.text_list("tags")?;
        let rows = match document.get("items") {
            Some(Value::Array(rows)) => rows,
            Some(_) => return Err(wrong_type(file, "items".into(), "an array")),
            None => {
                return Err(DataError::new(
                    file,
                    Problem::Missing {
                        field: "items".into(),
                    },
                ))
            }
        };
        let summaries = rows
            .iter()
            .enumerate()
            .map(|(position, row)| read_row(file, position, row, &tags))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::from_summaries(summaries))
    }

    /// A search index over summaries already at hand (a small, unsharded index).
    pub fn from_summaries(mut summaries: Vec<ArticleSummary>) -> Self {
        summaries.sort_by(|a, b| newest_first(&a.meta, &b.meta));
        let entries = summaries
            .into_iter()
            .map(|summary| Entry {
                text: normalize(&format!("{}\n{}", summary.meta.title, summary.summary)),
                tags: summary.meta.tags.iter().map(|tag| normalize(tag)).collect(),
                summary,
            })
            .collect();
        Self { entries }
    }

    /// Every article's entry, newest first.
    pub fn summaries(&self) -> impl Iterator<Item = &ArticleSummary> {
        self.entries.iter().map(|entry| &entry.summary)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Matching articles, newest first. `tag` matches whole tags, ignoring case and width.
    pub fn search<'a, 'q>(
        &'a self,
        query: &'q SearchTerms,
        tag: Option<&str>,
    ) -> impl Iterator<Item = &'a ArticleSummary> + use<'a, 'q> {
        let tag = tag.map(normalize);
        self.entries
            .iter()
            .filter(move |entry| {
                tag.as_ref().is_none_or(|tag| entry.tags.contains(tag))
                    && query.matches(&entry.text)
            })
            .map(|entry| &entry.summary)
    }
}

fn wrong_type(file: &str, field: String, expected: &'static str) -> DataError {
    DataError::new(file, Problem::WrongType { field, expected })
}

fn read_row(
    file: &str,
    position: usize,
    row: &Value,
    tags: &[String],
) -> Result<ArticleSummary, DataError> {
    let Value::Array(cells) = row else {
        return Err(wrong_type(file, format!("items[{position}]"), "an array"));
    };
    let row = Row {
        file,
        position,
        cells,
    };
    Ok(ArticleSummary {
        meta: ArticleMeta {
            id: row.id()?,
            title: row.text(1)?,
            published: row.published()?,
            modified: None,
            expires: None,
            authors: Vec::new(),
            tags: row.tags(tags)?,
            language: row.language()?,
            image: row.image()?,
            translations: row.translations()?,
        },
        summary: row.text(2)?,
    })
}

/// The cells of one row: `[id, title, summary, date_published, [tag
/// positions], language, [[language, id] of each translation], image]`.
struct Row<'a> {
    file: &'a str,
    position: usize,
    cells: &'a [Value],
}

impl Row<'_> {
    fn at(&self, column: usize) -> String {
        format!("items[{}][{column}]", self.position)
    }

    /// A cell that may be left out or null.
    fn optional(&self, column: usize) -> Option<&Value> {
        self.cells.get(column).filter(|cell| !cell.is_null())
    }

    fn text(&self, column: usize) -> Result<String, DataError> {
        match self.cells.get(column) {
            Some(Value::String(text)) => Ok(text.trim().to_owned()),
            Some(_) => Err(wrong_type(self.file, self.at(column), "a string")),
            None => Err(DataError::new(
                self.file,
                Problem::Missing {
                    field: self.at(column),
                },
            )),
        }
    }

    fn id(&self) -> Result<String, DataError> {
        let id = self.text(0)?;
        if !super::is_slug(&id) {
            return Err(DataError::new(
                self.file,
                Problem::InvalidValue {
                    field: self.at(0),
                    rule: "must be a slug: lowercase ASCII letters and digits joined by single hyphens",
                },
            ));
        }
        Ok(id)
    }

    fn published(&self) -> Result<Timestamp, DataError> {
        let date = self.text(3)?;
        Timestamp::parse(&date).map_err(|_| {
            DataError::new(
                self.file,
                Problem::InvalidDate {
                    field: self.at(3),
                    value: date.clone(),
                },
            )
        })
    }

    /// Tags by their position in the file's `tags`.
    fn tags(&self, tags: &[String]) -> Result<Vec<String>, DataError> {
        match self.optional(4) {
            None => Ok(Vec::new()),
            Some(Value::Array(positions)) => positions
                .iter()
                .map(|position| {
                    position
                        .as_u64()
                        .and_then(|position| tags.get(usize::try_from(position).ok()?))
                        .cloned()
                        .ok_or_else(|| wrong_type(self.file, self.at(4), "positions in `tags`"))
                })
                .collect(),
            Some(_) => Err(wrong_type(self.file, self.at(4), "an array")),
        }
    }

    fn language(&self) -> Result<Option<String>, DataError> {
        self.optional(5).map(|_| self.text(5)).transpose()
    }

    fn translations(&self) -> Result<Vec<Translation>, DataError> {
        match self.optional(6) {
            None => Ok(Vec::new()),
            Some(Value::Array(pairs)) => pairs
                .iter()
                .map(|pair| match pair.as_array().map(Vec::as_slice) {
                    Some([Value::String(language), Value::String(id)])
                        if is_language_tag(language) =>
                    {
                        Ok(Translation {
                            language: language.clone(),
                            id: id.clone(),
                        })
                    }
                    _ => Err(wrong_type(self.file, self.at(6), "[language, id] pairs")),
                })
                .collect(),
            Some(_) => Err(wrong_type(self.file, self.at(6), "an array")),
        }
    }

    fn image(&self) -> Result<Option<Image>, DataError> {
        match self.optional(7) {
            None => Ok(None),
            Some(value) => {
                let wrapped = serde_json::json!({ "image": value });
                Image::read(&Fields::root(self.file, &wrapped)?, "image")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::*;
    use crate::model::*;

    #[test]
    fn search_index_rows_are_read_by_position() -> Outcome {
        let text = r#"{"tags": ["Ports", "海运"], "items": [
        ["old", "Old news", "About ports", "2020-01-01T00:00:00Z", [0]],
        ["new", "ＲＣＥＰ 生效", "区域贸易", "2022-01-04T09:00:00+08:00", [1, 0], "zh-Hans", [["en", "new-en"]]]]}"#;
        let index = SearchIndex::parse(FILE, text)?;
        let translations = |id: &str| {
            index
                .search(&search::SearchTerms::parse(""), None)
                .find(|summary| summary.meta.id == id)
                .map(|summary| summary.meta.translations.clone())
        };
        assert_eq!(
            translations("new"),
            Some(vec![Translation {
                language: "en".into(),
                id: "new-en".into()
            }])
        );
        assert_eq!(translations("old"), Some(Vec::new()));
        let ids = |query: &str, tag: Option<&str>| -> Vec<String> {
            index
                .search(&search::SearchTerms::parse(query), tag)
                .map(|summary| summary.meta.id.clone())
                .collect()
        };
        assert_eq!(ids("", None), ["new", "old"]);
        assert_eq!(ids("rcep", None), ["new"]);
        assert_eq!(ids("", Some("ports")), ["new", "old"]);
        assert_eq!(ids("", Some("海运")), ["new"]);
        assert_eq!(ids("old", Some("海运")), Vec::<String>::new());
        Ok(())
    }

    #[test]
    fn search_index_rows_with_bad_cells_are_named() {
        let row = |cells: &str| format!(r#"{{"tags": ["Ports"], "items": [{cells}]}}"#);
        let cases = [
            (row(r#"{"id": "a"}"#), wrong_type("items[0]", "an array")),
            (
                row(r#"["a", 5, "s", "2020-01-01T00:00:00Z"]"#),
                wrong_type("items[0][1]", "a string"),
            ),
            (
                row(r#"["a", "t", "s", "2020-01-01T00:00:00Z", [3]]"#),
                wrong_type("items[0][4]", "positions in `tags`"),
            ),
            (row(r#"["a", "t", "s"]"#), missing("items[0][3]")),
            (
                row(r#"["a", "t", "s", "2020-01-01T00:00:00Z", [], null, [["en"]]]"#),
                wrong_type("items[0][6]", "[language, id] pairs"),
            ),
            (
                row(r#"["a", "t", "s", "2020-01-01T00:00:00Z", [], null, [["e n", "b"]]]"#),
                wrong_type("items[0][6]", "[language, id] pairs"),
            ),
            (
                row(r#"["a", "t", "s", "2020-01-01T00:00:00Z", [], "en", "b"]"#),
                wrong_type("items[0][6]", "an array"),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(
                problem_of(SearchIndex::parse(FILE, &text)),
                expected,
                "{text}"
            );
        }
        assert!(matches!(
            problem_of(SearchIndex::parse(FILE, &row(r#"["a", "t", "s", "yesterday"]"#))),
            Problem::InvalidDate { field, .. } if field == "items[0][3]"
        ));
    }
}
