//! The JWT view (`v`): the first JWT the selected message carries (an `id_token` or
//! a JWT `access_token` in a JSON answer, a Bearer token in a request, a token
//! parameter), decoded into its header, payload and signature (RFC 7519 §3), the
//! signature checked against the JWK Set the client last fetched from the
//! `jwks_uri` up to that message, and `exp` read against the simulated clock of the
//! step. What is decoded is shown whether or not it verifies: seeing a payload is not
//! trusting it.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use crate::sim::jwt::{keys, parts, verifies};
use crate::sim::{JWKS_PATH, Payload, StepRecord};

/// The names under which a message may carry a JWT, in the order they are looked for.
const CARRIERS: [&str; 3] = ["id_token", "access_token", "token"];

/// A decoded JWT and what the client could check of it at that step.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtView {
    /// Where in the message it was: `id_token`, `access_token`, `Authorization: Bearer`.
    pub source: String,
    pub header: Vec<(String, String)>,
    pub claims: Vec<(String, String)>,
    /// The signature as it travels (base64url).
    pub signature: String,
    pub check: SignatureCheck,
    /// Seconds from the step's clock to `exp`: positive while valid, zero or less once
    /// expired; none without `exp`.
    pub expires_in: Option<i64>,
}

/// The signature against the keys the client fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureCheck {
    Verified,
    Failed,
    /// No JWK Set was fetched before this message.
    NoKeys,
}

impl JwtView {
    /// The JWT of message `message` of step `step` (both 0-based), if it carries one.
    pub fn of(steps: &[StepRecord], step: usize, message: usize) -> Option<Self> {
        let record = steps.get(step)?;
        let (source, token) = carried(&record.messages.get(message)?.payload)?;
        let decoded = parts(&token)?;
        let check = match latest_keys(steps, step, message) {
            None => SignatureCheck::NoKeys,
            Some(keys) if verifies(&token, &keys) => SignatureCheck::Verified,
            Some(_) => SignatureCheck::Failed,
        };
        let expires_in = decoded
            .claims
            .get("exp")
            .and_then(Value::as_i64)
            .map(|exp| exp - record.at.timestamp());
        Some(Self {
            source,
            header: shown(&decoded.header),
            claims: shown(&decoded.claims),
            signature: decoded.signature,
            check,
            expires_in,
        })
    }
}

/// Whether message `message` of step `step` carries a JWT: what `JwtView::of` would
/// show, without checking the signature (the footer offers `v` only then).
pub fn carries_jwt(steps: &[StepRecord], step: usize, message: usize) -> bool {
    steps
        .get(step)
        .and_then(|record| record.messages.get(message))
        .and_then(|sent| carried(&sent.payload))
        .is_some()
}

/// The first token-shaped value the payload carries, and where.
fn carried(payload: &Payload) -> Option<(String, String)> {
    let is_jwt = |value: &str| parts(value).is_some();
    match payload {
        Payload::Response(response) => {
            let body: Map<String, Value> = response.body.parse_json()?;
            CARRIERS.iter().find_map(|name| {
                let value = body.get(*name)?.as_str().filter(|v| is_jwt(v))?;
                Some(((*name).to_owned(), value.to_owned()))
            })
        }
        Payload::Request(request) => {
            let bearer = request
                .header_value("Authorization")
                .and_then(|value| value.strip_prefix("Bearer "))
                .filter(|v| is_jwt(v))
                .map(|token| ("Authorization: Bearer".to_owned(), token.to_owned()));
            bearer.or_else(|| {
                let form = request.body.form();
                CARRIERS.iter().find_map(|name| {
                    let value = form
                        .value(name)
                        .or_else(|| request.query.value(name))
                        .filter(|v| is_jwt(v))?;
                    Some(((*name).to_owned(), value.to_owned()))
                })
            })
        }
    }
}

