//! "Authorization endpoint (`GET /authorize`)": RFC 6749 §4.1.1, §4.1.2.1.

use serde_json::json;

use super::{answer, last, last_header, play, play_in};
use crate::sim::{ErrorCode, Payload, World};

fn authorize_with(with: &serde_json::Value) -> crate::sim::Transcript {
    play(json!([{ "do": "authorize", "with": with }]))
}

/// The browser's Location after the last step, if it was redirected.
fn location(transcript: &crate::sim::Transcript) -> Option<String> {
    last_header(transcript, "Location")
}

#[test]
fn missing_or_unknown_client_id_is_an_error_page_never_a_redirect() {
    for with in [
        json!({ "client_id": null }),
        json!({ "client_id": "no-such-app" }),
    ] {
        let t = authorize_with(&with);
        assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidRequest)));
        assert_eq!(last(&t).redirect, Some(false));
        assert_eq!(location(&t), None);
    }
}

#[test]
fn redirect_uri_not_an_exact_match_is_an_error_page_never_a_redirect() {
    for uri in [
        "https://evil.example/callback",
        "https://printer.example/callback/",
        "https://PRINTER.example/callback",
        "https://printer.example/callback#frag",
        "/callback",
    ] {
        let t = authorize_with(&json!({ "redirect_uri": uri }));
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::InvalidRequest)),
            "{uri}"
        );
        assert_eq!(location(&t), None, "{uri}");
    }
}

#[test]
fn missing_redirect_uri_is_allowed_only_when_exactly_one_is_registered() {
    let t = authorize_with(&json!({ "redirect_uri": null }));
    assert_eq!(answer(&t), (Some(200), None));
    let mut world = World::default();
    world
        .client
        .redirect_uris
        .push("https://printer.example/other".into());
    let t = play_in(
        &world,
        json!([{ "do": "authorize", "with": { "redirect_uri": null } }]),
    );
    assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidRequest)));
}

#[test]
fn loopback_ip_redirect_uri_matches_any_port() {
    let mut world = World::default();
    world.client.redirect_uris = vec!["http://127.0.0.1/callback".into()];
    let t = play_in(
        &world,
        json!([{ "do": "authorize", "with": { "redirect_uri": "http://127.0.0.1:49152/callback" } }]),
    );
    assert_eq!(answer(&t), (Some(200), None));
}

#[test]
fn repeated_client_id_or_redirect_uri_is_an_error_page_never_a_redirect() {
    for with in [
        json!({ "client_id": ["$client_id", "$client_id"] }),
        json!({ "redirect_uri": ["https://printer.example/callback", "https://evil.example/cb"] }),
        json!({ "redirect_uri": ["https://printer.example/callback", "https://printer.example/callback"] }),
    ] {
        let t = authorize_with(&with);
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::InvalidRequest)),
            "{with}"
        );
        assert_eq!(last(&t).redirect, Some(false), "{with}");
        assert_eq!(location(&t), None, "{with}");
    }
}

#[test]
fn any_other_repeated_parameter_is_redirected_as_invalid_request_with_state() {
    for name in [
        "scope",
        "response_type",
        "state",
        "code_challenge",
        "prompt",
    ] {
        let mut with = serde_json::Map::new();
        with.insert("state".into(), json!("xyz"));
        with.insert(name.into(), json!(["photos.read", "photos.read"]));
        if name == "state" {
            with.insert(name.into(), json!(["xyz", "other"]));
        }
        let t = authorize_with(&serde_json::Value::Object(with));
        assert_eq!(
            answer(&t),
            (Some(302), Some(ErrorCode::InvalidRequest)),
            "{name}"
        );
        assert_eq!(last(&t).redirect, Some(true), "{name}");
        let location = location(&t).unwrap_or_default();
        assert!(
            location.starts_with("https://printer.example/callback?error=invalid_request&"),
            "{name}: {location}"
        );
        assert!(location.ends_with("&state=xyz"), "{name}: {location}");
    }
}

