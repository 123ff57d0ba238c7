//! The resource server: the photo API. It stores no tokens; for each call it asks
//! the authorization server whether the token is live, whom it is meant for and what
//! it allows (RFC 7662), then answers as RFC 6750 §3 says. It learns only what the
//! introspection answer tells it: `{"active": false}` never says why.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use jsonwebtoken::jwk::JwkSet;
use serde::{Deserialize, Serialize};

use super::answers::json_ok;
use super::authorization_server::{HOST as AUTH_HOST, encode_basic};
use super::message::{Body, Gist, Method, Request, Response};
use super::params::Params;
use super::request_edits::TokenIn;
use super::topic::Topic;
use super::world::ResourceConfig;

mod jwt_access;

/// The host name the simulated API answers on.
pub const HOST: &str = "photos.example";

/// The API's identifier as an audience: its origin, the absolute URI a client would
/// name as a resource indicator (RFC 8707 §2). The authorization server puts it in
/// the `aud` of every token it issues for this API (RFC 7662 §2.2), and the API
/// refuses a token meant for anyone else (RFC 9700 §2.3, RFC 9068 §4).
pub const AUDIENCE: &str = "https://photos.example";

/// The realm named in `WWW-Authenticate` challenges.
const REALM: &str = "photos";

#[derive(Debug, Clone)]
pub struct ResourceServer {
    config: ResourceConfig,
    /// The `Authorization` header of its introspection requests: its own id and
    /// secret never change, so it is written once.
    authorization: String,
    /// The authorization server's public keys, for JWT access tokens (RFC 9068 §4).
    keys: Option<JwkSet>,
    /// The issuer those tokens must name (RFC 9068 §4: `iss`).
    issuer: String,
}

/// What the resource server does with a call: answer at once, or ask first.
pub enum Check {
    Answer(Response, Topic),
    /// Ask the authorization server with this request, then hand its answer and
    /// the way the token came to [`ResourceServer::answer`].
    Introspect(Request, TokenIn),
}

impl ResourceServer {
    pub fn new(config: ResourceConfig, (id, secret): &(String, String)) -> Self {
        Self {
            config,
            authorization: encode_basic(id, secret),
            keys: None,
            issuer: crate::sim::oidc::issuer(),
        }
    }

    /// Trusts tokens from the issuer `issuer` from now on (`serve`: its real base URL).
    pub fn trust_issuer(&mut self, issuer: &str) {
        issuer.clone_into(&mut self.issuer);
    }

    /// The same API, configured with the authorization server's public keys.
    #[must_use]
    pub fn trusting(self, keys: JwkSet) -> Self {
        Self {
            keys: Some(keys),
            ..self
        }
    }

    pub fn path(&self) -> &str {
        &self.config.path
    }

    /// Finds the one access token of a call (RFC 6750 §2): no token at all (no
    /// header, or another scheme, and no `access_token` parameter) is a 401 without
    /// an error code (§3.1); a malformed request (an empty or ill-formed token, two
    /// `Authorization` headers, a token sent twice) is 400 `invalid_request`; one
    /// token is checked here when it is a JWT access token (RFC 9068 §4), and looked
    /// up by introspection otherwise.
    pub fn check(&self, request: &Request, now: DateTime<Utc>) -> Check {
        let (token, via) = match presented_token(request) {
            Ok(Some(found)) => found,
            Ok(None) => {
                let topic = Topic::AccessTokenMissing;
                return Check::Answer(self.challenge_for(401, topic), topic);
            }
            Err(topic) => return Check::Answer(self.challenge_for(400, topic), topic),
        };
        if let Some((response, topic)) = self.check_jwt(token, now) {
            return Check::Answer(response, topic);
        }
        let mut form = Params::new();
        form.push("token", token);
        form.push("token_type_hint", "access_token");
        let ask = Request::new(Method::Post, AUTH_HOST, "/introspect")
            .header("Authorization", self.authorization.clone())
            .body(Body::Form(form));
        Check::Introspect(ask, via)
    }

