//! What each action does: who sends what to whom, in order, and which answer is the
//! step's outcome (`scenario-format.md`, the table of `do`).

use url::Url;

use super::Simulation;
use super::actor::Actor;
use super::context::Ctx;
use super::message::{Message, Payload, Request, Response};
use super::oauth_error::ErrorCode;
use super::overrides::Overrides;
use super::request_edits::{StepEdits, TokenIn};
use super::resource_server::Check;
use super::step::{Action, Step};
use super::topic::Topic;
use super::transcript::Outcome;

/// Where the client's redirect sends the browser.
const AUTHORIZATION_ENDPOINT: &str = "https://auth.example/authorize";

/// Builds the step context from disjoint fields, so actors can be borrowed beside it.
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
    pub(super) fn perform(&mut self, step: &Step, overrides: Overrides) -> (Outcome, Topic) {
        let edits = &step.edits;
        let verdict = match step.action {
            Action::Register => self.register(&overrides, edits),
            Action::Authorize => self.authorize(&overrides, edits),
            Action::Login => self.login(&overrides, edits),
            Action::Consent => self.consent(&overrides, edits),
            Action::Callback => self.callback(&overrides, edits),
            Action::Token => self.token(overrides, edits),
            Action::Refresh => self.refresh(overrides, edits),
            Action::Revoke => self.revoke(overrides, edits),
            Action::CallApi => self.call_api(overrides, edits, step.token_in),
            Action::Wait => {
                self.clock.advance(step.seconds.unwrap_or_default());
                return (Outcome::default(), Topic::ClockMoved);
            }
        };
        let outcome = Outcome {
            status: Some(verdict.status),
            error: verdict.error,
            redirect: step.action.can_redirect().then_some(verdict.status == 302),
        };
        (outcome, verdict.topic)
    }

    /// Records a message. A transcript keeps every message for as long as it is
    /// shown, so each is stored without the spare room its vectors grew while it
    /// was being built.
    fn send(&mut self, from: Actor, to: Actor, mut payload: Payload) {
        payload.shrink_to_fit();
        self.messages.push(Message {
            from,
            to,
            at: self.clock.now(),
            payload,
        });
    }

    /// Sends a request and its answer between two actors; what the step keeps of
    /// the answer is its verdict.
    fn exchange(
        &mut self,
        from: Actor,
        to: Actor,
        request: Request,
        answer: (Response, Topic),
    ) -> Verdict {
        self.send(from, to, Payload::Request(request));
        self.reply(to, from, answer)
    }

    /// Sends an answer and keeps its verdict.
    fn reply(&mut self, from: Actor, to: Actor, (response, topic): (Response, Topic)) -> Verdict {
        let verdict = Verdict {
            status: response.status,
            error: response.error,
            topic,
        };
        self.send(from, to, Payload::Response(response));
        verdict
    }

    fn register(&mut self, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let mut request = self.client.registration_request(overrides);
        edits.apply(&mut request);
        let answer = self
            .auth
            .register(&request, self.client.config(), ctx!(self));
        self.client
            .on_registered(&answer.0, ctx!(self), &mut self.seen);
        self.exchange(Actor::Client, Actor::AuthorizationServer, request, answer)
    }

    /// The client redirects the browser, which carries the request to the
    /// authorization server: the front channel (RFC 6749 §4.1.1).
    fn authorize(&mut self, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let redirect = self
            .client
            .authorization_redirect(overrides, ctx!(self), &mut self.seen);
        self.owner.receive(&redirect, ctx!(self));
        self.send(
            Actor::Client,
            Actor::ResourceOwner,
            Payload::Response(redirect),
        );
        let mut request = self.owner.follow(AUTHORIZATION_ENDPOINT, ctx!(self));
        edits.apply(&mut request);
        let answer = self.auth.authorize(&request, ctx!(self));
        self.owner.receive(&answer.0, ctx!(self));
        self.exchange(
            Actor::ResourceOwner,
            Actor::AuthorizationServer,
            request,
            answer,
        )
    }

    fn login(&mut self, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let mut request = self.owner.login_request(overrides);
        edits.apply(&mut request);
        let answer = self.auth.login(&request, ctx!(self));
        self.exchange(
            Actor::ResourceOwner,
            Actor::AuthorizationServer,
            request,
            answer,
        )
    }

    fn consent(&mut self, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let offered = self.auth.offered_scope(self.owner.session());
        let mut request = self.owner.consent_request(offered.as_deref(), overrides);
        edits.apply(&mut request);
        let answer = self.auth.consent(&request, ctx!(self));
        self.owner.receive(&answer.0, ctx!(self));
        if let Some(code) = query_value(answer.0.location(), "code") {
            self.seen.code(&code);
        }
        self.exchange(
            Actor::ResourceOwner,
            Actor::AuthorizationServer,
            request,
            answer,
        )
    }

    /// The browser follows the last redirect to wherever it points: the client's
    /// callback, or, when the server let another redirect URI through, whoever owns
    /// that page (an attacker, RFC 9700 §4.1.1).
    fn callback(&mut self, overrides: &Overrides, edits: &StepEdits) -> Verdict {
        let fallback = self.client.callback_url();
        let mut request = self.owner.follow(&fallback, ctx!(self));
        overrides.apply(&mut request.query);
        edits.apply(&mut request);
        if self.client.serves(&request) {
            let answer = self.client.callback(&request, ctx!(self));
            self.exchange(Actor::ResourceOwner, Actor::Client, request, answer)
        } else {
            let answer = self.attacker.receive(&request, ctx!(self));
            self.exchange(Actor::ResourceOwner, Actor::Attacker, request, answer)
        }
    }

    /// The back channel: the client trades the code for tokens (RFC 6749 §4.1.3).
    fn token(&mut self, overrides: Overrides, edits: &StepEdits) -> Verdict {
        let mut request = self.client.token_request(overrides);
        edits.apply(&mut request);
        let answer = self.auth.token(&request, ctx!(self));
        self.client
            .on_tokens(&request, &answer.0, ctx!(self), &mut self.seen);
        self.exchange(Actor::Client, Actor::AuthorizationServer, request, answer)
    }

    fn refresh(&mut self, overrides: Overrides, edits: &StepEdits) -> Verdict {
        let mut request = self.client.refresh_request(overrides);
        edits.apply(&mut request);
        let answer = self.auth.token(&request, ctx!(self));
        self.client
            .on_tokens(&request, &answer.0, ctx!(self), &mut self.seen);
        self.client.on_refresh_refused(&answer.0, ctx!(self));
        self.exchange(Actor::Client, Actor::AuthorizationServer, request, answer)
    }

    fn revoke(&mut self, overrides: Overrides, edits: &StepEdits) -> Verdict {
        let mut request = self.client.revoke_request(overrides);
        edits.apply(&mut request);
        let answer = self.auth.revoke(&request, ctx!(self));
        self.client.on_revoked(&request, &answer.0, ctx!(self));
        self.exchange(Actor::Client, Actor::AuthorizationServer, request, answer)
    }

    /// The client calls the API; the API asks the authorization server about the
    /// token (RFC 7662) before it answers (RFC 6750 §3).
    fn call_api(&mut self, overrides: Overrides, edits: &StepEdits, token_in: TokenIn) -> Verdict {
        let mut request = self
            .client
            .api_request(self.resource.path(), overrides, token_in);
        edits.apply(&mut request);
        let check = self.resource.check(&request);
        self.send(
            Actor::Client,
            Actor::ResourceServer,
            Payload::Request(request),
        );
        let answer = match check {
            Check::Answer(response, topic) => (response, topic),
            Check::Introspect(ask) => {
                let (status, why) = self.auth.introspect(&ask, self.clock.now());
                let answer = self.resource.answer(&status, why);
                self.exchange(
                    Actor::ResourceServer,
                    Actor::AuthorizationServer,
                    ask,
                    (status, why),
                );
                answer
            }
        };
        self.reply(Actor::ResourceServer, Actor::Client, answer)
    }
}

/// What a step keeps of its final answer.
struct Verdict {
    status: u16,
    error: Option<ErrorCode>,
    topic: Topic,
}

/// One query parameter of a URL.
fn query_value(url: Option<&str>, name: &str) -> Option<String> {
    let url = Url::parse(url?).ok()?;
    url.query_pairs()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.into_owned())
}