#[test]
fn response_type_missing_or_not_code_is_redirected_with_state() {
    let cases = [
        (json!(null), ErrorCode::InvalidRequest),
        (json!("token"), ErrorCode::UnsupportedResponseType),
    ];
    for (value, code) in cases {
        let t = authorize_with(&json!({ "response_type": value, "state": "xyz" }));
        assert_eq!(answer(&t), (Some(302), Some(code)));
        let location = location(&t).unwrap_or_default();
        assert!(
            location.starts_with("https://printer.example/callback?error="),
            "{location}"
        );
        assert!(location.ends_with("&state=xyz"), "{location}");
    }
}

#[test]
fn client_not_registered_for_code_is_redirected_as_unauthorized_client_with_state() {
    let t = play(json!([
        super::register_without_code(),
        { "do": "authorize", "with": { "state": "xyz" } },
    ]));
    assert_eq!(answer(&t), (Some(302), Some(ErrorCode::UnauthorizedClient)));
    let location = location(&t).unwrap_or_default();
    assert!(
        location.starts_with("https://printer.example/callback?error=unauthorized_client&"),
        "{location}"
    );
    assert!(location.ends_with("&state=xyz"), "{location}");
}

#[test]
fn unknown_or_unallowed_scope_is_redirected_as_invalid_scope() {
    let t = authorize_with(&json!({ "scope": "photos.read photos.delete" }));
    assert_eq!(answer(&t), (Some(302), Some(ErrorCode::InvalidScope)));
    let t = play(json!([
        { "do": "register", "with": { "scope": "photos.read" } },
        { "do": "authorize", "with": { "scope": "profile" } },
    ]));
    assert_eq!(answer(&t), (Some(302), Some(ErrorCode::InvalidScope)));
}

#[test]
fn omitted_scope_means_the_clients_default() {
    let t = play(json!([
        { "do": "authorize", "with": { "scope": null } },
        { "do": "login" },
        { "do": "consent" },
        { "do": "callback" },
        { "do": "token" },
    ]));
    let body = t.steps[4].messages[1].body().text();
    assert!(body.contains("\"scope\": \"photos.read\""), "{body}");
}

#[test]
fn missing_code_challenge_is_redirected_as_invalid_request_when_pkce_is_required() {
    let t = authorize_with(&json!({ "code_challenge": null, "code_challenge_method": null }));
    assert_eq!(answer(&t), (Some(302), Some(ErrorCode::InvalidRequest)));
}

#[test]
fn challenge_method_other_than_s256_is_refused_and_missing_means_plain() {
    for method in [json!("plain"), json!(null), json!("S512")] {
        let t = authorize_with(&json!({ "code_challenge_method": method }));
        assert_eq!(
            answer(&t),
            (Some(302), Some(ErrorCode::InvalidRequest)),
            "{method}"
        );
    }
    let mut world = World::default();
    world.server.allow_plain_pkce = true;
    let t = play_in(
        &world,
        json!([{ "do": "authorize", "with": { "code_challenge_method": "plain" } }]),
    );
    assert_eq!(answer(&t), (Some(200), None));
}

#[test]
fn refused_consent_is_redirected_as_access_denied_with_the_exact_state() {
    let t = play(json!([
        { "do": "authorize", "with": { "state": "a b&c" } },
        { "do": "login" },
        { "do": "consent", "with": { "decision": "deny" } },
    ]));
    assert_eq!(answer(&t), (Some(302), Some(ErrorCode::AccessDenied)));
    assert_eq!(last(&t).redirect, Some(true));
    let location = location(&t).unwrap_or_default();
    assert!(location.contains("error=access_denied"), "{location}");
    assert!(location.ends_with("state=a+b%26c"), "{location}");
}

