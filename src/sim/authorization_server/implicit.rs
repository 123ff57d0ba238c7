//! The implicit grant at the authorization endpoint (RFC 6749 §4.2): after Alice's
//! consent the server puts the access token itself in the redirect, in the URI's
//! fragment (§4.2.2), and errors go there too (§4.2.2.1). The browser never sends a
//! fragment to the client's web server (RFC 3986 §3.5): a script on the client's
//! page reads it. Offered only when the policy says so (RFC 9700 §2.1.2).

use url::Url;

use super::AuthorizationServer;
use super::grants::Grant;
use super::records::PendingRequest;
use crate::sim::context::Ctx;
use crate::sim::message::{Gist, Response};
use crate::sim::params::Params;
use crate::sim::scope::Scope;
use crate::sim::topic::Topic;

impl AuthorizationServer {
    /// Issues the access token for an implicit request Alice approved: no refresh
    /// token (§4.2.2: "The authorization server MUST NOT issue a refresh token"), and
    /// no client authentication, since the token never passes the token endpoint.
    pub(super) fn issue_implicit(
        &mut self,
        pending: &PendingRequest,
        user: String,
        granted: Scope,
        ctx: &mut Ctx,
    ) -> (Response, Topic) {
        let grant = Grant::new(&pending.client_id, Some(user), granted, self.new_family());
        let access = self.mint_access_token(&grant, ctx);
        let mut params = Params::new();
        params.push("access_token", access);
        params.push("token_type", "Bearer");
        params.push("expires_in", self.policy.access_token_lifetime.to_string());
        params.push("scope", grant.scope.to_string());
        params.push_some("state", pending.state.as_deref());
        let response = fragment_redirect(&pending.redirect_to, &params);
        (response, Topic::ImplicitTokenIssued)
    }
}

/// A 302 to `redirect_uri` with `params` form-encoded in its fragment (RFC 6749
/// §4.2.2, Appendix B).
pub fn fragment_redirect(redirect_uri: &str, params: &Params) -> Response {
    let mut location = redirect_uri.to_owned();
    location.push('#');
    location.push_str(&params.encode());
    let path = Url::parse(redirect_uri).map_or_else(|_| String::new(), |u| u.path().to_owned());
    let first = params
        .iter()
        .next()
        .map_or(String::new(), |(name, value)| match name {
            "error" => format!("#error={value}"),
            _ => format!("#{name}=…"),
        });
    Response::new(302)
        .gist(Gist::Redirect(format!("{path}{first}")))
        .header("Location", location)
}

/// An implicit request's error, in the fragment (RFC 6749 §4.2.2.1), with the
/// `state` the client sent.
pub fn fragment_error(redirect_uri: &str, topic: Topic, state: Option<&str>) -> Response {
    let mut params = Params::new();
    if let Some(code) = topic.error_code() {
        params.push("error", code.as_str());
    }
    params.push("error_description", topic.description());
    params.push_some("state", state);
    let response = fragment_redirect(redirect_uri, &params);
    match topic.error_code() {
        Some(code) => response.error(code),
        None => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_travels_in_the_fragment_not_the_query() {
        let mut params = Params::new();
        params.push("access_token", "t");
        params.push("state", "s");
        let response = fragment_redirect("https://printer.example/callback", &params);
        assert_eq!(
            response.location(),
            Some("https://printer.example/callback#access_token=t&state=s")
        );
    }

    #[test]
    fn an_implicit_error_goes_in_the_fragment_with_its_state() {
        let response = fragment_error("https://a.example/cb", Topic::AccessDenied, Some("s"));
        let location = response.location().unwrap_or_default();
        assert!(
            location.starts_with("https://a.example/cb#error=access_denied&"),
            "{location}"
        );
        assert!(location.ends_with("&state=s"), "{location}");
    }
}
