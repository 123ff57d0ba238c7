//! The resource owner password credentials grant at the token endpoint (RFC 6749
//! §4.3.2): the client sends Alice's own username and password. The server checks
//! them as its login page would, and issues tokens, a refresh token included
//! (§4.3.3). Offered only when the policy says so: RFC 9700 §2.4 says this grant
//! MUST NOT be used, because it teaches users to give their password to apps and
//! cannot carry a second factor.

use super::AuthorizationServer;
use super::grants::Grant;
use super::token::{Refusal, bad};
use crate::sim::context::Ctx;
use crate::sim::message::Response;
use crate::sim::params::Params;
use crate::sim::protocol::GrantType;
use crate::sim::topic::Topic;

impl AuthorizationServer {
    /// `grant_type=password` (§4.3.2): `username` and `password` are required
    /// (`invalid_request` without them), wrong ones are `invalid_grant` (§5.2: "the
    /// provided authorization grant (e.g., … resource owner credentials) … is
    /// invalid"), and the scope is checked as at the authorization endpoint (§3.3).
    /// There is no consent page: the client's having the password stands in for it,
    /// which is the grant's whole problem.
    pub(super) fn password_grant(
        &mut self,
        client_id: &str,
        form: &Params,
        ctx: &mut Ctx,
    ) -> Result<(Response, Topic), Refusal> {
        let (Some(username), Some(password)) = (form.value("username"), form.value("password"))
        else {
            return Err(bad(Topic::PasswordCredentialsMissing));
        };
        let user = self
            .users
            .iter()
            .find(|u| u.username == username && u.password == password)
            .map(|u| u.username.clone())
            .ok_or_else(|| bad(Topic::PasswordCredentialsWrong))?;
        let client = self
            .clients
            .get(client_id)
            .ok_or_else(|| bad(Topic::ClientAuthUnknownClient))?;
        let scope = self
            .requested_scope(client, form.value("scope"))
            .map_err(|_| bad(Topic::PasswordScopeInvalid))?;
        let issue_refresh =
            self.policy.issue_refresh_tokens && client.allows_grant(&GrantType::RefreshToken);
        let grant = Grant::new(client_id, Some(user), scope, self.new_family());
        Ok((
            self.issue(&grant, issue_refresh, ctx),
            Topic::PasswordTokensIssued,
        ))
    }
}
