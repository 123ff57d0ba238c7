//! "Registration (`POST /register`)": RFC 7591 §3.2.2, RFC 6749 §3.1.2.

use serde_json::json;

use super::{answer, play};
use crate::sim::ErrorCode;

fn register_with(with: &serde_json::Value) -> crate::sim::Transcript {
    play(json!([{ "do": "register", "with": with }]))
}

#[test]
fn relative_fragment_or_plain_http_redirect_uri_is_invalid_redirect_uri() {
    for uri in [
        "/callback",
        "https://printer.example/cb#done",
        "http://printer.example/callback",
    ] {
        let t = register_with(&json!({ "redirect_uris": [uri] }));
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::InvalidRedirectUri)),
            "{uri}"
        );
    }
    let loopback = register_with(&json!({ "redirect_uris": ["http://127.0.0.1:8080/callback"] }));
    assert_eq!(answer(&loopback), (Some(201), None));
}

#[test]
fn no_redirect_uri_is_invalid_redirect_uri() {
    for with in [
        json!({ "redirect_uris": [] }),
        json!({ "redirect_uris": null }),
    ] {
        assert_eq!(
            answer(&register_with(&with)),
            (Some(400), Some(ErrorCode::InvalidRedirectUri))
        );
    }
}

#[test]
fn other_bad_metadata_is_invalid_client_metadata() {
    for with in [
        json!({ "token_endpoint_auth_method": "magic" }),
        json!({ "grant_types": ["implicit"] }),
        json!({ "response_types": ["token"] }),
        json!({ "scope": "photos.delete" }),
    ] {
        assert_eq!(
            answer(&register_with(&with)),
            (Some(400), Some(ErrorCode::InvalidClientMetadata)),
            "{with}"
        );
    }
}

#[test]
fn success_is_201_with_credentials_and_a_public_client_gets_no_secret() {
    let t = register_with(&json!({}));
    assert_eq!(answer(&t), (Some(201), None));
    let body = t.steps[0].messages[1].body().text();
    assert!(body.contains("client_secret"), "{body}");
    let public = register_with(&json!({ "token_endpoint_auth_method": "none" }));
    assert!(
        !public.steps[0].messages[1]
            .body()
            .text()
            .contains("client_secret")
    );
}

#[test]
fn the_answer_holds_what_was_registered_and_nothing_the_server_ignored() {
    let t = register_with(&json!({
        "token_endpoint_auth_method": "none",
        "client_secret": "chosen-by-the-client",
        "software_id": "x",
    }));
    let body: serde_json::Value =
        serde_json::from_str(&t.steps[0].messages[1].body().text()).unwrap_or_default();
    assert_eq!(body["token_endpoint_auth_method"], "none");
    assert!(body.get("client_secret").is_none(), "{body}");
    assert!(body.get("software_id").is_none(), "{body}");
    assert_eq!(
        body["grant_types"],
        json!(["authorization_code", "refresh_token"])
    );
}

#[test]
fn metadata_without_the_code_grant_is_invalid_client_metadata() {
    for with in [
        json!({ "grant_types": ["refresh_token"] }),
        json!({ "grant_types": [] }),
        json!({ "response_types": [] }),
    ] {
        assert_eq!(
            answer(&register_with(&with)),
            (Some(400), Some(ErrorCode::InvalidClientMetadata)),
            "{with}"
        );
    }
}
