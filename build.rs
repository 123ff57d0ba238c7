//! Compiles two kinds of data files into the binary:
//!
//! - the files of `scenarios/`: each becomes a built-in scenario, run by its file name
//!   without `.json`;
//! - the folders of `locales/`: each `locales/<code>/` is a language, its `*.ftl` files
//!   the Fluent messages of `crate::text`. English (`en`) comes first, the others follow
//!   by code, and that order is the one the TUI's language key cycles through. A message
//!   id or attribute that one language has and another lacks stops the build here,
//!   naming both, so a translation can never ship half done.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use fluent_syntax::ast::{Entry, Message, PatternElement};

fn main() {
    // Read at run time, not baked in with `env!`: a build script compiled in another
    // checkout (a copied target directory) must still read this checkout's files.
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    builtins(root, &out);
    locales(root, &out);
}

fn builtins(root: &Path, out: &Path) {
    println!("cargo::rerun-if-changed=scenarios");
    let dir = root.join("scenarios");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|n| n.strip_suffix(".json").map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut code = String::from(
        "/// The built-in scenarios: (name, file text), sorted by name.\npub const BUILTINS: &[(&str, &str)] = &[\n",
    );
    for name in &names {
        let path = dir.join(format!("{name}.json"));
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    code.push_str("];\n");
    fs::write(out.join("builtins.rs"), code).expect("OUT_DIR is writable");
}

/// The names of the entries of `dir` that pass `keep`, sorted.
fn sorted_names(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| keep(&e.path()))
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn locales(root: &Path, out: &Path) {
    println!("cargo::rerun-if-changed=locales");
    let dir = root.join("locales");
    let mut codes = sorted_names(&dir, Path::is_dir);
    let Some(en) = codes.iter().position(|c| c == "en") else {
        panic!("locales/en/ is missing: English is every other language's reference");
    };
    let en = codes.remove(en);
    codes.insert(0, en);
    let mut code = String::from(
        "/// Every compiled language: (code, [(file name, Fluent source)]), English first.\n\
         pub(crate) const LOCALES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    let mut keys = Vec::new();
    for lang in &codes {
        let folder = dir.join(lang);
        let _ = writeln!(code, "    ({lang:?}, &[");
        let mut lang_keys = BTreeSet::new();
        for file in sorted_names(&folder, |p| p.extension().is_some_and(|e| e == "ftl")) {
            let path = folder.join(&file);
            let _ = writeln!(
                code,
                "        ({file:?}, include_str!({:?})),",
                path.display().to_string()
            );
            lang_keys.extend(message_keys(&path));
        }
        code.push_str("    ]),\n");
        keys.push(lang_keys);
    }
    code.push_str(
        "];\n\n/// Each language's own name and its invitation to switch to it (`language.ftl`),\n\
         /// read here so that naming the next language does not build it; empty where the\n\
         /// message is more than plain text.\n\
         pub(crate) const NAMES: &[(&str, &str)] = &[\n",
    );
    for lang in &codes {
        let path = dir.join(lang).join("language.ftl");
        let (name, switch) = (
            plain(&path, "language-name"),
            plain(&path, "language-switch"),
        );
        let _ = writeln!(code, "    ({name:?}, {switch:?}),");
    }
    code.push_str("];\n\nimpl Lang {\n");
    for (index, lang) in codes.iter().enumerate() {
        let _ = writeln!(
            code,
            "    /// The language of `locales/{lang}/`.\n    pub const {}: Lang = Lang({index});",
            lang.to_uppercase().replace('-', "_")
        );
    }
    code.push_str("}\n");
    check_complete(&codes, &keys);
    fs::write(out.join("locales.rs"), code).expect("OUT_DIR is writable");
}

/// Every `id` and `id.attribute` a Fluent file defines. A file Fluent cannot parse
/// is left to the tests, which name the error and its line.
fn message_keys(path: &Path) -> Vec<String> {
    let source = fs::read_to_string(path).unwrap_or_default();
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message),
            _ => None,
        })
        .flat_map(|message: &Message<&str>| {
            let id = message.id.name;
            std::iter::once(id.to_owned()).chain(
                message
                    .attributes
                    .iter()
                    .map(move |a| format!("{id}.{}", a.id.name)),
            )
        })
        .collect()
}

/// The value of message `id` of the file at `path` when it is one piece of text,
/// else nothing.
fn plain(path: &Path, id: &str) -> String {
    let source = fs::read_to_string(path).unwrap_or_default();
    let Ok(resource) = fluent_syntax::parser::parse(source.as_str()) else {
        return String::new();
    };
    let value = resource.body.iter().find_map(|entry| match entry {
        Entry::Message(message) if message.id.name == id => message.value.as_ref(),
        _ => None,
    });
    match value.map(|pattern| pattern.elements.as_slice()) {
        Some([PatternElement::TextElement { value }]) => (*value).to_owned(),
        _ => String::new(),
    }
}

/// Stops the build when a language lacks a message English has, or has one English
/// lacks.
fn check_complete(codes: &[String], keys: &[BTreeSet<String>]) {
    let mut problems = Vec::new();
    for (lang, own) in codes.iter().zip(keys).skip(1) {
        for key in keys[0].difference(own) {
            problems.push(format!(
                "locales/{lang}/ lacks `{key}`, which locales/en/ has"
            ));
        }
        for key in own.difference(&keys[0]) {
            problems.push(format!(
                "locales/{lang}/ has `{key}`, which locales/en/ lacks"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "incomplete translation:\n{}",
        problems.join("\n")
    );
}
