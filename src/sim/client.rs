//! The client: the photo-printing app. It starts the flow, checks `state` at its
//! callback, trades the code for tokens over the back channel and calls the API.
//! Playing another grant, it asks for a token of its own (`client_credentials.rs`)
//! or has its user approve on her phone while it polls (`device.rs`).

mod client_credentials;
mod device;

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use url::Url;

use super::actor::Actor;
use super::answers::page;
use super::authorization_server::{HOST as AUTH_HOST, encode_basic};
use super::clock::later;
use super::context::Ctx;
use super::ledger::{Describe, Slot};
use super::memory::{ItemKind, Reason};
use super::message::{Body, Gist, Method, Request, Response};
use super::oauth_error::ErrorCode;
use super::overrides::Overrides;
use super::params::Params;
use super::pkce;
use super::protocol::{GrantType, TokenKind};
use super::request_edits::TokenIn;
use super::resource_server::HOST as API_HOST;
use super::skip::Holdings;
use super::topic::Topic;
use super::variables::Seen;
use super::world::{AuthMethod, ClientConfig};

mod legacy;
mod sign_in;

/// A token the client holds, with when it was told it expires.
#[derive(Debug, Clone)]
pub struct Held {
    pub expires_at: Option<DateTime<Utc>>,
}

impl Describe for Held {
    fn expires_at(&self) -> Option<DateTime<Utc>> {
        self.expires_at
    }
}

/// The cookie that ties a browser to the flow the client started for it.
pub const SESSION_COOKIE: &str = "psid";

/// Where a browser asks the client to start signing in, and to show the photos.
pub const SIGNIN_PATH: &str = "/signin";
pub const PHOTOS_PATH: &str = "/photos";

/// Where a password-grant app's sign-in form posts the owner's username and
/// password: to the app itself, not to the authorization server (RFC 6749 §4.3.1).
pub const PASSWORD_PATH: &str = "/login";

/// Where the client's site keeps files its users uploaded.
const UPLOADS_PATH: &str = "/uploads/";

#[derive(Debug, Clone)]
pub struct Client {
    config: ClientConfig,
    /// The browser session the flow and the tokens belong to: the client keeps one
    /// flow at a time, for the browser that started it (RFC 6749 §10.12).
    session: Slot,
    id: Slot,
    secret: Slot,
    state: Slot,
    verifier: Slot,
    code: Slot,
    access_token: Slot<Held>,
    refresh_token: Slot,
    resource: Slot,
    /// The owner's password, which a password-grant app collects (RFC 6749 §4.3.1);
    /// its username beside it, which is no secret.
    password: Slot,
    username: Option<String>,
    /// The step's changes to the next authorization request it sends.
    signin_changes: Overrides,
    /// The grant its flow uses: what it registers and what `token` asks for.
    grant: GrantType,
    /// The device code it polls with (RFC 8628 §3.2).
    device_code: Slot,
    /// The user code it shows on its screen (RFC 8628 §3.2).
    user_code: Slot,
    /// What OIDC adds: the sign-in's `nonce`, the `id_token`, the keys.
    oidc: sign_in::SignInState,
    /// Its own `Authorization: Basic` value, written once when it learns its
    /// credentials rather than at every request.
    own_basic: Option<OwnBasic>,
}

/// The Basic value of one id and secret (RFC 6749 §2.3.1), with what it encodes.
#[derive(Debug, Clone)]
struct OwnBasic {
    id: String,
    secret: String,
    header: String,
}

impl Client {
    /// A client app run by `me`: the photo printer, or the attacker's own app.
    pub fn new(me: Actor, config: ClientConfig) -> Self {
        Self {
            config,
            session: Slot::new(me, ItemKind::Session),
            id: Slot::new(me, ItemKind::ClientId),
            secret: Slot::new(me, ItemKind::ClientSecret),
            state: Slot::new(me, ItemKind::State),
            verifier: Slot::new(me, ItemKind::CodeVerifier),
            code: Slot::new(me, ItemKind::Code),
            access_token: Slot::new(me, ItemKind::AccessToken),
            refresh_token: Slot::new(me, ItemKind::RefreshToken),
            resource: Slot::new(me, ItemKind::Resource),
            password: Slot::new(me, ItemKind::Password),
            username: None,
            signin_changes: Overrides::default(),
            grant: GrantType::AuthorizationCode,
            device_code: Slot::new(me, ItemKind::DeviceCode),
            user_code: Slot::new(me, ItemKind::UserCode),
            oidc: sign_in::SignInState::new(me),
            own_basic: None,
        }
    }

