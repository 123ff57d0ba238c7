//! Faults on purpose (`"faults"` in the scenario) and the simulated clock's control
//! endpoint, seen by a client of `oauth-sim serve`.
#![cfg(feature = "serve")]

mod serve_common;

use std::time::{Duration, Instant};

use serde_json::Value;
use serve_common::{REDIRECT_URI, Server, agent, query_value, scenario};

const VERIFIER: &str = "fault-test-verifier-fault-test-verifier-fault";

/// Runs authorize and token with `agent`; returns the token endpoint's JSON answer
/// and its status.
fn tokens(server: &Server) -> (u16, Value) {
    let agent = agent();
    let challenge = oauth2::PkceCodeChallenge::from_code_verifier_sha256(
        &oauth2::PkceCodeVerifier::new(VERIFIER.into()),
    );
    let url = format!(
        "{}/authorize?response_type=code&client_id=printer&state=s&redirect_uri={REDIRECT_URI}\
         &code_challenge={}&code_challenge_method=S256",
        server.base(),
        challenge.as_str()
    );
    let back = agent.get(&url).call().expect("the server answers");
    let location = back
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let code = query_value(location, "code").expect("a code");
    token_request(
        server,
        &format!(
            "grant_type=authorization_code&code={code}&redirect_uri={REDIRECT_URI}\
             &code_verifier={VERIFIER}"
        ),
    )
}

/// A token request with the client's credentials.
fn token_request(server: &Server, form: &str) -> (u16, Value) {
    let mut response = agent()
        .post(&format!("{}/token", server.base()))
        .header("Authorization", "Basic cHJpbnRlcjpzM2NyZXQ=")
        .content_type("application/x-www-form-urlencoded")
        .send(form)
        .expect("the server answers");
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_string().unwrap_or_default();
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// The API's status for an access token.
fn api_status(server: &Server, token: &Value) -> u16 {
    agent()
        .get(&server.field("api"))
        .header(
            "Authorization",
            &format!("Bearer {}", token.as_str().unwrap_or_default()),
        )
        .call()
        .expect("the API answers")
        .status()
        .as_u16()
}

#[test]
fn the_nth_request_to_an_endpoint_gets_the_faults_error_and_the_others_do_not() {
    let faults = r#", "faults": [{"endpoint": "/token", "nth": 2,
        "answer": {"status": 503, "error": "temporarily_unavailable"}}]"#;
    let server = Server::start(&scenario(faults), &["--auto-approve"]);
    let (status, first) = tokens(&server);
    assert_eq!(status, 200, "{first}");
    let refresh = first["refresh_token"].as_str().unwrap_or_default();
    let form = format!("grant_type=refresh_token&refresh_token={refresh}");
    let (status, second) = token_request(&server, &form);
    assert_eq!(
        (status, &second["error"]),
        (503, &Value::from("temporarily_unavailable"))
    );
    let (status, third) = token_request(&server, &form);
    assert_eq!(
        status, 200,
        "the fault hit only the second request: {third}"
    );
    assert!(server.stderr_with("fault at /token (request 2)"));
}

#[test]
fn a_delayed_answer_comes_no_sooner_than_the_delay() {
    let faults = r#", "faults": [{"endpoint": "/authorize", "delay_ms": 300}]"#;
    let server = Server::start(&scenario(faults), &["--auto-approve"]);
    let started = Instant::now();
    let (status, _) = tokens(&server);
    assert_eq!(status, 200);
    assert!(started.elapsed() >= Duration::from_millis(300));
}

#[test]
fn a_skewed_clock_expires_the_access_token_early() {
    let faults = r#", "faults": [{"endpoint": "/api/photos", "nth": 2, "skew_seconds": 3600}]"#;
    let server = Server::start(&scenario(faults), &["--auto-approve"]);
    let (_, tokens) = tokens(&server);
    assert_eq!(api_status(&server, &tokens["access_token"]), 200);
    assert_eq!(api_status(&server, &tokens["access_token"]), 401);
}

#[test]
fn a_revoke_fault_revokes_the_token_the_request_carries() {
    let faults = r#", "faults": [{"endpoint": "/api/photos", "nth": 1, "revoke": true}]"#;
    let server = Server::start(&scenario(faults), &["--auto-approve"]);
    let (_, tokens) = tokens(&server);
    assert_eq!(api_status(&server, &tokens["access_token"]), 401);
    let lines = server.lines(5);
    assert!(
        lines
            .iter()
            .any(|l| l["do"] == "revoke" && l["status"] == 200),
        "{lines:?}"
    );
}

#[test]
fn the_simulated_clock_moves_only_through_the_control_endpoint() {
    let server = Server::start(&scenario(""), &["--auto-approve", "--clock", "simulated"]);
    let control = server.field("control");
    assert!(control.ends_with("/_oauth-sim/clock"), "{control}");
    let (_, tokens) = tokens(&server);
    assert_eq!(api_status(&server, &tokens["access_token"]), 200);
    let mut moved = agent()
        .post(&format!("{control}?seconds=3600"))
        .send_empty()
        .expect("the control endpoint answers");
    assert_eq!(moved.status(), 200);
    let now: Value = serde_json::from_str(&moved.body_mut().read_to_string().unwrap_or_default())
        .unwrap_or(Value::Null);
    assert_eq!(now["now"], "2026-01-01T10:00:00Z");
    assert_eq!(api_status(&server, &tokens["access_token"]), 401);
    let refused = agent()
        .post(&format!("{control}?seconds=soon"))
        .send_empty()
        .expect("the control endpoint answers");
    assert_eq!(refused.status(), 400);
}

#[test]
fn with_the_real_clock_there_is_no_control_endpoint() {
    let server = Server::start(&scenario(""), &[]);
    assert!(server.started.get("control").is_none());
    let answer = agent()
        .post(&format!("{}/_oauth-sim/clock?seconds=60", server.base()))
        .send_empty()
        .expect("the server answers");
    assert_eq!(answer.status(), 404);
}
