//! "Token endpoint (`POST /token`)": RFC 6749 §4.1.3, §5.2; RFC 7636 §4.5–4.6.

use serde_json::json;

use super::{after_callback, answer, last_header, play, play_in};
use crate::sim::authorization_server::{AuthorizationServer, HOST, encode_basic};
use crate::sim::context::Ctx;
use crate::sim::memory::Journal;
use crate::sim::secrets::Secrets;
use crate::sim::{
    Actor, Body, ChangeKind, ClientConfig, ErrorCode, ItemKind, Method, Params, Reason, Request,
    ServerPolicy, Status, UserConfig, World,
};

fn token_with(with: &serde_json::Value) -> crate::sim::Transcript {
    play(after_callback(json!([{ "do": "token", "with": with }])))
}

#[test]
fn unknown_client_or_wrong_secret_is_invalid_client_401_with_a_basic_challenge() {
    for with in [
        json!({ "client_id": "nobody" }),
        json!({ "client_secret": "wrong" }),
    ] {
        let t = token_with(&with);
        assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
        let challenge = last_header(&t, "WWW-Authenticate").unwrap_or_default();
        assert!(challenge.starts_with("Basic realm="), "{challenge}");
    }
}

#[test]
fn confidential_client_without_credentials_is_invalid_client_401_with_a_basic_challenge() {
    for with in [
        json!({ "client_secret": null }),
        json!({ "client_secret": null, "client_id": null }),
    ] {
        let t = token_with(&with);
        assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
        assert_eq!(
            last_header(&t, "WWW-Authenticate"),
            Some(format!("Basic realm=\"{HOST}\"")),
            "{with}"
        );
    }
}

#[test]
fn every_401_carries_a_www_authenticate_challenge_even_for_credentials_in_the_body() {
    let mut world = World::default();
    world.client.auth_method = crate::sim::AuthMethod::ClientSecretPost;
    for step in ["token", "revoke"] {
        let t = play_in(
            &world,
            after_callback(json!([
                { "do": "token" },
                { "do": step, "with": { "client_secret": "wrong" } },
            ])),
        );
        assert_eq!(
            answer(&t),
            (Some(401), Some(ErrorCode::InvalidClient)),
            "{step}"
        );
        let sent = t.steps[5].messages[0]
            .request()
            .map(|r| r.body.form().value("client_secret"));
        assert_eq!(
            sent,
            Some(Some("wrong")),
            "{step}: the secret went in the body"
        );
        assert_eq!(
            last_header(&t, "WWW-Authenticate"),
            Some(format!("Basic realm=\"{HOST}\"")),
            "{step}"
        );
    }
}

#[test]
fn credentials_in_both_header_and_body_are_invalid_request() {
    let mut secrets = Secrets::new(1);
    let mut journal = Journal::new();
    let mut ctx = Ctx {
        now: super::start(),
        secrets: &mut secrets,
        journal: &mut journal,
    };
    let mut server = AuthorizationServer::new(
        ServerPolicy::default(),
        &[UserConfig::default()],
        ("rs".into(), "x".into()),
        &[],
    );
    let app = ClientConfig {
        client_id: Some("app".into()),
        client_secret: Some("s3cret".into()),
        ..ClientConfig::default()
    };
    server.preregister(
        &app,
        crate::sim::GrantType::AuthorizationCode.registered_with(),
        &mut ctx,
    );
    let mut form = Params::new();
    form.push("grant_type", "authorization_code");
    form.push("code", "c");
    form.push("client_secret", "s3cret");
    let request = Request::new(Method::Post, HOST, "/token")
        .header("Authorization", encode_basic("app", "s3cret"))
        .body(Body::Form(form));
    let (response, _) = server.token(&request, &mut ctx);
    assert_eq!(
        (response.status, response.error),
        (400, Some(ErrorCode::InvalidRequest))
    );
}

#[test]
fn missing_grant_type_is_invalid_request_and_unknown_is_unsupported_grant_type() {
    assert_eq!(
        answer(&token_with(&json!({ "grant_type": null }))),
        (Some(400), Some(ErrorCode::InvalidRequest))
    );
    let t = token_with(&json!({ "grant_type": "password" }));
    assert_eq!(
        answer(&t),
        (Some(400), Some(ErrorCode::UnsupportedGrantType))
    );
}

#[test]
fn a_registered_grant_name_the_server_does_not_offer_is_unsupported_grant_type() {
    for grant in ["implicit", "Refresh_Token"] {
        let t = token_with(&json!({ "grant_type": grant }));
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::UnsupportedGrantType)),
            "{grant}"
        );
    }
}

#[test]
fn client_not_registered_for_the_code_grant_is_unauthorized_client() {
    let t = play(json!([
        super::register_without_code(),
        { "do": "token", "with": { "code": "any-code" } },
    ]));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::UnauthorizedClient)));
    assert_eq!(
        super::last_body(&t)["error_description"],
        "This client is not allowed to use this grant_type."
    );
}

#[test]
fn missing_code_is_invalid_request() {
    assert_eq!(
        answer(&token_with(&json!({ "code": null }))),
        (Some(400), Some(ErrorCode::InvalidRequest))
    );
}

#[test]
fn missing_redirect_uri_sent_at_authorize_is_invalid_request() {
    let t = token_with(&json!({ "redirect_uri": null }));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidRequest)));
}

