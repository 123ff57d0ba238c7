//! The token endpoint (RFC 6749 §3.2, §4.1.3, §5): the back channel, where the client
//! proves who it is and trades the code for tokens.

use super::offered;
use super::records::consent_key;
use super::{AuthorizationServer, IssuedCode, UsedCode, alive};
use crate::sim::answers::json_error;
use crate::sim::context::Ctx;
use crate::sim::memory::Reason;
use crate::sim::message::{Request, Response};
use crate::sim::params::Params;
use crate::sim::pkce;
use crate::sim::protocol::GrantType;
use crate::sim::topic::Topic;

/// A refusal: the answer and what it teaches.
pub type Refusal = (Response, Topic);

/// What answers one grant type at the token endpoint.
type GrantAnswer =
    fn(&mut AuthorizationServer, &str, &Params, &mut Ctx) -> Result<(Response, Topic), Refusal>;

/// A 400 JSON error (RFC 6749 §5.2).
pub fn bad(topic: Topic) -> Refusal {
    (json_error(400, topic), topic)
}

impl AuthorizationServer {
    /// `POST /token`: client authentication first, then the grant.
    pub fn token(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        self.token_answer(request, ctx)
            .unwrap_or_else(|refusal| refusal)
    }

    /// The client a back-channel request authenticates (§2.3) and its form, whose
    /// parameters may each be sent once (§3.2).
    pub(super) fn authenticated_form<'r>(
        &self,
        request: &'r Request,
    ) -> Result<(String, &'r Params), Refusal> {
        let client_id = self.authenticate(request)?;
        let form = request.body.form();
        if form.repeated().is_some() {
            return Err(bad(Topic::FormParameterRepeated));
        }
        Ok((client_id, form))
    }

    fn token_answer(
        &mut self,
        request: &Request,
        ctx: &mut Ctx,
    ) -> Result<(Response, Topic), Refusal> {
        let (client_id, form) = self.authenticated_form(request)?;
        let grant_type = form
            .value("grant_type")
            .map(GrantType::from)
            .ok_or_else(|| bad(Topic::GrantTypeMissing))?;
        let answer: GrantAnswer = match grant_type {
            GrantType::AuthorizationCode => Self::exchange_code,
            GrantType::RefreshToken => Self::refresh,
            // Issue 11, part A.
            GrantType::ClientCredentials => Self::client_credentials,
            GrantType::DeviceCode => Self::poll_device,
            GrantType::Password if offered::grant(&self.policy, &grant_type) => {
                Self::password_grant
            }
            _ => return Err(bad(Topic::GrantTypeUnsupported)),
        };
        let allowed = self
            .clients
            .get(&client_id)
            .is_some_and(|c| c.allows_grant(&grant_type));
        if !allowed {
            return Err(bad(Topic::GrantTypeNotAllowed));
        }
        answer(self, &client_id, form, ctx)
    }

    /// The authorization code grant (RFC 6749 §4.1.3, RFC 7636 §4.6). A failed
    /// exchange leaves the code usable, unless the failure was a replay.
    fn exchange_code(
        &mut self,
        client_id: &str,
        form: &Params,
        ctx: &mut Ctx,
    ) -> Result<(Response, Topic), Refusal> {
        let code = form.value("code").ok_or_else(|| bad(Topic::CodeMissing))?;
        let Some(issued) = self.codes.get(code).cloned() else {
            return Err(self.replay_or_unknown(code, ctx));
        };
        if !alive(issued.expires_at, ctx.now) {
            return Err(bad(Topic::CodeExpired));
        }
        if issued.client_id != client_id {
            return Err(bad(Topic::CodeOfAnotherClient));
        }
        if !self.consent_stands(&issued) {
            return Err(bad(Topic::CodeConsentWithdrawn));
        }
        match (&issued.redirect_uri_sent, form.value("redirect_uri")) {
            (Some(_), None) => return Err(bad(Topic::TokenRedirectUriMissing)),
            (_, Some(given)) if given != issued.redirect_to => {
                return Err(bad(Topic::TokenRedirectUriMismatch));
            }
            _ => {}
        }
        let verifier = form.value("code_verifier").filter(|_| {
            issued.challenge.is_some() || self.policy.reject_verifier_without_challenge
        });
        check_verifier(issued.challenge.as_ref(), verifier)?;
        let family = self.new_family();
        let issue_refresh = self.policy.issue_refresh_tokens
            && self
                .clients
                .get(client_id)
                .is_some_and(|c| c.allows_grant(&GrantType::RefreshToken));
        let grant =
            super::grants::Grant::new(client_id, issued.user.clone(), issued.scope.clone(), family);
        let response = self.issue(&grant, issue_refresh, ctx);
        let response = self.with_id_token(response, &issued, ctx);
        if self.policy.one_time_codes {
            self.codes.remove(code, Reason::Exchanged, ctx.journal);
            let used = UsedCode {
                family,
                refresh_issued: issue_refresh,
            };
            self.used_codes.insert(code.to_owned(), used, ctx.journal);
        } else {
            self.codes
                .update(code, Reason::Exchanged, ctx.journal, |c| {
                    c.families.push(family);
                });
        }
        Ok((response, Topic::TokensIssued))
    }

    /// Whether the owner behind a code still consents: withdrawing her consent ends
    /// the grant (RFC 6749 §10.3; RFC 7009 §2.1). A code without an owner has no
    /// consent to lose.
    fn consent_stands(&self, issued: &IssuedCode) -> bool {
        issued.user.as_deref().is_none_or(|user| {
            self.consents
                .contains(&consent_key(user, &issued.client_id))
        })
    }

    /// A code that is not live: a replay revokes every token issued from it
    /// (RFC 6749 §4.1.2, §10.5); anything else is simply unknown.
    fn replay_or_unknown(&mut self, code: &str, ctx: &mut Ctx) -> Refusal {
        let Some(used) = self.used_codes.get(code).cloned() else {
            return bad(Topic::CodeUnknown);
        };
        self.revoke_family(used.family, Reason::ReplayDetected, ctx);
        bad(Topic::CodeReplayed)
    }
}

/// The PKCE checks of RFC 7636 §4.5–4.6 and the downgrade rule of RFC 9700 §4.8.2.
fn check_verifier(
    challenge: Option<&(String, pkce::ChallengeMethod)>,
    verifier: Option<&str>,
) -> Result<(), Refusal> {
    match (challenge, verifier) {
        (None, None) => Ok(()),
        (Some(_), None) => Err(bad(Topic::VerifierMissing)),
        (_, Some(v)) if !pkce::is_well_formed_verifier(v) => Err(bad(Topic::VerifierMalformed)),
        (None, Some(_)) => Err(bad(Topic::VerifierWithoutChallenge)),
        (Some((challenge, method)), Some(v)) => {
            if pkce::verifies(v, challenge, *method) {
                Ok(())
            } else {
                Err(bad(Topic::VerifierMismatch))
            }
        }
    }
}