/// The JWK Set of the latest answer to a request for the `jwks_uri` at or before
/// the message.
fn latest_keys(
    steps: &[StepRecord],
    step: usize,
    message: usize,
) -> Option<jsonwebtoken::jwk::JwkSet> {
    let mut asked_for_keys = false;
    let mut found = None;
    for (index, record) in steps.iter().enumerate().take(step + 1) {
        let last = if index == step {
            message + 1
        } else {
            record.messages.len()
        };
        for sent in record.messages.iter().take(last) {
            match &sent.payload {
                Payload::Request(request) => asked_for_keys = request.path == JWKS_PATH,
                Payload::Response(response) if asked_for_keys => {
                    found = keys(&response.body.text()).or(found);
                }
                Payload::Response(_) => {}
            }
        }
    }
    found
}

/// Each member as a line shows it: strings as they are, times (`exp`, `iat`,
/// `auth_time`, `nbf`) as their UTC time and then the number (so that a narrow
/// window, which shortens the value, keeps the readable part), the rest as JSON.
fn shown(object: &Map<String, Value>) -> Vec<(String, String)> {
    object
        .iter()
        .map(|(name, value)| {
            let text = match value {
                Value::String(text) => text.clone(),
                Value::Number(n) if is_time(name) => n
                    .as_i64()
                    .and_then(|seconds| DateTime::<Utc>::from_timestamp(seconds, 0))
                    .map_or_else(
                        || n.to_string(),
                        |at| format!("{} · {n}", at.format("%Y-%m-%d %H:%M:%S")),
                    ),
                other => other.to_string(),
            };
            (name.clone(), text)
        })
        .collect()
}

fn is_time(name: &str) -> bool {
    matches!(name, "exp" | "iat" | "auth_time" | "nbf")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario;

    fn steps(name: &str) -> Vec<StepRecord> {
        match scenario::builtin(name) {
            Some(Ok(loaded)) => loaded.scenario.run(None).steps,
            _ => Vec::new(),
        }
    }

    /// The step and message of the token endpoint's answer.
    fn token_answer(steps: &[StepRecord]) -> (usize, usize) {
        let step = steps
            .iter()
            .position(|s| s.step.action == crate::sim::Action::Token)
            .unwrap_or_default();
        (step, 1)
    }

    #[test]
    fn the_id_token_of_a_sign_in_is_decoded_verified_and_valid_for_five_minutes() {
        let steps = steps("oidc-sign-in");
        let (step, message) = token_answer(&steps);
        let view = JwtView::of(&steps, step, message);
        assert_eq!(view.as_ref().map(|v| v.source.as_str()), Some("id_token"));
        assert_eq!(
            view.as_ref().map(|v| v.check),
            Some(SignatureCheck::Verified)
        );
        assert_eq!(view.as_ref().and_then(|v| v.expires_in), Some(300));
        let names: Vec<&str> = view
            .as_ref()
            .map(|v| v.claims.iter().map(|(n, _)| n.as_str()).collect())
            .unwrap_or_default();
        for claim in crate::sim::ID_TOKEN_CLAIMS {
            assert!(names.contains(&claim), "{claim} in {names:?}");
        }
    }

    #[test]
    fn a_tampered_id_token_is_decoded_but_does_not_verify() {
        let steps = steps("oidc-tampered-id-token");
        let (step, message) = token_answer(&steps);
        let view = JwtView::of(&steps, step, message);
        assert_eq!(view.as_ref().map(|v| v.check), Some(SignatureCheck::Failed));
        let sub = view.and_then(|v| v.claims.into_iter().find(|(n, _)| n == "sub"));
        assert_eq!(sub.map(|(_, v)| v), Some("mallory".to_owned()));
    }

    #[test]
    fn a_message_without_a_jwt_has_no_view_and_no_keys_means_unchecked() {
        let standard = steps("standard-flow");
        let (step, message) = token_answer(&standard);
        assert_eq!(JwtView::of(&standard, step, message), None);
        let signed = steps("oidc-sign-in");
        let (step, message) = token_answer(&signed);
        let without_keys: Vec<StepRecord> = signed
            .iter()
            .filter(|s| s.step.action != crate::sim::Action::Discover)
            .cloned()
            .collect();
        let view = JwtView::of(&without_keys, step - 1, message);
        assert_eq!(view.map(|v| v.check), Some(SignatureCheck::NoKeys));
    }
}
