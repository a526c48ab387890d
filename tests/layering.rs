//! The layering `src/lib.rs` and `crates/news-core/src/lib.rs` describe, read
//! from the code: each top-level module names only the modules below it, so
//! dependencies point one way and no two modules import each other.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// Each module and the modules it may name, in the app (`host` → `views` →
/// `state` → `sources`; the core crate is below them all).
const APP: &[(&str, &[&str])] = &[
    ("host", &["views", "state", "sources"]),
    ("views", &["state", "sources"]),
    ("state", &["sources"]),
    ("sources", &[]),
];

/// The same for the core crate: everything rests on `model`.
const CORE: &[(&str, &[&str])] = &[
    ("addresses", &["model"]),
    ("data_folder", &["model"]),
    ("i18n", &["model"]),
    ("queries", &["model"]),
    ("sanitize", &["model"]),
    ("model", &[]),
];

/// Every `crate::<module>` a module's Rust files name: `<module>.rs`, or
/// every file below the folder `<module>/`.
fn named_modules(path: &Path) -> BTreeSet<String> {
    let file = path.with_extension("rs");
    if file.is_file() {
        return named_in(&file);
    }
    let entries = fs::read_dir(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    entries
        .flatten()
        .flat_map(|entry| match entry.path() {
            folder if folder.is_dir() => named_modules(&folder),
            file => named_in(&file),
        })
        .collect()
}

/// Every `crate::<module>` one Rust file names.
fn named_in(file: &Path) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    let text =
        fs::read_to_string(file).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
    for (position, _) in text.match_indices("crate::") {
        let rest = &text[position + "crate::".len()..];
        let module: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let preceded_by_word = text[..position]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        if !preceded_by_word && !module.is_empty() {
            named.insert(module);
        }
    }
    named
}

/// The modules of `layers` in `root` that name a module they may not.
fn violations(root: &Path, layers: &[(&str, &[&str])]) -> Vec<String> {
    let known: BTreeSet<&str> = layers.iter().map(|(module, _)| *module).collect();
    let mut found = Vec::new();
    for (module, allowed) in layers {
        for named in named_modules(&root.join(module)) {
            let is_layer = known.contains(named.as_str());
            if is_layer && named != *module && !allowed.contains(&named.as_str()) {
                found.push(format!("{module} names {named}"));
            }
        }
    }
    found
}

#[test]
fn the_app_depends_one_way() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    assert_eq!(violations(&root, APP), Vec::<String>::new());
}

#[test]
fn the_core_crate_depends_one_way() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/news-core/src");
    assert_eq!(violations(&root, CORE), Vec::<String>::new());
}

#[test]
fn a_reverse_import_is_found() {
    let folder = std::env::temp_dir().join(format!("layering-test-{}", std::process::id()));
    for (module, text) in [
        ("sources", "use crate::views::Thing;\n"),
        ("views", "use crate::sources::Source;\n"),
    ] {
        fs::create_dir_all(folder.join(module)).unwrap_or_else(|error| panic!("{error}"));
        fs::write(folder.join(module).join("mod.rs"), text)
            .unwrap_or_else(|error| panic!("{error}"));
    }
    let layers: &[(&str, &[&str])] = &[("views", &["sources"]), ("sources", &[])];
    assert_eq!(
        violations(&folder, layers),
        vec!["sources names views".to_owned()]
    );
    let _ = fs::remove_dir_all(folder);
}