    /// How the lesson opens for the flow this app plays (RFC 6749 §1.1): a client
    /// acting for itself has no owner in the story, a device has Alice's phone.
    pub fn roles_topic(&self) -> Topic {
        match self.grant {
            GrantType::ClientCredentials => Topic::RolesWithoutOwner,
            GrantType::DeviceCode => Topic::RolesWithPhone,
            _ => Topic::RolesIntroduced,
        }
    }

    /// The same app playing the flow of another grant (the scenario's `flow`).
    #[must_use]
    pub fn playing(self, grant: GrantType) -> Self {
        Self { grant, ..self }
    }

    /// Changes the next authorization request it sends (a step's `with`).
    pub fn change_next_signin(&mut self, changes: Overrides) {
        self.signin_changes = changes;
    }

    /// Keeps a value that reached it some other way than a message (the attacker's
    /// stolen goods); returns whether it knows what the name means.
    pub fn keep(&mut self, name: &str, value: &str, ctx: &mut Ctx) -> bool {
        let slot = match name {
            "code" => &mut self.code,
            "state" => &mut self.state,
            "code_verifier" => &mut self.verifier,
            "refresh_token" => &mut self.refresh_token,
            "client_id" => &mut self.id,
            "client_secret" => &mut self.secret,
            "access_token" => {
                self.access_token
                    .set_with(value, Held { expires_at: None }, ctx.journal);
                return true;
            }
            _ => return false,
        };
        slot.set(value, ctx.journal);
        true
    }

    fn redirect_uri(&self) -> Option<String> {
        self.config.redirect_uris.first().cloned()
    }

    /// Keeps the credentials the server assigned.
    pub fn remember_credentials(
        &mut self,
        id: &str,
        secret: Option<&str>,
        ctx: &mut Ctx,
        seen: &mut Seen,
    ) {
        self.id.set(id, ctx.journal);
        if let Some(secret) = secret {
            self.secret.set(secret, ctx.journal);
        }
        self.own_basic = self.secret.get().map(|secret| OwnBasic {
            id: id.to_owned(),
            secret: secret.to_owned(),
            header: encode_basic(id, secret),
        });
        seen.client(id, secret);
    }

    /// The `Authorization: Basic` value for `id` and `secret`: its own, written when
    /// it learnt them, or a new one for credentials a step makes it send.
    fn basic(&self, id: &str, secret: &str) -> String {
        match &self.own_basic {
            Some(own) if own.id == id && own.secret == secret => own.header.clone(),
            _ => encode_basic(id, secret),
        }
    }

    /// `POST /register` with RFC 7591 §2 metadata.
    pub fn registration_request(&self, overrides: &Overrides) -> Request {
        let auth_method = self.config.auth_method;
        let mut metadata = Map::new();
        metadata.insert("client_name".into(), json!(self.config.name));
        let redirects = self.grant.starts_at_authorization_endpoint();
        if redirects {
            metadata.insert("redirect_uris".into(), json!(self.config.redirect_uris));
        }
        metadata.insert("grant_types".into(), json!(self.grant.registered_with()));
        let response_types: Vec<_> = self.grant.response_type().into_iter().collect();
        metadata.insert("response_types".into(), json!(response_types));
        metadata.insert(
            "token_endpoint_auth_method".into(),
            json!(auth_method.as_str()),
        );
        overrides.apply_json(&mut metadata);
        Request::new(Method::Post, AUTH_HOST, "/register")
            .body(Body::json(&Value::Object(metadata)))
    }

    /// Reads the registration answer.
    pub fn on_registered(&mut self, response: &Response, ctx: &mut Ctx, seen: &mut Seen) {
        let Some(body) = response
            .body
            .parse_json::<Registered>()
            .filter(|_| response.status == 201)
        else {
            return;
        };
        self.remember_credentials(&body.client_id, body.client_secret.as_deref(), ctx, seen);
    }

