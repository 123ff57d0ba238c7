//! "The client's own checks": RFC 6749 §10.12, RFC 9700 §4.7.

use serde_json::json;

use super::{answer, play};
use crate::sim::{Actor, ErrorCode, ItemKind};

#[test]
fn callback_with_missing_or_different_state_is_refused_and_keeps_no_code() {
    for state in [json!("forged"), json!(null)] {
        let t = play(json!([
            { "do": "authorize" }, { "do": "login" }, { "do": "consent" },
            { "do": "callback", "with": { "state": state } },
            { "do": "token" },
        ]));
        assert_eq!(t.steps[3].outcome.status, Some(400));
        assert_eq!(t.steps[3].outcome.error, Some(ErrorCode::InvalidState));
        let memory = t.memory_after(Some(3));
        assert!(memory.of(Actor::Client).all(|i| i.kind != ItemKind::Code));
        let token_request = t.steps[4].messages[0].body().text();
        assert!(
            !token_request.contains("code="),
            "no code to send: {token_request}"
        );
        assert_eq!(answer(&t), (Some(400), Some(ErrorCode::InvalidRequest)));
    }
}

#[test]
fn a_callback_error_is_read_only_after_the_state_check() {
    let t = play(json!([
        { "do": "authorize" }, { "do": "login" },
        { "do": "consent", "with": { "decision": "deny" } },
        { "do": "callback" },
    ]));
    assert_eq!(answer(&t), (Some(200), Some(ErrorCode::AccessDenied)));
}
