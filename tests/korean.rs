//! `run --lang ko` in Korean: golden files of the text report of the lesson and of
//! a run whose expectation fails, and no English label word in the Korean text of
//! any built-in or valid fixture outside what stays as it is in both languages:
//! wire text, values, protocol and RFC names, and the scenario's own words.

use std::path::Path;

use oauth_sim::explain::Lang;
use oauth_sim::report::{self, TextOptions};
use oauth_sim::scenario::{self, Loaded};

const WRONG: &str = "tests/fixtures/valid/wrong-expectation.json";

/// Words the English report says that the Korean one must say in Korean: the
/// report's own words, the arrows' gists, party names, item kinds, details and
/// reasons. Words a scenario file also uses as values (`do` actions such as
/// `login`, `to` values such as `client`) are not in the list.
const ENGLISH_LABELS: &[&str] = &[
    "file",
    "seed",
    "start",
    "Step",
    "note",
    "why",
    "expect",
    "met",
    "MET",
    "Result",
    "passed",
    "FAILED",
    "STOPPED",
    "expectation",
    "expectations",
    "steps",
    "capture",
    "nothing",
    "clock",
    "limit",
    "moves",
    "page",
    "kept",
    "stolen",
    "photos",
    "withdrawn",
    "inactive",
    "unknown",
    "Client",
    "Resource",
    "Owner",
    "Authorization",
    "Server",
    "Attacker",
    "session",
    "cookie",
    "used_code",
    "stolen_code",
    "cached_introspection",
    "exchanged",
    "replaced",
    "checked",
    "rotated",
    "revoked",
    "replay",
    "detected",
    "progressed",
    "rejected",
    "expired",
    "expires",
    "retired",
    "name",
    "user",
    "request",
    "auth",
];

fn load(argument: &str) -> Loaded {
    match scenario::resolve(argument) {
        Ok(loaded) => loaded,
        Err(error) => panic!("{argument} does not load: {error}"),
    }
}

fn korean_text(loaded: &Loaded) -> String {
    let transcript = loaded.scenario.run(None);
    let options = TextOptions {
        brief: false,
        lang: Lang::KO,
    };
    report::text(&transcript, &loaded.file, options)
}

#[test]
fn the_korean_text_of_the_lesson_and_a_failing_run_match_their_golden_files() {
    for argument in ["standard-flow", WRONG, "consent-denied-client-stops"] {
        let name = Path::new(argument)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or(argument);
        insta::assert_snapshot!(format!("text-{name}-ko"), korean_text(&load(argument)));
    }
}

/// The lines of a Korean report that carry its labels: not the wire text (`│`),
/// not the scenario's own title, summary and notes, which fall back to English
/// when a file has no Korean.
fn label_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut lines = text.lines().skip(1);
    let file = lines.next();
    file.into_iter().chain(
        lines
            .skip_while(|line| !line.starts_with("──"))
            .filter(|line| !line.trim_start().starts_with('│') && !line.starts_with("  메모: ")),
    )
}

/// The label words of a report that are in [`ENGLISH_LABELS`].
fn english_labels(text: &str) -> Vec<String> {
    label_lines(text)
        .flat_map(words)
        .filter(|word| ENGLISH_LABELS.contains(word))
        .map(str::to_owned)
        .collect()
}

/// The words of a line that could be labels: each space-separated token with its
/// brackets and punctuation trimmed, leaving out values (a token with a digit, or
/// with `.`, `/`, `$`, `=`, `[`, `?`, `&`, `@` or `-` in it: a key, a path, a URL,
/// a scope, a field path), the word after a possessive (the key of the photos the
/// client holds, `alice's photos (2)`) and protocol names in backticks.
fn words(line: &str) -> Vec<&str> {
    let tokens: Vec<&str> = line
        .split('`')
        .step_by(2)
        .flat_map(str::split_whitespace)
        .collect();
    let after_possessive = |i: usize| i > 0 && tokens[i - 1].ends_with("'s");
    tokens
        .iter()
        .enumerate()
        .filter(|(i, _)| !after_possessive(*i))
        .map(|(_, token)| *token)
        .filter(|token| {
            !token
                .chars()
                .any(|c| c.is_ascii_digit() || "./$=[?&@-".contains(c))
        })
        .map(|token| token.trim_matches(|c: char| "()[],·:;!".contains(c)))
        .filter(|word| !word.is_empty())
        .collect()
}

#[test]
fn korean_text_reports_say_no_english_label_word() {
    let fixtures = std::fs::read_dir("tests/fixtures/valid")
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.path().display().to_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let arguments = scenario::builtin_names()
        .map(str::to_owned)
        .chain(fixtures)
        .collect::<Vec<_>>();
    assert!(arguments.len() > 40, "{} scenarios", arguments.len());
    let mut found = Vec::new();
    for argument in &arguments {
        for word in english_labels(&korean_text(&load(argument))) {
            found.push(format!("{argument}: {word}"));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_same_reading_of_an_english_report_finds_its_labels() {
    let loaded = load(WRONG);
    let transcript = loaded.scenario.run(None);
    let options = TextOptions {
        brief: false,
        lang: Lang::EN,
    };
    let found = english_labels(&report::text(&transcript, &loaded.file, options));
    for word in [
        "file", "seed", "Step", "why", "expect", "Result", "Client", "Server",
    ] {
        assert!(
            found.iter().any(|w| w == word),
            "{word} not found in {found:?}"
        );
    }
}

#[test]
fn a_stopped_run_says_why_in_korean_in_the_text_and_the_diagram() {
    let loaded = load("tests/fixtures/valid/check-variable-without-value.json");
    let why = "$previous_code: 3단계에서는 아직 값이 없어 실행이 여기서 멈춥니다";
    let text = korean_text(&loaded);
    assert!(
        text.contains(&format!("  ✗ steps[2].expect.location.query.code: {why}")),
        "{text}"
    );
    assert!(text.contains("결과: 4단계 중 3단계에서 중단"), "{text}");
    let transcript = loaded.scenario.run(None);
    let diagram = report::mermaid(&transcript, &loaded.file, Lang::KO);
    assert!(diagram.contains("3단계에서는 아직 값이 없어"), "{diagram}");
    assert!(!diagram.contains("has no value yet"), "{diagram}");
}
