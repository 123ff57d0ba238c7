//! Which message of a step every view draws as a refusal: a failed answer, or the
//! answer the client refused when the step failed although every answer succeeded
//! (an `id_token` that fails its checks comes in a `200`, OIDC Core §3.1.3.7; the
//! implicit grant's token with the wrong `state`, RFC 6749 §10.12). The TUI marks it
//! `⊘`/`✗`, Mermaid draws it `--x`, so a client's own refusal is never drawn as a
//! success.

use crate::sim::{Message, Payload, StepRecord};

/// Whether message `index` of step `record` is drawn as a refusal.
pub fn drawn_as_refusal(record: &StepRecord, index: usize) -> bool {
    let Some(message) = record.messages.get(index) else {
        return false;
    };
    let refused = record.failed()
        && index + 1 == record.messages.len()
        && matches!(message.payload, Payload::Response(_))
        && !record.messages.iter().any(Message::is_failure);
    message.is_failure() || refused
}
