//! OIDC as the simulation plays it: the `id_token` verifies with an
//! independent JOSE implementation (`jwt-simple`, not the library that signed it) and the key
//! the simulated `jwks_uri` publishes; the token endpoint issues one only for the
//! `openid` scope, bound to the client's `nonce` (OIDC Core §3.1.3.3); discovery and
//! userinfo answer as OIDC Discovery §3 and OIDC Core §5.3 say.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use oauth_sim::scenario;
use oauth_sim::sim::{Payload, Topic, Transcript};
use serde_json::Value;

fn run(name: &str) -> Transcript {
    match scenario::builtin(name) {
        Some(Ok(loaded)) => loaded.scenario.run(None),
        _ => panic!("{name} does not load"),
    }
}

fn run_file(json: &str) -> Transcript {
    match scenario::parse("test.json", json.as_bytes()) {
        Ok(scenario) => scenario.run(None),
        Err(error) => panic!("{error}"),
    }
}

/// Every JSON body the transcript's responses carry, with the path asked for.
fn answers(transcript: &Transcript) -> Vec<(String, Value)> {
    let mut found = Vec::new();
    for step in &transcript.steps {
        let mut path = String::new();
        for message in &step.messages {
            match &message.payload {
                Payload::Request(request) => path.clone_from(&request.path),
                Payload::Response(response) => {
                    if let Ok(json) = serde_json::from_str(&response.body.text()) {
                        found.push((path.clone(), json));
                    }
                }
            }
        }
    }
    found
}

fn answer(transcript: &Transcript, path: &str) -> Value {
    match answers(transcript).into_iter().find(|(p, _)| p == path) {
        Some((_, json)) => json,
        None => panic!("no answer from {path}"),
    }
}

fn decode(part: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(part)
        .unwrap_or_else(|e| panic!("{part}: {e}"))
}

fn claims(id_token: &str) -> Value {
    let payload = id_token.split('.').nth(1).unwrap_or_default();
    serde_json::from_slice(&decode(payload)).unwrap_or(Value::Null)
}

const SIGN_IN: &str = r#"{
  "title": "sign-in",
  "client": {"scope": "openid photos.read"},
  "server": {"scopes": ["openid", "profile", "photos.read"]},
  "steps": [
    {"do": "discover"}, {"do": "authorize"}, {"do": "login"}, {"do": "consent"},
    {"do": "callback"}, {"do": "token"}, STEP
  ]
}"#;