    /// `GET /signin`: the redirect that sends the browser to the authorization
    /// endpoint (RFC 6749 §4.1.1). Only public values travel, a fresh `state` and the
    /// PKCE challenge, whose verifier stays here; a new session cookie ties this
    /// browser to the flow.
    pub fn authorization_redirect(&mut self, ctx: &mut Ctx, seen: &mut Seen) -> Response {
        let overrides = std::mem::take(&mut self.signin_changes);
        let session = ctx.secrets.id();
        self.session.set(&session, ctx.journal);
        let implicit = self.is_implicit();
        let mut query = Params::new();
        query.push("response_type", if implicit { "token" } else { "code" });
        query.push_some("client_id", self.id.get());
        query.push_some("redirect_uri", self.redirect_uri().as_deref());
        query.push("scope", self.config.scope.clone());
        if self.config.uses_state {
            let state = ctx.secrets.id();
            self.state.set(&state, ctx.journal);
            seen.state(&state);
            query.push("state", state);
        }
        if self.config.uses_pkce && !implicit {
            let verifier = ctx.secrets.secret();
            query.push("code_challenge", pkce::s256_challenge(&verifier));
            query.push("code_challenge_method", "S256");
            self.verifier.set(&verifier, ctx.journal);
            seen.code_verifier(&verifier);
            seen.code_challenge(&pkce::s256_challenge(&verifier));
        }
        self.add_nonce(&mut query, ctx);
        overrides.apply(&mut query);
        let location = format!("https://{AUTH_HOST}/authorize?{}", query.encode());
        Response::new(302)
            .gist(Gist::Redirect("/authorize".into()))
            .header("Location", location)
            .header(
                "Set-Cookie",
                format!("{SESSION_COOKIE}={session}; Path=/; HttpOnly; Secure; SameSite=Lax"),
            )
    }

    /// Whether the request comes from the browser the flow was started for.
    fn is_flow_browser(&self, request: &Request) -> bool {
        self.session.get().is_some() && session_cookie(request) == self.session.get()
    }

    /// The callback (RFC 6749 §4.1.2): the client compares `state` with the one it
    /// stored for this browser before it believes anything in the query
    /// (§10.12, RFC 9700 §4.7).
    pub fn callback(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        if self.is_implicit() {
            // The answer is in the fragment, which the browser does not send: the
            // server can only hand out the page whose script reads it (RFC 6749
            // §4.2, steps (D)-(E)).
            let topic = Topic::ImplicitPageServed;
            return (self.callback_page(page(200, topic)), topic);
        }
        let (response, topic) = self.read_callback(request, ctx);
        (self.callback_page(response), topic)
    }

    /// The callback page as the client serves it: with its `Referrer-Policy`, and
    /// whatever it embeds from other sites (RFC 9700 §4.2.1).
    fn callback_page(&self, mut response: Response) -> Response {
        if let Some(policy) = self.config.referrer_policy {
            response = response.header("Referrer-Policy", policy.as_str());
        }
        if let Body::Html(html) = &mut response.body {
            for src in &self.config.callback_page_embeds {
                let _ = write!(html, "<img src=\"{src}\">");
            }
        }
        response
    }

    fn read_callback(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let query = &request.query;
        if self.config.uses_state {
            let expected = self.state.get().filter(|_| self.is_flow_browser(request));
            if expected.is_none() || query.value("state") != expected {
                return (
                    page(400, Topic::CallbackStateMismatch),
                    Topic::CallbackStateMismatch,
                );
            }
            self.state.take(Reason::Checked, ctx.journal);
        }
        if let Some(error) = query.value("error") {
            let mut response = page(200, Topic::CallbackCarriedError);
            response.error = ErrorCode::from_wire(error);
            response.gist = Some(Gist::CallbackError(error.to_owned()));
            return (response, Topic::CallbackCarriedError);
        }
        let Some(code) = query.value("code") else {
            return (
                page(400, Topic::CallbackWithoutCode),
                Topic::CallbackWithoutCode,
            );
        };
        self.code.set(code, ctx.journal);
        (page(200, Topic::CallbackAccepted), Topic::CallbackAccepted)
    }

    /// Whether the client's web server answers a request: anything on the host of a
    /// redirect URI it registered (any port for a loopback app, RFC 8252 §7.3),
    /// except the files users uploaded under `/uploads/`, whose content whoever
    /// uploaded it controls (RFC 9700 §4.1.1).
    pub fn serves(&self, request: &Request) -> bool {
        !request.path.starts_with(UPLOADS_PATH)
            && self
                .redirect_urls()
                .any(|url| url.host_str() == Some(request.host.as_str()))
    }

    /// Whether a path is the callback of one of its redirect URIs.
    pub fn is_callback(&self, path: &str) -> bool {
        self.redirect_urls().any(|url| url.path() == path)
    }

