//! "Resource server": RFC 6750 §3, §3.1, and introspection (RFC 7662).

use serde_json::json;

use super::{after_callback, answer, last_header, play, play_in};
use crate::sim::{Actor, ErrorCode, World};

fn call_with(with: &serde_json::Value) -> crate::sim::Transcript {
    play(after_callback(
        json!([{ "do": "token" }, { "do": "call_api", "with": with }]),
    ))
}

#[test]
fn no_authorization_header_is_401_with_a_challenge_and_no_error_code() {
    let t = call_with(&json!({ "access_token": null }));
    assert_eq!(answer(&t), (Some(401), None));
    assert_eq!(
        last_header(&t, "WWW-Authenticate").as_deref(),
        Some("Bearer realm=\"photos\"")
    );
}

#[test]
fn malformed_unknown_expired_or_revoked_token_is_401_invalid_token() {
    for with in [
        json!({ "access_token": "not a token" }),
        json!({ "access_token": "unknown" }),
    ] {
        let t = call_with(&with);
        assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidToken)));
        let challenge = last_header(&t, "WWW-Authenticate").unwrap_or_default();
        assert!(challenge.contains("error=\"invalid_token\""), "{challenge}");
    }
    let expired = play(after_callback(
        json!([{ "do": "token" }, { "do": "wait", "seconds": 3600 }, { "do": "call_api" }]),
    ));
    assert_eq!(answer(&expired), (Some(401), Some(ErrorCode::InvalidToken)));
    let revoked = play(after_callback(json!([
        { "do": "token" },
        { "do": "revoke", "with": { "token": "$access_token", "token_type_hint": "access_token" } },
        { "do": "call_api", "with": { "access_token": "$access_token" } },
    ])));
    assert_eq!(answer(&revoked), (Some(401), Some(ErrorCode::InvalidToken)));
}

#[test]
fn valid_token_without_the_required_scope_is_403_insufficient_scope() {
    let mut world = World::default();
    world.resource.required_scope = "photos.write".into();
    let t = play_in(
        &world,
        after_callback(json!([{ "do": "token" }, { "do": "call_api" }])),
    );
    assert_eq!(answer(&t), (Some(403), Some(ErrorCode::InsufficientScope)));
    let challenge = last_header(&t, "WWW-Authenticate").unwrap_or_default();
    assert!(challenge.contains("scope=\"photos.write\""), "{challenge}");
}

#[test]
fn resource_server_asks_the_authorization_server_by_introspection() {
    let t = call_with(&json!({}));
    assert_eq!(answer(&t), (Some(200), None));
    let route: Vec<(Actor, Actor)> = t.steps[5].messages.iter().map(|m| (m.from, m.to)).collect();
    assert_eq!(
        route,
        [
            (Actor::Client, Actor::ResourceServer),
            (Actor::ResourceServer, Actor::AuthorizationServer),
            (Actor::AuthorizationServer, Actor::ResourceServer),
            (Actor::ResourceServer, Actor::Client),
        ]
    );
    assert!(
        t.steps[5].messages[1]
            .start_line()
            .starts_with("POST /introspect ")
    );
}

#[test]
fn introspection_answers_only_active_false_for_a_token_not_valid_now() {
    let t = play(after_callback(
        json!([{ "do": "token" }, { "do": "wait", "seconds": 3601 }, { "do": "call_api" }]),
    ));
    assert_eq!(
        t.steps[6].messages[2].body().text(),
        "{\n  \"active\": false\n}"
    );
}