/// A query value the browser sent to `/authorize`.
fn authorize_param(transcript: &Transcript, name: &str) -> String {
    transcript
        .steps
        .iter()
        .flat_map(|s| &s.messages)
        .find_map(|m| match &m.payload {
            Payload::Request(r) if r.path == "/authorize" => r.query.value(name).map(str::to_owned),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no {name} sent to /authorize"))
}

/// The simulated time of the step that asked `path`.
fn time_of(transcript: &Transcript, path: &str) -> i64 {
    transcript
        .steps
        .iter()
        .find(|s| {
            s.messages
                .iter()
                .any(|m| matches!(&m.payload, Payload::Request(r) if r.path == path))
        })
        .map_or_else(|| panic!("no step asked {path}"), |s| s.at.timestamp())
}

#[test]
fn an_id_token_verifies_with_an_independent_jose_implementation_and_the_published_jwks() {
    use jwt_simple::prelude::{
        Ed25519PublicKey, EdDSAPublicKeyLike as _, NoCustomClaims, UnixTimeStamp,
        VerificationOptions,
    };
    let transcript = run("oidc-sign-in");
    let jwks = answer(&transcript, "/jwks");
    let key = &jwks["keys"][0];
    assert_eq!(key["kty"], "OKP");
    assert_eq!(key["crv"], "Ed25519");
    let public = Ed25519PublicKey::from_bytes(&decode(key["x"].as_str().unwrap_or_default()))
        .unwrap_or_else(|e| panic!("the JWKS key is no Ed25519 key: {e}"));
    let tokens = answer(&transcript, "/token");
    let id_token = tokens["id_token"].as_str().unwrap_or_default();
    let client_id = authorize_param(&transcript, "client_id");
    let issued = time_of(&transcript, "/token");
    let options = |nonce: String| VerificationOptions {
        artificial_time: Some(UnixTimeStamp::from_secs(issued.unsigned_abs())),
        required_key_id: key["kid"].as_str().map(str::to_owned),
        required_nonce: Some(nonce),
        allowed_issuers: Some(std::iter::once("https://auth.example".to_owned()).collect()),
        allowed_audiences: Some(std::iter::once(client_id.clone()).collect()),
        ..VerificationOptions::default()
    };
    let nonce = authorize_param(&transcript, "nonce");
    let verified = public
        .verify_token::<NoCustomClaims>(id_token, Some(options(nonce.clone())))
        .unwrap_or_else(|e| panic!("jwt-simple refuses the id_token: {e}"));
    assert_eq!(verified.subject.as_deref(), Some("alice"));
    assert!(
        public
            .verify_token::<NoCustomClaims>(id_token, Some(options("another".into())))
            .is_err(),
        "another nonce must fail"
    );
    let (signing_input, signature) = id_token.rsplit_once('.').unwrap_or_default();
    let (header, payload) = signing_input.split_once('.').unwrap_or_default();
    let mut changed: Value = serde_json::from_slice(&decode(payload)).unwrap_or(Value::Null);
    changed["sub"] = "mallory".into();
    let forged = format!(
        "{header}.{}.{signature}",
        URL_SAFE_NO_PAD.encode(changed.to_string())
    );
    assert!(
        public
            .verify_token::<NoCustomClaims>(&forged, Some(options(nonce)))
            .is_err(),
        "a changed payload must fail the signature"
    );
}

#[test]
fn the_token_endpoint_issues_an_id_token_only_for_the_openid_scope() {
    let plain = run("standard-flow");
    let tokens = answer(&plain, "/token");
    assert!(tokens.get("access_token").is_some());
    assert!(tokens.get("id_token").is_none(), "{tokens}");
}

#[test]
fn the_id_token_repeats_the_nonce_and_names_issuer_client_user_and_times() {
    let transcript = run("oidc-sign-in");
    let authorize = transcript
        .steps
        .iter()
        .flat_map(|s| &s.messages)
        .find_map(|m| match &m.payload {
            Payload::Request(r) if r.path == "/authorize" => {
                r.query.value("nonce").map(str::to_owned)
            }
            _ => None,
        })
        .unwrap_or_default();
    let tokens = answer(&transcript, "/token");
    let claims = claims(tokens["id_token"].as_str().unwrap_or_default());
    assert!(!authorize.is_empty(), "the client sent a nonce");
    assert_eq!(claims["nonce"], authorize.as_str());
    assert_eq!(claims["iss"], "https://auth.example");
    assert_eq!(claims["sub"], "alice");
    let registered = answer(&transcript, "/register");
    assert_eq!(claims["aud"], registered["client_id"]);
    let iat = claims["iat"].as_i64().unwrap_or_default();
    assert_eq!(claims["exp"].as_i64(), Some(iat + 300));
    assert_eq!(claims["auth_time"].as_i64(), Some(iat));
    assert!(claims["at_hash"].as_str().is_some_and(|h| h.len() == 43));
}

#[test]
fn discovery_lists_the_endpoints_the_server_routes_under_the_issuer_its_tokens_name() {
    let transcript = run("oidc-sign-in");
    let document = answer(&transcript, "/.well-known/openid-configuration");
    assert_eq!(document["issuer"], "https://auth.example");
    for (name, path) in [
        ("authorization_endpoint", "/authorize"),
        ("token_endpoint", "/token"),
        ("userinfo_endpoint", "/userinfo"),
        ("jwks_uri", "/jwks"),
        ("revocation_endpoint", "/revoke"),
        ("introspection_endpoint", "/introspect"),
    ] {
        assert_eq!(
            document[name],
            format!("https://auth.example{path}"),
            "{name}"
        );
    }
    assert_eq!(
        document["id_token_signing_alg_values_supported"][0],
        "EdDSA"
    );
    assert_eq!(document["subject_types_supported"][0], "public");
}

#[test]
fn oauth_metadata_has_no_userinfo_endpoint() {
    let transcript = run_file(&SIGN_IN.replace(
        "STEP",
        r#"{"do": "send", "raw": "GET /.well-known/oauth-authorization-server HTTP/1.1\nHost: auth.example"}"#,
    ));
    let metadata = answer(&transcript, "/.well-known/oauth-authorization-server");
    assert_eq!(metadata["issuer"], "https://auth.example");
    assert_eq!(metadata["token_endpoint"], "https://auth.example/token");
    assert!(metadata.get("userinfo_endpoint").is_none(), "{metadata}");
    assert!(
        metadata
            .get("id_token_signing_alg_values_supported")
            .is_none()
    );
}

#[test]
fn userinfo_answers_401_with_a_bare_challenge_without_a_token() {
    let transcript = run_file(&SIGN_IN.replace(
        "STEP",
        r#"{"do": "userinfo", "with": {"access_token": null}}"#,
    ));
    let last = transcript.steps.last().map(|s| (s.outcome.status, s.topic));
    assert_eq!(last, Some((Some(401), Topic::UserinfoTokenMissing)));
}

#[test]
fn userinfo_refuses_a_token_granted_without_openid_with_403_insufficient_scope() {
    let plain = r#"{
      "title": "no openid",
      "steps": [
        {"do": "authorize"}, {"do": "login"}, {"do": "consent"}, {"do": "callback"},
        {"do": "token"}, {"do": "userinfo", "expect": {"status": 403, "error": "insufficient_scope"}}
      ]
    }"#;
    let transcript = run_file(plain);
    let last = transcript.steps.last();
    assert_eq!(
        last.map(|s| s.topic),
        Some(Topic::UserinfoScopeInsufficient)
    );
    assert!(transcript.passed());
    let challenge = last
        .and_then(|s| s.messages.last())
        .and_then(|m| match &m.payload {
            Payload::Response(r) => r.header_value("WWW-Authenticate").map(str::to_owned),
            Payload::Request(_) => None,
        })
        .unwrap_or_default();
    assert!(
        challenge.contains("error=\"insufficient_scope\""),
        "{challenge}"
    );
    assert!(challenge.contains("scope=\"openid\""), "{challenge}");
}

#[test]
fn a_refused_id_token_leaves_the_client_without_tokens_so_it_cannot_call_the_api() {
    let transcript = run_file(&SIGN_IN.replace("STEP", r#"{"do": "call_api"}"#).replace(
        r#"{"do": "token"}"#,
        r#"{"do": "token", "tamper": {"id_token.sub": "mallory"}}"#,
    ));
    let token = &transcript.steps[5];
    assert_eq!(token.topic, Topic::IdTokenSignatureInvalid);
    let api = transcript.steps.last().map(|s| (s.outcome.status, s.topic));
    assert_eq!(api, Some((Some(401), Topic::AccessTokenMissing)));
}

#[test]
fn without_fetched_keys_the_client_cannot_verify_and_refuses() {
    let transcript = run_file(
        &SIGN_IN
            .replace(r#"{"do": "discover"}, "#, "")
            .replace(", STEP", ""),
    );
    let last = transcript.steps.last().map(|s| s.topic);
    assert_eq!(last, Some(Topic::IdTokenSignatureInvalid));
}

#[test]
fn a_jwt_access_token_is_checked_by_the_api_alone_and_outlives_its_revocation() {
    let transcript = run("jwt-access-token-revoked");
    assert!(transcript.passed());
    let introspections = answers(&transcript)
        .iter()
        .filter(|(path, _)| path == "/introspect")
        .count();
    assert_eq!(introspections, 0, "the API never asks");
    let topics: Vec<Topic> = transcript.steps.iter().map(|s| s.topic).collect();
    assert_eq!(
        topics[7],
        Topic::ResourceServedFromJwt,
        "after the revocation"
    );
    assert_eq!(topics.last(), Some(&Topic::AccessTokenJwtExpired));
    let tokens = answer(&transcript, "/token");
    let access = tokens["access_token"].as_str().unwrap_or_default();
    let header: Value =
        serde_json::from_slice(&decode(access.split('.').next().unwrap_or_default()))
            .unwrap_or(Value::Null);
    assert_eq!(header["typ"], "at+jwt", "RFC 9068 §2.1");
    let claims = claims(access);
    for claim in [
        "iss",
        "exp",
        "aud",
        "sub",
        "client_id",
        "iat",
        "jti",
        "scope",
    ] {
        assert!(
            claims.get(claim).is_some(),
            "RFC 9068 §2.2 {claim}: {claims}"
        );
    }
    assert_eq!(claims["aud"], "https://photos.example");
}

#[test]
fn a_forged_jwt_access_token_is_refused_401_invalid_token() {
    let header = URL_SAFE_NO_PAD.encode(br#"{"typ":"at+jwt","alg":"EdDSA","kid":"k"}"#);
    let payload = URL_SAFE_NO_PAD.encode(
        br#"{"iss":"https://auth.example","aud":"https://photos.example","sub":"alice","scope":"photos.read","exp":9999999999}"#,
    );
    let forged = format!("{header}.{payload}.c2lnbmF0dXJl");
    let transcript = run_file(&format!(
        r#"{{"title": "forged", "server": {{"signed_access_tokens": true}},
            "steps": [{{"do": "call_api", "with": {{"access_token": "{forged}"}},
                        "expect": {{"status": 401, "error": "invalid_token"}}}}]}}"#
    ));
    assert!(transcript.passed());
    assert_eq!(
        transcript.steps.last().map(|s| s.topic),
        Some(Topic::AccessTokenJwtInvalid)
    );
}

#[test]
fn mermaid_draws_an_id_token_the_client_refuses_as_a_refused_answer_and_an_accepted_one_not() {
    let lang = oauth_sim::explain::Lang::EN;
    let refused = oauth_sim::report::mermaid(&run("oidc-nonce-missing"), "builtin", lang);
    assert!(
        refused.contains("authorization_server--xclient: 200 access_token"),
        "{refused}"
    );
    let accepted = oauth_sim::report::mermaid(&run("oidc-sign-in"), "builtin", lang);
    assert!(
        accepted.contains("authorization_server-->>client: 200 access_token"),
        "{accepted}"
    );
}
