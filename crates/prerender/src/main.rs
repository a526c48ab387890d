//! Renders every page of the standalone site to HTML beside the bundle Trunk
//! built, with the app's own components: the listing's pages, each tag's pages,
//! each article and `404.html`, each with its head metadata and the data the
//! app takes over from; the views of embedded instances (`embedded_views`);
//! each article's QR code (`share_codes`); then the sitemap files (`sitemaps`),
//! `robots.txt`, `feed.json` and `feed.xml`.
//!
//!   prerender <built-site-dir> [--sitemap-max-urls <n>] [--sitemap-max-bytes <n>]
//!
//! The sitemap limits default to Baidu's (50,000 addresses, 10 MB per file).
//!
//! Trunk runs it after each release build (see Trunk.toml). Where the site is
//! configured for a source other than the static files, it says so and leaves
//! the bundle as it is.

mod data_address;
mod embedded_views;
mod error;
mod feeds;
mod head;
mod share_codes;
mod site_pages;
mod sitemaps;
mod template;

use std::path::Path;

use sitemaps::SitemapLimits;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dist, limits) = match parse_args(&args) {
        Ok(parsed) => parsed,
        Err(problem) => {
            eprintln!("prerender: {problem}\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    let started = Instant::now();
    match site_pages::prerender(Path::new(dist), limits) {
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

const USAGE: &str =
    "usage: prerender <built-site-dir> [--sitemap-max-urls <n>] [--sitemap-max-bytes <n>]";

/// The site's folder, and the sitemap files' limits (Baidu's unless given).
fn parse_args(args: &[String]) -> Result<(&str, SitemapLimits), String> {
    let mut limits = SitemapLimits::default();
    let mut dist = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let limit = match arg.as_str() {
            "--sitemap-max-urls" => &mut limits.urls,
            "--sitemap-max-bytes" => &mut limits.bytes,
            option if option.starts_with("--") => return Err(format!("unknown option {option}")),
            folder if dist.is_none() => {
                dist = Some(folder);
                continue;
            }
            extra => return Err(format!("one folder only, not also {extra}")),
        };
        *limit = rest
            .next()
            .and_then(|value| value.parse().ok())
            .filter(|value| *value > 0)
            .ok_or_else(|| format!("{arg} takes a number above 0"))?;
    }
    Ok((dist.ok_or("which built site?")?, limits))
}

/// The process's peak resident memory, where the system reports it (Linux).
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str]) -> Result<(String, SitemapLimits), String> {
        let args: Vec<String> = args.iter().map(|arg| (*arg).to_owned()).collect();
        parse_args(&args).map(|(dist, limits)| (dist.to_owned(), limits))
    }

    #[test]
    fn the_sitemap_limits_are_options() {
        assert_eq!(
            parsed(&["dist"]),
            Ok(("dist".to_owned(), SitemapLimits::default()))
        );
        assert_eq!(
            parsed(&[
                "--sitemap-max-urls",
                "100",
                "dist",
                "--sitemap-max-bytes",
                "5000"
            ]),
            Ok((
                "dist".to_owned(),
                SitemapLimits {
                    urls: 100,
                    bytes: 5000
                }
            ))
        );
        for bad in [
            &[][..],
            &["dist", "other"],
            &["dist", "--sitemap-max-urls"],
            &["dist", "--sitemap-max-urls", "0"],
            &["dist", "--sitemap-max-urls", "many"],
            &["dist", "--sitemaps", "2"],
        ] {
            assert!(parsed(bad).is_err(), "{bad:?}");
        }
    }
}
