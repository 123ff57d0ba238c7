//! Token revocation (RFC 7009): the client says the grant is over.

use super::token::bad;
use super::{AuthorizationServer, alive};
use crate::sim::context::Ctx;
use crate::sim::memory::{Reason, Status};
use crate::sim::message::{Request, Response};
use crate::sim::topic::Topic;

impl AuthorizationServer {
    /// `POST /revoke`, authenticated like `/token` (RFC 7009 §2.1). An unknown or
    /// already invalid token still gets 200, so the endpoint reveals nothing (§2.2);
    /// revoking a refresh token also revokes the access tokens of its grant.
    pub fn revoke(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let client_id = match self.authenticate(request) {
            Ok(id) => id,
            Err(refusal) => return refusal,
        };
        let form = request.body.form().cloned().unwrap_or_default();
        if form.repeated().is_some() {
            return bad(Topic::ParameterRepeated);
        }
        let Some(token) = form.value("token") else {
            return bad(Topic::RevokeTokenMissing);
        };
        let done = (ok("revoked"), Topic::TokenRevoked);
        let nothing = (ok(""), Topic::RevokedNothing);
        if let Some(access) = self.access_tokens.get(token).cloned() {
            if access.status != Status::Live || !alive(access.expires_at, ctx.now) {
                return nothing;
            }
            if access.client_id != client_id {
                return bad(Topic::RevokeTokenOfAnotherClient);
            }
            self.access_tokens
                .update(token, Reason::Revoked, ctx.journal, |t| {
                    t.status = Status::Revoked;
                });
            return done;
        }
        if let Some(refresh) = self.refresh_tokens.get(token).cloned() {
            if refresh.status != Status::Live || !alive(refresh.expires_at, ctx.now) {
                return nothing;
            }
            if refresh.client_id != client_id {
                return bad(Topic::RevokeTokenOfAnotherClient);
            }
            self.revoke_family(&refresh.family, Reason::Revoked, ctx);
            return done;
        }
        nothing
    }
}

/// The empty 200 of RFC 7009 §2.2: the same whether or not anything was revoked.
fn ok(gist: &str) -> Response {
    Response::new(200, gist).header("Cache-Control", "no-store")
}
