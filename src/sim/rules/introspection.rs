//! "Introspection (`POST /introspect`)": RFC 7662 §2.1, §2.2, §2.3.

use serde_json::json;

use super::{after_token, answer, last_body, last_header, play_in, world_with_gallery};
use crate::sim::ErrorCode;

#[test]
fn introspection_without_credentials_is_invalid_client_401_with_a_challenge() {
    let t = after_token(json!([
        { "do": "introspect", "with": { "client_id": null, "client_secret": null } },
    ]));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
    assert!(last_header(&t, "WWW-Authenticate").is_some());
}

#[test]
fn introspection_with_a_wrong_secret_is_invalid_client() {
    let t = after_token(json!([{ "do": "introspect", "with": { "client_secret": "wrong" } }]));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
}

#[test]
fn a_live_token_is_active_with_its_metadata() {
    let t = after_token(json!([{ "do": "introspect" }]));
    assert_eq!(answer(&t), (Some(200), None));
    let body = last_body(&t);
    assert_eq!(body["active"], true);
    assert_eq!(body["scope"], "photos.read");
    assert_eq!(body["username"], "alice");
    assert!(
        body["exp"].is_i64() && body["client_id"].is_string(),
        "{body}"
    );
}

#[test]
fn unknown_expired_or_revoked_tokens_are_only_active_false() {
    for more in [
        json!([{ "do": "introspect", "with": { "token": "no-such-token" } }]),
        json!([{ "do": "wait", "seconds": 3600 }, { "do": "introspect" }]),
        json!([
            { "do": "revoke", "with": { "token": "$access_token" } },
            { "do": "introspect", "with": { "token": "$access_token" } },
        ]),
    ] {
        let t = after_token(more);
        assert_eq!(answer(&t), (Some(200), None));
        assert_eq!(last_body(&t), json!({ "active": false }));
    }
}

#[test]
fn another_clients_token_is_inactive_to_the_caller() {
    let world = world_with_gallery();
    let mut steps = super::to_callback();
    steps.push(json!({ "do": "token" }));
    steps.push(json!({
        "do": "introspect",
        "with": { "token": "$access_token", "client_id": "gallery", "client_secret": "g" },
    }));
    let t = play_in(&world, serde_json::Value::Array(steps));
    assert_eq!(answer(&t), (Some(200), None));
    assert_eq!(last_body(&t), json!({ "active": false }));
}

#[test]
fn a_public_client_cannot_introspect() {
    let mut world = crate::sim::World::default();
    world.client.client_type = crate::sim::ClientType::Public;
    world.client.auth_method = crate::sim::AuthMethod::None;
    let mut steps = super::to_callback();
    steps.push(json!({ "do": "token" }));
    steps.push(json!({ "do": "introspect" }));
    let t = play_in(&world, serde_json::Value::Array(steps));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
}
