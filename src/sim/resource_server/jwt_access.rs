//! Checking a JWT access token locally (RFC 9068 §4): `typ` is `at+jwt`, the
//! signature verifies with the authorization server's key, `iss` is that server,
//! `aud` is this API, `exp` is ahead of the clock; then the scope. No introspection:
//! that is the speed, and the price is that a token revoked at the authorization
//! server still works here until it expires (RFC 9068 §6, RFC 7009 §5).

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{PHOTOS, Photos, ResourceServer};
use crate::sim::answers::json_ok;
use crate::sim::jwt::{parts, verifies};
use crate::sim::message::{Gist, Response};
use crate::sim::topic::Topic;

impl ResourceServer {
    /// The answer to a call whose one token is a JWT access token; none for any
    /// other token, which goes on to introspection.
    pub(super) fn check_jwt(&self, token: &str, now: DateTime<Utc>) -> Option<(Response, Topic)> {
        let decoded = parts(token)?;
        if decoded.header.get("typ").and_then(Value::as_str) != Some("at+jwt") {
            return None;
        }
        let claims = &decoded.claims;
        let text = |name: &str| claims.get(name).and_then(Value::as_str);
        let genuine = self.keys.as_ref().is_some_and(|keys| verifies(token, keys))
            && text("iss") == Some(self.issuer.as_str())
            && text("aud") == Some(super::AUDIENCE);
        if !genuine {
            let topic = Topic::AccessTokenJwtInvalid;
            return Some((self.challenge_for(401, topic), topic));
        }
        let exp = claims.get("exp").and_then(Value::as_i64);
        if exp.is_none_or(|exp| now.timestamp() >= exp) {
            let topic = Topic::AccessTokenJwtExpired;
            return Some((self.challenge_for(401, topic), topic));
        }
        let scope = text("scope").unwrap_or_default();
        if !scope.split(' ').any(|s| s == self.config.required_scope) {
            let topic = Topic::ScopeInsufficient;
            return Some((self.challenge_for(403, topic), topic));
        }
        let photos = Photos {
            owner: text("sub").unwrap_or_default(),
            photos: &PHOTOS,
        };
        let topic = Topic::ResourceServedFromJwt;
        Some((json_ok(200, &photos).gist(Gist::Photos), topic))
    }
}
