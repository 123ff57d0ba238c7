//! "Legacy: the implicit grant": RFC 6749 §4.2, RFC 7591 §2.1, RFC 9700 §2.1.2.

use serde_json::json;

use super::{answer, last_body, play_in};
use crate::sim::{
    Actor, AuthMethod, ClientConfig, ClientType, ErrorCode, GrantType, ItemKind, Payload,
    ServerPolicy, Topic, Transcript, World,
};

/// A browser app built for the implicit grant, at a server that offers it or not.
fn implicit_world(offered: bool) -> World {
    World {
        client: ClientConfig {
            client_type: ClientType::Public,
            auth_method: AuthMethod::None,
            ..ClientConfig::default()
        },
        server: ServerPolicy {
            offer_implicit_grant: offered,
            ..ServerPolicy::default()
        },
        grant: GrantType::Implicit,
        ..World::default()
    }
}

/// The implicit flow to the consent's redirect, then `more`.
fn implicit(more: serde_json::Value) -> Transcript {
    let mut steps = vec![
        json!({ "do": "authorize" }),
        json!({ "do": "login" }),
        json!({ "do": "consent" }),
    ];
    if let serde_json::Value::Array(rest) = more {
        steps.extend(rest);
    }
    play_in(&implicit_world(true), serde_json::Value::Array(steps))
}

/// The `Location` of the last message of step `index`.
fn location(t: &Transcript, index: usize) -> String {
    t.steps[index]
        .messages
        .iter()
        .rev()
        .find_map(|m| match &m.payload {
            Payload::Response(r) => r.location().map(str::to_owned),
            Payload::Request(_) => None,
        })
        .unwrap_or_default()
}

#[test]
fn implicit_not_offered_is_unsupported_response_type_in_the_query() {
    let t = play_in(&implicit_world(false), json!([{ "do": "authorize" }]));
    assert_eq!(
        answer(&t),
        (Some(302), Some(ErrorCode::UnsupportedResponseType))
    );
    assert!(location(&t, 0).contains("?error=unsupported_response_type"));
}

#[test]
fn implicit_token_travels_in_the_fragment_with_state_and_no_refresh_token() {
    let t = implicit(json!([]));
    assert_eq!(answer(&t), (Some(302), None));
    assert_eq!(t.steps[2].topic, Topic::ImplicitTokenIssued);
    let location = location(&t, 2);
    let (before, fragment) = location.split_once('#').unwrap_or_default();
    assert_eq!(before, "https://printer.example/callback");
    for name in [
        "access_token=",
        "token_type=Bearer",
        "expires_in=3600",
        "state=",
    ] {
        assert!(fragment.contains(name), "{name} in {fragment}");
    }
    assert!(!fragment.contains("refresh_token"), "{fragment}");
    assert!(!fragment.contains("code="), "{fragment}");
}

#[test]
fn implicit_errors_go_in_the_fragment_with_state() {
    let denied = play_in(
        &implicit_world(true),
        json!([
            { "do": "authorize" },
            { "do": "login" },
            { "do": "consent", "with": { "decision": "deny" } },
        ]),
    );
    assert_eq!(answer(&denied), (Some(302), Some(ErrorCode::AccessDenied)));
    let location = location(&denied, 2);
    assert!(location.contains("#error=access_denied&"), "{location}");
    assert!(location.contains("&state="), "{location}");
}

#[test]
fn an_implicit_request_needs_no_pkce_challenge_even_where_pkce_is_required() {
    let world = implicit_world(true);
    assert!(world.server.require_pkce);
    let t = implicit(json!([]));
    assert_eq!(t.steps[0].outcome.status, Some(200));
    assert!(!location(&t, 0).contains("code_challenge"));
}

#[test]
fn an_implicit_request_to_an_unregistered_redirect_uri_is_a_page_not_a_redirect() {
    let t = play_in(
        &implicit_world(true),
        json!([{ "do": "authorize", "with": { "redirect_uri": "https://attacker.example/cb" } }]),
    );
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidRequest)));
    assert_eq!(t.steps[0].outcome.redirect, Some(false));
}

#[test]
fn the_fragment_never_reaches_the_clients_server_and_stays_in_history() {
    let t = implicit(json!([{ "do": "callback" }]));
    let callback = &t.steps[3];
    let Some(Payload::Request(request)) = callback.messages.first().map(|m| &m.payload) else {
        panic!("the callback sends a request");
    };
    assert!(request.query.value("access_token").is_none());
    assert!(!request.url().contains('#'), "{}", request.url());
    let memory = t.memory_after(Some(3));
    assert!(
        memory
            .of(Actor::ResourceOwner)
            .any(|i| i.kind == ItemKind::History && i.key.contains("#access_token="))
    );
    assert!(
        memory
            .of(Actor::Client)
            .any(|i| i.kind == ItemKind::AccessToken)
    );
    assert_eq!(callback.topic, Topic::ImplicitTokenRead);
}

#[test]
fn the_page_script_refuses_a_token_with_another_state() {
    let t = implicit(json!([{ "do": "callback", "with": { "state": "forged" } }]));
    assert_eq!(answer(&t), (Some(200), Some(ErrorCode::InvalidState)));
    assert!(
        !t.memory_after(Some(3))
            .of(Actor::Client)
            .any(|i| i.kind == ItemKind::AccessToken)
    );
}

#[test]
fn registering_the_implicit_grant_needs_the_policy_and_the_token_response_type() {
    let register = json!([{ "do": "register" }]);
    let off = play_in(&implicit_world(false), register.clone());
    assert_eq!(
        answer(&off),
        (Some(400), Some(ErrorCode::InvalidClientMetadata))
    );
    let on = play_in(&implicit_world(true), register);
    assert_eq!(answer(&on), (Some(201), None));
    let body = last_body(&on);
    assert_eq!(body["grant_types"], json!(["implicit"]));
    assert_eq!(body["response_types"], json!(["token"]));
}

#[test]
fn an_implicit_client_cannot_refresh() {
    let t = implicit(json!([{ "do": "callback" }, { "do": "refresh" }]));
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::UnauthorizedClient)));
}
