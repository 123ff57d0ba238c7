//! The formats CI reads, through the real binary: `run --format junit`, `tap` and
//! `curl` on the lesson, a failing fixture, a run stopped by its file and a file
//! that cannot be used. Each format is snapshotted (golden), and the `JUnit` report
//! is checked as XML: well-formed always (quick-xml), and valid against the Jenkins
//! `JUnit` schema when `.ci/run` provides it in `OAUTH_SIM_JUNIT_XSD` (with xmllint).

use std::path::PathBuf;
use std::process::Command;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

const STANDARD: &str = "standard-flow";
mod common;

use common::{Run, oauth_sim};

const FAILING: &str = "tests/fixtures/valid/wrong-expectation.json";
const STOPPED: &str = "tests/fixtures/valid/variable-without-value.json";
const BROKEN: &str = "tests/fixtures/invalid/trailing-comma.json";
const ALL_SKIPPED: &str = "tests/fixtures/valid/expectations-all-skipped.json";
/// Its expectations on skipped steps say `"skipped": true`, so it passes.
const SKIP_SAID: &str = "consent-denied-client-stops";
const CONTROL: &str = "tests/fixtures/valid/control-characters.json";
/// Where `.ci/run` puts the `JUnit` schema; without it, only well-formedness is checked.
const XSD_VARIABLE: &str = "OAUTH_SIM_JUNIT_XSD";

fn run(format: &str, files: &[&str]) -> Run {
    let mut args = vec!["run", "--format", format];
    args.extend_from_slice(files);
    oauth_sim(&args)
}

/// What a `JUnit` report counts, read back as XML.
#[derive(Debug, Default, PartialEq, Eq)]
struct Counted {
    /// `tests`, `failures`, `errors` of the `<testsuite>`.
    declared: (usize, usize, usize),
    /// `<testcase>`, `<failure>` and `<error>` elements present.
    present: (usize, usize, usize),
}

/// Parses the report (failing the test when it is not well-formed XML or carries a
/// character XML 1.0 forbids), writes it under `target/` for a person or xmllint to
/// read, validates it there when the schema is given, and says what it counts.
fn check_junit(xml: &str, name: &str) -> Counted {
    let forbidden = |c: char| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    assert!(
        !xml.chars().any(forbidden),
        "a raw control character:\n{xml}"
    );
    let counted = parse_junit(xml);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("junit");
    std::fs::create_dir_all(&dir).expect("target dir");
    let path = dir.join(format!("{name}.xml"));
    std::fs::write(&path, xml).expect("report written");
    if let Some(xsd) = std::env::var_os(XSD_VARIABLE) {
        let lint = Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(&xsd)
            .arg(&path)
            .output()
            .expect("xmllint runs (.ci/run installs libxml2-utils)");
        assert!(
            lint.status.success(),
            "{} does not validate against {}:\n{}",
            path.display(),
            PathBuf::from(&xsd).display(),
            String::from_utf8_lossy(&lint.stderr)
        );
    }
    counted
}

fn parse_junit(xml: &str) -> Counted {
    let mut reader = Reader::from_str(xml);
    let mut counted = Counted::default();
    loop {
        let element = match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(element) | Event::Empty(element)) => element,
            Ok(_) => continue,
            Err(error) => panic!(
                "not well-formed at byte {}: {error}\n{xml}",
                reader.error_position()
            ),
        };
        match element.name().as_ref() {
            "testsuite" => {
                counted.declared = (
                    number(&element, "tests"),
                    number(&element, "failures"),
                    number(&element, "errors"),
                );
            }
            "testcase" => counted.present.0 += 1,
            "failure" => counted.present.1 += 1,
            "error" => counted.present.2 += 1,
            _ => {}
        }
    }
    counted
}

fn number(element: &BytesStart, name: &str) -> usize {
    let attribute = element
        .attributes()
        .map(|a| a.expect("a well-formed attribute"))
        .find(|a| a.key.as_ref() == name)
        .unwrap_or_else(|| panic!("no {name} attribute"));
    attribute.value.parse().expect("a count")
}

#[test]
fn junit_counts_each_passing_failing_stopped_and_unusable_file() {
    let output = run("junit", &[STANDARD, FAILING, STOPPED, BROKEN]);
    assert_eq!(output.code, 2, "an unusable file wins the exit code");
    let counted = check_junit(&output.stdout, "mixed");
    assert_eq!(counted.declared, (4, 1, 2));
    assert_eq!(counted.present, counted.declared);
}

#[test]
fn junit_of_a_failing_run_exits_1_and_lists_each_expectation_not_met() {
    let output = run("junit", &[FAILING]);
    assert_eq!(output.code, 1);
    assert_eq!(check_junit(&output.stdout, "failing").declared, (1, 1, 0));
    assert!(
        output
            .stdout
            .contains("step 2 (authorize) status: expected 302, actual 400"),
        "{}",
        output.stdout
    );
}

#[test]
fn junit_replaces_control_characters_that_xml_cannot_carry() {
    let output = run("junit", &[CONTROL]);
    check_junit(&output.stdout, "control-characters");
    assert!(
        output.stdout.contains(r"Title \u{1b}[2J"),
        "{}",
        output.stdout
    );
}

