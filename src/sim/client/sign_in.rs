//! The client's side of OIDC: it sends a fresh `nonce` with a sign-in
//! (OIDC Core §3.1.2.1), fetches the server's discovery document and keys (OIDC
//! Discovery §4, RFC 7517 §5), checks the `id_token` of the token response before it
//! keeps anything from it (§3.1.3.7), and can ask the `UserInfo` endpoint about the
//! user (§5.3).

use jsonwebtoken::jwk::JwkSet;
use serde::Deserialize;

use super::Client;
use crate::sim::actor::Actor;
use crate::sim::authorization_server::HOST as AUTH_HOST;
use crate::sim::context::Ctx;
use crate::sim::ledger::Slot;
use crate::sim::memory::{ItemKind, Reason};
use crate::sim::message::{Method, Request, Response};
use crate::sim::oidc::id_token::{Expected, validate};
use crate::sim::oidc::{DISCOVERY_PATH, JWKS_PATH, USERINFO_PATH, asks_sign_in, issuer};
use crate::sim::overrides::Overrides;
use crate::sim::params::Params;
use crate::sim::topic::Topic;
use crate::sim::variables::Seen;

/// What the client keeps for signing in.
#[derive(Debug, Clone)]
pub struct SignInState {
    nonce: Slot,
    id_token: Slot,
    /// The key ids of the keys it fetched, as the State view shows them.
    jwks: Slot,
    keys: Option<JwkSet>,
    /// What discovery said, once the client fetched it.
    discovered: Option<Discovered>,
}

impl SignInState {
    pub fn new(me: Actor) -> Self {
        Self {
            nonce: Slot::new(me, ItemKind::Nonce),
            id_token: Slot::new(me, ItemKind::IdToken),
            jwks: Slot::new(me, ItemKind::Jwks),
            keys: None,
            discovered: None,
        }
    }
}

/// The fields of the discovery document the client uses (OIDC Discovery §3).
#[derive(Debug, Clone, Deserialize)]
struct Discovered {
    issuer: String,
    jwks_uri: Option<String>,
    userinfo_endpoint: Option<String>,
}

/// The fields of a token answer the sign-in checks read.
#[derive(Deserialize)]
struct SignInTokens {
    access_token: String,
    id_token: Option<String>,
}

impl Client {
    /// Adds a fresh `nonce` to an authorization request that asks for `openid`, and
    /// remembers it: the `id_token` must carry it back, which ties the token to this
    /// one request and lets the client refuse a replayed one (OIDC Core §15.5.2).
    pub(super) fn add_nonce(&mut self, query: &mut Params, ctx: &mut Ctx) {
        if !asks_sign_in(&self.config.scope) {
            return;
        }
        let nonce = ctx.secrets.id();
        self.oidc.nonce.set(&nonce, ctx.journal);
        query.push("nonce", nonce);
    }

    /// `GET /.well-known/openid-configuration` (OIDC Discovery §4.1).
    pub fn discovery_request() -> Request {
        Request::new(Method::Get, AUTH_HOST, DISCOVERY_PATH)
    }

    /// Keeps what the discovery document says, if it is one.
    pub fn on_discovery(&mut self, response: &Response) {
        if response.status == 200 {
            self.oidc.discovered = response.body.parse_json::<Discovered>();
        }
    }

    /// `GET` the `jwks_uri` discovery named, or the server's usual one.
    pub fn jwks_request(&self) -> Request {
        let uri = self
            .oidc
            .discovered
            .as_ref()
            .and_then(|d| d.jwks_uri.as_deref())
            .and_then(|uri| url::Url::parse(uri).ok());
        match uri {
            Some(url) => Request::get_url(&url),
            None => Request::new(Method::Get, AUTH_HOST, JWKS_PATH),
        }
    }

    /// Keeps the keys of a JWK Set answer.
    pub fn on_jwks(&mut self, response: &Response, ctx: &mut Ctx) {
        let Some(keys) = response
            .body
            .parse_json::<JwkSet>()
            .filter(|_| response.status == 200)
        else {
            return;
        };
        let kids: Vec<&str> = keys
            .keys
            .iter()
            .filter_map(|k| k.common.key_id.as_deref())
            .collect();
        self.oidc.jwks.set(&kids.join(" "), ctx.journal);
        self.oidc.keys = Some(keys);
    }

    /// `GET /userinfo` with the access token as a Bearer token (OIDC Core §5.3.1);
    /// `with.access_token` sends another one, `null` none.
    pub fn userinfo_request(&self, mut overrides: Overrides) -> Request {
        let tokens = overrides.take_or("access_token", self.access_token.get());
        let endpoint = self
            .oidc
            .discovered
            .as_ref()
            .and_then(|d| d.userinfo_endpoint.as_deref())
            .and_then(|uri| url::Url::parse(uri).ok());
        let mut request = match endpoint {
            Some(url) => Request::get_url(&url),
            None => Request::new(Method::Get, AUTH_HOST, USERINFO_PATH),
        };
        overrides.apply(&mut request.query);
        for token in tokens {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        request
    }

    /// Reads the answer to a code exchange. A client that started a sign-in checks
    /// the `id_token` first (OIDC Core §3.1.3.7) and keeps nothing from a response
    /// whose `id_token` fails: the nonce is spent either way. Returns the client's
    /// decision when it made one: signed in, or the check that failed.
    pub fn on_code_tokens(
        &mut self,
        request: &Request,
        response: &Response,
        ctx: &mut Ctx,
        seen: &mut Seen,
    ) -> Option<Topic> {
        let nonce = self
            .oidc
            .nonce
            .get()
            .filter(|_| response.status == 200)
            .map(str::to_owned);
        let Some(nonce) = nonce else {
            self.on_tokens(request, response, ctx, seen);
            return None;
        };
        self.oidc.nonce.take(Reason::Checked, ctx.journal);
        let body = response.body.parse_json::<SignInTokens>();
        let checked = match body.as_ref().and_then(|b| b.id_token.as_deref()) {
            None => Err(Topic::IdTokenMissing),
            Some(token) => {
                let issuer = self
                    .oidc
                    .discovered
                    .as_ref()
                    .map_or_else(issuer, |d| d.issuer.clone());
                let expected = Expected {
                    issuer: &issuer,
                    client_id: self.id.get().unwrap_or_default(),
                    nonce: &nonce,
                    access_token: body.as_ref().map_or("", |b| b.access_token.as_str()),
                    now: ctx.now,
                };
                validate(token, self.oidc.keys.as_ref(), &expected).map(|_| token.to_owned())
            }
        };
        match checked {
            Ok(token) => {
                self.on_tokens(request, response, ctx, seen);
                self.oidc.id_token.set(&token, ctx.journal);
                Some(Topic::SignedIn)
            }
            Err(topic) => {
                self.code.take(Reason::Exchanged, ctx.journal);
                self.verifier.take(Reason::Exchanged, ctx.journal);
                Some(topic)
            }
        }
    }
}
