//! JWT access tokens (RFC 9068), a server policy off by default: the access token is
//! a JWT signed with the same key as the `id_token`, header `typ: at+jwt` (§2.1), with
//! the claims of §2.2, so the resource server can check it without asking. The
//! server still records it, so introspection and revocation work as for an opaque
//! token; only the resource server no longer asks.

use serde_json::{Map, json};

use super::AuthorizationServer;
use super::grants::Grant;
use crate::sim::context::Ctx;
use crate::sim::resource_server::AUDIENCE;

/// The `typ` of a JWT access token's header (RFC 9068 §2.1).
const TYP: &str = "at+jwt";

impl AuthorizationServer {
    /// A new access token for `grant`: random bits (an opaque handle, RFC 6749 §1.4),
    /// or a signed JWT when the policy says so.
    pub(super) fn access_token_value(&self, grant: &Grant, ctx: &mut Ctx) -> String {
        if !self.policy.signed_access_tokens {
            return ctx.secrets.secret();
        }
        let lifetime = i64::from(self.policy.access_token_lifetime);
        let mut claims = Map::new();
        claims.insert("iss".into(), json!(self.issuer));
        claims.insert("exp".into(), json!(ctx.now.timestamp() + lifetime));
        claims.insert("aud".into(), json!(AUDIENCE));
        let subject = grant.user.as_deref().unwrap_or(&grant.client_id);
        claims.insert("sub".into(), json!(subject));
        claims.insert("client_id".into(), json!(grant.client_id));
        claims.insert("iat".into(), json!(ctx.now.timestamp()));
        claims.insert("jti".into(), json!(ctx.secrets.id()));
        claims.insert("scope".into(), json!(grant.scope.to_string()));
        self.signer.sign(TYP, &claims)
    }
}