#[test]
fn a_broken_file_appears_in_json_junit_and_tap() {
    let json = run("json", &[STANDARD, BROKEN]);
    let lines: Vec<serde_json::Value> = json
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 3, "a line per file, then the summary");
    assert_eq!(lines[2]["summary"]["unusable"], 1);
    let line = &lines[1];
    assert_eq!(line["file"], BROKEN);
    assert_eq!(line["passed"], false);
    assert_eq!(
        (&line["error"]["line"], &line["error"]["column"]),
        (&5.into(), &3.into())
    );

    let junit = run("junit", &[STANDARD, BROKEN]);
    assert_eq!(check_junit(&junit.stdout, "broken").declared, (2, 0, 1));
    assert!(
        junit.stdout.contains(&format!(
            "<error message=\"{BROKEN}:5:3: steps: not valid JSON"
        )),
        "{}",
        junit.stdout
    );

    let tap = run("tap", &[STANDARD, BROKEN]);
    assert!(
        tap.stdout.contains(&format!("not ok 2 - {BROKEN}\n")),
        "{}",
        tap.stdout
    );
    assert!(
        tap.stdout.contains("  line: 5\n  column: 3\n"),
        "{}",
        tap.stdout
    );
    assert!(tap.stdout.ends_with("1..2\n"), "{}", tap.stdout);
    for output in [json, junit, tap] {
        assert_eq!(output.code, 2);
    }
}

#[test]
fn tap_has_the_version_a_point_per_file_and_the_plan_last() {
    let output = run("tap", &[STANDARD, FAILING, STOPPED]);
    let lines: Vec<&str> = output.stdout.lines().collect();
    assert_eq!(lines.first(), Some(&"TAP version 14"));
    assert_eq!(lines.last(), Some(&"1..3"));
    let points: Vec<&str> = lines
        .iter()
        .filter(|l| l.starts_with("ok ") || l.starts_with("not ok "))
        .copied()
        .collect();
    assert_eq!(
        points,
        [
            "ok 1 - The standard flow",
            "not ok 2 - Fixture: one expectation is wrong",
            "not ok 3 - Fixture: a variable used before it has a value",
        ]
    );
}

#[test]
fn a_run_whose_expectations_all_fell_on_skipped_steps_is_a_skipped_test_that_exits_1() {
    let junit = run("junit", &[ALL_SKIPPED]);
    assert_eq!(junit.code, 1, "it tested nothing, so it does not pass");
    assert_eq!(
        check_junit(&junit.stdout, "all-skipped").declared,
        (1, 0, 0)
    );
    assert!(
        junit.stdout.contains(
            "skipped=\"1\" time=\"0\">\n    <testcase name=\"Every expectation on a skipped step\""
        ) && junit
            .stdout
            .contains("<skipped message=\"no expectation checked: 2 on skipped steps\"/>"),
        "{}",
        junit.stdout
    );
    let tap = run("tap", &[ALL_SKIPPED, SKIP_SAID]);
    assert_eq!(tap.code, 1);
    let points: Vec<&str> = tap
        .stdout
        .lines()
        .filter(|l| l.starts_with("ok ") || l.starts_with("not ok "))
        .collect();
    assert_eq!(
        points,
        [
            "ok 1 - Every expectation on a skipped step # SKIP no expectation checked: 2 on \
             skipped steps",
            "ok 2 - Consent Denied, the Client Stops",
        ]
    );
}

#[test]
fn tap_and_curl_speak_korean_with_lang_ko() {
    let tap = oauth_sim(&["run", "--format", "tap", "--lang", "ko", FAILING]);
    assert!(
        tap.stdout
            .contains("message: \"기대 결과 2개 중 1개 미충족\""),
        "{}",
        tap.stdout
    );
    let curl = oauth_sim(&["run", "--format", "curl", "--lang", "ko", STANDARD]);
    assert!(
        curl.stdout.contains("# 2단계: 클라이언트 → 인가 서버\n"),
        "{}",
        curl.stdout
    );
}

#[test]
fn curl_writes_one_command_per_request_each_under_its_step() {
    let output = run("curl", &[STANDARD]);
    assert_eq!(output.code, 0);
    let lines: Vec<&str> = output.stdout.lines().skip(1).collect();
    assert!(!lines.is_empty());
    for pair in lines.chunks(2) {
        assert!(pair[0].starts_with("# step "), "{pair:?}");
        assert!(
            pair.get(1).is_some_and(|l| l.starts_with("curl ")),
            "{pair:?}"
        );
    }
    assert!(
        output.stdout.contains(
            "curl 'https://auth.example/login' -H 'Cookie: sid=5kUcIiuQwA-SrvtX5jlwNIwW9Xo' \
             -H 'Content-Type: application/x-www-form-urlencoded' \
             --data-raw 'username=alice&password=wonderland'\n"
        ),
        "{}",
        output.stdout
    );
}

#[test]
fn golden_reports_of_the_lesson_and_a_failing_scenario() {
    for format in ["junit", "tap", "curl"] {
        for (name, file) in [("standard-flow", STANDARD), ("failing", FAILING)] {
            let output = run(format, &[file]);
            insta::assert_snapshot!(format!("{format}-{name}"), output.stdout);
        }
    }
}
