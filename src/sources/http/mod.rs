//! GET requests for every source (`request`): a time limit, a size limit
//! (`capped_body` reads bodies as streams), and failures described in the
//! terms the page explains to a reader (`load_error`).

mod capped_body;
mod load_error;
mod request;

pub use load_error::LoadError;
pub use request::{Http, DEFAULT_TIMEOUT_SECONDS};
