//! "Refresh (§6)" and rotation with family revocation (RFC 9700 §4.14.2).

use serde_json::json;

use super::{after_callback, after_token, answer, play_in};
use crate::sim::{ErrorCode, World};

#[test]
fn refresh_token_unknown_expired_revoked_or_of_another_client_is_invalid_grant() {
    let unknown = after_token(json!([{ "do": "refresh", "with": { "refresh_token": "nope" } }]));
    assert_eq!(answer(&unknown), (Some(400), Some(ErrorCode::InvalidGrant)));
    let expired = after_token(json!([{ "do": "wait", "seconds": 1_209_600 }, { "do": "refresh" }]));
    assert_eq!(answer(&expired), (Some(400), Some(ErrorCode::InvalidGrant)));
    let revoked = after_token(
        json!([{ "do": "revoke" }, { "do": "refresh", "with": { "refresh_token": "$refresh_token" } }]),
    );
    assert_eq!(answer(&revoked), (Some(400), Some(ErrorCode::InvalidGrant)));
    let world = super::world_with_gallery();
    let foreign = play_in(
        &world,
        after_callback(json!([
            { "do": "token" },
            { "do": "refresh", "with": { "client_id": "gallery", "client_secret": "g" } },
        ])),
    );
    assert_eq!(answer(&foreign), (Some(400), Some(ErrorCode::InvalidGrant)));
}

#[test]
fn refresh_with_a_wider_scope_is_invalid_scope_and_a_narrower_one_is_allowed() {
    let wider =
        after_token(json!([{ "do": "refresh", "with": { "scope": "photos.read photos.write" } }]));
    assert_eq!(answer(&wider), (Some(400), Some(ErrorCode::InvalidScope)));
    let mut world = World::default();
    world.client.scope = "photos.read profile".into();
    let narrower = play_in(
        &world,
        after_callback(
            json!([{ "do": "token" }, { "do": "refresh", "with": { "scope": "profile" } }]),
        ),
    );
    assert_eq!(answer(&narrower), (Some(200), None));
    let body = narrower.steps[5].messages[1].body().text();
    assert!(body.contains("\"scope\": \"profile\""), "{body}");
}

#[test]
fn a_refresh_leaves_a_code_waiting_for_its_exchange() {
    let t = after_token(json!([
        { "do": "authorize" },
        { "do": "consent" },
        { "do": "callback" },
        { "do": "refresh" },
        { "do": "token" },
    ]));
    assert_eq!(
        answer(&t),
        (Some(200), None),
        "the second code is still held"
    );
}

#[test]
fn rotation_retires_the_old_refresh_token() {
    let t = after_token(json!([{ "do": "refresh" }, { "do": "refresh" }]));
    assert_eq!(
        answer(&t),
        (Some(200), None),
        "the client uses its newest refresh token"
    );
}

#[test]
fn replayed_refresh_token_is_invalid_grant_and_revokes_the_whole_family() {
    let t = after_token(json!([
        { "do": "refresh" },
        { "do": "refresh", "with": { "refresh_token": "$previous_refresh_token" } },
        { "do": "refresh", "with": { "refresh_token": "$refresh_token" } },
        { "do": "call_api", "with": { "access_token": "$access_token" } },
    ]));
    assert_eq!(t.steps[6].outcome.error, Some(ErrorCode::InvalidGrant));
    assert_eq!(t.steps[7].outcome.error, Some(ErrorCode::InvalidGrant));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidToken)));
}
