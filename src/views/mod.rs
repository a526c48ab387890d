//! Everything the reader sees. `layouts` picks the shape of an instance
//! (standalone site, embedded section, latest box), `routes` has one component
//! per view, `components` the pieces they share; `sanitize` turns feed HTML
//! into safe DOM, and `focus` and `document_title` follow the current view.
//! `prerendered` (native builds with `ssr`) renders a standalone page to HTML.

pub mod components;
pub(crate) mod document_title;
pub(crate) mod focus;
pub mod layouts;
#[cfg(feature = "ssr")]
pub mod prerendered;
pub mod routes;
pub mod sanitize;
