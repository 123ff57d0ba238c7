//! The network: the one place where a request is delivered.
//!
//! A sender builds a [`Request`] (method, scheme, host, port, path, query, headers,
//! body) and hands it to [`Simulation::deliver`], which finds the party that serves
//! that host and path, lets it answer, and gives both back as an [`Exchange`]. The
//! sender reads the answer, then [`Simulation::record`] writes the two messages into
//! the transcript with their true sender and receiver. No party reaches into another:
//! what one learns of another comes in a message. The shape is quinn-proto's
//! `Endpoint::handle`: parties are plain values and the network is a loop over them,
//! so the core stays sans-IO and a later HTTP front end can serve the same parties.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::Simulation;
use super::actor::Actor;
use super::answers::page;
use super::authorization_server::HOST as AUTH_HOST;
use super::client::{PASSWORD_PATH, PHOTOS_PATH, SIGNIN_PATH};
use super::context::Ctx;
use super::message::{Body, Message, Payload, Request, Response};
use super::oauth_error::ErrorCode;
use super::overrides::Overrides;
use super::request_edits::TokenIn;
use super::resource_server::{Check, HOST as API_HOST};
use super::step::{Action, By, Step};
use super::topic::Topic;
use super::transcript::{Outcome, StepRecord};
use super::world::World;

/// A request, the answer it got, and who answered it; not yet in the transcript.
#[must_use = "an exchange is only seen once it is recorded"]
pub(super) struct Exchange {
    /// Where in the transcript the request goes: before any message the answering
    /// party sent while it worked on it (the resource server's introspection).
    at: usize,
    pub from: Actor,
    pub to: Actor,
    pub request: Request,
    pub response: Response,
    pub topic: Topic,
}

impl Simulation {
    /// Delivers a request to whoever serves its host and path and returns the answer.
    /// Every request of a run passes through here.
    pub(super) fn deliver(&mut self, from: Actor, request: Request) -> Exchange {
        let to = self.route(&request);
        let at = self.messages.len();
        let (response, topic) = self.serve(to, &request);
        Exchange {
            at,
            from,
            to,
            request,
            response,
            topic,
        }
    }

    /// Writes an exchange into the transcript: the request, then (after anything the
    /// receiver sent meanwhile) its answer. Returns what the step keeps of it.
    pub(super) fn record(&mut self, exchange: Exchange) -> Verdict {
        let Exchange {
            at,
            from,
            to,
            request,
            response,
            topic,
        } = exchange;
        let now = self.clock.now();
        let request = Message {
            from,
            to,
            at: now,
            payload: Payload::Request(request),
        };
        self.messages.insert(at, request);
        let verdict = Verdict {
            status: response.status,
            error: response.error,
            topic,
        };
        self.messages.push(Message {
            from: to,
            to: from,
            at: now,
            payload: Payload::Response(response),
        });
        verdict
    }

    /// Who serves a host and path. The authorization server and the API have their
    /// own hosts; the client serves the callbacks of its redirect URIs; any other
    /// address belongs to the attacker: a host nobody else claims, or a page it
    /// uploaded to the client's site (RFC 9700 §4.1.1).
    fn route(&self, request: &Request) -> Actor {
        match request.host.as_str() {
            AUTH_HOST => Actor::AuthorizationServer,
            API_HOST => Actor::ResourceServer,
            _ if self.client.serves(request) => Actor::Client,
            _ => Actor::Attacker,
        }
    }

    /// Lets one party answer a request.
    fn serve(&mut self, to: Actor, request: &Request) -> (Response, Topic) {
        let ctx = &mut Ctx {
            now: self.clock.now(),
            secrets: &mut self.secrets,
            journal: &mut self.journal,
        };
        match to {
            Actor::AuthorizationServer => self.auth.handle(request, ctx),
            Actor::Client => self.serve_client(request),
            Actor::Attacker => self.attacker.receive(request, ctx),
            Actor::ResourceServer => self.serve_api(request),
            Actor::ResourceOwner | Actor::Phone => {
                (page(404, Topic::NoSuchPage), Topic::NoSuchPage)
            }
        }
    }

    /// The client's pages: sign-in (a redirect to the authorization server), the
    /// callback, and the photos page, for which it calls the API over the network.
    fn serve_client(&mut self, request: &Request) -> (Response, Topic) {
        let ctx = &mut Ctx {
            now: self.clock.now(),
            secrets: &mut self.secrets,
            journal: &mut self.journal,
        };
        match request.path.as_str() {
            SIGNIN_PATH => {
                let response = self.client.authorization_redirect(ctx, &mut self.seen);
                (response, Topic::SignInStarted)
            }
            PHOTOS_PATH if self.client.shows_photos_to(request) => {
                let path = self.resource.path().to_owned();
                let call = self
                    .client
                    .api_request(&path, Overrides::default(), TokenIn::Header);
                let exchange = self.deliver(Actor::Client, call);
                self.client.on_api_answer(
                    &exchange.response,
                    &mut Ctx {
                        now: self.clock.now(),
                        secrets: &mut self.secrets,
                        journal: &mut self.journal,
                    },
                );
                let page = photos_page(&exchange.response);
                let _ = self.record(exchange);
                page
            }
            PHOTOS_PATH => (page(403, Topic::NotSignedIn), Topic::NotSignedIn),
            PASSWORD_PATH if self.client.takes_passwords() => {
                self.client.collect_password(request, ctx)
            }
            path if self.client.is_callback(path) => self.client.callback(request, ctx),
            _ => (page(404, Topic::NoSuchPage), Topic::NoSuchPage),
        }
    }

