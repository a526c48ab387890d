//! What the model's unit tests share: a file name and ways to name a problem.

use super::{DataError, Problem};

pub type Outcome = Result<(), DataError>;

pub const FILE: &str = "data/test.json";

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
