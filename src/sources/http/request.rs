//! GET with a time limit for the whole answer and a size limit for its body.

use gloo_net::http::{Headers, Request};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, AbortSignal};

use super::capped_body::{read_capped, BodyError};
use super::load_error::{error_detail, LoadError};
use news_core::model::percent::{decode_component, encode_component};
use news_core::model::DataError;

pub const DEFAULT_TIMEOUT_SECONDS: u32 = 10;

/// Larger answers are refused, so a misconfigured server or an endless stream
/// cannot fill the reader's memory. The largest file the app reads, the search
/// index of a sharded archive, reaches it at about 28,000 articles.
pub const MAX_RESPONSE_BYTES: usize = 8 << 20;

/// Enough of an error answer for its message.
const MAX_ERROR_BODY_BYTES: usize = 64 << 10;

/// How long a request may take before the reader is told and offered a retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Http {
    pub timeout_seconds: u32,
}

impl Default for Http {
    fn default() -> Self {
        Self {
            timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
        }
    }
}

/// A successful response: its text and headers (WordPress puts totals there).
pub struct Fetched {
    pub body: String,
    /// The full URL, as messages and the console name the file.
    pub url: String,
    headers: Headers,
}

impl Fetched {
    pub fn header_number(&self, name: &str) -> Option<usize> {
        self.headers.get(name)?.trim().parse().ok()
    }
}

/// A query parameter's name and (unencoded) value.
pub type Parameter<'a> = (&'a str, String);

impl Http {
    /// GETs `address` (which may carry a query of its own, such as a feed's
    /// `next_url`) with `parameters` added to its query.
    pub async fn get(
        &self,
        address: &str,
        parameters: &[Parameter<'_>],
    ) -> Result<Fetched, LoadError> {
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        let abort = controller.map(|controller| Closure::once(move || controller.abort()));
        let window = web_sys::window();
        let limit_ms = i32::try_from(self.timeout_seconds.saturating_mul(1000)).unwrap_or(i32::MAX);
        let timer = window
            .as_ref()
            .zip(abort.as_ref())
            .and_then(|(window, abort)| {
                window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        abort.as_ref().unchecked_ref(),
                        limit_ms,
                    )
                    .ok()
            });
        let result = self.send(address, parameters, signal.as_ref()).await;
        if let (Some(window), Some(timer)) = (window, timer) {
            window.clear_timeout_with_handle(timer);
        }
        result
    }

    async fn send(
        &self,
        address: &str,
        parameters: &[Parameter<'_>],
        signal: Option<&AbortSignal>,
    ) -> Result<Fetched, LoadError> {
        let url = &shown_url(address, parameters);
        let failed = |detail: String| {
            if signal.is_some_and(AbortSignal::aborted) {
                LoadError::Timeout {
                    url: url.to_owned(),
                    seconds: self.timeout_seconds,
                }
            } else {
                LoadError::Unreachable {
                    url: url.to_owned(),
                    detail,
                }
            }
        };
        let (path, own_parameters) = split_query(address);
        let response = Request::get(path)
            .query(
                own_parameters
                    .iter()
                    .map(|(name, value)| (name.as_str(), value.as_str()))
                    .chain(
                        parameters
                            .iter()
                            .map(|(name, value)| (*name, value.as_str())),
                    ),
            )
            .abort_signal(signal)
            .send()
            .await
            .map_err(|error| failed(error.to_string()))?;
        let headers = response.headers();
        let (ok, status) = (response.ok(), response.status());
        let raw = web_sys::Response::from(response);
        if !ok {
            let detail = read_capped(&raw, MAX_ERROR_BODY_BYTES).await.ok();
            return Err(LoadError::Status {
                url: url.to_owned(),
                status,
                detail: detail.map(|body| error_detail(&body)),
            });
        }
        let body = read_capped(&raw, MAX_RESPONSE_BYTES)
            .await
            .map_err(|error| match error {
                BodyError::TooLarge => LoadError::TooLarge {
                    url: url.to_owned(),
                    limit_bytes: MAX_RESPONSE_BYTES,
                },
                BodyError::Failed(error) => failed(format!("{error:?}")),
            })?;
        Ok(Fetched {
            body,
            url: url.clone(),
            headers,
        })
    }

    /// GETs and parses a file; errors name it by its full URL.
    pub async fn get_parsed<T>(
        &self,
        address: &str,
        parameters: &[Parameter<'_>],
        parse: impl FnOnce(&str, &str) -> Result<T, DataError>,
    ) -> Result<T, LoadError> {
        let fetched = self.get(address, parameters).await?;
        parse(&fetched.url, &fetched.body).map_err(LoadError::Invalid)
    }
}

/// The address without its query, and the query's parameters decoded:
/// gloo-net appends its own (maybe empty) query to a query already in the
/// address, leaving a stray `&`, so it gets the address's own parameters too,
/// and an address without a query.
fn split_query(address: &str) -> (&str, Vec<(String, String)>) {
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    let parameters = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(name), decode_component(value))
        })
        .collect();
    (path, parameters)
}

/// The URL as messages and the console show it.
fn shown_url(address: &str, parameters: &[Parameter<'_>]) -> String {
    let mut url = address.to_owned();
    for (position, (name, value)) in parameters.iter().enumerate() {
        let joint = if position == 0 && !address.contains('?') {
            '?'
        } else {
            '&'
        };
        url.push(joint);
        url.push_str(&encode_component(name));
        url.push('=');
        url.push_str(&encode_component(value));
    }
    url
}
