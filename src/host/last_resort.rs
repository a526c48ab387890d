//! Should the app ever panic, its wasm instance stops for good and every news
//! instance on the page would stay frozen half-drawn. `embed.js`, which
//! started the app, sees the wasm stop and replaces each instance with a short
//! message in its language and a reload link. The release build stops at the
//! panic itself, with no message (docs/decisions/2026-11-30-app-ready-time.md);
//! where a build keeps panic messages (debug builds, and builds without the
//! standard library's sources), this hook puts the message in the console first.

use leptos::logging;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        logging::error!("jointlink-news stopped: {info}");
    }));
}