    /// Answers the call once the authorization server has said what the token is.
    /// An inactive token is only "not active" here: the introspection answer does
    /// not say whether it expired, was revoked or never existed (RFC 7662 §2.2).
    pub fn answer(&self, introspection: &Response, via: TokenIn) -> (Response, Topic) {
        let body: Introspected = introspection.body.parse_json().unwrap_or_default();
        if !body.active {
            let topic = Topic::AccessTokenInactive;
            return (self.challenge_for(401, topic), topic);
        }
        if !body.aud.contains(AUDIENCE) {
            let topic = Topic::AccessTokenWrongAudience;
            return (self.challenge_for(401, topic), topic);
        }
        if !body
            .scope
            .split(' ')
            .any(|s| s == self.config.required_scope)
        {
            let topic = Topic::ScopeInsufficient;
            return (self.challenge_for(403, topic), topic);
        }
        // A token without a user (client credentials, RFC 6749 §4.4) reaches only
        // the client's own account, named by its `client_id`.
        let own = body.username.is_empty();
        let photos = Photos {
            owner: if own { &body.client_id } else { &body.username },
            photos: &PHOTOS,
        };
        let topic = match via {
            TokenIn::Header if own => Topic::ClientResourcesServed,
            TokenIn::Header => Topic::ResourceServed,
            TokenIn::Query => Topic::AccessTokenInQuery,
            TokenIn::Form => Topic::AccessTokenInForm,
        };
        (json_ok(200, &photos).gist(Gist::Photos), topic)
    }

    /// A `WWW-Authenticate: Bearer` challenge (RFC 6750 §3): no error code when the
    /// request had no token at all, the scope needed when it was too narrow.
    fn challenge_for(&self, status: u16, topic: Topic) -> Response {
        let mut value = format!("Bearer realm=\"{REALM}\"");
        let mut response = Response::new(status);
        match topic.error_code() {
            Some(code) => {
                let description = topic.description();
                let _ = write!(
                    value,
                    ", error=\"{code}\", error_description=\"{description}\""
                );
                response = response.error(code);
            }
            None => response.gist = Some(Gist::NoToken),
        }
        if topic == Topic::ScopeInsufficient {
            let _ = write!(value, ", scope=\"{}\"", self.config.required_scope);
        }
        response.header("WWW-Authenticate", value)
    }
}

/// The one access token a call presents, and how; `None` when it presents none;
/// the topic of the malformed request otherwise (RFC 6750 §2, §3.1). A form body
/// counts only on a form-encoded POST (§2.2).
fn presented_token(request: &Request) -> Result<Option<(&str, TokenIn)>, Topic> {
    let mut headers = request
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("Authorization"))
        .map(|(_, v)| v.as_str());
    let header = headers.next();
    if headers.next().is_some() {
        return Err(Topic::AuthorizationHeaderRepeated);
    }
    let from_header = match header.map(bearer_token) {
        None | Some(Bearer::Other) => None,
        Some(Bearer::Malformed) => return Err(Topic::AccessTokenMalformed),
        Some(Bearer::Token(token)) => Some((token, TokenIn::Header)),
    };
    let form = match (&request.method, &request.body) {
        (Method::Post, Body::Form(form)) => Some(form),
        _ => None,
    };
    let from_query = parameter(&request.query, TokenIn::Query)?;
    let from_form = form.map_or(Ok(None), |f| parameter(f, TokenIn::Form))?;
    let mut found = [from_header, from_query, from_form].into_iter().flatten();
    let first = found.next();
    if found.next().is_some() {
        return Err(Topic::AccessTokenSentTwice);
    }
    Ok(first)
}

/// The `access_token` parameter of a query or form (RFC 6750 §2.2, §2.3): sent
/// twice, or empty, the request is malformed.
fn parameter(params: &Params, via: TokenIn) -> Result<Option<(&str, TokenIn)>, Topic> {
    if params.is_repeated("access_token") {
        return Err(Topic::AccessTokenSentTwice);
    }
    match params.get("access_token") {
        None => Ok(None),
        Some("") => Err(Topic::AccessTokenMalformed),
        Some(token) => Ok(Some((token, via))),
    }
}

