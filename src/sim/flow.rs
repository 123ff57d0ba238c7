//! What each action does: who builds which request, and what the sender does with
//! the answer (`scenario-format.md`, the table of `do`). Every request goes through
//! [`Simulation::deliver`]; this file only decides who sends what.

use super::Simulation;
use super::actor::Actor;
use super::attacker::HOST as ATTACKER_HOST;
use super::authorization_server::{ACCOUNT_PATH, HOST as AUTH_HOST, VERIFICATION_PATH};
use super::client::{Client, PASSWORD_PATH, PHOTOS_PATH, SIGNIN_PATH};
use super::context::Ctx;
use super::message::Request;
use super::network::{Exchange, Verdict};
use super::overrides::{Overrides, Resolved};
use super::params::Params;
use super::pkce;
use super::request_edits::{StepEdits, TokenIn};
use super::step::{Action, By, Step};
use super::topic::Topic;
use super::transcript::Outcome;
use super::variables::Seen;

/// The app that sends a client's requests: the photo printer, or the attacker's
/// (a macro over disjoint fields, so the context can be borrowed beside it).
macro_rules! app {
    ($sim:ident, $by:expr) => {
        match $by {
            By::Attacker => &mut $sim.attacker.client,
            By::Client | By::ResourceOwner | By::Phone => &mut $sim.client,
        }
    };
}

/// The browser that takes a step: Alice's, or the attacker's.
macro_rules! browser {
    ($sim:ident, $by:expr) => {
        match $by {
            By::Attacker => &mut $sim.attacker.browser,
            By::Phone => &mut $sim.phone,
            By::Client | By::ResourceOwner => &mut $sim.owner,
        }
    };
}

/// The lane an app's or a browser's messages start in.
fn actor(by: By, app: bool) -> Actor {
    match by {
        By::Attacker => Actor::Attacker,
        By::Phone => Actor::Phone,
        By::Client | By::ResourceOwner if app => Actor::Client,
        By::Client | By::ResourceOwner => Actor::ResourceOwner,
    }
}

/// Builds the step context from disjoint fields, so parties can be borrowed beside it.
macro_rules! ctx {
    ($sim:ident) => {
        &mut Ctx {
            now: $sim.clock.now(),
            secrets: &mut $sim.secrets,
            journal: &mut $sim.journal,
        }
    };
}

impl Simulation {
    /// Performs one action and returns its outcome and topic.
    pub(super) fn perform(
        &mut self,
        step: &Step,
        overrides: Overrides,
        raw: Option<Request>,
        tamper: &Overrides,
    ) -> (Outcome, Topic) {
        let by = step.taker();
        let edits = &step.edits;
        let verdict = match step.action {
            Action::Register => self.register(by, &overrides, edits),
            Action::Authorize => self.authorize(by, &overrides, edits),
            Action::Login => self.login(by, &overrides, edits),
            Action::Consent => self.consent(by, &overrides, edits),
            Action::Callback => self.callback(by, &overrides, edits),
            Action::Token => self.token(by, overrides, edits, tamper),
            Action::Refresh => self.refresh(by, overrides, edits),
            Action::Revoke => self.revoke(by, overrides, edits),
            Action::CallApi => self.call_api(by, overrides, edits, step.token_in),
            Action::Visit => self.visit(by, edits),
            Action::WithdrawConsent => self.withdraw_consent(&overrides, edits),
            Action::Lure => self.lure(&overrides, edits),
            Action::Steal => return (Outcome::default(), self.steal(&overrides)),
            Action::Send => match raw {
                Some(request) => self.send_raw(by, request),
                None => return (Outcome::default(), Topic::NothingSent),
            },
            Action::DeviceAuthorize => self.device_authorize(by, overrides, edits),
            Action::EnterCode => self.enter_code(&overrides, edits),
            Action::Poll => self.poll(by, overrides, edits),
            Action::Password => self.password(by, overrides, edits),
            Action::Introspect => self.introspect(by, overrides, edits),
            Action::Roles => return (Outcome::default(), self.client.roles_topic()),
            Action::Discover => self.discover(by, edits),
            Action::Userinfo => self.userinfo(by, overrides, edits),
            Action::Wait => {
                self.clock.advance(step.seconds.unwrap_or_default());
                let topic = if self.client.is_polling() {
                    Topic::DeviceWaits
                } else {
                    Topic::ClockMoved
                };
                return (Outcome::default(), topic);
            }
        };
        let outcome = Outcome {
            status: Some(verdict.status),
            error: verdict.error,
            redirect: step.action.can_redirect().then_some(verdict.status == 302),
        };
        (outcome, verdict.topic)
    }

