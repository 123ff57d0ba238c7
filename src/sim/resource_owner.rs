//! The resource owner, Alice, and her browser: it follows redirects, keeps the
//! authorization server's cookie, and is where she types her password and answers
//! the consent page.

use super::actor::Actor;
use super::authorization_server::{HOST as AUTH_HOST, SESSION_COOKIE};
use super::context::Ctx;
use super::ledger::Slot;
use super::memory::{ItemKind, Reason};
use super::message::{Body, Method, Request, Response};
use super::overrides::Overrides;
use super::params::Params;
use super::world::UserConfig;
use url::Url;

#[derive(Debug, Clone)]
pub struct ResourceOwner {
    user: UserConfig,
    cookie: Slot,
    redirect: Slot,
}

impl ResourceOwner {
    pub fn new(user: UserConfig) -> Self {
        let me = Actor::ResourceOwner;
        Self {
            user,
            cookie: Slot::new(me, ItemKind::Cookie),
            redirect: Slot::new(me, ItemKind::Redirect),
        }
    }

    /// Reads any answer: keeps a session cookie it sets, and where a redirect points.
    pub fn receive(&mut self, response: &Response, ctx: &mut Ctx) {
        if let Some(cookie) = response.header_value("Set-Cookie") {
            let value = cookie.split(';').next().unwrap_or_default();
            if let Some((_, id)) = value.split_once('=') {
                self.cookie.set(id, ctx.journal);
            }
        }
        if let (302, Some(location)) = (response.status, response.location()) {
            self.redirect.set(location, ctx.journal);
        }
    }

    /// The session id the browser holds for the authorization server.
    pub fn session(&self) -> Option<&str> {
        self.cookie.get()
    }

    /// Follows the last redirect (or goes to `fallback` when there is none): a GET
    /// of that URL, carrying the session cookie only to the authorization server.
    pub fn follow(&mut self, fallback: &str, ctx: &mut Ctx) -> Request {
        let location = self.redirect.take(Reason::Progressed, ctx.journal);
        let url = location
            .as_deref()
            .and_then(|l| Url::parse(l).ok())
            .or_else(|| Url::parse(fallback).ok());
        let request = url.map_or_else(
            || Request::new(Method::Get, "", "/"),
            |url| Request::get_url(&url),
        );
        match self.cookie.get() {
            Some(id) if request.host == AUTH_HOST => {
                request.header("Cookie", format!("{SESSION_COOKIE}={id}"))
            }
            _ => request,
        }
    }

    fn post(&self, path: &str, form: Params) -> Request {
        let request = Request::new(Method::Post, AUTH_HOST, path).body(Body::Form(form));
        match self.cookie.get() {
            Some(id) => request.header("Cookie", format!("{SESSION_COOKIE}={id}")),
            None => request,
        }
    }

    /// `POST /login`: Alice types her name and password into the authorization
    /// server's own page.
    pub fn login_request(&self, overrides: &Overrides) -> Request {
        let mut form = Params::new();
        form.push("username", self.user.username.clone());
        form.push("password", self.user.password.clone());
        overrides.apply(&mut form);
        self.post("/login", form)
    }

    /// `POST /consent`: Alice allows the scopes the page listed.
    pub fn consent_request(&self, offered_scope: Option<&str>, overrides: &Overrides) -> Request {
        let mut form = Params::new();
        form.push("decision", "allow");
        form.push_some("scope", offered_scope);
        overrides.apply(&mut form);
        self.post("/consent", form)
    }
}
