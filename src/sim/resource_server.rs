//! The resource server: the photo API. It stores no tokens; for each call it asks
//! the authorization server whether the token is live and what it allows
//! (RFC 7662), then answers as RFC 6750 §3 says.

use serde::Deserialize;
use serde_json::json;

use super::answers::json_ok;
use super::authorization_server::{HOST as AUTH_HOST, encode_basic};
use super::message::{Body, Method, Request, Response};
use super::params::Params;
use super::topic::Topic;
use super::world::ResourceConfig;

/// The host name the simulated API answers on.
pub const HOST: &str = "photos.example";

/// The realm named in `WWW-Authenticate` challenges.
const REALM: &str = "photos";

#[derive(Debug, Clone)]
pub struct ResourceServer {
    config: ResourceConfig,
    /// The `Authorization` header of its introspection requests: its own id and
    /// secret never change, so it is written once.
    authorization: String,
}

/// What the resource server does with a call: answer at once, or ask first.
pub enum Check {
    Answer(Response, Topic),
    Introspect(Request),
}

impl ResourceServer {
    pub fn new(config: ResourceConfig, (id, secret): &(String, String)) -> Self {
        Self {
            config,
            authorization: encode_basic(id, secret),
        }
    }

    pub fn path(&self) -> &str {
        &self.config.path
    }

    /// Reads the `Authorization` header (RFC 6750 §2.1): no bearer token at all (no
    /// header, or another scheme) is a 401 without an error code (§3.1), a malformed
    /// one is `invalid_token`, a well-formed token is looked up by introspection.
    pub fn check(&self, request: &Request) -> Check {
        let headers: Vec<&str> = request
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("Authorization"))
            .map(|(_, v)| v.as_str())
            .collect();
        let token = match headers.as_slice() {
            [] => None,
            [header] => match bearer_token(header) {
                Bearer::Other => None,
                Bearer::Malformed => return self.malformed(),
                Bearer::Token(token) => Some(token),
            },
            _ => return self.malformed(),
        };
        let Some(token) = token else {
            return Check::Answer(self.challenge_for(401, None), Topic::AccessTokenMissing);
        };
        let mut form = Params::new();
        form.push("token", token);
        form.push("token_type_hint", "access_token");
        let ask = Request::new(Method::Post, AUTH_HOST, "/introspect")
            .header("Authorization", self.authorization.clone())
            .body(Body::Form(form));
        Check::Introspect(ask)
    }

    fn malformed(&self) -> Check {
        let topic = Topic::AccessTokenMalformed;
        Check::Answer(self.challenge_for(401, Some(topic)), topic)
    }

    /// Answers the call once the authorization server has said what the token is.
    /// `why` is the authorization server's reason for an inactive token.
    pub fn answer(&self, introspection: &Response, why: Topic) -> (Response, Topic) {
        let body: Introspected = introspection.body.parse_json().unwrap_or_default();
        if !body.active {
            let topic = match why {
                Topic::AccessTokenExpired | Topic::AccessTokenRevoked => why,
                _ => Topic::AccessTokenUnknown,
            };
            return (self.challenge_for(401, Some(topic)), topic);
        }
        if !body
            .scope
            .split(' ')
            .any(|s| s == self.config.required_scope)
        {
            return (
                self.challenge_for(403, Some(Topic::ScopeInsufficient)),
                Topic::ScopeInsufficient,
            );
        }
        let photos = json!({
            "owner": body.username,
            "photos": [
                { "id": 1, "title": "Sunrise over the bay.jpg" },
                { "id": 2, "title": "Grandma's 90th birthday.jpg" },
            ],
        });
        (json_ok(200, "photos", &photos), Topic::ResourceServed)
    }

    /// A `WWW-Authenticate: Bearer` challenge (RFC 6750 §3): no error code when the
    /// request had no token at all, the scope needed when it was too narrow.
    fn challenge_for(&self, status: u16, topic: Option<Topic>) -> Response {
        let mut value = format!("Bearer realm=\"{REALM}\"");
        let mut response = Response::new(status, "");
        if let Some(topic) = topic {
            if let Some(code) = topic.error_code() {
                let description = topic.description();
                value = format!("{value}, error=\"{code}\", error_description=\"{description}\"");
                response = response.error(code);
            }
            if topic == Topic::ScopeInsufficient {
                value = format!("{value}, scope=\"{}\"", self.config.required_scope);
            }
        } else {
            response.gist = "no token".into();
        }
        response.header("WWW-Authenticate", value)
    }
}

/// What an `Authorization` header holds for a bearer-token API.
enum Bearer<'a> {
    /// Another scheme (`Basic` …): no bearer token was offered at all.
    Other,
    /// `Bearer` without a token of the b64token shape.
    Malformed,
    Token(&'a str),
}

/// Reads `"Bearer" 1*SP b64token` (RFC 6750 §2.1); the scheme is case-insensitive.
fn bearer_token(header: &str) -> Bearer<'_> {
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    if !scheme.eq_ignore_ascii_case("Bearer") {
        return Bearer::Other;
    }
    let token = rest.trim_start_matches(' ');
    let shape = |c: char| c.is_ascii_alphanumeric() || "-._~+/".contains(c);
    let body = token.trim_end_matches('=');
    if !body.is_empty() && body.chars().all(shape) {
        Bearer::Token(token)
    } else {
        Bearer::Malformed
    }
}

/// The fields of an introspection answer the resource server reads (RFC 7662 §2.2);
/// an answer it cannot read counts as inactive.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Introspected {
    active: bool,
    scope: String,
    username: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(authorization: Option<&str>) -> Check {
        let server = ResourceServer::new(ResourceConfig::default(), &("rs".into(), "s".into()));
        let mut request = Request::new(Method::Get, HOST, "/photos");
        if let Some(value) = authorization {
            request = request.header("Authorization", value);
        }
        server.check(&request)
    }

    fn answered(check: &Check) -> Option<(u16, Option<crate::sim::ErrorCode>)> {
        match check {
            Check::Answer(response, _) => Some((response.status, response.error)),
            Check::Introspect(_) => None,
        }
    }

    #[test]
    fn another_scheme_is_treated_as_no_token_without_an_error_code() {
        assert_eq!(answered(&check(None)), Some((401, None)));
        assert_eq!(
            answered(&check(Some("Basic YWxpY2U6cHc="))),
            Some((401, None))
        );
    }

    #[test]
    fn bearer_allows_several_spaces_and_any_case_but_not_an_empty_token() {
        assert!(answered(&check(Some("bearer  abc.DEF-_~+/=="))).is_none());
        let invalid = Some((401, Some(crate::sim::ErrorCode::InvalidToken)));
        assert_eq!(answered(&check(Some("Bearer"))), invalid);
        assert_eq!(answered(&check(Some("Bearer a b"))), invalid);
    }
}
