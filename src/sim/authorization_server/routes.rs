//! Which endpoint answers a request: the authorization server's own routing table
//! (RFC 6749 §3: the authorization and token endpoints; RFC 7591, RFC 7009 and
//! RFC 7662 add registration, revocation and introspection; Alice's account page lets
//! her withdraw a consent; OIDC adds discovery, the JWKS and userinfo, and
//! RFC 8414 the OAuth metadata, whose documents list the endpoints of this table).

use super::{
    ACCOUNT_CONSENTS_PATH, ACCOUNT_PATH, AuthorizationServer, DEVICE_AUTHORIZATION_PATH,
    VERIFICATION_PATH,
};
use crate::sim::answers::page;
use crate::sim::context::Ctx;
use crate::sim::message::{Method, Request, Response};
use crate::sim::oidc::{DISCOVERY_PATH, JWKS_PATH, METADATA_PATH, USERINFO_PATH};
use crate::sim::topic::Topic;

/// The endpoints, each with the one method it accepts. The authorization endpoint
/// must support GET (RFC 6749 §3.1); the others take form or JSON posts, but for
/// the documents and userinfo, read with GET.
pub(super) const ENDPOINTS: [(&str, Method); 15] = [
    ("/authorize", Method::Get),
    ("/login", Method::Post),
    ("/consent", Method::Post),
    ("/register", Method::Post),
    ("/token", Method::Post),
    ("/revoke", Method::Post),
    ("/introspect", Method::Post),
    (ACCOUNT_PATH, Method::Get),
    (ACCOUNT_CONSENTS_PATH, Method::Post),
    // Issue 11, part A: the device flow (RFC 8628 §3.1, §3.3).
    (DEVICE_AUTHORIZATION_PATH, Method::Post),
    (VERIFICATION_PATH, Method::Get),
    // OpenID Connect (issue 11, part C): discovery, keys and userinfo; RFC 8414.
    (DISCOVERY_PATH, Method::Get),
    (METADATA_PATH, Method::Get),
    (JWKS_PATH, Method::Get),
    (USERINFO_PATH, Method::Get),
];

impl AuthorizationServer {
    /// Answers any request that reaches the server's host.
    pub fn handle(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let Some((path, method)) = ENDPOINTS.iter().find(|(p, _)| *p == request.path) else {
            return (page(404, Topic::NoSuchPage), Topic::NoSuchPage);
        };
        if *method != request.method {
            let topic = Topic::MethodNotAllowed;
            return (page(405, topic).header("Allow", method.as_str()), topic);
        }
        match *path {
            "/authorize" => self.authorize(request, ctx),
            "/login" => self.login(request, ctx),
            "/consent" => self.consent(request, ctx),
            "/register" => self.register(request, ctx),
            "/token" => self.token(request, ctx),
            "/revoke" => self.revoke(request, ctx),
            ACCOUNT_PATH => self.account_page(request),
            ACCOUNT_CONSENTS_PATH => self.withdraw_consent(request, ctx),
            DEVICE_AUTHORIZATION_PATH => self.device_authorization(request, ctx),
            VERIFICATION_PATH => self.verification(request, ctx),
            DISCOVERY_PATH => self.openid_configuration(),
            METADATA_PATH => self.oauth_metadata(),
            JWKS_PATH => self.jwks(),
            USERINFO_PATH => self.userinfo(request, ctx),
            _ => self.introspect(request, ctx.now),
        }
    }
}
