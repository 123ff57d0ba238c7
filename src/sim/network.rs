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

use super::Simulation;
use super::actor::Actor;
use super::answers::page;
use super::authorization_server::HOST as AUTH_HOST;
use super::client::{PHOTOS_PATH, SIGNIN_PATH};
use super::context::Ctx;
use super::message::{Body, Message, Payload, Request, Response};
use super::oauth_error::ErrorCode;
use super::overrides::Overrides;
use super::request_edits::TokenIn;
use super::resource_server::{Check, HOST as API_HOST};
use super::topic::Topic;

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
        self.messages
            .insert(at, message(from, to, now, Payload::Request(request)));
        let verdict = Verdict {
            status: response.status,
            error: response.error,
            topic,
        };
        self.messages
            .push(message(to, from, now, Payload::Response(response)));
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
            Actor::ResourceOwner => (page(404, Topic::NoSuchPage), Topic::NoSuchPage),
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
        if let Some(answer) = self.resource.check_jwt(request, self.clock.now()) {
            return answer;
        }
        match self.resource.check(request) {
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

/// One message, stored without the spare room its lists grew while it was built: a
/// transcript keeps every message for as long as it is shown.
fn message(
    from: Actor,
    to: Actor,
    at: chrono::DateTime<chrono::Utc>,
    mut payload: Payload,
) -> Message {
    payload.shrink_to_fit();
    Message {
        from,
        to,
        at,
        payload,
    }
}
