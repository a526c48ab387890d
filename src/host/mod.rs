//! The boundary with the page the news lives in: finding the mount elements
//! and starting an instance in each with its `data-` settings (`mount`), and
//! the panic's message in the console should the app ever panic (`last_resort`), and
//! keeping what the reader did in a prerendered view (`takeover`).

mod last_resort;
pub mod mount;
mod takeover;
