//! Issuing tokens, and the refresh token grant (RFC 6749 §5.1, §6; RFC 9700 §4.14).

use std::sync::Arc;

use super::token::{Refusal, bad};
use super::{AccessToken, AuthorizationServer, RefreshToken, alive};
use crate::sim::answers::json_ok;
use crate::sim::clock::later;
use crate::sim::context::Ctx;
use crate::sim::memory::{Details, Reason, Status};
use crate::sim::message::{Gist, Response};
use crate::sim::params::Params;
use crate::sim::protocol::FamilyId;
use crate::sim::scope::Scope;
use crate::sim::topic::Topic;

/// What a set of tokens is issued for.
pub struct Grant {
    pub client_id: Arc<str>,
    /// The owner who consented; none for a grant without one (RFC 6749 §4.4).
    pub user: Option<Arc<str>>,
    /// What the owner originally granted: a refresh may never exceed it.
    pub granted_scope: Scope,
    /// What this access token carries (equal or narrower).
    pub scope: Scope,
    pub family: FamilyId,
}

impl Grant {
    /// A new grant: what the owner (or, without one, the client) was granted is what
    /// its first tokens carry; a refresh may narrow it later, never widen it (§6).
    pub fn new(client_id: &str, user: Option<String>, scope: Scope, family: FamilyId) -> Self {
        Self {
            client_id: client_id.into(),
            user: user.map(Into::into),
            granted_scope: scope.clone(),
            scope,
            family,
        }
    }
}

impl AuthorizationServer {
    /// Issues an access token (and a refresh token when asked) and the 200 answer:
    /// `scope` always included so a narrowed grant is visible, never cached (§5.1).
    pub(super) fn issue(&mut self, grant: &Grant, with_refresh: bool, ctx: &mut Ctx) -> Response {
        let access = self.mint_access_token(grant, ctx);
        let members = self
            .family_members
            .entry(grant.family)
            .or_insert_with(|| super::FamilyMembers::new(&grant.client_id, grant.user.as_deref()));
        let mut body = TokenResponse {
            access_token: access,
            expires_in: self.policy.access_token_lifetime,
            refresh_token: None,
            scope: grant.scope.to_string(),
            token_type: "Bearer",
        };
        if with_refresh {
            let refresh = ctx.secrets.secret();
            let mut token = RefreshToken {
                client_id: grant.client_id.clone(),
                user: grant.user.clone(),
                granted_scope: grant.granted_scope.clone(),
                family: grant.family,
                expires_at: later(ctx.now, self.policy.refresh_token_lifetime.into()),
                status: Status::Live,
                shown: Details::default(),
            };
            token.shown = members.details.refresh(&token);
            self.refresh_tokens
                .insert(refresh.clone(), token, ctx.journal);
            members.refresh.push(refresh.clone());
            body.refresh_token = Some(refresh);
        }
        json_ok(200, &body)
            .gist(Gist::AccessToken)
            .header("Pragma", "no-cache")
    }

    /// Records a new access token for a grant, in its family, and returns it: the one
    /// step every grant shares, whether the token then travels in a JSON body
    /// (RFC 6749 §5.1) or in a redirect's fragment (§4.2.2).
    pub(super) fn mint_access_token(&mut self, grant: &Grant, ctx: &mut Ctx) -> String {
        let access = self.access_token_value(grant, ctx);
        let members = self
            .family_members
            .entry(grant.family)
            .or_insert_with(|| super::FamilyMembers::new(&grant.client_id, grant.user.as_deref()));
        let mut token = AccessToken {
            client_id: grant.client_id.clone(),
            user: grant.user.clone(),
            scope: grant.scope.clone(),
            family: grant.family,
            issued_at: ctx.now,
            expires_at: later(ctx.now, self.policy.access_token_lifetime.into()),
            status: Status::Live,
            shown: Details::default(),
        };
        token.shown = members.details.access(&token);
        members.access.push(access.clone());
        self.access_tokens
            .insert(access.clone(), token, ctx.journal);
        access
    }

    /// The refresh token grant (RFC 6749 §6). With rotation the old token is retired;
    /// presenting a retired one again means a copy exists, so the whole family is
    /// revoked (RFC 9700 §4.14.2).
    pub(super) fn refresh(
        &mut self,
        client_id: &str,
        form: &Params,
        ctx: &mut Ctx,
    ) -> Result<(Response, Topic), Refusal> {
        let presented = form
            .value("refresh_token")
            .ok_or_else(|| bad(Topic::RefreshTokenMissing))?;
        let token = self
            .refresh_tokens
            .get(presented)
            .cloned()
            .ok_or_else(|| bad(Topic::RefreshTokenUnknown))?;
        if *token.client_id != *client_id {
            return Err(bad(Topic::RefreshTokenOfAnotherClient));
        }
        match token.status {
            Status::Retired => {
                self.revoke_family(token.family, Reason::ReplayDetected, ctx);
                return Err(bad(Topic::RefreshTokenReplayed));
            }
            Status::Revoked => return Err(bad(Topic::RefreshTokenRevoked)),
            Status::Live if !alive(token.expires_at, ctx.now) => {
                return Err(bad(Topic::RefreshTokenExpired));
            }
            Status::Live => {}
        }
        let scope = match form.value("scope") {
            None => token.granted_scope.clone(),
            Some(asked) => {
                let asked = Scope::parse(asked);
                if asked.is_empty() {
                    return Err(bad(Topic::ScopeInvalid));
                }
                if !asked.is_subset(&token.granted_scope) {
                    return Err(bad(Topic::RefreshScopeWider));
                }
                asked
            }
        };
        let grant = Grant {
            client_id: Arc::clone(&token.client_id),
            user: token.user.clone(),
            granted_scope: token.granted_scope.clone(),
            scope,
            family: token.family,
        };
        let rotate = self.policy.rotate_refresh_tokens;
        if rotate {
            self.refresh_tokens
                .update(presented, Reason::Rotated, ctx.journal, |t| {
                    t.status = Status::Retired;
                });
        }
        Ok((self.issue(&grant, rotate, ctx), Topic::Refreshed))
    }
}

/// A successful token response (RFC 6749 §5.1), its fields in the order the wire
/// shows them.
#[derive(serde::Serialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    refresh_token: Option<String>,
    scope: String,
    token_type: &'static str,
}
