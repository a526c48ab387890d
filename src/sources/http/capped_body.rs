//! Reads a response body chunk by chunk and gives up past a size limit, so an
//! endless or oversized answer costs the reader at most that much memory.

use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, ReadableStreamReadResult};

pub enum BodyError {
    TooLarge,
    /// The stream failed: the connection dropped, or the request was aborted.
    Failed(JsValue),
}

pub async fn read_capped(response: &web_sys::Response, limit: usize) -> Result<String, BodyError> {
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.trim().parse::<usize>().ok());
    if declared.is_some_and(|length| length > limit) {
        return Err(BodyError::TooLarge);
    }
    let Some(stream) = response.body() else {
        return Ok(String::new());
    };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(declared.unwrap_or(0));
    loop {
        let chunk: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(BodyError::Failed)?
            .unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            break;
        }
        let Ok(chunk) = chunk.get_value().dyn_into::<Uint8Array>() else {
            return Err(BodyError::Failed(JsValue::from_str(
                "a chunk that is not bytes",
            )));
        };
        let start = bytes.len();
        let end = start + chunk.length() as usize;
        if end > limit {
            // Stops the download; its outcome no longer matters.
            let _ = reader.cancel();
            return Err(BodyError::TooLarge);
        }
        bytes.resize(end, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    })
}
