//! "Device authorization" (issue 11, part A): the device endpoint and the token
//! endpoint's answers to the device code grant, RFC 8628 §3.1–3.5, §6.1.

use serde_json::{Value, json};

use super::{answer, last_body, play_in};
use crate::sim::{ErrorCode, GrantType, ServerPolicy, Topic, Transcript, World};

/// A world whose client is a device.
fn world() -> World {
    World {
        grant: GrantType::DeviceCode,
        ..World::default()
    }
}

fn play(steps: Value) -> Transcript {
    play_in(&world(), steps)
}

/// The device's codes, then Alice's approval on her phone.
fn approved(more: Value) -> Transcript {
    let mut steps = vec![
        json!({ "do": "device_authorize", "capture": { "dc": "json.device_code" } }),
        json!({ "do": "enter_code", "by": "phone" }),
        json!({ "do": "login", "by": "phone" }),
        json!({ "do": "consent", "by": "phone" }),
        json!({ "do": "wait", "seconds": 5 }),
    ];
    if let Value::Array(rest) = more {
        steps.extend(rest);
    }
    play(Value::Array(steps))
}

#[test]
fn the_device_endpoint_answers_both_codes_the_verification_uri_expiry_and_interval() {
    let t = play(json!([{ "do": "device_authorize" }]));
    assert_eq!(answer(&t), (Some(200), None));
    let body = last_body(&t);
    for field in [
        "device_code",
        "user_code",
        "verification_uri",
        "verification_uri_complete",
    ] {
        assert!(body[field].is_string(), "{field}: {body}");
    }
    assert_eq!(body["verification_uri"], "https://auth.example/device");
    assert_eq!(body["expires_in"], 600);
    assert_eq!(body["interval"], 5);
    let user_code = body["user_code"].as_str().unwrap_or_default();
    let complete = body["verification_uri_complete"]
        .as_str()
        .unwrap_or_default();
    assert!(
        complete.ends_with(&format!("?user_code={user_code}")),
        "{complete}"
    );
}

#[test]
fn the_user_code_is_eight_consonants_in_two_groups_of_four() {
    let t = play(json!([{ "do": "device_authorize" }]));
    let code = last_body(&t)["user_code"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let (first, second) = code.split_once('-').unwrap_or_default();
    assert_eq!((first.len(), second.len()), (4, 4), "{code}");
    assert!(
        code.chars()
            .filter(|&c| c != '-')
            .all(|c| "BCDFGHJKLMNPQRSTVWXZ".contains(c)),
        "{code}"
    );
}

#[test]
fn a_client_not_registered_for_the_device_grant_is_unauthorized_client() {
    let t = play_in(&World::default(), json!([{ "do": "device_authorize" }]));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::UnauthorizedClient)));
}

#[test]
fn a_wrong_secret_at_the_device_endpoint_is_invalid_client_401() {
    let t = play(json!([{ "do": "device_authorize", "with": { "client_secret": "x" } }]));
    assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidClient)));
}

#[test]
fn an_unknown_scope_at_the_device_endpoint_is_invalid_scope() {
    let t = play(json!([{ "do": "device_authorize", "with": { "scope": "admin" } }]));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidScope)));
}

#[test]
fn before_the_user_answers_a_poll_is_authorization_pending() {
    let t = play(json!([
        { "do": "device_authorize" },
        { "do": "wait", "seconds": 5 },
        { "do": "poll" },
    ]));
    assert_eq!(
        answer(&t),
        (Some(400), Some(ErrorCode::AuthorizationPending))
    );
}

#[test]
fn polling_sooner_than_the_interval_is_slow_down_and_the_interval_grows_by_5() {
    let t = play(json!([
        { "do": "device_authorize" },
        { "do": "poll" },
        { "do": "wait", "seconds": 9 },
        { "do": "poll" },
        { "do": "wait", "seconds": 15 },
        { "do": "poll" },
    ]));
    let errors: Vec<_> = t.steps.iter().map(|s| s.outcome.error).collect();
    assert_eq!(
        errors,
        [
            None,
            Some(ErrorCode::SlowDown),
            None,
            Some(ErrorCode::SlowDown),
            None,
            Some(ErrorCode::AuthorizationPending),
        ]
    );
}

