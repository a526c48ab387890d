//! What the model's unit tests share: a file name and ways to name a problem.

use super::{DataError, Problem};

pub type Outcome = Result<(), DataError>;

pub const FILE: &str = "data/test.json";

/// A site file with the required fields only.
pub const SITE: &str = r#"{
    "company": "Ningbo Jointlink International Freight Forwarding Co. Ltd.",
    "language": "zh-Hans",
    "contact": {
        "tel": {"display": "0574-55229362", "dial": "+86 574 5522 9362"},
        "fax": {"display": "0574-55229377", "dial": "+86-574-55229377"},
        "email": "afra.yu@jointlink.cn"
    }
}"#;

pub fn problem_of<T: std::fmt::Debug>(result: Result<T, DataError>) -> Problem {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(error) => {
            assert_eq!(error.file, FILE, "the error must name the file");
            error.problem
        }
    }
}

pub fn missing(field: &str) -> Problem {
    Problem::Missing {
        field: field.to_owned(),
    }
}

pub fn wrong_type(field: &str, expected: &'static str) -> Problem {
    Problem::WrongType {
        field: field.to_owned(),
        expected,
    }
}
