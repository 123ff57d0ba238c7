//! The `jwks_uri` (RFC 7517 §5): the public half of the key the server signs
//! `id_tokens` with, named by its `kid`, so a client can check a signature without
//! ever sharing a secret with the server.

use super::AuthorizationServer;
use crate::sim::answers::json_ok;
use crate::sim::message::Response;
use crate::sim::topic::Topic;

impl AuthorizationServer {
    /// `GET /jwks`.
    pub(super) fn jwks(&self) -> (Response, Topic) {
        (json_ok(200, &self.signer.jwks()), Topic::JwksServed)
    }
}