#[test]
fn a_refused_device_is_access_denied_at_the_next_poll() {
    let t = play(json!([
        { "do": "device_authorize" },
        { "do": "enter_code", "by": "phone" },
        { "do": "login", "by": "phone" },
        { "do": "consent", "by": "phone", "with": { "decision": "deny" } },
        { "do": "wait", "seconds": 5 },
        { "do": "poll" },
    ]));
    assert_eq!(t.steps[3].topic, Topic::DeviceDenied);
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::AccessDenied)));
}

#[test]
fn an_expired_device_code_is_expired_token() {
    let t = play(json!([
        { "do": "device_authorize" },
        { "do": "wait", "seconds": 600 },
        { "do": "poll" },
    ]));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::ExpiredToken)));
}

#[test]
fn an_approved_device_gets_bearer_tokens_with_a_refresh_token() {
    let t = approved(json!([{ "do": "poll" }]));
    assert_eq!(answer(&t), (Some(200), None));
    let body = last_body(&t);
    assert_eq!(body["token_type"], "Bearer");
    assert!(body["refresh_token"].is_string(), "{body}");
}

#[test]
fn no_refresh_token_when_the_policy_issues_none() {
    let mut world = world();
    world.server = ServerPolicy {
        issue_refresh_tokens: false,
        ..ServerPolicy::default()
    };
    let t = play_in(
        &world,
        json!([
            { "do": "device_authorize" },
            { "do": "enter_code", "by": "phone" },
            { "do": "login", "by": "phone" },
            { "do": "consent", "by": "phone" },
            { "do": "poll" },
        ]),
    );
    assert_eq!(answer(&t), (Some(200), None));
    assert!(last_body(&t).get("refresh_token").is_none());
}

#[test]
fn the_device_code_works_once_a_second_use_is_invalid_grant() {
    let t = approved(json!([
        { "do": "poll" },
        { "do": "poll", "with": { "device_code": "$dc" } },
    ]));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidGrant)));
    assert_eq!(t.steps.last().map(|s| s.topic), Some(Topic::DeviceCodeUsed));
}

#[test]
fn a_missing_device_code_is_invalid_request_and_an_unknown_one_invalid_grant() {
    let missing = play(json!([{ "do": "poll" }]));
    assert_eq!(
        answer(&missing),
        (Some(400), Some(ErrorCode::InvalidRequest))
    );
    let unknown = play(json!([{ "do": "poll", "with": { "device_code": "nope" } }]));
    assert_eq!(answer(&unknown), (Some(400), Some(ErrorCode::InvalidGrant)));
}

#[test]
fn a_device_code_of_another_client_is_invalid_grant() {
    let mut world = super::world_with_gallery();
    world.grant = GrantType::DeviceCode;
    let t = play_in(
        &world,
        json!([
            { "do": "device_authorize" },
            { "do": "wait", "seconds": 5 },
            { "do": "poll", "with": { "client_id": "gallery", "client_secret": "g" } },
        ]),
    );
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidGrant)));
    assert_eq!(
        t.steps.last().map(|s| s.topic),
        Some(Topic::DeviceCodeOfAnotherClient)
    );
}

#[test]
fn a_wrong_or_expired_user_code_starts_nothing_on_the_phone() {
    let wrong = play(json!([
        { "do": "device_authorize" },
        { "do": "enter_code", "by": "phone", "with": { "user_code": "BCDF-GHJK" } },
    ]));
    assert_eq!(answer(&wrong), (Some(400), None));
    assert_eq!(wrong.steps[1].topic, Topic::UserCodeUnknown);
    let late = play(json!([
        { "do": "device_authorize" },
        { "do": "wait", "seconds": 600 },
        { "do": "enter_code", "by": "phone" },
    ]));
    assert_eq!(late.steps[2].topic, Topic::UserCodeUnknown);
}

#[test]
fn the_user_code_is_read_without_its_dash_and_in_any_case() {
    let t = play(json!([{ "do": "device_authorize" }]));
    let shown = last_body(&t)["user_code"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let code = shown.to_lowercase().replace('-', "");
    let t = play(json!([
        { "do": "device_authorize" },
        { "do": "enter_code", "by": "phone", "with": { "user_code": code } },
    ]));
    assert_eq!(t.steps[1].topic, Topic::LoginPageShown);
}

#[test]
fn the_phone_takes_part_in_its_own_lane() {
    let t = approved(json!([]));
    let phone = crate::sim::Actor::Phone;
    assert!(t.steps[1].messages.iter().any(|m| m.from == phone));
    assert!(
        t.steps[0]
            .messages
            .iter()
            .all(|m| m.from != phone && m.to != phone)
    );
}
