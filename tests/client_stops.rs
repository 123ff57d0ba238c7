//! A client that stops its flow (`"client_stops": true`): through the real
//! simulation, each cause of a stop, what is skipped because of it (decided by what
//! the client holds), what still runs, and the default that sends every scripted
//! request.

use oauth_sim::explain::{Lang, words::skip_reason};
use oauth_sim::scenario;
use oauth_sim::sim::{Action, Cause, ErrorCode, Lacks, Transcript};

/// Runs a scenario written out here, with `client_stops` as given.
fn run(client_stops: bool, steps: &str, extra: &str) -> Transcript {
    let text =
        format!(r#"{{"title": "t", "client_stops": {client_stops}, {extra} "steps": {steps}}}"#);
    match scenario::parse("inline.json", text.as_bytes()) {
        Ok(scenario) => scenario.run(None),
        Err(error) => panic!("the scenario does not load: {error}"),
    }
}

/// Each skipped step as (index, action, what the client lacks, cause, stop step).
fn skips(transcript: &Transcript) -> Vec<(usize, Action, Lacks, Cause, usize)> {
    transcript
        .steps
        .iter()
        .filter_map(|s| {
            let skip = s.skipped.as_deref().copied()?;
            Some((
                s.index,
                s.step.action,
                skip.lacks,
                skip.stop.cause,
                skip.stop.step,
            ))
        })
        .collect()
}

const GRANTED: &str =
    r#"{"do": "authorize"}, {"do": "login"}, {"do": "consent"}, {"do": "callback"}"#;

#[test]
fn a_deny_skips_token_and_api_call_and_says_so_in_both_languages() {
    let steps = r#"[{"do": "authorize"}, {"do": "login"},
        {"do": "consent", "with": {"decision": "deny"}}, {"do": "callback"},
        {"do": "token"}, {"do": "call_api"}]"#;
    let transcript = run(true, steps, "");
    assert_eq!(
        skips(&transcript),
        [
            (5, Action::Token, Lacks::Code, Cause::Denied, 3),
            (6, Action::CallApi, Lacks::AccessToken, Cause::Denied, 3),
        ]
    );
    let token = &transcript.steps[4];
    assert!(token.messages.is_empty() && token.changes.is_empty());
    let skip = token.skipped.as_deref().copied().expect("skipped");
    assert_eq!(
        skip_reason(Lang::EN, &skip),
        "the client has no code: the authorization was denied at step 3"
    );
    assert_eq!(
        skip_reason(Lang::KO, &skip),
        "3단계에서 인가가 거부되어 인가 코드가 없습니다"
    );
}

#[test]
fn the_callback_page_tells_alice_the_flow_ended_with_an_error() {
    let steps = r#"[{"do": "authorize"}, {"do": "login"},
        {"do": "consent", "with": {"decision": "deny"}}, {"do": "callback"}]"#;
    let transcript = run(true, steps, "");
    let page = transcript.steps[3]
        .messages
        .last()
        .map(|m| m.body().text().into_owned())
        .unwrap_or_default();
    assert!(
        page.contains("The authorization server returned an error."),
        "{page}"
    );
}

#[test]
fn without_client_stops_every_scripted_request_is_sent() {
    let steps = r#"[{"do": "authorize"}, {"do": "login"},
        {"do": "consent", "with": {"decision": "deny"}}, {"do": "callback"},
        {"do": "token"}, {"do": "call_api"}]"#;
    let transcript = run(false, steps, "");
    assert!(skips(&transcript).is_empty());
    assert_eq!(transcript.steps[4].outcome.status, Some(400));
    assert_eq!(transcript.steps[5].outcome.status, Some(401));
}

#[test]
fn a_state_mismatch_the_client_refused_skips_the_token_request() {
    let steps = r#"[{"do": "authorize"}, {"do": "login"}, {"do": "consent"},
        {"do": "callback", "with": {"state": "forged"}}, {"do": "token"}]"#;
    let transcript = run(true, steps, "");
    assert_eq!(
        skips(&transcript),
        [(5, Action::Token, Lacks::Code, Cause::StateMismatch, 4)]
    );
    let skip = transcript.steps[4]
        .skipped
        .as_deref()
        .copied()
        .expect("skipped");
    assert_eq!(
        skip_reason(Lang::EN, &skip),
        "the client has no code: the callback's state did not match at step 4"
    );
}

#[test]
fn an_error_redirect_at_authorize_skips_the_token_request_and_names_the_error() {
    let steps = r#"[{"do": "authorize", "with": {"scope": "photos.delete"}},
        {"do": "callback"}, {"do": "token"}]"#;
    let transcript = run(true, steps, "");
    assert_eq!(
        skips(&transcript),
        [(3, Action::Token, Lacks::Code, Cause::ErrorRedirect, 1)]
    );
    let skip = transcript.steps[2]
        .skipped
        .as_deref()
        .copied()
        .expect("skipped");
    assert_eq!(skip.stop.error, Some(ErrorCode::InvalidScope));
    assert_eq!(
        skip_reason(Lang::EN, &skip),
        "the client has no code: the authorization server returned an error at step 1 \
         (invalid_scope)"
    );
}

