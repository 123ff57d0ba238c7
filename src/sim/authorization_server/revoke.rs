//! Token revocation (RFC 7009): the client says the grant is over.

use super::token::bad;
use super::{AuthorizationServer, alive};
use crate::sim::context::Ctx;
use crate::sim::memory::{Reason, Status};
use crate::sim::message::{Gist, Request, Response};
use crate::sim::protocol::TokenKind;
use crate::sim::topic::Topic;

impl AuthorizationServer {
    /// `POST /revoke`, authenticated like `/token` (RFC 7009 §2.1). A token issued
    /// to another client is refused (§2.1), whether or not it is still live, so the
    /// answer does not tell its owner's tokens apart; an unknown or already invalid
    /// token of this client still gets 200 (§2.2). Revoking a refresh token also
    /// revokes the access tokens of its grant. A `token_type_hint` only says which
    /// kind to look among first (§2.1).
    pub fn revoke(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let (client_id, form) = match self.authenticated_form(request) {
            Ok(found) => found,
            Err(refusal) => return refusal,
        };
        let Some(token) = form.value("token") else {
            return bad(Topic::RevokeTokenMissing);
        };
        let hint = TokenKind::from_hint(form.value("token_type_hint"));
        TokenKind::search_order(hint)
            .into_iter()
            .find_map(|kind| match kind {
                TokenKind::AccessToken => self.revoke_access(token, &client_id, ctx),
                TokenKind::RefreshToken => self.revoke_refresh(token, &client_id, ctx),
            })
            .unwrap_or_else(nothing)
    }

    /// Revokes an access token of this client; `None` if `token` is not an access
    /// token at all.
    fn revoke_access(
        &mut self,
        token: &str,
        client_id: &str,
        ctx: &mut Ctx,
    ) -> Option<(Response, Topic)> {
        let access = self.access_tokens.get(token)?;
        if *access.client_id != *client_id {
            return Some(bad(Topic::RevokeTokenOfAnotherClient));
        }
        if access.status != Status::Live || !alive(access.expires_at, ctx.now) {
            return Some(nothing());
        }
        self.access_tokens
            .update(token, Reason::Revoked, ctx.journal, |t| {
                t.status = Status::Revoked;
            });
        Some(done())
    }

    /// Revokes a refresh token of this client and, with it, its whole grant; `None`
    /// if `token` is not a refresh token at all.
    fn revoke_refresh(
        &mut self,
        token: &str,
        client_id: &str,
        ctx: &mut Ctx,
    ) -> Option<(Response, Topic)> {
        let refresh = self.refresh_tokens.get(token)?;
        if *refresh.client_id != *client_id {
            return Some(bad(Topic::RevokeTokenOfAnotherClient));
        }
        if refresh.status != Status::Live || !alive(refresh.expires_at, ctx.now) {
            return Some(nothing());
        }
        self.revoke_family(refresh.family, Reason::Revoked, ctx);
        Some(done())
    }
}

/// The answer when a token was revoked.
fn done() -> (Response, Topic) {
    (ok().gist(Gist::Revoked), Topic::TokenRevoked)
}

/// The answer when nothing was: the same 200 (RFC 7009 §2.2).
fn nothing() -> (Response, Topic) {
    (ok(), Topic::RevokedNothing)
}

/// The empty 200 of RFC 7009 §2.2: the same whether or not anything was revoked.
fn ok() -> Response {
    Response::new(200).header("Cache-Control", "no-store")
}
