//! The boundary with the page the news lives in: finding the mount elements
//! (`mount`), reading their `data-` settings (`settings`), and the last-resort
//! message should the app ever panic (`last_resort`).

mod last_resort;
pub mod mount;
pub mod settings;
