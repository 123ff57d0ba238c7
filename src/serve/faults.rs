//! The scenario's faults as the server meets requests: each request to a path a
//! fault names is counted, and the faults for that count say what to do to it.

use std::collections::HashMap;
use std::time::Duration;

use hyper::StatusCode;
use serde_json::json;

use super::lines::{self, Registered};
use super::state::Shared;
use super::wire::{self, Reply};
pub use crate::scenario::Fault;
use crate::scenario::FaultAnswer;
use crate::sim::{Body, By, Method, Params, Request, Simulation, encode_basic};

/// The faults and how many requests each path they name has had.
pub struct Faults {
    faults: Vec<Fault>,
    /// Only paths some fault names are counted, so random paths cost nothing.
    counts: HashMap<String, u64>,
}

/// What the faults do to one request; everything off when none hits it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hit {
    pub answer: Option<FaultAnswer>,
    pub delay: Option<Duration>,
    pub skew_seconds: Option<u64>,
    pub revoke: bool,
    /// Which request to its path this was (1-based), when a fault named the path.
    pub nth: u64,
}

impl Faults {
    pub fn new(faults: Vec<Fault>) -> Self {
        Self {
            faults,
            counts: HashMap::new(),
        }
    }

    /// Counts a request to `path` and gathers what the faults do to it.
    pub fn hit(&mut self, path: &str) -> Hit {
        if !self.faults.iter().any(|f| f.endpoint == path) {
            return Hit::default();
        }
        let count = self.counts.entry(path.to_owned()).or_default();
        *count += 1;
        let nth = *count;
        let mut hit = Hit {
            nth,
            ..Hit::default()
        };
        for fault in self
            .faults
            .iter()
            .filter(|f| f.endpoint == path && f.nth.is_none_or(|n| n == nth))
        {
            if fault.answer.is_some() {
                hit.answer.clone_from(&fault.answer);
            }
            if let Some(ms) = fault.delay_ms {
                hit.delay = Some(Duration::from_millis(ms));
            }
            if let Some(seconds) = fault.skew_seconds {
                hit.skew_seconds = Some(hit.skew_seconds.unwrap_or(0).saturating_add(seconds));
            }
            hit.revoke |= fault.revoke;
        }
        hit
    }
}

/// The error a fault answers with, in the shape of RFC 6749 §5.2.
pub fn answer(answer: &FaultAnswer, endpoint: &str, nth: u64, prints: bool) -> Reply {
    let mut body = serde_json::Map::new();
    if let Some(error) = &answer.error {
        body.insert("error".into(), json!(error));
    }
    if let Some(description) = &answer.error_description {
        body.insert("error_description".into(), json!(description));
    }
    if prints {
        lines::fault(
            endpoint,
            nth,
            &json!({ "answer": answer.status, "body": body }),
        );
    }
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    wire::json(status, &serde_json::Value::Object(body))
}

/// Revokes the token a request carries (its bearer token, or the form's
/// `refresh_token` or `token`) as the scenario's client would, through the
/// authorization server's revocation endpoint (RFC 7009), before the request is
/// answered.
pub fn revoke_carried(shared: &Shared, request: &Request, endpoint: &str, nth: u64) {
    let token = request
        .header_value("Authorization")
        .and_then(|value| value.strip_prefix("Bearer "))
        .or_else(|| request.body.form().value("refresh_token"))
        .or_else(|| request.body.form().value("token"));
    let (Some(token), Some(client)) = (token, &shared.client) else {
        return;
    };
    if shared.prints {
        lines::fault(endpoint, nth, &json!("revoke"));
    }
    shared.answer(By::Client, revocation(client, token));
}

/// The revocation request of a registered client, authenticated as it registered.
fn revocation(client: &Registered, token: &str) -> Request {
    let (auth, _) = Simulation::hosts();
    let mut form = Params::new();
    form.push("token", token);
    let mut request = Request::new(Method::Post, auth, "/revoke");
    match (
        client.token_endpoint_auth_method.as_str(),
        &client.client_secret,
    ) {
        ("client_secret_basic", Some(secret)) => {
            request = request.header("Authorization", encode_basic(&client.client_id, secret));
        }
        (_, secret) => {
            form.push("client_id", client.client_id.clone());
            form.push_some("client_secret", secret.as_deref());
        }
    }
    request.body(Body::Form(form))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faults(json: &str) -> Faults {
        Faults::new(serde_json::from_str(json).unwrap_or_default())
    }

    #[test]
    fn the_nth_request_to_the_named_path_is_hit_and_no_other() {
        let mut faults = faults(
            r#"[{"endpoint": "/token", "nth": 2, "answer": {"status": 503, "error": "temporarily_unavailable"}}]"#,
        );
        assert_eq!(faults.hit("/token").answer, None);
        assert_eq!(faults.hit("/revoke"), Hit::default());
        assert_eq!(faults.hit("/token").answer.map(|a| a.status), Some(503));
        assert_eq!(faults.hit("/token").answer, None);
    }

    #[test]
    fn a_fault_without_nth_hits_every_request_and_faults_combine() {
        let mut faults = faults(
            r#"[{"endpoint": "/api/photos", "delay_ms": 5}, {"endpoint": "/api/photos", "nth": 1, "revoke": true}]"#,
        );
        let first = faults.hit("/api/photos");
        assert_eq!(
            (first.delay, first.revoke),
            (Some(Duration::from_millis(5)), true)
        );
        let second = faults.hit("/api/photos");
        assert_eq!(
            (second.delay, second.revoke),
            (Some(Duration::from_millis(5)), false)
        );
    }
}