/// The owner's photos, as the API sends them.
#[derive(Serialize)]
struct Photos<'a> {
    owner: &'a str,
    photos: &'static [Photo],
}

#[derive(Serialize)]
struct Photo {
    id: u32,
    title: &'static str,
}

/// Every owner has the same two photos: the lesson is about who may see them.
const PHOTOS: [Photo; 2] = [
    Photo {
        id: 1,
        title: "Sunrise over the bay.jpg",
    },
    Photo {
        id: 2,
        title: "Grandma's 90th birthday.jpg",
    },
];

/// What an `Authorization` header holds for a bearer-token API.
enum Bearer<'a> {
    /// Another scheme (`Basic` …): no bearer token was offered at all.
    Other,
    /// `Bearer` without a token of the b64token shape.
    Malformed,
    Token(&'a str),
}

/// Reads `"Bearer" 1*SP b64token` (RFC 6750 §2.1); the scheme is case-insensitive
/// (RFC 9110 §11.1).
fn bearer_token(header: &str) -> Bearer<'_> {
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    if !scheme.eq_ignore_ascii_case("Bearer") {
        return Bearer::Other;
    }
    let token = rest.trim_start_matches(' ');
    let shape = |b: &u8| b.is_ascii_alphanumeric() || b"-._~+/".contains(b);
    let body = token.trim_end_matches('=');
    if !body.is_empty() && body.as_bytes().iter().all(shape) {
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
    client_id: String,
    aud: Audience,
}

/// `aud`: one identifier or a list of them (RFC 7662 §2.2, RFC 7519 §4.1.3).
#[derive(Default, Deserialize)]
#[serde(untagged)]
enum Audience {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl Audience {
    fn contains(&self, audience: &str) -> bool {
        match self {
            Self::None => false,
            Self::One(one) => one == audience,
            Self::Many(many) => many.iter().any(|a| a == audience),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::ErrorCode;
    use serde_json::json;

    fn server() -> ResourceServer {
        ResourceServer::new(ResourceConfig::default(), &("rs".into(), "s".into()))
    }

    fn check(authorization: Option<&str>) -> Check {
        let mut request = Request::new(Method::Get, HOST, "/photos");
        if let Some(value) = authorization {
            request = request.header("Authorization", value);
        }
        server().check(&request, DateTime::UNIX_EPOCH)
    }

    fn answered(check: &Check) -> Option<(u16, Option<ErrorCode>)> {
        match check {
            Check::Answer(response, _) => Some((response.status, response.error)),
            Check::Introspect(..) => None,
        }
    }

    fn introspected(body: &serde_json::Value) -> (Response, Topic) {
        server().answer(&json_ok(200, body), TokenIn::Header)
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
        assert!(answered(&check(Some("BEARER abc"))).is_none());
        let malformed = Some((400, Some(ErrorCode::InvalidRequest)));
        assert_eq!(answered(&check(Some("Bearer"))), malformed);
        assert_eq!(answered(&check(Some("Bearer "))), malformed);
        assert_eq!(answered(&check(Some("Bearer a b"))), malformed);
    }

    #[test]
    fn an_audience_is_one_identifier_or_a_list() {
        let live = |aud: serde_json::Value| {
            let body =
                json!({ "active": true, "scope": "photos.read", "username": "alice", "aud": aud });
            introspected(&body).1
        };
        assert_eq!(live(json!(AUDIENCE)), Topic::ResourceServed);
        assert_eq!(
            live(json!(["https://other.example", AUDIENCE])),
            Topic::ResourceServed
        );
        assert_eq!(live(json!(null)), Topic::AccessTokenWrongAudience);
        assert_eq!(live(json!(42)), Topic::AccessTokenInactive);
    }
}
