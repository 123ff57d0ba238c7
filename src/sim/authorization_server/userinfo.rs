//! The `UserInfo` endpoint (OIDC Core §5.3): a protected resource of the authorization
//! server itself. It answers with the claims of the user whose access token is
//! presented as a Bearer token (RFC 6750 §2.1), and only if that token was granted
//! the `openid` scope; `profile` adds the user's name (§5.4).

use serde_json::{Map, Value, json};

use super::{AuthorizationServer, alive};
use crate::sim::answers::json_ok;
use crate::sim::context::Ctx;
use crate::sim::memory::Status;
use crate::sim::message::{Request, Response};
use crate::sim::oidc::OPENID;
use crate::sim::topic::Topic;

/// The realm of the `UserInfo` endpoint's challenges (RFC 6750 §3).
const REALM: &str = "userinfo";

impl AuthorizationServer {
    /// `GET /userinfo`.
    pub(super) fn userinfo(&self, request: &Request, ctx: &Ctx) -> (Response, Topic) {
        match self.userinfo_claims(request, ctx) {
            Ok(claims) => (json_ok(200, &claims), Topic::UserinfoServed),
            Err(topic) => (challenge(topic), topic),
        }
    }

    fn userinfo_claims(&self, request: &Request, ctx: &Ctx) -> Result<Map<String, Value>, Topic> {
        let token = request
            .header_value("Authorization")
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(Topic::UserinfoTokenMissing)?;
        let held = self
            .access_tokens
            .get(token)
            .filter(|t| t.status == Status::Live && alive(t.expires_at, ctx.now))
            .ok_or(Topic::UserinfoTokenInvalid)?;
        let user = held
            .user
            .as_ref()
            .filter(|_| held.scope.values().any(|s| s == OPENID))
            .ok_or(Topic::UserinfoScopeInsufficient)?;
        let mut claims = Map::new();
        claims.insert("sub".into(), json!(user));
        if held.scope.values().any(|s| s == "profile") {
            claims.insert("preferred_username".into(), json!(user));
        }
        Ok(claims)
    }
}

/// A `WWW-Authenticate: Bearer` challenge (OIDC Core §5.3.3, RFC 6750 §3): no error
/// code without a token, `invalid_token` (401) for a bad one, `insufficient_scope`
/// (403) for a token not granted `openid`.
fn challenge(topic: Topic) -> Response {
    let mut value = format!("Bearer realm=\"{REALM}\"");
    let status = if topic == Topic::UserinfoScopeInsufficient {
        403
    } else {
        401
    };
    let mut response = Response::new(status);
    if let Some(code) = topic.error_code() {
        let description = topic.description();
        value = format!("{value}, error=\"{code}\", error_description=\"{description}\"");
        response = response.error(code);
    }
    if topic == Topic::UserinfoScopeInsufficient {
        value = format!("{value}, scope=\"{OPENID}\"");
    }
    response.header("WWW-Authenticate", value)
}
