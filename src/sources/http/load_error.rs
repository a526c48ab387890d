//! Why a request failed, in the terms the page explains to a reader.

use std::fmt;

use news_core::model::DataError;

/// Why loading failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No answer at all: offline, DNS, refused connection or a CORS refusal
    /// (browsers do not tell these apart).
    Unreachable { url: String, detail: String },
    /// No answer within the time limit.
    Timeout { url: String, seconds: u32 },
    /// The server answered with an error status, and maybe a message.
    Status {
        url: String,
        status: u16,
        detail: Option<String>,
    },
    /// The answer is larger than `MAX_RESPONSE_BYTES`.
    TooLarge { url: String, limit_bytes: usize },
    /// The server answered, but not with what the format promises.
    Invalid(DataError),
}

impl LoadError {
    pub fn is_not_found(&self) -> bool {
        matches!(
            self,
            Self::Status {
                status: 404 | 410,
                ..
            }
        )
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreachable { url, detail } => write!(
                f,
                "could not fetch {url}: {detail} (offline, server down, or refused by CORS)"
            ),
            Self::Timeout { url, seconds } => write!(f, "{url} did not answer within {seconds} s"),
            Self::Status {
                url,
                status,
                detail,
            } => {
                write!(f, "{url} answered HTTP {status}")?;
                detail.iter().try_for_each(|detail| write!(f, ": {detail}"))
            }
            Self::TooLarge { url, limit_bytes } => write!(
                f,
                "{url} is larger than {} MiB, more than the news reads from one file",
                limit_bytes >> 20
            ),
            Self::Invalid(error) => error.fmt(f),
        }
    }
}

/// The message of an error body such as `{"error": {"code": "x", "message": "y"}}`
/// or WordPress's `{"code": "x", "message": "y"}`, else the start of the body.
pub fn error_detail(body: &str) -> String {
    let parsed: Option<serde_json::Value> = serde_json::from_str(body).ok();
    let error = parsed
        .as_ref()
        .map(|value| value.get("error").unwrap_or(value));
    let field = |name: &str| error.and_then(|error| Some(error.get(name)?.as_str()?.to_owned()));
    match (field("code"), field("message")) {
        (Some(code), Some(message)) => format!("{code}: {message}"),
        (Some(text), None) | (None, Some(text)) => text,
        (None, None) => body.chars().take(200).collect(),
    }
}