#[test]
fn success_redirects_a_random_code_bound_to_the_request_with_state() {
    let t = play(json!([{ "do": "authorize" }, { "do": "login" }, { "do": "consent" }]));
    assert_eq!(answer(&t), (Some(302), None));
    let Payload::Response(response) = &t.steps[2].messages[1].payload else {
        panic!("the consent answer is a response");
    };
    let location = url::Url::parse(response.location().unwrap_or_default()).expect("a URL");
    let code = location
        .query_pairs()
        .find(|(n, _)| n == "code")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    assert!(
        code.len() >= 27,
        "a code of at least 160 bits in base64url: {code}"
    );
    assert!(location.query_pairs().any(|(n, _)| n == "state"));
    let stored = t.memory_after(Some(2));
    let item = stored
        .of(crate::sim::Actor::AuthorizationServer)
        .find(|i| i.key == code)
        .expect("the server remembers the code");
    let bound: Vec<&str> = item.details.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        bound,
        ["client", "user", "scope", "redirect_uri", "code_challenge"]
    );
    assert_eq!(
        item.expires_at,
        Some(t.start + chrono::Duration::seconds(600))
    );
}

#[test]
fn an_empty_state_is_treated_as_omitted_and_not_echoed() {
    let t = authorize_with(&json!({ "state": "", "response_type": "token" }));
    let location = location(&t).unwrap_or_default();
    assert!(!location.contains("state="), "{location}");
}

#[test]
fn a_scope_of_only_spaces_is_invalid_scope() {
    let t = authorize_with(&json!({ "scope": "   " }));
    assert_eq!(answer(&t), (Some(302), Some(ErrorCode::InvalidScope)));
}

#[test]
fn codes_state_and_session_ids_carry_at_least_160_random_bits() {
    let t = play(json!([{ "do": "authorize" }, { "do": "login" }, { "do": "consent" }]));
    let bits = |value: &str| {
        use base64::Engine as _;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(value)
            .map_or(0, |bytes| bytes.len() * 8)
    };
    let redirect = t.steps[0].messages[1].headers();
    let authorization_url = redirect
        .iter()
        .find(|(n, _)| *n == "Location")
        .map(|(_, v)| url::Url::parse(v).expect("a URL"))
        .expect("the client redirects the browser");
    let state = authorization_url
        .query_pairs()
        .find(|(n, _)| n == "state")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let cookie = t.steps[0].messages[3]
        .headers()
        .into_iter()
        .find(|(n, _)| *n == "Set-Cookie")
        .and_then(|(_, v)| v.split(';').next().map(str::to_owned))
        .and_then(|pair| pair.strip_prefix("sid=").map(str::to_owned))
        .unwrap_or_default();
    let code = last_header(&t, "Location")
        .and_then(|l| url::Url::parse(&l).ok())
        .and_then(|u| {
            u.query_pairs()
                .find(|(n, _)| n == "code")
                .map(|(_, v)| v.into_owned())
        })
        .unwrap_or_default();
    for (what, value) in [("state", state), ("session id", cookie), ("code", code)] {
        assert!(
            bits(&value) >= 160,
            "{what} {value:?} has {} bits",
            bits(&value)
        );
    }
}

#[test]
fn every_page_of_the_authorization_server_forbids_framing() {
    let t = play(json!([
        { "do": "authorize", "with": { "client_id": "no-such-app" } },
        { "do": "authorize" },
        { "do": "login", "with": { "password": "wrong" } },
        { "do": "login" },
        { "do": "consent", "with": { "decision": "maybe" } },
    ]));
    let pages: Vec<_> = t
        .steps
        .iter()
        .flat_map(|s| &s.messages)
        .filter(|m| m.from == crate::sim::Actor::AuthorizationServer)
        .filter(|m| matches!(m.body(), crate::sim::Body::Html(_)))
        .collect();
    assert_eq!(pages.len(), 5);
    for page in pages {
        let headers = page.headers();
        let value = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(
            value("X-Frame-Options"),
            Some("DENY"),
            "{}",
            page.start_line()
        );
        assert_eq!(
            value("Content-Security-Policy"),
            Some("frame-ancestors 'none'"),
            "{}",
            page.start_line()
        );
    }
}
