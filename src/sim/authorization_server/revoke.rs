//! Token revocation (RFC 7009): the client says the grant is over.

use super::token::bad;
use super::{AuthorizationServer, alive};
use crate::sim::context::Ctx;
use crate::sim::memory::{Reason, Status};
use crate::sim::message::{Request, Response};
use crate::sim::topic::Topic;

impl AuthorizationServer {
    /// `POST /revoke`, authenticated like `/token` (RFC 7009 §2.1). A token issued
    /// to another client is refused (§2.1), whether or not it is still live, so the
    /// answer does not tell its owner's tokens apart; an unknown or already invalid
    /// token of this client still gets 200 (§2.2). Revoking a refresh token also
    /// revokes the access tokens of its grant.
    pub fn revoke(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let client_id = match self.authenticate(request) {
            Ok(id) => id,
            Err(refusal) => return refusal,
        };
        let form = request.body.form();
        if form.repeated().is_some() {
            return bad(Topic::FormParameterRepeated);
        }
        let Some(token) = form.value("token") else {
            return bad(Topic::RevokeTokenMissing);
        };
        let done = (ok("revoked"), Topic::TokenRevoked);
        let nothing = (ok(""), Topic::RevokedNothing);
        if let Some(access) = self.access_tokens.get(token).cloned() {
            if access.client_id != client_id {
                return bad(Topic::RevokeTokenOfAnotherClient);
            }
            if access.status != Status::Live || !alive(access.expires_at, ctx.now) {
                return nothing;
            }
            self.access_tokens
                .update(token, Reason::Revoked, ctx.journal, |t| {
                    t.status = Status::Revoked;
                });
            return done;
        }
        if let Some(refresh) = self.refresh_tokens.get(token).cloned() {
            if refresh.client_id != client_id {
                return bad(Topic::RevokeTokenOfAnotherClient);
            }
            if refresh.status != Status::Live || !alive(refresh.expires_at, ctx.now) {
                return nothing;
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
