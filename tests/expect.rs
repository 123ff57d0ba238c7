//! Expectations on the final response, `$variables` and captures, as a scenario
//! author meets them through the real `oauth-sim` binary: what holds, what is
//! reported as expected against actual (exit 1), and what is a mistake in the file
//! (exit 2, naming the step and the field path).

use std::process::Command;

use serde_json::Value;

const VALID: &str = "tests/fixtures/valid";

/// What one run of the binary did.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `oauth-sim ARGS…` from the crate root, so fixture paths are relative to it.
fn oauth_sim(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the oauth-sim binary starts");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked") && run.code != 101,
        "oauth-sim {args:?} panicked:\n{}",
        run.stderr
    );
    run
}

fn valid(name: &str) -> String {
    format!("{VALID}/{name}")
}

fn json_of(run: &Run) -> Value {
    serde_json::from_str(run.stdout.trim_end()).expect("one line of JSON")
}

// ---------------------------------------------------------------------------------
// A variable with no value at its step: the file is wrong there, exit 2.
// ---------------------------------------------------------------------------------

const UNSET: &str = "steps[2].with.code: $code has no value yet at step 3 \
                     (a consent step that redirects back with a code sets it)";

#[test]
fn a_variable_without_a_value_stops_the_text_run_at_its_step_and_exits_2() {
    let file = valid("variable-without-value.json");
    let run = oauth_sim(&["run", "--brief", &file]);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.stderr, format!("error: {file}: {UNSET}\n"));
    assert!(
        run.stdout.contains("── Step 3/4 · token")
            && run.stdout.contains(&format!("  ✗ {UNSET}\n")),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("Step 4/4"),
        "nothing runs after it:\n{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with(&format!(
            "Result: STOPPED at step 3 of 4: the scenario file is wrong there\n  \
             step 3 (token): {UNSET}\n"
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn a_variable_without_a_value_stops_the_json_run_and_names_the_path() {
    let file = valid("variable-without-value.json");
    let run = oauth_sim(&["run", "--format", "json", &file]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(run.stderr, format!("error: {file}: {UNSET}\n"));
    let report = json_of(&run);
    assert_eq!(report["passed"], false);
    assert_eq!(
        report["stopped"],
        serde_json::json!({"step": 3, "path": "steps[2].with.code", "message": UNSET})
    );
    let steps = report["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), 3, "the run stops at the step");
    assert_eq!(steps[2]["problem"], UNSET);
    assert_eq!(steps[2]["met"], false);
    assert_eq!(
        steps[2]["messages"],
        serde_json::json!([]),
        "nothing is sent"
    );
}

#[test]
fn a_run_that_completes_reports_stopped_as_null() {
    let run = oauth_sim(&["run", "--format", "json", &valid("all-met.json")]);
    assert_eq!(run.code, 0);
    assert_eq!(json_of(&run)["stopped"], Value::Null);
}

#[test]
fn check_loads_a_file_whose_variable_has_no_value_until_it_runs() {
    let file = valid("variable-without-value.json");
    let run = oauth_sim(&["check", &file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, format!("ok  {file} (4 steps)\n"));
}

#[test]
fn a_stopped_file_outranks_a_failed_one_and_the_next_file_still_runs() {
    let stopped = valid("variable-without-value.json");
    let failing = valid("wrong-expectation.json");
    let good = valid("all-met.json");
    let run = oauth_sim(&["run", "--brief", &stopped, &failing, &good]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout.matches("Result: ").count(), 3, "{}", run.stdout);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}
