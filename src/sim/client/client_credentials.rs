//! The client asking for a token of its own (RFC 6749 §4.4.2): no user, no browser,
//! no code; its credentials are the whole proof.

use super::Client;
use crate::sim::message::Request;
use crate::sim::overrides::Overrides;
use crate::sim::params::Params;
use crate::sim::protocol::GrantType;

impl Client {
    /// `POST /token` `grant_type=client_credentials&scope=…`, authenticated the way
    /// it registered (RFC 6749 §4.4.2, §2.3.1).
    pub(super) fn client_credentials_request(&self, mut overrides: Overrides) -> Request {
        let mut form = Params::new();
        form.push("grant_type", GrantType::ClientCredentials.as_str());
        form.push("scope", self.config.scope.clone());
        self.authenticated_post("/token", form, &mut overrides)
    }
}
