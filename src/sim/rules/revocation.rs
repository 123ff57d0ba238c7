//! "Revocation (`POST /revoke`)": RFC 7009 §2.1, §2.2.

use serde_json::json;

use super::{after_token, answer};
use crate::sim::ErrorCode;

#[test]
fn unknown_or_already_invalid_token_still_gets_200() {
    let unknown = after_token(json!([{ "do": "revoke", "with": { "token": "no-such-token" } }]));
    assert_eq!(answer(&unknown), (Some(200), None));
    let twice = after_token(
        json!([{ "do": "revoke" }, { "do": "revoke", "with": { "token": "$refresh_token" } }]),
    );
    assert_eq!(answer(&twice), (Some(200), None));
}

#[test]
fn revocation_is_authenticated_like_the_token_endpoint() {
    let t = after_token(json!([{ "do": "revoke", "with": { "client_secret": "wrong" } }]));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
}

#[test]
fn revoking_a_refresh_token_also_revokes_the_access_tokens_of_that_grant() {
    let t = after_token(json!([
        { "do": "revoke", "with": { "token": "$refresh_token" } },
        { "do": "call_api", "with": { "access_token": "$access_token" } },
    ]));
    assert_eq!(t.steps[5].outcome.status, Some(200));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidToken)));
}

#[test]
fn another_clients_token_is_refused_whether_or_not_it_is_live() {
    let world = super::world_with_gallery();
    let gallery = json!({ "token": "$access_token", "client_id": "gallery", "client_secret": "g" });
    for wait in [0, 3600] {
        let t = super::play_in(
            &world,
            super::after_callback(json!([
                { "do": "token" },
                { "do": "wait", "seconds": wait },
                { "do": "revoke", "with": gallery },
            ])),
        );
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::InvalidGrant)),
            "after {wait} s"
        );
    }
}

#[test]
fn token_type_hint_only_orders_the_search_and_an_unknown_hint_is_ignored() {
    for hint in ["refresh_token", "access_token", "id_token"] {
        let t = after_token(json!([
            { "do": "revoke", "with": { "token": "$access_token", "token_type_hint": hint } },
            { "do": "call_api", "with": { "access_token": "$access_token" } },
        ]));
        assert_eq!(t.steps[5].topic, crate::sim::Topic::TokenRevoked, "{hint}");
        assert_eq!(
            answer(&t),
            (Some(401), Some(ErrorCode::InvalidToken)),
            "{hint}"
        );
    }
}