    /// A browser sends a request; it reads the answer (cookies, redirect, page).
    fn browse(&mut self, by: By, request: Request) -> Verdict {
        let me = actor(by, false);
        let exchange = self.deliver(me, request);
        let browser = browser!(self, by);
        browser.receive(&exchange.request, &exchange.response, ctx!(self));
        if let (Actor::AuthorizationServer, Some(code)) = (
            exchange.to,
            query_value(exchange.response.location(), "code"),
        ) {
            self.seen.code(&code);
        }
        self.record(exchange)
    }

    fn register(&mut self, by: By, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        self.app_exchange(
            by,
            edits,
            |app| app.registration_request(overrides),
            |app, exchange, ctx, seen| app.on_registered(&exchange.response, ctx, seen),
        )
    }

    /// An app sends the request it built (with the step's `headers` and `method`)
    /// and reads the answer.
    fn app_exchange(
        &mut self,
        by: By,
        edits: &StepEdits,
        build: impl FnOnce(&Client) -> Request,
        read: impl FnOnce(&mut Client, &Exchange, &mut Ctx, &mut Seen),
    ) -> Verdict {
        let mut request = build(app!(self, by));
        edits.apply(&mut request);
        let exchange = self.deliver(actor(by, true), request);
        read(app!(self, by), &exchange, ctx!(self), &mut self.seen);
        self.record(exchange)
    }

    /// A browser opens the client's sign-in page; the client redirects it to the
    /// authorization server, and the browser follows (RFC 6749 §4.1.1).
    fn authorize(&mut self, by: By, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let browser = browser!(self, by);
        let request = browser.open(&self.client.page_url(SIGNIN_PATH), ctx!(self));
        self.client.change_next_signin(overrides.clone());
        let _ = self.browse(by, request);
        let browser = browser!(self, by);
        let mut request = browser.follow(AUTH_HOST, edits.method, ctx!(self));
        edits.apply(&mut request);
        self.browse(by, request)
    }

    fn login(&mut self, by: By, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let phished = match by {
            By::Attacker => self.attacker.phished_account(),
            By::Client | By::ResourceOwner | By::Phone => None,
        };
        let browser = browser!(self, by);
        let mut request = browser.login_request(AUTH_HOST, phished.as_ref(), overrides, ctx!(self));
        edits.apply(&mut request);
        self.browse(by, request)
    }

    fn consent(&mut self, by: By, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let browser = browser!(self, by);
        let mut request = browser.consent_request(AUTH_HOST, overrides, ctx!(self));
        edits.apply(&mut request);
        self.browse(by, request)
    }

    /// The browser follows the last redirect to wherever it points: the client's
    /// callback, or whoever owns the address the server let through (RFC 9700
    /// §4.1.1). A page that embeds content from elsewhere makes the browser fetch
    /// it, with the `Referer` the page allows (RFC 9700 §4.2.1).
    fn callback(&mut self, by: By, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let fallback = self.client.callback_url();
        let implicit = self.client.is_implicit();
        let browser = browser!(self, by);
        let mut request = browser.follow(&fallback, edits.method, ctx!(self));
        if !implicit {
            overrides.apply(&mut request.query);
        }
        edits.apply(&mut request);
        let verdict = self.browse(by, request);
        let browser = browser!(self, by);
        for embedded in browser.embedded_requests(ctx!(self)) {
            let _ = self.browse(by, embedded);
        }
        if implicit && verdict.topic == Topic::ImplicitPageServed {
            return self.run_page_script(by, overrides);
        }
        verdict
    }

