//! An embedded instance's query parameters (`news`, `news-page`, …) are named
//! by the core crate's stand-in host address, which prerendered views carry,
//! and twice more outside Rust: `embed.js` renames them for each host page,
//! and nginx's server-side includes drop the ones a link keeps
//! (`deploy/nginx/jointlink-news-ssi.conf`). A parameter one of them misses
//! leaves a stand-in in a reader's link; this keeps the three in step.

use std::fs;
use std::path::Path;

use news_core::addresses::{stand_in_host, KEPT_VALUE, STAND_IN_HOST_PATH, STAND_IN_PARAM};

/// The parameters the stand-in host address keeps, in its order.
fn stand_in_parameters() -> Vec<String> {
    let host = stand_in_host();
    let query = host
        .strip_prefix(&format!("{STAND_IN_HOST_PATH}?@host@&"))
        .unwrap_or_else(|| panic!("unexpected stand-in host address {host}"));
    query
        .split('&')
        .map(|pair| {
            pair.strip_suffix(&format!("={KEPT_VALUE}"))
                .unwrap_or_else(|| panic!("{pair} is not a kept parameter"))
                .to_owned()
        })
        .collect()
}

fn read(path: &str) -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    fs::read_to_string(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display()))
}

/// The quoted items of `embed.js`'s `const PARAM_SUFFIXES = [...]`.
fn embed_js_suffixes() -> Vec<String> {
    let script = read("embed/embed.js");
    let list = script
        .lines()
        .find_map(|line| line.strip_prefix("const PARAM_SUFFIXES = ["))
        .and_then(|rest| rest.split_once(']'))
        .map(|(items, _)| items)
        .expect("embed.js declares PARAM_SUFFIXES");
    list.split(',')
        .map(|item| item.trim().trim_matches('\'').to_owned())
        .collect()
}

/// What nginx's `sub_filter` lines replace with nothing or with a closing quote.
fn nginx_dropped_pairs() -> Vec<String> {
    read("deploy/nginx/jointlink-news-ssi.conf")
        .lines()
        .filter_map(|line| line.trim().strip_prefix("sub_filter '"))
        .filter_map(|rest| rest.split_once("' "))
        .filter(|(_, replacement)| matches!(*replacement, "'';" | "'\"';"))
        .map(|(pattern, _)| pattern.to_owned())
        .collect()
}

#[test]
fn embed_js_renames_every_parameter_of_the_stand_in() {
    let expected: Vec<String> = stand_in_parameters()
        .iter()
        .map(|name| {
            name.strip_prefix(STAND_IN_PARAM)
                .expect("each parameter starts with the stand-in's")
                .to_owned()
        })
        .collect();
    assert_eq!(embed_js_suffixes(), expected);
}

#[test]
fn nginx_drops_every_kept_parameter_of_the_stand_in() {
    let parameters = stand_in_parameters();
    let mut expected: Vec<String> = parameters
        .iter()
        .map(|name| format!("{name}={KEPT_VALUE}&amp;"))
        .collect();
    // The last kept parameter ends a link's address, before its closing quote.
    if let Some(last) = parameters.last() {
        expected.push(format!("{last}={KEPT_VALUE}\""));
    }
    assert_eq!(nginx_dropped_pairs(), expected);
}
