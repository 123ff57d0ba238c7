//! Faults on purpose (`"faults"` in a scenario file): what `oauth-sim serve` does
//! wrong, when and where, so a tester can check how a real client copes with an
//! error answer, a slow answer, a token that dies early or a clock that runs ahead.
//! The simulation of a run does not read them; they are for the served parties.

use serde::{Deserialize, Serialize};

/// One fault: which requests it hits (`endpoint`, `nth`) and what it does to them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(try_from = "RawFault")]
#[schemars(with = "RawFault")]
pub struct Fault {
    /// The path as the client sends it (`/token`, `/api/photos`).
    pub endpoint: String,
    /// Which request to that path it hits, counting from 1; left out, every one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nth: Option<u64>,
    /// Answer this error instead of letting the server answer (RFC 6749 §5.2 shape).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<FaultAnswer>,
    /// Hold the answer this many milliseconds (at most 60000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay_ms: Option<u64>,
    /// Move the servers' clock this many seconds forward before answering: tokens
    /// and codes expire early, and the clock stays skewed from then on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skew_seconds: Option<u64>,
    /// Revoke the token the request carries (its bearer token, or the form's
    /// `refresh_token`) before answering, as if the user had (RFC 7009).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub revoke: bool,
}

/// The error answer of a fault.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FaultAnswer {
    /// An HTTP status from 400 to 599.
    #[schemars(range(min = 400, max = 599))]
    pub status: u16,
    /// The OAuth `error` code of the JSON body, such as `temporarily_unavailable`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}

/// The longest delay a fault may ask for: a client's timeout test needs seconds,
/// not a server that holds connections for ever.
pub const MAX_DELAY_MS: u64 = 60_000;

/// A `faults` entry as written, before the checks that span its fields.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "Fault",
    description = "A fault `oauth-sim serve` injects: which requests it hits (`endpoint`, \
                   `nth`) and what it does (`answer`, `delay_ms`, `skew_seconds`, `revoke`)."
)]
struct RawFault {
    /// The path as the client sends it (`/token`, `/api/photos`).
    endpoint: String,
    /// Which request to that path it hits, counting from 1; left out, every one.
    #[serde(default)]
    #[schemars(range(min = 1))]
    nth: Option<u64>,
    /// Answer this error instead of letting the server answer.
    #[serde(default)]
    answer: Option<FaultAnswer>,
    /// Hold the answer this many milliseconds.
    #[serde(default)]
    #[schemars(range(max = 60_000))]
    delay_ms: Option<u64>,
    /// Move the servers' clock this many seconds forward before answering.
    #[serde(default)]
    skew_seconds: Option<u64>,
    /// Revoke the token the request carries before answering.
    #[serde(default)]
    revoke: bool,
}

impl TryFrom<RawFault> for Fault {
    type Error = String;

    /// Refuses a fault that would do nothing, or could not be served.
    fn try_from(raw: RawFault) -> Result<Self, String> {
        if !raw.endpoint.starts_with('/') {
            return Err(format!(
                "fault endpoint `{}` must be a path starting with `/`, such as \"/token\"",
                raw.endpoint
            ));
        }
        if raw.nth == Some(0) {
            return Err("fault nth counts from 1 (the first request is 1)".into());
        }
        if let Some(answer) = raw
            .answer
            .as_ref()
            .filter(|a| !(400..=599).contains(&a.status))
        {
            return Err(format!(
                "fault answer status {} must be an error, from 400 to 599",
                answer.status
            ));
        }
        if raw.delay_ms.is_some_and(|ms| ms > MAX_DELAY_MS) {
            return Err(format!("fault delay_ms must be at most {MAX_DELAY_MS}"));
        }
        let does_something = raw.answer.is_some()
            || raw.delay_ms.is_some()
            || raw.skew_seconds.is_some()
            || raw.revoke;
        if !does_something {
            return Err(
                "a fault does nothing: give it an answer, delay_ms, skew_seconds or revoke".into(),
            );
        }
        Ok(Self {
            endpoint: raw.endpoint,
            nth: raw.nth,
            answer: raw.answer,
            delay_ms: raw.delay_ms,
            skew_seconds: raw.skew_seconds,
            revoke: raw.revoke,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(json: &str) -> Result<Fault, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn a_fault_with_an_answer_reads_whole() {
        let read = fault(
            r#"{"endpoint": "/token", "nth": 2, "answer": {"status": 503, "error": "temporarily_unavailable"}}"#,
        );
        assert_eq!(
            read.map(|f| (f.nth, f.answer.map(|a| a.status))),
            Ok((Some(2), Some(503)))
        );
    }

    #[test]
    fn a_fault_that_does_nothing_or_cannot_be_served_is_refused() {
        for (json, message) in [
            (r#"{"endpoint": "/token"}"#, "a fault does nothing"),
            (r#"{"endpoint": "token", "revoke": true}"#, "must be a path"),
            (
                r#"{"endpoint": "/token", "nth": 0, "revoke": true}"#,
                "counts from 1",
            ),
            (
                r#"{"endpoint": "/token", "answer": {"status": 200}}"#,
                "from 400 to 599",
            ),
            (
                r#"{"endpoint": "/token", "delay_ms": 60001}"#,
                "at most 60000",
            ),
        ] {
            let error = fault(json);
            assert!(
                error.as_ref().is_err_and(|e| e.contains(message)),
                "{json}: {error:?}"
            );
        }
    }
}