    /// The implicit app's page script reads the fragment the browser kept, with the
    /// step's changes to it (RFC 6749 §4.2.2): no message travels, the token goes
    /// from the address bar into the app.
    fn run_page_script(&mut self, by: By, overrides: &Overrides) -> Verdict {
        let browser = browser!(self, by);
        let fragment = browser.take_fragment().unwrap_or_default();
        let mut params = Params::decode(&fragment);
        overrides.apply(&mut params);
        let (topic, error) = self
            .client
            .read_fragment(&params, ctx!(self), &mut self.seen);
        Verdict {
            status: 200,
            error,
            topic,
        }
    }

    /// The password grant (RFC 6749 §4.3): Alice types her username and password
    /// into the app's own form, and the app posts them to the token endpoint. The
    /// attacker's app posts only what it already holds: Alice never typed into it.
    fn password(&mut self, by: By, overrides: Overrides, edits: &StepEdits) -> Verdict {
        if by != By::Attacker && self.client.takes_passwords() {
            let form_url = self.client.page_url(PASSWORD_PATH);
            let request = browser!(self, By::ResourceOwner).password_form(&form_url, ctx!(self));
            let _ = self.browse(By::ResourceOwner, request);
        }
        self.app_exchange(
            by,
            edits,
            |app| app.password_request(overrides),
            |app, exchange, ctx, seen| {
                app.on_tokens(&exchange.request, &exchange.response, ctx, seen);
            },
        )
    }

    /// An app asks the authorization server about a token (RFC 7662 §2.1).
    fn introspect(&mut self, by: By, overrides: Overrides, edits: &StepEdits) -> Verdict {
        self.app_exchange(
            by,
            edits,
            |app| app.introspect_request(overrides),
            |_, _, _, _| {},
        )
    }

    /// The back channel: an app trades the code for tokens (RFC 6749 §4.1.3). The
    /// answer reaches it as `tamper` leaves it; an app that started a sign-in checks
    /// the `id_token`, and its decision is the step's topic (OIDC Core §3.1.3.7).
    fn token(
        &mut self,
        by: By,
        overrides: Overrides,
        edits: &StepEdits,
        tamper: &Overrides,
    ) -> Verdict {
        let mut request = app!(self, by).token_request(overrides);
        edits.apply(&mut request);
        let mut exchange = self.deliver(actor(by, true), request);
        if tamper.iter().next().is_some() {
            super::oidc::tamper::apply(&mut exchange.response, tamper);
        }
        let decided = app!(self, by).on_code_tokens(
            &exchange.request,
            &exchange.response,
            ctx!(self),
            &mut self.seen,
        );
        let mut verdict = self.record(exchange);
        if let Some(topic) = decided {
            verdict.topic = topic;
            verdict.error = topic.error_code();
        }
        verdict
    }

    /// The app reads the server's discovery document, then fetches the keys it
    /// names (OIDC Discovery §4; RFC 7517 §5): what it needs before it can check an
    /// `id_token`'s signature.
    fn discover(&mut self, by: By, edits: &StepEdits) -> Verdict {
        let configuration = self.app_exchange(
            by,
            edits,
            |_| Client::discovery_request(),
            |app, exchange, _, _| app.on_discovery(&exchange.response),
        );
        if configuration.status != 200 {
            return configuration;
        }
        self.app_exchange(
            by,
            &StepEdits::default(),
            Client::jwks_request,
            |app, exchange, ctx, _| app.on_jwks(&exchange.response, ctx),
        )
    }

    /// The app asks the `UserInfo` endpoint who the user is (OIDC Core §5.3).
    fn userinfo(&mut self, by: By, overrides: Overrides, edits: &StepEdits) -> Verdict {
        self.app_exchange(
            by,
            edits,
            |app| app.userinfo_request(overrides),
            |_, _, _, _| {},
        )
    }

