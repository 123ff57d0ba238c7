//! Expectations on the final response, `$variables` and captures, as a scenario
//! author meets them through the real `oauth-sim` binary: what holds, what is
//! reported as expected against actual (exit 1), and what is a mistake in the file
//! (exit 2, naming the step and the field path).

use serde_json::Value;

mod common;

use common::{Run, oauth_sim};

const VALID: &str = "tests/fixtures/valid";

fn valid(name: &str) -> String {
    format!("{VALID}/{name}")
}

/// The scenario's line of a one-scenario JSON run (the summary line follows it).
fn json_of(run: &Run) -> Value {
    let first = run.stdout.lines().next().unwrap_or_default();
    serde_json::from_str(first).expect("one line of JSON")
}

// ---------------------------------------------------------------------------------
// A variable with no value at its step: the file is wrong there, exit 2.
// ---------------------------------------------------------------------------------

const UNSET: &str = "steps[2].with.code: $code has no value yet at step 3 \
                     (an authorization server redirect that carries a code sets it)";

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
             step 3 (token): {UNSET}\n\n1 scenario: 0 passed, 0 failed, 1 unusable\n"
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

#[test]
fn previous_state_and_code_challenge_resend_what_earlier_requests_sent() {
    let run = oauth_sim(&[
        "run",
        "--format",
        "json",
        &valid("previous-state-and-code-challenge.json"),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = json_of(&run);
    let sent = |step: usize, name: &str| -> String {
        let target = report["steps"][step]["messages"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m["target"].as_str())
            .find(|t| t.starts_with("/authorize"))
            .expect("the browser's GET /authorize");
        let query = target.split_once('?').map_or("", |(_, q)| q);
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(!sent(0, "state").is_empty());
    assert_eq!(sent(2, "state"), sent(0, "state"));
    assert_ne!(sent(1, "state"), sent(0, "state"));
    assert!(!sent(1, "code_challenge").is_empty());
    assert_eq!(sent(2, "code_challenge"), sent(1, "code_challenge"));
}

#[test]
fn previous_state_before_a_second_authorization_request_stops_the_run() {
    let dir = std::env::temp_dir().join(format!("oauth-sim-expect-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let file = dir.join("early.json");
    std::fs::write(
        &file,
        r#"{"title": "t", "steps": [{"do": "authorize"}, {"do": "authorize", "with": {"state": "$previous_state"}}]}"#,
    )
    .expect("the file is written");
    let file = file.display().to_string();
    let run = oauth_sim(&["run", "--brief", &file]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!(
            "error: {file}: steps[1].with.state: $previous_state has no value yet at step 2 \
             (it is the value before the latest, so the run needs two values by now)\n"
        )
    );
}

// ---------------------------------------------------------------------------------
// Checks on the final response: who answered, headers, Location, JSON.
// ---------------------------------------------------------------------------------

#[test]
fn checks_on_the_final_response_that_hold_exit_0() {
    let run = oauth_sim(&["run", "--brief", &valid("response-checks.json")]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(
            "  expect status 401, to resource_server, \
             headers.WWW-Authenticate contains error=\"invalid_token\": ✓ met\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Result: passed · 7 steps · 6 expectations met\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn checks_that_do_not_hold_name_expected_and_actual_and_exit_1() {
    let run = oauth_sim(&["run", "--brief", &valid("response-checks-not-met.json")]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    for line in [
        "    to: expected attacker, got authorization_server\n",
        "    location.query.code: expected absent, got ",
        "    location.fragment.code: expected present, got absent\n",
        "    headers.Cache-Control: expected no-cache, got no-store\n",
        "    headers.Pragma: expected absent, got no-cache\n",
        "    json.token_type: expected \"bearer\", got \"Bearer\"\n",
        "    json.expires_in: expected \"3600\", got 3600\n",
        "    json.refresh_token: expected absent, got \"",
        "    json.scope: expected contains \"write\", got \"photos.read\"\n",
        "    headers.WWW-Authenticate: expected contains insufficient_scope, got Bearer ",
    ] {
        assert!(run.stdout.contains(line), "{line:?} in:\n{}", run.stdout);
    }
    assert!(
        run.stdout
            .contains("Result: FAILED · 3 of 3 expectations not met\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_reports_each_failed_check_by_its_field_path_and_echoes_the_checks() {
    let run = oauth_sim(&[
        "run",
        "--format",
        "json",
        &valid("response-checks-not-met.json"),
    ]);
    assert_eq!(run.code, 1);
    let report = json_of(&run);
    let consent = &report["steps"][2];
    assert_eq!(consent["met"], false);
    let fields: Vec<&str> = consent["mismatches"]
        .as_array()
        .expect("mismatches")
        .iter()
        .filter_map(|m| m["field"].as_str())
        .collect();
    assert_eq!(
        fields,
        [
            "to",
            "location.query.code",
            "location.query.state",
            "location.fragment.code"
        ]
    );
    assert_eq!(
        consent["expect"],
        serde_json::json!({
            "to": "attacker",
            "location": {
                "query": {"code": "absent", "state": "forged"},
                "fragment": {"code": "present"}
            }
        })
    );
    assert_eq!(
        report["steps"][4]["expect"]["json"]["scope"],
        serde_json::json!({"contains": "write"})
    );
}

#[test]
fn a_check_on_a_variable_without_a_value_stops_the_run_after_its_step_ran() {
    let file = valid("check-variable-without-value.json");
    let run = oauth_sim(&["run", "--format", "json", &file]);
    assert_eq!(run.code, 2);
    let message = "steps[2].expect.location.query.code: $previous_code has no value yet at \
                   step 3 (it is the value before the latest, so the run needs two values by now)";
    assert_eq!(run.stderr, format!("error: {file}: {message}\n"));
    let report = json_of(&run);
    let steps = report["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), 3);
    assert_eq!(steps[2]["problem"], message);
    assert_eq!(steps[2]["status"], 302, "the consent was sent and answered");
}

// ---------------------------------------------------------------------------------
// Captures: values of a final response, used by later steps as `$name`.
// ---------------------------------------------------------------------------------

#[test]
fn captured_values_are_sent_and_checked_by_later_steps() {
    let run = oauth_sim(&["run", "--brief", &valid("captures.json")]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    for line in [
        "  capture $my_code = ",
        "  capture $my_state = ",
        "  capture $tok = ",
        "  capture $lifetime = 3600\n",
        "  capture $challenge = Bearer ",
        "  expect status 401, headers.WWW-Authenticate $challenge: ✓ met\n",
    ] {
        assert!(run.stdout.contains(line), "{line:?} in:\n{}", run.stdout);
    }
    assert!(
        run.stdout
            .contains("Result: passed · 9 steps · 5 expectations met\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_lists_what_each_step_captured_and_sends_it_later() {
    let run = oauth_sim(&["run", "--format", "json", &valid("captures.json")]);
    assert_eq!(run.code, 0);
    let report = json_of(&run);
    let steps = report["steps"].as_array().expect("steps");
    let code = steps[2]["captured"]["my_code"].as_str().expect("a code");
    let location = steps[2]["messages"][1]["headers"]["Location"]
        .as_str()
        .expect("the consent redirect");
    assert!(location.contains(&format!("code={code}")), "{location}");
    let token_request = steps[4]["messages"][0]["body"].as_str().expect("a form");
    assert!(
        token_request.contains(&format!("code={code}")),
        "{token_request}"
    );
    let token = steps[4]["captured"]["tok"].as_str().expect("a token");
    let api_call = &steps[5]["messages"][0]["headers"]["Authorization"];
    assert_eq!(api_call, &Value::String(format!("Bearer {token}")));
    assert_eq!(steps[0]["captured"], serde_json::json!({}));
}

#[test]
fn a_capture_that_found_nothing_stops_the_step_that_uses_it() {
    let file = valid("capture-finds-nothing.json");
    let run = oauth_sim(&["run", "--brief", &file]);
    assert_eq!(run.code, 2);
    assert!(
        run.stdout
            .contains("  capture $tok: nothing at json.access_token in the final response\n"),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stderr,
        format!(
            "error: {file}: steps[1].with.access_token: $tok has no value yet at step 2 \
             (its capture at step 1 found nothing in that step's final response)\n"
        )
    );
    let json = json_of(&oauth_sim(&["run", "--format", "json", &file]));
    assert_eq!(
        json["steps"][0]["captured"],
        serde_json::json!({"tok": null})
    );
}

#[test]
fn the_text_of_a_stopped_run_is_the_same_whole_or_streamed() {
    use oauth_sim::explain::Lang;
    use oauth_sim::report::{self, TextOptions, Verdict};
    let text = std::fs::read(format!(
        "{}/{}",
        env!("CARGO_MANIFEST_DIR"),
        valid("variable-without-value.json")
    ))
    .expect("the fixture");
    let scenario = oauth_sim::scenario::parse("f.json", &text).expect("it loads");
    let options = TextOptions {
        brief: true,
        lang: Lang::EN,
    };
    let whole = report::text(&scenario.run(None), "f.json", options);
    let mut streamed = Vec::new();
    let verdict = report::write_text(scenario.start_run(None), "f.json", options, &mut streamed)
        .expect("written");
    assert_eq!(whole, String::from_utf8_lossy(&streamed));
    assert!(whole.contains("Result: STOPPED at step 3 of 4"), "{whole}");
    assert!(matches!(verdict, Verdict::Stopped(_)));
}
