//! The documentation that ships with the project stays true to it: every link in
//! `README.md` and `docs/*.md` stays inside the repository and reaches a file (and a
//! heading, when it names one), and `docs/scenario-format.md`, the contract of the
//! format, names every action, every field, every subcommand and every output format
//! the program knows. The names are read from the code (the JSON Schema the loader's
//! types generate, and the command line's own definition), so a new field or format
//! fails here until the contract describes it.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use clap::{CommandFactory as _, ValueEnum as _};
use oauth_sim::cli::{Cli, Format};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde_json::Value;

const CONTRACT: &str = "docs/scenario-format.md";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `README.md` and every Markdown file of `docs/`, sorted.
fn documents() -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = fs::read_dir(root().join("docs"))
        .expect("read docs/")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    docs.insert(0, root().join("README.md"));
    docs
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every link and image target of a Markdown text (code blocks hold none).
fn link_targets(markdown: &str) -> Vec<String> {
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some(dest_url.into_string())
            }
            _ => None,
        })
        .collect()
}

/// The anchors GitHub gives the headings of a Markdown text: the heading's text in
/// lower case, without punctuation other than `-` and `_`, spaces as `-`.
fn heading_anchors(markdown: &str) -> BTreeSet<String> {
    let mut anchors = BTreeSet::new();
    let mut heading: Option<String> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(words) = heading.as_mut() {
                    words.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(words) = heading.take() {
                    anchors.insert(anchor_of(&words));
                }
            }
            _ => {}
        }
    }
    anchors
}