#[test]
fn code_unknown_expired_of_another_client_or_another_redirect_uri_is_invalid_grant() {
    let unknown = token_with(&json!({ "code": "no-such-code" }));
    assert_eq!(answer(&unknown), (Some(400), Some(ErrorCode::InvalidGrant)));
    let other_redirect = token_with(&json!({ "redirect_uri": "https://printer.example/other" }));
    assert_eq!(
        answer(&other_redirect),
        (Some(400), Some(ErrorCode::InvalidGrant))
    );
    let expired = play(after_callback(
        json!([{ "do": "wait", "seconds": 600 }, { "do": "token" }]),
    ));
    assert_eq!(answer(&expired), (Some(400), Some(ErrorCode::InvalidGrant)));
    let world = super::world_with_gallery();
    let stolen = play_in(
        &world,
        after_callback(
            json!([{ "do": "token", "with": { "client_id": "gallery", "client_secret": "g" } }]),
        ),
    );
    assert_eq!(answer(&stolen), (Some(400), Some(ErrorCode::InvalidGrant)));
}

#[test]
fn reused_code_is_refused_and_revokes_its_tokens() {
    let t = play(after_callback(json!([
        { "do": "token" },
        { "do": "token", "with": { "code": "$code" } },
        { "do": "call_api", "with": { "access_token": "$access_token" } },
    ])));
    assert_eq!(t.steps[5].outcome.error, Some(ErrorCode::InvalidGrant));
    let revoked: Vec<ItemKind> = t.steps[5]
        .changes
        .iter()
        .filter_map(|c| match &c.kind {
            ChangeKind::Updated {
                item,
                reason: Reason::ReplayDetected,
            } if item.status == Status::Revoked => Some(item.kind),
            _ => None,
        })
        .collect();
    assert_eq!(revoked, [ItemKind::AccessToken, ItemKind::RefreshToken]);
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidToken)));
}

#[test]
fn verifier_missing_or_malformed_is_invalid_request_and_wrong_is_invalid_grant() {
    assert_eq!(
        answer(&token_with(&json!({ "code_verifier": null }))),
        (Some(400), Some(ErrorCode::InvalidRequest))
    );
    assert_eq!(
        answer(&token_with(&json!({ "code_verifier": "short" }))),
        (Some(400), Some(ErrorCode::InvalidRequest))
    );
    let wrong = "dBjftJeZ4CVP-mJ92K27uhbUJU1p1r_wW1gFWFOEjXk";
    assert_eq!(
        answer(&token_with(&json!({ "code_verifier": wrong }))),
        (Some(400), Some(ErrorCode::InvalidGrant))
    );
}

#[test]
fn verifier_for_a_code_issued_without_challenge_is_invalid_request() {
    let mut world = World::default();
    world.server.require_pkce = false;
    let t = play_in(
        &world,
        json!([
            { "do": "authorize", "with": { "code_challenge": null, "code_challenge_method": null } },
            { "do": "login" }, { "do": "consent" }, { "do": "callback" },
            { "do": "token" },
        ]),
    );
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidRequest)));
}

#[test]
fn failed_exchange_does_not_use_up_the_code() {
    let t = play(after_callback(json!([
        { "do": "token", "with": { "client_secret": "wrong" } },
        { "do": "token", "with": { "code_verifier": "dBjftJeZ4CVP-mJ92K27uhbUJU1p1r_wW1gFWFOEjXk" } },
        { "do": "token" },
    ])));
    assert_eq!(answer(&t), (Some(200), None));
}

#[test]
fn success_is_not_cached_names_scope_and_deletes_the_code_on_both_sides() {
    let t = play(after_callback(json!([{ "do": "token" }])));
    assert_eq!(answer(&t), (Some(200), None));
    assert_eq!(
        last_header(&t, "Cache-Control").as_deref(),
        Some("no-store")
    );
    let body: serde_json::Value = t.steps[4].messages[1]
        .body()
        .parse_json()
        .unwrap_or_default();
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["scope"], "photos.read");
    assert_eq!(body["expires_in"], 3600);
    assert!(body["refresh_token"].is_string());
    let deleted: Vec<Actor> = t.steps[4]
        .changes
        .iter()
        .filter(|c| {
            matches!(
                c.kind,
                ChangeKind::Removed {
                    kind: ItemKind::Code,
                    reason: Reason::Exchanged,
                    ..
                }
            )
        })
        .map(|c| c.actor)
        .collect();
    assert_eq!(deleted, [Actor::AuthorizationServer, Actor::Client]);
}

#[test]
fn client_must_authenticate_the_way_it_registered() {
    let t = play(after_callback_registered(
        &json!({ "token_endpoint_auth_method": "client_secret_post" }),
        json!([{ "do": "token" }]),
    ));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
    let challenge = last_header(&t, "WWW-Authenticate").unwrap_or_default();
    assert!(challenge.starts_with("Basic realm="), "{challenge}");
}

#[test]
fn empty_credentials_in_the_body_count_as_omitted() {
    let mut world = World::default();
    world.client.client_type = crate::sim::ClientType::Public;
    world.client.auth_method = crate::sim::AuthMethod::None;
    let t = play_in(
        &world,
        after_callback(json!([{ "do": "token", "with": { "client_secret": "" } }])),
    );
    assert_eq!(answer(&t), (Some(200), None));
}

/// Registers with `metadata`, takes the flow to a code, then runs `more`.
fn after_callback_registered(
    metadata: &serde_json::Value,
    more: serde_json::Value,
) -> serde_json::Value {
    let mut steps = vec![json!({ "do": "register", "with": metadata })];
    if let serde_json::Value::Array(rest) = after_callback(more) {
        steps.extend(rest);
    }
    serde_json::Value::Array(steps)
}
