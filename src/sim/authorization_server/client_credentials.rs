//! The client credentials grant (RFC 6749 §4.4): the client asks for a token for
//! itself. No user takes part, so nobody consents: what the client may have is what
//! its registration allows, and the token it gets acts for the client alone.

use super::AuthorizationServer;
use super::grants::Grant;
use super::token::{Refusal, bad};
use crate::sim::context::Ctx;
use crate::sim::message::Response;
use crate::sim::params::Params;
use crate::sim::topic::Topic;
use crate::sim::world::ClientType;

impl AuthorizationServer {
    /// `grant_type=client_credentials` (RFC 6749 §4.4.2), after the client
    /// authenticated. Only a confidential client may use it (§4.4: "MUST only be
    /// used by confidential clients"), since the client's own secret is the only
    /// proof the request carries; the scope is what it asks for within what it
    /// registered, or its default (§3.3); no refresh token is issued (§4.4.3), as
    /// the client can always ask again with its credentials.
    pub(super) fn client_credentials(
        &mut self,
        client_id: &str,
        form: &Params,
        ctx: &mut Ctx,
    ) -> Result<(Response, Topic), Refusal> {
        let client = self
            .clients
            .get(client_id)
            .ok_or_else(|| bad(Topic::GrantTypeNotAllowed))?;
        if client.client_type == ClientType::Public {
            return Err(bad(Topic::ClientCredentialsPublicClient));
        }
        let scope = self
            .requested_scope(client, form.value("scope"))
            .map_err(bad)?;
        let grant = Grant::new(client_id, None, scope, self.new_family());
        Ok((
            self.issue(&grant, false, ctx),
            Topic::ClientCredentialsIssued,
        ))
    }
}
