//! What the server says about itself: the `OpenID` Provider configuration (OIDC
//! Discovery §3, §4) and the authorization server metadata of plain OAuth (RFC 8414
//! §2, §3). Both list the endpoints of the server's own routing table, so an
//! endpoint that exists is announced and one that does not is not.

use serde_json::{Map, Value, json};

use super::AuthorizationServer;
use super::routes::ENDPOINTS;
use crate::sim::answers::json_ok;
use crate::sim::jwt::ALG;
use crate::sim::message::Response;
use crate::sim::oidc::{ID_TOKEN_CLAIMS, JWKS_PATH, USERINFO_PATH};
use crate::sim::protocol::{GrantType, ResponseType};
use crate::sim::topic::Topic;

/// The metadata name of each endpoint path (RFC 8414 §2, RFC 8628 §4, OIDC
/// Discovery §3). A path not listed here is no protocol endpoint (a login page).
const METADATA_NAMES: [(&str, &str); 8] = [
    ("/authorize", "authorization_endpoint"),
    ("/token", "token_endpoint"),
    ("/register", "registration_endpoint"),
    ("/revoke", "revocation_endpoint"),
    ("/introspect", "introspection_endpoint"),
    ("/device_authorization", "device_authorization_endpoint"),
    (JWKS_PATH, "jwks_uri"),
    (USERINFO_PATH, "userinfo_endpoint"),
];

impl AuthorizationServer {
    /// `GET /.well-known/openid-configuration`.
    pub(super) fn openid_configuration(&self) -> (Response, Topic) {
        let mut document = self.metadata(true);
        document.insert("subject_types_supported".into(), json!(["public"]));
        document.insert("id_token_signing_alg_values_supported".into(), json!([ALG]));
        let mut claims = ID_TOKEN_CLAIMS.to_vec();
        claims.push("preferred_username");
        document.insert("claims_supported".into(), json!(claims));
        let topic = Topic::DiscoveryServed;
        (json_ok(200, &document), topic)
    }

    /// `GET /.well-known/oauth-authorization-server`: the same facts without the
    /// OIDC ones (no `userinfo_endpoint`, which RFC 8414 does not define).
    pub(super) fn oauth_metadata(&self) -> (Response, Topic) {
        (json_ok(200, &self.metadata(false)), Topic::MetadataServed)
    }

    /// What both documents share: the issuer, the endpoints, and what the server
    /// supports, each read from where the server decides it.
    fn metadata(&self, openid: bool) -> Map<String, Value> {
        let issuer = &self.issuer;
        let mut document = Map::new();
        document.insert("issuer".into(), json!(issuer));
        for (path, _) in ENDPOINTS {
            let Some((_, name)) = METADATA_NAMES.iter().find(|(p, _)| *p == path) else {
                continue;
            };
            if *name == "userinfo_endpoint" && !openid {
                continue;
            }
            document.insert((*name).into(), json!(format!("{issuer}{path}")));
        }
        let scopes: Vec<&str> = self.known_scopes.values().collect();
        document.insert("scopes_supported".into(), json!(scopes));
        let response_types: Vec<&str> = ResponseType::KNOWN
            .iter()
            .filter(|t| t.is_supported())
            .map(ResponseType::as_str)
            .collect();
        document.insert("response_types_supported".into(), json!(response_types));
        let grant_types: Vec<String> = GrantType::KNOWN
            .iter()
            .filter(|g| g.is_supported())
            .map(|g| g.as_str().to_owned())
            .collect();
        document.insert("grant_types_supported".into(), json!(grant_types));
        document.insert(
            "token_endpoint_auth_methods_supported".into(),
            json!(["client_secret_basic", "client_secret_post", "none"]),
        );
        let mut methods = vec!["S256"];
        if self.policy.allow_plain_pkce {
            methods.push("plain");
        }
        document.insert("code_challenge_methods_supported".into(), json!(methods));
        document
    }
}
