//! Reads JSON objects field by field: strict about the types of the fields we
//! use, silent about fields we do not know, and precise about where a mistake is.

use serde_json::{Map, Value};

use super::error::{DataError, Problem};
use super::timestamp::Timestamp;

/// One JSON object inside a data file, with its path for error messages.
pub struct Fields<'a> {
    object: &'a Map<String, Value>,
    path: String,
    file: &'a str,
}

/// Parses a whole file whose top level must be an object.
pub fn parse_document(file: &str, text: &str) -> Result<Value, DataError> {
    if text.trim().is_empty() {
        return Err(DataError::new(file, Problem::EmptyFile));
    }
    serde_json::from_str(text).map_err(|error| {
        DataError::new(
            file,
            Problem::NotJson {
                detail: error.to_string(),
            },
        )
    })
}

impl<'a> Fields<'a> {
    pub fn root(file: &'a str, value: &'a Value) -> Result<Self, DataError> {
        Self::object_at(file, value, String::new(), "(the whole file)")
    }

    fn object_at(
        file: &'a str,
        value: &'a Value,
        path: String,
        shown_path: &str,
    ) -> Result<Self, DataError> {
        match value {
            Value::Object(object) => Ok(Self { object, path, file }),
            _ => Err(DataError::new(
                file,
                Problem::WrongType {
                    field: shown_path.to_owned(),
                    expected: "an object",
                },
            )),
        }
    }

    pub fn path_of(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    pub fn error(&self, problem: Problem) -> DataError {
        DataError::new(self.file, problem)
    }

    pub fn invalid(&self, name: &str, rule: &'static str) -> DataError {
        self.error(Problem::InvalidValue {
            field: self.path_of(name),
            rule,
        })
    }

    /// A present, non-null value; JSON Feed producers often write `null` for "absent".
    fn present(&self, name: &str) -> Option<&'a Value> {
        self.object.get(name).filter(|value| !value.is_null())
    }

    fn wrong_type(&self, name: &str, expected: &'static str) -> DataError {
        self.error(Problem::WrongType {
            field: self.path_of(name),
            expected,
        })
    }

    fn missing(&self, name: &str) -> DataError {
        self.error(Problem::Missing {
            field: self.path_of(name),
        })
    }

    pub fn optional_text(&self, name: &str) -> Result<Option<String>, DataError> {
        match self.present(name) {
            None => Ok(None),
            Some(Value::String(text)) if text.trim().is_empty() => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.trim().to_owned())),
            Some(_) => Err(self.wrong_type(name, "a string")),
        }
    }

    pub fn required_text(&self, name: &str) -> Result<String, DataError> {
        match self.present(name) {
            Some(Value::String(text)) if text.trim().is_empty() => {
                Err(self.invalid(name, "must not be empty"))
            }
            Some(_) => self
                .optional_text(name)
                .and_then(|text| text.ok_or_else(|| self.missing(name))),
            None => Err(self.missing(name)),
        }
    }

    pub fn optional_count(&self, name: &str) -> Result<Option<usize>, DataError> {
        match self.present(name) {
            None => Ok(None),
            Some(value) => value
                .as_u64()
                .and_then(|count| usize::try_from(count).ok())
                .map(Some)
                .ok_or_else(|| self.wrong_type(name, "a whole number of zero or more")),
        }
    }

    /// A `true` or `false` field; absent or null is false.
    pub fn flag(&self, name: &str) -> Result<bool, DataError> {
        match self.present(name) {
            None => Ok(false),
            Some(value) => value
                .as_bool()
                .ok_or_else(|| self.wrong_type(name, "true or false")),
        }
    }

    pub fn required_count(&self, name: &str) -> Result<usize, DataError> {
        self.optional_count(name)?.ok_or_else(|| self.missing(name))
    }

    pub fn optional_timestamp(&self, name: &str) -> Result<Option<Timestamp>, DataError> {
        let Some(text) = self.optional_text(name)? else {
            return Ok(None);
        };
        Timestamp::parse(&text).map(Some).map_err(|_| {
            self.error(Problem::InvalidDate {
                field: self.path_of(name),
                value: text,
            })
        })
    }

    pub fn required_timestamp(&self, name: &str) -> Result<Timestamp, DataError> {
        self.optional_timestamp(name)?
            .ok_or_else(|| self.missing(name))
    }

    fn array(&self, name: &str) -> Result<&'a [Value], DataError> {
        match self.present(name) {
            None => Ok(&[]),
            Some(Value::Array(values)) => Ok(values),
            Some(_) => Err(self.wrong_type(name, "an array")),
        }
    }

    pub fn text_list(&self, name: &str) -> Result<Vec<String>, DataError> {
        self.array(name)?
            .iter()
            .enumerate()
            .map(|(position, value)| match value {
                Value::String(text) => Ok(text.trim().to_owned()),
                _ => Err(self.wrong_type(&format!("{name}[{position}]"), "a string")),
            })
            .filter(|text| !matches!(text, Ok(text) if text.is_empty()))
            .collect()
    }

    pub fn object_list(&self, name: &str) -> Result<Vec<Fields<'a>>, DataError> {
        self.array(name)?
            .iter()
            .enumerate()
            .map(|(position, value)| {
                let path = self.path_of(&format!("{name}[{position}]"));
                Self::object_at(self.file, value, path.clone(), &path)
            })
            .collect()
    }

    pub fn required_list(&self, name: &str) -> Result<Vec<Fields<'a>>, DataError> {
        if self.present(name).is_none() {
            return Err(self.missing(name));
        }
        self.object_list(name)
    }

    /// Reads each object of the array `name` on its own: the good ones, and an
    /// error for each bad one, so one broken item does not hide the others.
    pub fn lenient_list<T>(
        &self,
        name: &str,
        read: impl Fn(&Fields<'a>) -> Result<T, DataError>,
    ) -> Result<(Vec<T>, Vec<DataError>), DataError> {
        let values = match self.present(name) {
            Some(Value::Array(values)) => values,
            Some(_) => return Err(self.wrong_type(name, "an array")),
            None => return Err(self.missing(name)),
        };
        let mut good = Vec::with_capacity(values.len());
        let mut bad = Vec::new();
        for (position, value) in values.iter().enumerate() {
            let path = self.path_of(&format!("{name}[{position}]"));
            match Self::object_at(self.file, value, path.clone(), &path)
                .and_then(|item| read(&item))
            {
                Ok(item) => good.push(item),
                Err(error) => bad.push(error),
            }
        }
        Ok((good, bad))
    }

    /// The raw value of a field, for the few formats that vary its type.
    pub fn value(&self, name: &str) -> Option<&'a Value> {
        self.present(name)
    }

    pub fn optional_object(&self, name: &str) -> Result<Option<Fields<'a>>, DataError> {
        match self.present(name) {
            None => Ok(None),
            Some(value) => {
                let path = self.path_of(name);
                Self::object_at(self.file, value, path.clone(), &path).map(Some)
            }
        }
    }

    pub fn required_object(&self, name: &str) -> Result<Fields<'a>, DataError> {
        let value = self.present(name).ok_or_else(|| self.missing(name))?;
        let path = self.path_of(name);
        Self::object_at(self.file, value, path.clone(), &path)
    }
}
