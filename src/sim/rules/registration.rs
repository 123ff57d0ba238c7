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
    let body: serde_json::Value = t.steps[0].messages[1]
        .body()
        .parse_json()
        .unwrap_or_default();
    assert_eq!(body["token_endpoint_auth_method"], "none");
    assert!(body.get("client_secret").is_none(), "{body}");
    assert!(body.get("software_id").is_none(), "{body}");
    assert_eq!(
        body["grant_types"],
        json!(["authorization_code", "refresh_token"])
    );
}

/// The `error_description` of the last answer.
fn description(t: &crate::sim::Transcript) -> String {
    let body = super::last_body(t);
    body["error_description"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn a_grant_type_the_server_does_not_offer_is_invalid_client_metadata() {
    for grant in ["implicit", "password", "Authorization_Code"] {
        let t = register_with(&json!({ "grant_types": ["authorization_code", grant] }));
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::InvalidClientMetadata)),
            "{grant}"
        );
        assert_eq!(
            description(&t),
            "Only the authorization_code, refresh_token, client_credentials and device code grant types are supported.",
            "{grant}"
        );
    }
}

#[test]
fn a_response_type_the_server_does_not_offer_is_invalid_client_metadata() {
    for response in ["token", "id_token", "code id_token"] {
        let t = register_with(&json!({ "response_types": ["code", response] }));
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::InvalidClientMetadata)),
            "{response}"
        );
        assert_eq!(
            description(&t),
            "Only the code response type is supported.",
            "{response}"
        );
    }
}

#[test]
fn code_without_authorization_code_or_the_reverse_is_invalid_client_metadata() {
    for with in [
        json!({ "grant_types": ["refresh_token"] }),
        json!({ "grant_types": [] }),
        json!({ "response_types": [] }),
        json!({ "grant_types": ["refresh_token"], "response_types": ["code"] }),
    ] {
        let t = register_with(&with);
        assert_eq!(
            answer(&t),
            (Some(400), Some(ErrorCode::InvalidClientMetadata)),
            "{with}"
        );
        assert_eq!(
            description(&t),
            "The response_types and grant_types do not match: code goes with authorization_code.",
            "{with}"
        );
    }
}

#[test]
fn a_client_without_the_code_flow_is_registered_as_asked() {
    let t = register_with(&json!({ "grant_types": ["refresh_token"], "response_types": [] }));
    assert_eq!(answer(&t), (Some(201), None));
    let body = super::last_body(&t);
    assert_eq!(body["grant_types"], json!(["refresh_token"]));
    assert_eq!(body["response_types"], json!([]));
}