    fn redirect_urls(&self) -> impl Iterator<Item = Url> + '_ {
        self.config
            .redirect_uris
            .iter()
            .filter_map(|uri| Url::parse(uri).ok())
    }

    /// The client's own redirect URI, for a callback the browser was never sent to.
    pub fn callback_url(&self) -> String {
        self.redirect_uri().unwrap_or_default()
    }

    /// The address of one of the client's own pages, on the origin of its redirect URI.
    pub fn page_url(&self, path: &str) -> String {
        self.redirect_uri()
            .and_then(|uri| Url::parse(&uri).ok())
            .map(|mut url| {
                url.set_path(path);
                url.set_query(None);
                url.to_string()
            })
            .unwrap_or_default()
    }

    /// Whether the photos page may use the tokens: only for the browser whose flow
    /// got them.
    pub fn shows_photos_to(&self, request: &Request) -> bool {
        self.is_flow_browser(request) && self.access_token.get().is_some()
    }

    /// What it holds that a `token`, `call_api` or `refresh` needs: a client that
    /// stops its flow sends none of them without it (`skip.rs`).
    pub fn holdings(&self) -> Holdings {
        Holdings {
            code: self.code.get().is_some() || self.grant == GrantType::ClientCredentials,
            access_token: self.access_token.get().is_some(),
            refresh_token: self.refresh_token.get().is_some(),
            device_code: self.device_code.get().is_some(),
        }
    }

    /// `POST /token` for the grant it plays: with the code (RFC 6749 §4.1.3), or
    /// with its own credentials alone (§4.4.2).
    pub fn token_request(&self, mut overrides: Overrides) -> Request {
        if self.grant == GrantType::ClientCredentials {
            return self.client_credentials_request(overrides);
        }
        let mut form = Params::new();
        form.push("grant_type", GrantType::AuthorizationCode.as_str());
        form.push_some("code", self.code.get());
        form.push_some("redirect_uri", self.redirect_uri().as_deref());
        form.push_some("code_verifier", self.verifier.get());
        self.authenticated_post("/token", form, &mut overrides)
    }

    /// `POST /token` with the refresh token (RFC 6749 §6).
    pub fn refresh_request(&self, mut overrides: Overrides) -> Request {
        let mut form = Params::new();
        form.push("grant_type", GrantType::RefreshToken.as_str());
        form.push_some("refresh_token", self.refresh_token.get());
        self.authenticated_post("/token", form, &mut overrides)
    }

    /// `POST /revoke` (RFC 7009 §2.1): the refresh token when it has one, since that
    /// ends the whole grant.
    pub fn revoke_request(&self, mut overrides: Overrides) -> Request {
        let mut form = Params::new();
        if let Some(refresh) = self.refresh_token.get() {
            form.push("token", refresh);
            form.push("token_type_hint", TokenKind::RefreshToken.as_str());
        } else if let Some(access) = self.access_token.get() {
            form.push("token", access);
            form.push("token_type_hint", TokenKind::AccessToken.as_str());
        }
        self.authenticated_post("/revoke", form, &mut overrides)
    }

    /// A form post to the authorization server with client authentication the way
    /// the client is registered (RFC 6749 §2.3.1): Basic when it has exactly one id
    /// and one secret to send that way, the form body otherwise.
    fn authenticated_post(
        &self,
        path: &str,
        mut form: Params,
        overrides: &mut Overrides,
    ) -> Request {
        let ids = overrides.take_or("client_id", self.id.get());
        let secrets = overrides.take_or("client_secret", self.secret.get());
        overrides.apply(&mut form);
        let mut request = Request::new(Method::Post, AUTH_HOST, path);
        if let (AuthMethod::ClientSecretBasic, [id], [secret]) =
            (self.config.auth_method, ids.as_slice(), secrets.as_slice())
        {
            request = request.header("Authorization", self.basic(id, secret));
        } else {
            for id in &ids {
                form.push("client_id", id.clone());
            }
            for secret in &secrets {
                form.push("client_secret", secret.clone());
            }
        }
        request.body(Body::Form(form))
    }

    /// Reads the answer to a token request: keeps the new tokens, and after a code
    /// exchange forgets the code and verifier, used up (the lesson's "both sides
    /// delete the code"). A refresh leaves a code that waits for its own exchange.
    pub fn on_tokens(
        &mut self,
        request: &Request,
        response: &Response,
        ctx: &mut Ctx,
        seen: &mut Seen,
    ) {
        let Some(body) = response
            .body
            .parse_json::<Tokens>()
            .filter(|_| response.status == 200)
        else {
            return;
        };
        let expires_at = body.expires_in.map(|s| later(ctx.now, s));
        self.access_token
            .set_with(&body.access_token, Held { expires_at }, ctx.journal);
        seen.access_token(&body.access_token);
        if let Some(refresh) = &body.refresh_token {
            self.refresh_token.set(refresh, ctx.journal);
            seen.refresh_token(refresh);
        }
        if request.body.form().value("grant_type") == Some(GrantType::AuthorizationCode.as_str()) {
            self.code.take(Reason::Exchanged, ctx.journal);
            self.verifier.take(Reason::Exchanged, ctx.journal);
        }
    }

    /// After a refused refresh the refresh token is useless: forget it.
    pub fn on_refresh_refused(&mut self, response: &Response, ctx: &mut Ctx) {
        if response.error == Some(ErrorCode::InvalidGrant) {
            self.refresh_token.take(Reason::Rejected, ctx.journal);
        }
    }

    /// After a successful revocation, forget what was revoked.
    pub fn on_revoked(&mut self, request: &Request, response: &Response, ctx: &mut Ctx) {
        let token = request.body.form().value("token");
        if response.status != 200 || token.is_none() {
            return;
        }
        if token == self.refresh_token.get() {
            self.refresh_token.take(Reason::Revoked, ctx.journal);
            self.access_token.take(Reason::Revoked, ctx.journal);
        } else if token == self.access_token.get() {
            self.access_token.take(Reason::Revoked, ctx.journal);
        }
    }

    /// Reads the API's answer: the photos it served are what the client came for.
    pub fn on_api_answer(&mut self, response: &Response, ctx: &mut Ctx) {
        if let Some(photos) = response
            .body
            .parse_json::<Photos>()
            .filter(|_| response.status == 200)
        {
            let key = format!("{}'s photos ({})", photos.owner, photos.photos.len());
            self.resource.set(&key, ctx.journal);
        }
    }

    /// `GET {path}` with the access token where `token_in` says: the
    /// `Authorization` header (RFC 6750 §2.1, what the client does unless told
    /// otherwise, never the URL, §5.3), `access_token=` in the query (§2.3), or a
    /// form `POST` (§2.2). `with.access_token` is the token sent, in that place;
    /// the other `with` names go in the query, or in the form when there is one.
    pub fn api_request(&self, path: &str, mut overrides: Overrides, token_in: TokenIn) -> Request {
        let tokens = overrides.take_or("access_token", self.access_token.get());
        let mut request = Request::new(Method::Get, API_HOST, path);
        match token_in {
            TokenIn::Header => {
                overrides.apply(&mut request.query);
                for token in tokens {
                    request = request.header("Authorization", format!("Bearer {token}"));
                }
            }
            TokenIn::Query => {
                for token in tokens {
                    request.query.push("access_token", token);
                }
                overrides.apply(&mut request.query);
            }
            TokenIn::Form => {
                let mut form = Params::new();
                for token in tokens {
                    form.push("access_token", token);
                }
                overrides.apply(&mut form);
                request.method = Method::Post;
                request.body = Body::Form(form);
            }
        }
        request
    }
}

