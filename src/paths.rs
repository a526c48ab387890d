//! The app's URLs, in one place so links and routes cannot drift apart.

pub const LISTING: &str = "/";

pub fn article(id: &str) -> String {
    format!("/news/{id}")
}
