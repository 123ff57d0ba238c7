//! The attacker: a party like the others. It has its own browser and account at the
//! authorization server, its own app (registered when a scenario says so), and a
//! server at its own host that keeps whatever reaches it: a code in a redirect, a
//! `Referer`, a password typed into its page (RFC 9700 §4). Each item it holds says
//! which message gave it.

use super::actor::Actor;
use super::answers::page;
use super::browser::Browser;
use super::client::Client;
use super::context::Ctx;
use super::ledger::{Describe, Ledger};
use super::memory::ItemKind;
use super::message::{Body, Request, Response};
use super::params::Params;
use super::topic::Topic;
use super::world::{ClientConfig, UserConfig};

/// The host of the attacker's own server.
pub const HOST: &str = "attacker.example";

/// Something that reached the attacker, and how.
#[derive(Debug, Clone)]
pub struct Loot {
    from: String,
}

impl Describe for Loot {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![("from", self.from.clone())]
    }
}

/// A password typed into its page, with the name typed beside it.
#[derive(Debug, Clone)]
pub struct Phished {
    username: String,
    from: String,
}

impl Describe for Phished {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("username", self.username.clone()),
            ("from", self.from.clone()),
        ]
    }
}

#[derive(Debug, Clone)]
pub struct Attacker {
    pub browser: Browser,
    pub client: Client,
    codes: Ledger<Loot>,
    passwords: Ledger<Phished>,
    /// Where its page sends a visitor next: the link it crafted.
    lure: Option<String>,
}

impl Attacker {
    pub fn new(account: UserConfig, app: ClientConfig) -> Self {
        let me = Actor::Attacker;
        Self {
            browser: Browser::new(me, account),
            client: Client::new(me, app),
            codes: Ledger::new(me, ItemKind::StolenCode),
            passwords: Ledger::new(me, ItemKind::Password),
            lure: None,
        }
    }

    /// The account it phished last, which its browser signs in with from then on.
    pub fn phished_account(&self) -> Option<UserConfig> {
        self.passwords
            .iter()
            .last()
            .map(|(password, phished)| UserConfig {
                username: phished.username.clone(),
                password: password.to_owned(),
            })
    }

    /// Sets the address its page sends the next visitor to.
    pub fn set_lure(&mut self, url: String) {
        self.lure = Some(url);
    }

    /// Serves its own host (and any address it controls): keeps every code and
    /// password that arrives, then sends the visitor on to the lure, if it set one.
    pub fn receive(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let url = format!("{} {}", request.method.as_str(), request.url());
        let mut topic = Topic::AttackerPageShown;
        if let Some(code) = request.query.value("code") {
            self.keep_code(code, format!("the query of {url}"), ctx);
            topic = Topic::CodeLeakedToAttacker;
        }
        if let Some(code) = request.header_value("Referer").and_then(query_code) {
            self.keep_code(&code, format!("the Referer header of {url}"), ctx);
            topic = Topic::CodeLeakedThroughReferer;
        }
        let form = request.body.form();
        if let Some(password) = form.value("password") {
            if !self.passwords.contains(password) {
                let phished = Phished {
                    username: form.value("username").unwrap_or_default().to_owned(),
                    from: format!("the form posted to {url}"),
                };
                self.passwords
                    .insert(password.to_owned(), phished, ctx.journal);
            }
            topic = Topic::PasswordPhished;
        }
        if let Some(lure) = self.lure.take() {
            let response = Response::new(302)
                .gist(super::message::Gist::Lure)
                .header("Location", lure);
            return (response, Topic::LureFollowed);
        }
        let mut response = page(200, topic);
        if request.method == super::message::Method::Get && topic == Topic::AttackerPageShown {
            response.body = Body::Html(PHISHING_PAGE.to_owned());
        }
        (response, topic)
    }

    /// Keeps a code that reached its server, with where it came from, and hands it
    /// to its own app, which will try to redeem it.
    fn keep_code(&mut self, code: &str, from: String, ctx: &mut Ctx) {
        if !self.codes.contains(code) {
            self.codes
                .insert(code.to_owned(), Loot { from }, ctx.journal);
            self.client.keep("code", code, ctx);
        }
    }
}

/// The page a visitor sees at the attacker's address: a copy of the authorization
/// server's sign-in form.
const PHISHING_PAGE: &str = "<h1>Sign in to continue.</h1><form method=\"post\" action=\"/login\">\
    <input name=\"username\"><input name=\"password\" type=\"password\"></form>";

/// The `code` in the query of a URL (a `Referer` value).
fn query_code(url: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or_default();
    Params::decode(query).value("code").map(str::to_owned)
}
