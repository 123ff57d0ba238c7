//! The JSON Schema of the scenario format (`oauth-sim schema`,
//! `docs/scenario.schema.json`): checked in as generated, and true to the loader:
//! every built-in and every valid fixture matches it, and bad files it can judge
//! are refused by it too.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

const CHECKED_IN: &str = "docs/scenario.schema.json";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&oauth_sim::scenario::json_schema()).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema is a valid 2020-12 schema")
}

/// The `.json` files directly in `dir` (under the crate root), sorted.
fn json_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join(dir))
        .unwrap_or_else(|error| panic!("read {dir}: {error}"))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json") && path.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{dir} holds scenarios");
    files
}

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Why `path` does not match the schema, one line per problem; empty when it does.
fn problems(validator: &jsonschema::Validator, path: &Path) -> Vec<String> {
    let instance = read_json(path);
    validator
        .iter_errors(&instance)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

#[test]
fn the_checked_in_schema_is_the_generated_one() {
    let checked_in = fs::read_to_string(root().join(CHECKED_IN)).unwrap_or_default();
    assert!(
        checked_in == oauth_sim::scenario::json_schema(),
        "{CHECKED_IN} differs from the schema the types generate; regenerate it with\n\
         \n    cargo run -- schema > {CHECKED_IN}\n"
    );
}

/// Every `.json` file of `dir` matches the schema.
fn every_file_matches(dir: &str) {
    let validator = validator();
    for path in json_files(dir) {
        let problems = problems(&validator, &path);
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            path.display(),
            problems.join("\n")
        );
    }
}

#[test]
fn every_builtin_scenario_matches_the_schema() {
    every_file_matches("scenarios");
}

#[test]
fn every_valid_fixture_matches_the_schema() {
    every_file_matches("tests/fixtures/valid");
}

/// Bad files whose fault is one a schema can say, each with where it is refused: a
/// field that may also be `null` (a step's `expect`) is refused as a whole, since
/// neither of its forms fits.
const REFUSED: &[(&str, &str)] = &[
    ("array-as-client.json", "/client"),
    ("ask-answer-zero.json", "/steps/0/ask"),
    ("ask-one-choice.json", "/steps/0/ask"),
    ("ask-unknown-field.json", "/steps/0/ask"),
    ("bad-error-code.json", "/steps/0/expect"),
    ("expect-array-as-check.json", "/steps/0/expect"),
    ("expect-unknown-actor.json", "/steps/0/expect"),
    ("headers-not-an-object.json", "/steps/0/headers"),
    ("lab-without-defended.json", "/lab"),
    ("languages-without-english.json", "/title"),
    ("lifetime-too-large.json", "/server/access_token_lifetime"),
    ("missing-title.json", ""),
    ("other-client-without-id.json", "/other_clients/0"),
    ("status-out-of-range.json", "/steps/0/expect"),
    ("step-without-do.json", "/steps/0"),
    ("unknown-action.json", "/steps/1/do"),
    ("unknown-enum-value.json", "/client/type"),
    ("unknown-field.json", ""),
    ("unknown-flow.json", "/flow"),
    ("unknown-method.json", "/steps/0/method"),
    ("unknown-step-field.json", "/steps/1"),
    ("wrong-type.json", "/seed"),
];

#[test]
fn bad_files_the_schema_can_judge_are_refused_where_they_are_wrong() {
    let validator = validator();
    for (name, at) in REFUSED {
        let path = root().join("tests/fixtures/invalid").join(name);
        let instance = read_json(&path);
        let places: Vec<String> = validator
            .iter_errors(&instance)
            .map(|error| error.instance_path().to_string())
            .collect();
        assert!(
            places.iter().any(|place| place == at),
            "{name} should be refused at {at:?}; refused at {places:?}"
        );
    }
}

#[test]
fn a_file_may_name_the_schema_it_follows() {
    let text = r#"{"$schema": "../docs/scenario.schema.json", "title": "t"}"#;
    assert!(oauth_sim::scenario::parse("x.json", text.as_bytes()).is_ok());
    let instance: Value = serde_json::from_str(text).expect("JSON");
    assert!(validator().is_valid(&instance));
}