    /// The API answers at once, or first asks the authorization server about the
    /// token (RFC 7662), over the same network.
    fn serve_api(&mut self, request: &Request) -> (Response, Topic) {
        if request.path != self.resource.path() {
            return (page(404, Topic::NoSuchPage), Topic::NoSuchPage);
        }
        match self.resource.check(request, self.clock.now()) {
            Check::Answer(response, topic) => (response, topic),
            Check::Introspect(ask, via) => {
                let token = ask
                    .body
                    .form()
                    .value("token")
                    .unwrap_or_default()
                    .to_owned();
                let ctx = &mut Ctx {
                    now: self.clock.now(),
                    secrets: &mut self.secrets,
                    journal: &mut self.journal,
                };
                if let Some(body) = self.api_cache.fresh(&token, ctx) {
                    let cached = Response::new(200).body(Body::Json(body));
                    let (response, topic) = self.resource.answer(&cached, via);
                    let topic = match topic {
                        Topic::ResourceServed => Topic::ResourceServedFromCache,
                        other => other,
                    };
                    return (response, topic);
                }
                let exchange = self.deliver(Actor::ResourceServer, ask);
                let answer = self.resource.answer(&exchange.response, via);
                if answer.0.status == 200 {
                    let ctx = &mut Ctx {
                        now: self.clock.now(),
                        secrets: &mut self.secrets,
                        journal: &mut self.journal,
                    };
                    let body = exchange.response.body.text();
                    self.api_cache.keep(&token, &body, ctx);
                }
                let _ = self.record(exchange);
                answer
            }
        }
    }
}

/// Requests that come from outside the simulation: `oauth-sim serve` translates each
/// real HTTP request into a [`Request`] for the authorization server's or the API's
/// host and hands it here, so a real client meets the same parties, rules and
/// memory as a simulated one. Each exchange becomes one step of a transcript that
/// grows as requests arrive, so every report and the TUI read it as they read a run.
impl Simulation {
    /// A simulation for serving: every client of the world registered at once (a
    /// real client cannot send the scenario's `register` step), and the transcript's
    /// head, whose `initial` changes list them with their credentials.
    pub fn serving(
        title: &super::Words,
        summary: &super::Words,
        world: &World,
        seed: u64,
        start: DateTime<Utc>,
    ) -> (Self, super::Transcript) {
        let mut sim = Self::new(world, seed, start, true);
        let head = super::Transcript {
            title: title.clone(),
            summary: summary.clone(),
            seed,
            start,
            initial: sim.take_changes(),
            planned: 0,
            steps: Vec::new(),
        };
        (sim, head)
    }

    /// Serves under the real address `base` (RFC 8414 §2): the authorization server's
    /// metadata lists its endpoints there, and the tokens it signs name it as `iss`.
    pub fn issue_as(&mut self, base: &str) {
        self.auth.issue_as(base);
        self.resource.trust_issuer(base);
    }

    /// The host of the simulated authorization server and of the API, in that order.
    pub fn hosts() -> (&'static str, &'static str) {
        (AUTH_HOST, API_HOST)
    }

    /// Answers one request from outside, sent by `by`'s browser (`ResourceOwner`) or
    /// app (`Client`), at `now` (the clock never goes back: an earlier `now` leaves it
    /// where it is). Returns the answer and the step that records the exchange, with
    /// every message the answer took (the API's introspection) and what changed.
    pub fn answer_outside(
        &mut self,
        index: usize,
        by: By,
        request: Request,
        now: DateTime<Utc>,
    ) -> (Response, StepRecord) {
        self.clock.catch_up(now);
        let from = match by {
            By::ResourceOwner => Actor::ResourceOwner,
            By::Attacker => Actor::Attacker,
            By::Client => Actor::Client,
            By::Phone => Actor::Phone,
        };
        let action = action_of(&request);
        let exchange = self.deliver(from, request);
        let response = exchange.response.clone();
        let verdict = self.record(exchange);
        let record = StepRecord {
            index,
            step: Arc::new(Step {
                by: Some(by),
                ..Step::new(action)
            }),
            at: self.clock.now(),
            messages: std::mem::take(&mut self.messages),
            outcome: Outcome {
                status: Some(verdict.status),
                error: verdict.error,
                redirect: action.can_redirect().then_some(verdict.status == 302),
            },
            topic: verdict.topic,
            changes: self.take_changes(),
            problem: None,
            mismatches: Box::default(),
            captured: Box::default(),
            skipped: None,
        };
        (response, record)
    }
}

/// The scenario action a request from outside amounts to, by its host and path (and,
/// at the token endpoint, its grant), so it is labelled and explained as that step.
fn action_of(request: &Request) -> Action {
    match (request.host.as_str(), request.path.as_str()) {
        (AUTH_HOST, "/authorize") => Action::Authorize,
        (AUTH_HOST, "/login") => Action::Login,
        (AUTH_HOST, "/consent") => Action::Consent,
        (AUTH_HOST, "/register") => Action::Register,
        (AUTH_HOST, "/revoke") => Action::Revoke,
        (AUTH_HOST, "/token")
            if request.body.form().value("grant_type") == Some("refresh_token") =>
        {
            Action::Refresh
        }
        (AUTH_HOST, "/token") => Action::Token,
        (API_HOST, _) => Action::CallApi,
        _ => Action::Send,
    }
}

/// What a step keeps of its final answer.
pub(super) struct Verdict {
    pub status: u16,
    pub error: Option<ErrorCode>,
    pub topic: Topic,
}

/// The client's photos page: what the API gave it, shown to the browser.
fn photos_page(api: &Response) -> (Response, Topic) {
    if api.status != 200 {
        let topic = Topic::PhotosUnavailable;
        return (page(502, topic), topic);
    }
    let mut response = page(200, Topic::PhotosShown);
    response.body = api.body.clone();
    (response, Topic::PhotosShown)
}