/// The client's session id from the browser's `Cookie` header.
fn session_cookie(request: &Request) -> Option<&str> {
    request
        .header_value("Cookie")?
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value)
}

/// The API's answer, as much as the client shows of it.
#[derive(Deserialize)]
struct Photos {
    owner: String,
    photos: Vec<Value>,
}

/// The fields of a registration answer the client keeps (RFC 7591 §3.2.1).
#[derive(Deserialize)]
struct Registered {
    client_id: String,
    client_secret: Option<String>,
}

/// The fields of a token answer the client keeps (RFC 6749 §5.1).
#[derive(Deserialize)]
struct Tokens {
    access_token: String,
    expires_in: Option<u64>,
    refresh_token: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::memory::Journal;
    use crate::sim::secrets::Secrets;
    use crate::sim::step::STEALABLE;

    /// The names a `steal` step may take are checked at load against a list; each
    /// must be one the app can hold, or a stolen value would vanish unseen.
    #[test]
    fn every_name_a_steal_step_may_take_is_one_the_app_keeps() {
        let mut client = Client::new(Actor::Attacker, ClientConfig::default());
        let mut ctx = Ctx {
            now: chrono::DateTime::default(),
            secrets: &mut Secrets::new(1),
            journal: &mut Journal::new(),
        };
        for name in STEALABLE {
            assert!(client.keep(name, "v", &mut ctx), "{name}");
        }
        assert!(!client.keep("password", "v", &mut ctx));
    }
}