    fn refresh(&mut self, by: By, overrides: Overrides, edits: &StepEdits) -> Verdict {
        self.app_exchange(
            by,
            edits,
            |app| app.refresh_request(overrides),
            |app, exchange, ctx, seen| {
                app.on_tokens(&exchange.request, &exchange.response, ctx, seen);
                app.on_refresh_refused(&exchange.response, ctx);
            },
        )
    }

    fn revoke(&mut self, by: By, overrides: Overrides, edits: &StepEdits) -> Verdict {
        self.app_exchange(
            by,
            edits,
            |app| app.revoke_request(overrides),
            |app, exchange, ctx, _| app.on_revoked(&exchange.request, &exchange.response, ctx),
        )
    }

    /// An app calls the API; the API asks the authorization server about the token
    /// (RFC 7662) before it answers (RFC 6750 §3).
    fn call_api(
        &mut self,
        by: By,
        overrides: Overrides,
        edits: &StepEdits,
        token_in: TokenIn,
    ) -> Verdict {
        let path = self.resource.path().to_owned();
        self.app_exchange(
            by,
            edits,
            |app| app.api_request(&path, overrides, token_in),
            |app, exchange, ctx, _| app.on_api_answer(&exchange.response, ctx),
        )
    }

    /// A browser opens the client's photos page: the client calls the API with the
    /// tokens of that browser's session, and shows what it got.
    fn visit(&mut self, by: By, edits: &StepEdits) -> Verdict {
        let browser = browser!(self, by);
        let mut request = browser.open(&self.client.page_url(PHOTOS_PATH), ctx!(self));
        edits.apply(&mut request);
        let exchange = self.deliver(actor(by, false), request);
        browser!(self, by).receive(&exchange.request, &exchange.response, ctx!(self));
        if by == By::Attacker {
            self.attacker
                .client
                .on_api_answer(&exchange.response, ctx!(self));
        }
        self.record(exchange)
    }

    /// Alice withdraws her consent on her account page at the authorization server.
    /// Alice opens her account page at the authorization server, then posts its form
    /// for the app (RFC 6749 §10.3: the grant is hers to end).
    fn withdraw_consent(&mut self, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let request = self
            .owner
            .open(&format!("https://{AUTH_HOST}{ACCOUNT_PATH}"), ctx!(self));
        let page = self.browse(By::ResourceOwner, request);
        if page.status != 200 {
            return page;
        }
        let mut request = self
            .owner
            .withdraw_request(AUTH_HOST, overrides, ctx!(self));
        edits.apply(&mut request);
        self.browse(By::ResourceOwner, request)
    }

    /// The attacker sets its page to send the next visitor to a link it crafted (an
    /// authorization request for the photo printer's public `client_id`, with the
    /// attacker's own `state` and PKCE challenge, changed by `with`), and Alice
    /// opens its page: a link in an e-mail.
    fn lure(&mut self, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let request = self
            .attacker
            .browser
            .open(&self.client.page_url(SIGNIN_PATH), ctx!(self));
        let _ = self.browse(By::Attacker, request);
        let seen = self.attacker.browser.take_redirect(ctx!(self));
        let link = self.attacker_link(seen.as_deref(), overrides);
        self.attacker.set_lure(link);
        let request = self
            .owner
            .open(&format!("https://{ATTACKER_HOST}/"), ctx!(self));
        let verdict = self.browse(By::ResourceOwner, request);
        if verdict.status != 302 {
            return verdict;
        }
        let mut request = self.owner.follow(AUTH_HOST, edits.method, ctx!(self));
        edits.apply(&mut request);
        self.browse(By::ResourceOwner, request)
    }