fn anchor_of(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// A link to another site (the test below refuses those).
fn is_outside(target: &str) -> bool {
    target.contains("://") || target.starts_with("mailto:")
}

/// Why a relative link of `document` does not reach its file and heading, if it
/// does not.
fn broken(document: &Path, target: &str) -> Option<String> {
    let (file, anchor) = match target.split_once('#') {
        Some((file, anchor)) => (file, Some(anchor)),
        None => (target, None),
    };
    let path = if file.is_empty() {
        document.to_path_buf()
    } else {
        document.parent().expect("a document's folder").join(file)
    };
    if !path.exists() {
        return Some(format!("{target}: no file {}", path.display()));
    }
    let anchor = anchor?;
    let is_markdown = path.extension().is_some_and(|e| e == "md");
    (is_markdown && !heading_anchors(&read(&path)).contains(anchor))
        .then(|| format!("{target}: no heading #{anchor} in {}", path.display()))
}

#[test]
fn every_relative_link_in_the_readme_and_docs_reaches_a_file_and_heading() {
    let mut problems = Vec::new();
    for document in documents() {
        for target in link_targets(&read(&document)) {
            if is_outside(&target) {
                continue;
            }
            if let Some(problem) = broken(&document, &target) {
                problems.push(format!("{}: {problem}", document.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "broken links:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_link_in_the_readme_or_docs_points_outside_the_repository() {
    let mut outside = Vec::new();
    for document in documents() {
        for target in link_targets(&read(&document)) {
            if is_outside(&target) {
                outside.push(format!("{}: {target}", document.display()));
            }
        }
    }
    assert!(
        outside.is_empty(),
        "links outside the repository:\n{}",
        outside.join("\n")
    );
}

#[test]
fn the_readme_links_to_the_format_contract_and_the_rules() {
    let links = link_targets(&read(&root().join("README.md")));
    for doc in [CONTRACT, "docs/rules.md"] {
        assert!(
            links.iter().any(|link| link.split('#').next() == Some(doc)),
            "README.md links to {doc}"
        );
    }
}

fn schema() -> Value {
    serde_json::from_str(&oauth_sim::scenario::json_schema()).expect("the schema is JSON")
}

/// Every string a schema fragment allows as a value (`enum` and `const`, at any depth).
fn allowed_words(schema: &Value, words: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::String(word)) = map.get("const") {
                words.insert(word.clone());
            }
            if let Some(Value::Array(values)) = map.get("enum") {
                words.extend(values.iter().filter_map(Value::as_str).map(str::to_owned));
            }
            for (key, value) in map {
                if key != "default" && key != "examples" {
                    allowed_words(value, words);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| allowed_words(item, words)),
        _ => {}
    }
}

/// The names of the contract that it does not write as code (`` `name` ``).
fn missing_from_contract(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let contract = read(&root().join(CONTRACT));
    names
        .into_iter()
        .filter(|name| !contract.contains(&format!("`{name}`")))
        .collect()
}

#[test]
fn every_action_is_in_the_format_contract() {
    let mut actions = BTreeSet::new();
    allowed_words(&schema()["$defs"]["Action"], &mut actions);
    assert!(
        actions.contains("register") && actions.contains("send"),
        "{actions:?}"
    );
    let missing = missing_from_contract(actions);
    assert!(missing.is_empty(), "actions not in {CONTRACT}: {missing:?}");
}

#[test]
fn every_top_level_field_is_in_the_format_contract() {
    let schema = schema();
    let fields = schema["properties"]
        .as_object()
        .expect("top-level properties");
    assert!(fields.contains_key("title"), "{fields:?}");
    let missing = missing_from_contract(fields.keys().cloned());
    assert!(
        missing.is_empty(),
        "top-level fields not in {CONTRACT}: {missing:?}"
    );
}

#[test]
fn every_field_of_every_object_is_in_the_format_contract() {
    let schema = schema();
    let definitions = schema["$defs"].as_object().expect("schema definitions");
    let mut missing = Vec::new();
    for (definition, body) in definitions {
        let Some(fields) = body.get("properties").and_then(Value::as_object) else {
            continue;
        };
        for field in missing_from_contract(fields.keys().cloned()) {
            missing.push(format!("{definition}.{field}"));
        }
    }
    assert!(missing.is_empty(), "fields not in {CONTRACT}: {missing:?}");
}

#[test]
fn every_output_format_is_in_the_format_contract() {
    let formats: Vec<String> = Format::value_variants()
        .iter()
        .filter_map(clap::ValueEnum::to_possible_value)
        .map(|value| value.get_name().to_owned())
        .collect();
    assert!(formats.len() >= 7, "{formats:?}");
    let missing = missing_from_contract(formats.iter().cloned());
    assert!(missing.is_empty(), "formats not in {CONTRACT}: {missing:?}");
    let contract = read(&root().join(CONTRACT));
    let headings = heading_anchors(&contract);
    let without_section: Vec<&String> = formats
        .iter()
        .filter(|format| !headings.iter().any(|h| h.split('-').any(|w| w == *format)))
        .collect();
    assert!(
        without_section.is_empty(),
        "formats without a heading of their own in {CONTRACT}: {without_section:?}"
    );
}

#[test]
fn every_subcommand_is_in_the_format_contract() {
    let commands: Vec<String> = Cli::command()
        .get_subcommands()
        .filter(|command| command.get_name() != "help")
        .map(|command| format!("oauth-sim {}", command.get_name()))
        .collect();
    assert!(
        commands.iter().any(|c| c == "oauth-sim run"),
        "{commands:?}"
    );
    let contract = read(&root().join(CONTRACT));
    let missing: Vec<&String> = commands
        .iter()
        .filter(|c| !contract.contains(c.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "subcommands not in {CONTRACT}: {missing:?}"
    );
}

#[test]
fn github_anchors_drop_punctuation_and_join_words_with_dashes() {
    assert_eq!(
        anchor_of("`with`: changing what is sent"),
        "with-changing-what-is-sent"
    );
    assert_eq!(anchor_of("`token_in`"), "token_in");
    assert_eq!(
        anchor_of("Changes from the original contract"),
        "changes-from-the-original-contract"
    );
}
