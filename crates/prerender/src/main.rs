//! Renders every page of the standalone site to HTML beside the bundle Trunk
//! built, with the app's own components: the listing's pages, each tag's pages,
//! each article and `404.html`, each with its head metadata and the data the
//! app takes over from; the views of embedded instances (`embedded_views`);
//! then `sitemap.xml`, `robots.txt`, `feed.json` and `feed.xml`.
//!
//!   prerender <built-site-dir>
//!
//! Trunk runs it after each release build (see Trunk.toml). Where the site is
//! configured for a source other than the static files, it says so and leaves
//! the bundle as it is.

mod data_address;
mod embedded_views;
mod error;
mod feeds;
mod head;
mod site_pages;
mod template;

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist] = args.as_slice() else {
        eprintln!("usage: prerender <built-site-dir>");
        return ExitCode::FAILURE;
    };
    let started = Instant::now();
    match site_pages::prerender(Path::new(dist)) {
        Ok(Some(written)) => {
            let memory =
                peak_memory().map_or_else(String::new, |peak| format!(", peak memory {peak}"));
            println!(
                "prerender: {} pages and {} embedded views in {:.1} s{memory}",
                written.pages,
                written.embedded_views,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The process's peak resident memory, where the system reports it (Linux).
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_owned())
}
