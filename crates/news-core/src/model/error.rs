use std::fmt;

/// Why a data file was rejected. It names the file and the field so that an
/// editor can find and fix the mistake from the browser console alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    EmptyFile,
    NotJson {
        detail: String,
    },
    Missing {
        field: String,
    },
    WrongType {
        field: String,
        expected: &'static str,
    },
    InvalidDate {
        field: String,
        value: String,
    },
    InvalidValue {
        field: String,
        rule: &'static str,
    },
    /// Two files that must agree do not, e.g. a shard and the index naming it.
    Disagrees {
        field: String,
        detail: String,
    },
}

impl DataError {
    pub fn new(file: &str, problem: Problem) -> Self {
        Self {
            file: file.to_owned(),
            problem,
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match &self.problem {
            Problem::EmptyFile => write!(f, "{file}: the file is empty"),
            Problem::NotJson { detail } => write!(f, "{file}: not valid JSON ({detail})"),
            Problem::Missing { field } => write!(f, "{file}: required field `{field}` is missing"),
            Problem::WrongType { field, expected } => {
                write!(f, "{file}: field `{field}` must be {expected}")
            }
            Problem::InvalidDate { field, value } => write!(
                f,
                "{file}: field `{field}` is {value:?}, not an RFC 3339 date-time such as 2021-05-14T09:00:00+08:00"
            ),
            Problem::InvalidValue { field, rule } => write!(f, "{file}: field `{field}` {rule}"),
            Problem::Disagrees { field, detail } => {
                write!(f, "{file}: field `{field}` disagrees with {detail}")
            }
        }
    }
}

impl std::error::Error for DataError {}

#[cfg(test)]
mod tests {
    use crate::model::*;

    #[test]
    fn errors_read_as_sentences_naming_file_and_field() {
        let error = DataError::new(
            "data/news.json",
            Problem::WrongType {
                field: "items[3].title".into(),
                expected: "a string",
            },
        );
        assert_eq!(
            error.to_string(),
            "data/news.json: field `items[3].title` must be a string"
        );
    }
}
