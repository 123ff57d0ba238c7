//! "Resource server": RFC 6750 §2, §3, §3.1, and introspection (RFC 7662).

use serde_json::json;

use super::{after_callback, answer, last_header, play, play_in};
use crate::sim::answers::json_ok;
use crate::sim::authorization_server::{AuthorizationServer, HOST as AUTH_HOST};
use crate::sim::request_edits::TokenIn;
use crate::sim::resource_server::{AUDIENCE, Check, HOST, ResourceServer};
use crate::sim::{
    Actor, Body, ErrorCode, Gist, Inactive, Method, Params, Payload, Request, ResourceConfig,
    ServerPolicy, Topic, Transcript, UserConfig, World,
};

fn call_with(with: &serde_json::Value) -> Transcript {
    play(after_callback(
        json!([{ "do": "token" }, { "do": "call_api", "with": with }]),
    ))
}

fn server() -> ResourceServer {
    ResourceServer::new(ResourceConfig::default(), &("rs".into(), "s".into()))
}

/// `GET /photos` with these `Authorization` headers and query parameters.
fn get(headers: &[&str], query: &[(&str, &str)]) -> Request {
    let mut request = Request::new(Method::Get, HOST, "/photos");
    for value in headers {
        request = request.header("Authorization", (*value).to_owned());
    }
    for (name, value) in query {
        request.query.push(name, *value);
    }
    request
}

/// The same request as a form-encoded POST carrying `form`.
fn post(request: Request, form: &[(&str, &str)]) -> Request {
    let mut params = Params::new();
    for (name, value) in form {
        params.push(name, *value);
    }
    Request {
        method: Method::Post,
        ..request
    }
    .body(Body::Form(params))
}

/// What the resource server answers at once, if it does not ask first.
fn answered_at_once(request: &Request) -> Option<(u16, Option<ErrorCode>, Topic, String)> {
    match server().check(request, chrono::DateTime::UNIX_EPOCH) {
        Check::Answer(response, topic) => {
            let challenge = response
                .header_value("WWW-Authenticate")
                .unwrap_or_default()
                .to_owned();
            Some((response.status, response.error, topic, challenge))
        }
        Check::Introspect(..) => None,
    }
}

/// The token the resource server asks about, and how it says it came.
fn asked_about(request: &Request) -> Option<(String, TokenIn)> {
    match server().check(request, chrono::DateTime::UNIX_EPOCH) {
        Check::Introspect(ask, via) => {
            let token = ask.body.form().value("token").map(str::to_owned)?;
            Some((token, via))
        }
        Check::Answer(..) => None,
    }
}

/// A live token's introspection answer, for this API unless `aud` says otherwise.
fn live(aud: &serde_json::Value) -> crate::sim::Response {
    let body = json!({ "active": true, "scope": "photos.read", "username": "alice", "aud": aud });
    json_ok(200, &body).gist(Gist::Active)
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
fn unknown_expired_or_revoked_token_is_401_invalid_token_saying_only_not_active() {
    let unknown = call_with(&json!({ "access_token": "unknown" }));
    let expired = play(after_callback(
        json!([{ "do": "token" }, { "do": "wait", "seconds": 3600 }, { "do": "call_api" }]),
    ));
    let revoked = play(after_callback(json!([
        { "do": "token" },
        { "do": "revoke", "with": { "token": "$access_token", "token_type_hint": "access_token" } },
        { "do": "call_api", "with": { "access_token": "$access_token" } },
    ])));
    for (t, reason) in [
        (unknown, Inactive::Unknown),
        (expired, Inactive::Expired),
        (revoked, Inactive::Revoked),
    ] {
        assert_eq!(answer(&t), (Some(401), Some(ErrorCode::InvalidToken)));
        let challenge = last_header(&t, "WWW-Authenticate").unwrap_or_default();
        assert_eq!(
            challenge,
            "Bearer realm=\"photos\", error=\"invalid_token\", \
             error_description=\"The access token is not active.\""
        );
        let step = t.steps.last().expect("a step");
        assert_eq!(step.topic, Topic::AccessTokenInactive, "{reason:?}");
        let from_the_server = &step.messages[2];
        assert_eq!(from_the_server.from, Actor::AuthorizationServer);
        let Payload::Response(response) = &from_the_server.payload else {
            panic!("the server's answer is a response");
        };
        assert_eq!(response.gist, Some(Gist::Inactive(reason)));
    }
}

#[test]
fn malformed_request_is_400_invalid_request_with_the_bearer_challenge() {
    let flow_cases = [
        json!({ "access_token": "not a token" }),
        json!({ "access_token": "" }),
        json!({ "access_token": ["$access_token", "$access_token"] }),
    ];
    for with in flow_cases {
        let t = call_with(&with);
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::InvalidRequest)),
            "{with}"
        );
        let challenge = last_header(&t, "WWW-Authenticate").unwrap_or_default();
        assert!(
            challenge.starts_with("Bearer realm=\"photos\", error=\"invalid_request\""),
            "{with}: {challenge}"
        );
        assert_eq!(t.steps.last().map(|s| s.messages.len()), Some(2), "{with}");
    }
    let header = ["Bearer abc"];
    let requests = [
        (get(&["Bearer"], &[]), Topic::AccessTokenMalformed),
        (
            get(&[], &[("access_token", "")]),
            Topic::AccessTokenMalformed,
        ),
        (
            get(&["Bearer abc", "Bearer abc"], &[]),
            Topic::AuthorizationHeaderRepeated,
        ),
        (
            get(&["Basic eDp5", "Bearer abc"], &[]),
            Topic::AuthorizationHeaderRepeated,
        ),
        (
            get(&header, &[("access_token", "abc")]),
            Topic::AccessTokenSentTwice,
        ),
        (
            post(get(&header, &[]), &[("access_token", "abc")]),
            Topic::AccessTokenSentTwice,
        ),
        (
            post(
                get(&[], &[("access_token", "abc")]),
                &[("access_token", "abc")],
            ),
            Topic::AccessTokenSentTwice,
        ),
        (
            get(&[], &[("access_token", "abc"), ("access_token", "abc")]),
            Topic::AccessTokenSentTwice,
        ),
    ];
    for (request, topic) in requests {
        let (status, error, got, challenge) =
            answered_at_once(&request).expect("answered without asking");
        assert_eq!(
            (status, error, got),
            (400, Some(ErrorCode::InvalidRequest), topic)
        );
        assert!(challenge.starts_with("Bearer realm="), "{challenge}");
    }
}

