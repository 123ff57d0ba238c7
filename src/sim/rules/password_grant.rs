//! "Legacy: the password grant": RFC 6749 §4.3, §5.2; RFC 9700 §2.4.

use serde_json::json;

use super::{answer, last_body, play_in};
use crate::sim::{
    Actor, AuthMethod, ClientConfig, ClientType, ErrorCode, GrantType, ItemKind, ServerPolicy,
    Transcript, World,
};

/// An app built for the password grant, at a server that offers it or not.
fn password_world(offered: bool) -> World {
    World {
        client: ClientConfig {
            ..ClientConfig::default()
        },
        server: ServerPolicy {
            offer_password_grant: offered,
            ..ServerPolicy::default()
        },
        grant: GrantType::Password,
        ..World::default()
    }
}

fn password(with: &serde_json::Value) -> Transcript {
    play_in(
        &password_world(true),
        json!([{ "do": "password", "with": with }]),
    )
}

#[test]
fn password_grant_not_offered_is_unsupported_grant_type() {
    let t = play_in(&password_world(false), json!([{ "do": "password" }]));
    assert_eq!(
        answer(&t),
        (Some(400), Some(ErrorCode::UnsupportedGrantType))
    );
}

#[test]
fn the_password_grant_issues_an_access_token_and_a_refresh_token() {
    let t = password(&json!({}));
    assert_eq!(answer(&t), (Some(200), None));
    let body = last_body(&t);
    assert_eq!(body["token_type"], "Bearer");
    assert!(body["access_token"].is_string(), "{body}");
    assert!(body["refresh_token"].is_string(), "{body}");
}

#[test]
fn the_app_holds_the_owners_password() {
    let t = password(&json!({}));
    assert!(
        t.memory_after(Some(0))
            .of(Actor::Client)
            .any(|i| i.kind == ItemKind::Password && i.key == "wonderland")
    );
}

#[test]
fn wrong_owner_credentials_are_invalid_grant() {
    for with in [json!({ "password": "guess" }), json!({ "username": "bob" })] {
        assert_eq!(
            answer(&password(&with)),
            (Some(400), Some(ErrorCode::InvalidGrant)),
            "{with}"
        );
    }
}

#[test]
fn missing_username_or_password_is_invalid_request() {
    for with in [json!({ "password": null }), json!({ "username": null })] {
        assert_eq!(
            answer(&password(&with)),
            (Some(400), Some(ErrorCode::InvalidRequest)),
            "{with}"
        );
    }
}

#[test]
fn a_confidential_client_must_authenticate_for_the_password_grant() {
    let t = password(&json!({ "client_secret": null }));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
}

#[test]
fn a_public_client_may_use_the_password_grant_without_a_secret() {
    let mut world = password_world(true);
    world.client.client_type = ClientType::Public;
    world.client.auth_method = AuthMethod::None;
    let t = play_in(&world, json!([{ "do": "password" }]));
    assert_eq!(answer(&t), (Some(200), None));
}

#[test]
fn a_scope_beyond_the_registration_is_invalid_scope() {
    let t = play_in(
        &password_world(true),
        json!([
            { "do": "register", "with": { "scope": "photos.read" } },
            { "do": "password", "with": { "scope": "photos.read photos.write" } },
        ]),
    );
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidScope)));
    let unknown = password(&json!({ "scope": "admin" }));
    assert_eq!(answer(&unknown), (Some(400), Some(ErrorCode::InvalidScope)));
}

#[test]
fn a_client_not_registered_for_the_password_grant_is_unauthorized_client() {
    let mut world = password_world(true);
    world.grant = GrantType::AuthorizationCode;
    let t = play_in(&world, json!([{ "do": "password" }]));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::UnauthorizedClient)));
}

#[test]
fn registering_the_password_grant_needs_the_policy() {
    let off = play_in(&password_world(false), json!([{ "do": "register" }]));
    assert_eq!(
        answer(&off),
        (Some(400), Some(ErrorCode::InvalidClientMetadata))
    );
    let on = play_in(&password_world(true), json!([{ "do": "register" }]));
    assert_eq!(answer(&on), (Some(201), None));
    assert_eq!(last_body(&on)["response_types"], json!([]));
}
