//! "Client credentials" (issue 11, part A): the token endpoint's answers to
//! `grant_type=client_credentials`, RFC 6749 §4.4.2–4.4.3, §3.3, §5.2.

use serde_json::{Value, json};

use super::{answer, last_body, last_header, play_in};
use crate::sim::{ClientType, ErrorCode, GrantType, Topic, Transcript, World};

/// A world whose client plays client credentials.
fn world() -> World {
    World {
        grant: GrantType::ClientCredentials,
        ..World::default()
    }
}

fn play(steps: Value) -> Transcript {
    play_in(&world(), steps)
}

#[test]
fn a_confidential_client_gets_a_bearer_token_for_itself_with_its_scope() {
    let t = play(json!([{ "do": "token" }]));
    assert_eq!(answer(&t), (Some(200), None));
    let body = last_body(&t);
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["scope"], "photos.read");
    assert_eq!(
        last_header(&t, "Cache-Control").as_deref(),
        Some("no-store")
    );
    assert_eq!(t.steps[0].topic, Topic::ClientCredentialsIssued);
}

#[test]
fn no_refresh_token_is_issued_and_the_refresh_grant_is_unauthorized_client() {
    let t = play(json!([
        { "do": "token" },
        { "do": "refresh", "with": { "refresh_token": "$access_token" } },
    ]));
    assert!(last_body_of(&t, 0).get("refresh_token").is_none());
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::UnauthorizedClient)));
}

#[test]
fn a_scope_beyond_the_registered_one_is_invalid_scope() {
    let t = play(json!([
        { "do": "register", "with": { "scope": "photos.read" } },
        { "do": "token", "with": { "scope": "photos.read photos.write" } },
    ]));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidScope)));
}

#[test]
fn an_unknown_scope_is_invalid_scope() {
    for scope in ["admin", "photos.read admin"] {
        let t = play(json!([{ "do": "token", "with": { "scope": scope } }]));
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::InvalidScope)),
            "{scope:?}"
        );
    }
}

#[test]
fn an_omitted_scope_is_the_registered_default() {
    let t = play(json!([
        { "do": "register", "with": { "scope": "profile" } },
        { "do": "token", "with": { "scope": null } },
    ]));
    assert_eq!(answer(&t), (Some(200), None));
    assert_eq!(last_body(&t)["scope"], "profile");
}

#[test]
fn a_public_client_is_unauthorized_client() {
    let mut world = world();
    world.client.client_type = ClientType::Public;
    world.client.auth_method = crate::sim::AuthMethod::None;
    let t = play_in(&world, json!([{ "do": "token" }]));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::UnauthorizedClient)));
    assert!(last_body(&t).get("access_token").is_none());
}

#[test]
fn a_public_client_cannot_register_for_client_credentials() {
    let mut world = world();
    world.client.client_type = ClientType::Public;
    world.client.auth_method = crate::sim::AuthMethod::None;
    let t = play_in(&world, json!([{ "do": "register" }]));
    assert_eq!(
        answer(&t),
        (Some(400), Some(ErrorCode::InvalidClientMetadata))
    );
}

#[test]
fn a_client_not_registered_for_the_grant_is_unauthorized_client() {
    let t = play_in(
        &World::default(),
        json!([{ "do": "token", "with": { "grant_type": "client_credentials" } }]),
    );
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::UnauthorizedClient)));
}

#[test]
fn a_wrong_secret_is_invalid_client_401_with_a_basic_challenge() {
    let t = play(json!([{ "do": "token", "with": { "client_secret": "wrong" } }]));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
    let challenge = last_header(&t, "WWW-Authenticate").unwrap_or_default();
    assert!(challenge.starts_with("Basic realm="), "{challenge}");
}

#[test]
fn the_token_has_no_user_and_the_api_serves_the_clients_own_resources() {
    let mut world = world();
    world.client.client_id = Some("printer-backend".into());
    let t = play_in(&world, json!([{ "do": "token" }, { "do": "call_api" }]));
    let call = &t.steps[1];
    assert_eq!(call.topic, Topic::ClientResourcesServed);
    let introspection = call.messages[2].body().text();
    assert!(
        introspection.contains("\"active\": true"),
        "{introspection}"
    );
    assert!(!introspection.contains("username"), "{introspection}");
    assert_eq!(last_body(&t)["owner"], "printer-backend");
}

/// The JSON body of the last message of step `index`.
fn last_body_of(transcript: &Transcript, index: usize) -> Value {
    transcript.steps[index]
        .messages
        .last()
        .and_then(|m| m.body().parse_json())
        .unwrap_or_default()
}