    /// The authorization link the attacker crafts from the one the client sent its
    /// own browser (`seen`): the same public values (RFC 6749 §2.2: a `client_id` is
    /// no secret), with the attacker's own `state` and PKCE challenge, whose verifier
    /// its app keeps, and the step's changes.
    fn attacker_link(&mut self, seen: Option<&str>, overrides: &Overrides) -> String {
        let ctx = ctx!(self);
        let verifier = ctx.secrets.secret();
        let challenge = pkce::s256_challenge(&verifier);
        let state = ctx.secrets.id();
        self.attacker.client.keep("code_verifier", &verifier, ctx);
        let mut query = seen
            .and_then(|link| url::Url::parse(link).ok())
            .map(|url| Params::decode(url.query().unwrap_or_default()))
            .unwrap_or_default();
        query.replace_all([
            ("state", vec![state]),
            ("code_challenge", vec![challenge]),
            ("code_challenge_method", vec!["S256".to_owned()]),
        ]);
        overrides.apply(&mut query);
        format!("https://{AUTH_HOST}/authorize?{}", query.encode())
    }

    /// Sends a request exactly as the scenario wrote it, from the taker's app or
    /// browser: no cookie, no credential and no header is added. Whoever sent it
    /// reads the answer as it reads any: a browser keeps cookies and redirects, an
    /// app keeps tokens and photos.
    fn send_raw(&mut self, by: By, request: Request) -> Verdict {
        let app = matches!(by, By::Client | By::Attacker);
        let exchange = self.deliver(actor(by, app), request);
        if app {
            let app = app!(self, by);
            app.on_tokens(
                &exchange.request,
                &exchange.response,
                ctx!(self),
                &mut self.seen,
            );
            app.on_api_answer(&exchange.response, ctx!(self));
        } else {
            let browser = browser!(self, by);
            browser.receive(&exchange.request, &exchange.response, ctx!(self));
        }
        self.record(exchange)
    }

    /// The device asks for its codes (RFC 8628 §3.1) and shows the user code.
    fn device_authorize(&mut self, by: By, overrides: Overrides, edits: &StepEdits) -> Verdict {
        self.app_exchange(
            by,
            edits,
            |app| app.device_authorization_request(overrides),
            |app, exchange, ctx, _| app.on_device_authorized(&exchange.response, ctx),
        )
    }

    /// Alice opens the verification page on her phone with the code the device
    /// shows (RFC 8628 §3.3; `with.user_code` is what she types instead). Nothing
    /// carries the code from one device to the other but Alice herself.
    fn enter_code(&mut self, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let mut query = Params::new();
        query.push_some("user_code", self.client.shown_user_code());
        overrides.apply(&mut query);
        let mut url = format!("https://{AUTH_HOST}{VERIFICATION_PATH}");
        if !query.is_empty() {
            url = format!("{url}?{}", query.encode());
        }
        let mut request = self.phone.open(&url, ctx!(self));
        edits.apply(&mut request);
        self.browse(By::Phone, request)
    }

    /// The device polls the token endpoint once (RFC 8628 §3.4).
    fn poll(&mut self, by: By, overrides: Overrides, edits: &StepEdits) -> Verdict {
        self.app_exchange(
            by,
            edits,
            |app| app.poll_request(overrides),
            |app, exchange, ctx, seen| {
                app.on_poll(&exchange.request, &exchange.response, ctx, seen);
            },
        )
    }

    /// The attacker takes values the scenario says leaked.
    fn steal(&mut self, overrides: &Overrides) -> Topic {
        let ctx = ctx!(self);
        for (name, value) in overrides.iter() {
            if let Resolved::One(value) = value {
                self.attacker.client.keep(name, value, ctx);
            }
        }
        Topic::ValuesStolen
    }
}

/// One query parameter of a URL.
fn query_value(url: Option<&str>, name: &str) -> Option<String> {
    let url = url::Url::parse(url?).ok()?;
    url.query_pairs()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.into_owned())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::rules::{play, start};
    use super::*;

    #[test]
    fn the_roles_step_sends_nothing_changes_nothing_and_keeps_the_clock() {
        let transcript = play(json!([{ "do": "roles" }, { "do": "register" }]));
        let roles = &transcript.steps[0];
        assert_eq!(roles.topic, Topic::RolesIntroduced);
        assert!(roles.messages.is_empty());
        assert!(roles.changes.is_empty());
        assert_eq!(roles.outcome, Outcome::default());
        assert_eq!(roles.at, start());
        assert_eq!(transcript.steps[1].outcome.status, Some(201));
    }
}
