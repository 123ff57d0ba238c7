//! Minting the `id_token` (OIDC Core §2, §3.1.3.3): when the code was issued for the
//! `openid` scope, the token response carries a JWT, signed with the server's key,
//! that says who logged in (`sub`), at which server (`iss`), for which client
//! (`aud`), when (`iat`, `auth_time`), until when (`exp`), in answer to which request
//! (`nonce`), and with which access token (`at_hash`).

use serde_json::{Map, Value, json};

use super::{AuthorizationServer, IssuedCode};
use crate::sim::context::Ctx;
use crate::sim::jwt::at_hash;
use crate::sim::message::{Body, Response};
use crate::sim::oidc::OPENID;

/// The `typ` of an `id_token`'s header (RFC 7519 §5.1).
const TYP: &str = "JWT";

/// Seconds an `id_token` is valid (its `exp`, OIDC Core §2): it proves a login that
/// just happened, read once by the client at sign-in, so it can be short.
const LIFETIME: i64 = 300;

impl AuthorizationServer {
    /// The token response with an `id_token` beside the access token, when the code
    /// was granted `openid` for a user; unchanged otherwise.
    pub(super) fn with_id_token(
        &self,
        response: Response,
        issued: &IssuedCode,
        ctx: &Ctx,
    ) -> Response {
        let Some(user) = issued
            .user
            .as_ref()
            .filter(|_| issued.scope.values().any(|s| s == OPENID))
        else {
            return response;
        };
        let Some(mut body) = response.body.parse_json::<Map<String, Value>>() else {
            return response;
        };
        let access_token = body
            .get("access_token")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let mut claims = Map::new();
        claims.insert("iss".into(), json!(self.issuer));
        claims.insert("sub".into(), json!(user));
        claims.insert("aud".into(), json!(issued.client_id));
        claims.insert("exp".into(), json!(ctx.now.timestamp() + LIFETIME));
        claims.insert("iat".into(), json!(ctx.now.timestamp()));
        if let Some(auth_time) = issued.sign_in.auth_time {
            claims.insert("auth_time".into(), json!(auth_time.timestamp()));
        }
        if let Some(nonce) = &issued.sign_in.nonce {
            claims.insert("nonce".into(), json!(nonce));
        }
        claims.insert("at_hash".into(), json!(at_hash(access_token)));
        let token = self.signer.sign(TYP, &claims);
        body.insert("id_token".into(), json!(token));
        Response {
            body: Body::json(&body),
            ..response
        }
    }
}
