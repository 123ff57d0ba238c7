//! A step's `tamper`: what a party between the server and the client changes in a
//! token response before the client reads it, without the server's key. It can swap
//! a field for another value (an `id_token` or access token replayed from earlier, or
//! issued to someone else) or change a claim of the `id_token` while its header and
//! signature stay as the server signed them. This is how the failure scenarios put
//! a bad `id_token` in front of the client, whose checks (OIDC Core §3.1.3.7) must
//! catch it.

use serde_json::{Map, Value};

use crate::sim::jwt::with_claims_changed;
use crate::sim::message::{Body, Response};
use crate::sim::overrides::{Overrides, Resolved};

/// The token response fields a `tamper` may replace.
pub const FIELDS: [&str; 2] = ["id_token", "access_token"];

/// The prefix of a `tamper` name that changes one claim of the `id_token`.
pub const CLAIM_PREFIX: &str = "id_token.";

/// Whether `name` is something `tamper` can change: a field of [`FIELDS`], or
/// `id_token.` and a claim name.
pub fn is_tamperable(name: &str) -> bool {
    FIELDS.contains(&name)
        || name
            .strip_prefix(CLAIM_PREFIX)
            .is_some_and(|claim| !claim.is_empty())
}

/// The response as the client receives it: unchanged unless it is a JSON object.
pub fn apply(response: &mut Response, edits: &Overrides) {
    let Some(mut body) = response.body.parse_json::<Map<String, Value>>() else {
        return;
    };
    let mut claims = Vec::new();
    for (name, value) in edits.iter() {
        let one = match value {
            Resolved::One(value) => Some(value.clone()),
            Resolved::Omit | Resolved::Many(_) => None,
        };
        if let Some(claim) = name.strip_prefix(CLAIM_PREFIX) {
            claims.push((claim.to_owned(), one));
            continue;
        }
        match one {
            Some(value) => body.insert(name.to_owned(), Value::String(value)),
            None => body.remove(name),
        };
    }
    if !claims.is_empty()
        && let Some(Value::String(token)) = body.get_mut("id_token")
    {
        *token = with_claims_changed(token, &claims);
    }
    response.body = Body::json(&body);
}
