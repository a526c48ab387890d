//! Everything the reader sees. `layouts` picks the shape of an instance
//! (standalone site, embedded section, latest box), `routes` has one component
//! per view, `components` the pieces they share; `sanitize` turns feed HTML
//! into safe DOM, and `focus` and `document_title` follow the current view.

pub mod components;
pub(crate) mod document_title;
pub(crate) mod focus;
pub mod layouts;
pub mod routes;
pub mod sanitize;