#[test]
fn a_refused_token_request_skips_what_needs_a_token_but_not_a_retry_with_the_code_it_holds() {
    let steps = format!(
        r#"[{GRANTED}, {{"do": "token", "with": {{"code": "not-the-code"}}}},
        {{"do": "call_api"}}, {{"do": "refresh"}}, {{"do": "token"}}, {{"do": "call_api"}}]"#
    );
    let transcript = run(true, &steps, "");
    assert_eq!(
        transcript.steps[4].outcome.error,
        Some(ErrorCode::InvalidGrant)
    );
    assert_eq!(
        skips(&transcript),
        [
            (
                6,
                Action::CallApi,
                Lacks::AccessToken,
                Cause::TokenRefused,
                5
            ),
            (
                7,
                Action::Refresh,
                Lacks::RefreshToken,
                Cause::TokenRefused,
                5
            ),
        ]
    );
    assert_eq!(
        transcript.steps[7].outcome.status,
        Some(200),
        "it still holds the code"
    );
    assert_eq!(
        transcript.steps[8].outcome.status,
        Some(200),
        "and now a token"
    );
    let skip = transcript.steps[5]
        .skipped
        .as_deref()
        .copied()
        .expect("skipped");
    assert_eq!(
        skip_reason(Lang::KO, &skip),
        "5단계에서 토큰 요청이 거부되어 (invalid_grant) access token이 없습니다"
    );
}

#[test]
fn a_refused_refresh_skips_the_next_refresh_but_not_a_call_with_the_token_still_held() {
    let steps = format!(
        r#"[{GRANTED}, {{"do": "token"}}, {{"do": "wait", "seconds": 7201}},
        {{"do": "refresh"}}, {{"do": "refresh"}}, {{"do": "call_api"}}]"#
    );
    let transcript = run(
        true,
        &steps,
        r#""server": {"refresh_token_lifetime": 7200},"#,
    );
    assert_eq!(
        skips(&transcript),
        [(
            8,
            Action::Refresh,
            Lacks::RefreshToken,
            Cause::RefreshRefused,
            7
        )]
    );
    assert!(
        transcript.steps[8].skipped.is_none() && !transcript.steps[8].messages.is_empty(),
        "the client still holds its expired access token, so it calls"
    );
    let skip = transcript.steps[7]
        .skipped
        .as_deref()
        .copied()
        .expect("skipped");
    assert_eq!(
        skip_reason(Lang::EN, &skip),
        "the client has no refresh token: the refresh was refused at step 7 (invalid_grant)"
    );
}

#[test]
fn the_attackers_steps_and_a_new_authorization_still_run_after_a_stop() {
    let steps = r#"[{"do": "authorize"}, {"do": "login"},
        {"do": "consent", "with": {"decision": "deny"}}, {"do": "callback"},
        {"do": "token", "by": "attacker"}, {"do": "wait", "seconds": 5},
        {"do": "authorize"}, {"do": "login"}, {"do": "consent"}, {"do": "callback"},
        {"do": "token"}]"#;
    let transcript = run(true, steps, "");
    assert_eq!(
        transcript.steps[2].outcome.error,
        Some(ErrorCode::AccessDenied)
    );
    assert!(skips(&transcript).is_empty(), "{:?}", skips(&transcript));
    assert!(
        !transcript.steps[4].messages.is_empty(),
        "the attacker's request went"
    );
    assert_eq!(transcript.steps[10].outcome.status, Some(200));
}

#[test]
fn expectations_that_all_fell_on_skipped_steps_fail_unless_one_says_skipped() {
    let unchecked = r#"[{"do": "authorize"}, {"do": "login"},
        {"do": "consent", "with": {"decision": "deny"}}, {"do": "callback"},
        {"do": "token", "expect": {"status": 400}}]"#;
    let transcript = run(true, unchecked, "");
    assert_eq!(transcript.steps[4].met(), None, "neither met nor failed");
    assert!(transcript.steps[4].unchecked());
    assert!(!transcript.passed(), "nothing was tested");
    let said = unchecked.replace(r#""status": 400"#, r#""status": 400, "skipped": true"#);
    let transcript = run(true, &said, "");
    assert_eq!(transcript.steps[4].met(), Some(true));
    assert!(transcript.passed());
}

#[test]
fn a_step_expected_to_run_that_was_skipped_is_a_mismatch() {
    let steps = r#"[{"do": "authorize"}, {"do": "login"},
        {"do": "consent", "with": {"decision": "deny"}}, {"do": "callback"},
        {"do": "token", "expect": {"skipped": false}}]"#;
    let transcript = run(true, steps, "");
    let token = &transcript.steps[4];
    assert_eq!(token.met(), Some(false));
    let mismatch = token
        .mismatches
        .first()
        .map(|m| (m.field.as_str(), m.expected.as_str(), m.actual.as_str()));
    assert_eq!(mismatch, Some(("skipped", "false", "true")));
}

#[test]
fn a_skipped_step_in_json_has_a_flat_skipped_object_and_no_messages() {
    let loaded = scenario::builtin("consent-denied-client-stops")
        .and_then(Result::ok)
        .expect("the built-in loads");
    let transcript = loaded.scenario.run(None);
    let options = oauth_sim::report::JsonOptions {
        lang: Lang::EN,
        explain: false,
        strict: None,
    };
    let line = oauth_sim::report::json_line(&transcript, &loaded.file, options);
    let value: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");
    let token = &value["steps"][4];
    assert_eq!(
        token["skipped"],
        serde_json::json!({"reason": "no_code", "cause": "denied", "step": 3,
                           "error": "access_denied"})
    );
    assert_eq!(token["messages"], serde_json::json!([]));
    assert_eq!(token["met"], serde_json::json!(true));
    assert!(
        value["steps"][3].get("skipped").is_none(),
        "only skipped steps have it"
    );
    assert_eq!(value["passed"], serde_json::json!(true));
}