#[test]
fn the_bearer_scheme_name_is_case_insensitive() {
    for value in ["bearer abc", "BEARER abc", "BeArEr abc"] {
        assert_eq!(
            asked_about(&get(&[value], &[])),
            Some(("abc".into(), TokenIn::Header)),
            "{value}"
        );
    }
}

#[test]
fn a_token_in_the_query_or_a_form_post_is_understood_and_its_risk_explained() {
    let query = get(&[], &[("access_token", "abc")]);
    let form = post(get(&[], &[]), &[("access_token", "abc")]);
    let cases = [
        (query, TokenIn::Query, Topic::AccessTokenInQuery),
        (form, TokenIn::Form, Topic::AccessTokenInForm),
    ];
    for (request, how, topic) in cases {
        assert_eq!(asked_about(&request), Some(("abc".into(), how)));
        let (response, served) = server().answer(&live(&json!(AUDIENCE)), how);
        assert_eq!((response.status, served), (200, topic));
        let why = crate::explain::explain(topic)
            .text(crate::text::Lang::EN)
            .why;
        assert!(why.contains("the token worked"), "{why}");
    }
}

#[test]
fn a_form_body_carries_a_token_only_on_a_form_encoded_post() {
    let mut on_a_get = get(&[], &[]);
    let mut form = Params::new();
    form.push("access_token", "abc");
    on_a_get.body = Body::Form(form);
    let mut json_post = get(&[], &[]);
    json_post.method = Method::Post;
    json_post.body = Body::Json("{\"access_token\": \"abc\"}".into());
    for request in [on_a_get, json_post] {
        let (status, error, topic, _) = answered_at_once(&request).expect("no token found");
        assert_eq!(
            (status, error, topic),
            (401, None, Topic::AccessTokenMissing)
        );
    }
}

#[test]
fn a_token_meant_for_another_audience_is_401_invalid_token() {
    for aud in [
        json!("https://videos.example"),
        json!(["https://videos.example"]),
        json!(null),
    ] {
        let (response, topic) = server().answer(&live(&aud), TokenIn::Header);
        assert_eq!(
            (response.status, response.error, topic),
            (
                401,
                Some(ErrorCode::InvalidToken),
                Topic::AccessTokenWrongAudience
            ),
            "{aud}"
        );
    }
    let (response, _) = server().answer(&live(&json!(AUDIENCE)), TokenIn::Header);
    assert_eq!(response.status, 200);
}

#[test]
fn introspection_answers_name_the_audience_the_resource_server_checks() {
    let t = call_with(&json!({}));
    assert_eq!(answer(&t), (Some(200), None));
    let body: serde_json::Value = t.steps[5].messages[2].body().parse_json().expect("JSON");
    assert_eq!(body["aud"], json!(AUDIENCE));
    assert_eq!(AUDIENCE, format!("https://{HOST}"));
}

#[test]
fn introspection_refuses_a_caller_without_credentials_with_401_and_a_basic_challenge() {
    let server = AuthorizationServer::new(
        ServerPolicy::default(),
        &[UserConfig::default()],
        ("rs".into(), "s".into()),
        &[],
    );
    let mut form = Params::new();
    form.push("token", "abc");
    let ask = Request::new(Method::Post, AUTH_HOST, "/introspect").body(Body::Form(form));
    let (response, _) = server.introspect(&ask, super::start());
    assert_eq!(
        (response.status, response.error),
        (401, Some(ErrorCode::InvalidClient))
    );
    assert_eq!(
        response.header_value("WWW-Authenticate"),
        Some(format!("Basic realm=\"{AUTH_HOST}\"").as_str())
    );
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
