//! The deterministic core: four actors exchanging HTTP-like messages, driven by
//! scenario steps, with time and randomness as inputs (a simulated clock that only
//! `wait` moves, a seeded `ChaCha8Rng`). It knows nothing of terminals, files, the
//! wall clock or the OS random source.
//!
//! ```
//! use oauth_sim::sim::{self, Words, World, standard_flow};
//! let start = "2026-01-01T09:00:00Z".parse().unwrap();
//! let title = Words::english("demo");
//! let summary = Words::default();
//! let transcript = sim::run(&title, &summary, &World::default(), &standard_flow(), 1, start);
//! assert!(transcript.passed());
//! ```

mod actor;
mod answers;
mod attacker;
mod authorization_server;
mod browser;
mod capture;
mod checked;
mod checks;
mod client;
mod clock;
mod context;
pub mod cookie_jar;
mod flow;
mod introspection_cache;
pub mod jwt;
mod ledger;
mod memory;
mod message;
mod network;
mod oauth_error;
mod oidc;
mod overrides;
mod params;
mod pkce;
mod protocol;
mod raw_request;
mod referrer_policy;
mod request_edits;
mod resource_server;
#[cfg(test)]
mod rules;
mod scope;
mod secrets;
mod skip;
mod step;
mod topic;
mod transcript;
mod variables;
mod words;
mod world;

use std::sync::Arc;

use chrono::{DateTime, Utc};

pub use actor::Actor;
pub use capture::{Captures, Misplaced, Segment, check_order, path_text};
pub(crate) use checked::{ObjectOnly, checked_map, objects_only};
pub use checks::{Check, Checks, Field, LocationChecks};
pub use clock::later;
pub use memory::{Change, ChangeKind, Item, ItemKind, Memory, Reason, Status};
pub use message::{
    Body, Gist, HeaderName, Inactive, Message, Method, Payload, Request, Response,
    is_credential_header,
};
pub use oauth_error::ErrorCode;
pub use oidc::{ID_TOKEN_CLAIMS, JWKS_PATH};
pub use params::{Params, is_credential};
pub use protocol::GrantType;
pub use referrer_policy::ReferrerPolicy;
pub use request_edits::{HeaderEdit, HeaderEdits, StepEdits, TokenIn};
pub use skip::{Cause, Lacks, Skip, Stop};
pub use step::{
    Action, Ask, By, Expect, ParamValue, Step, Text, With, client_credentials_flow, device_flow,
    implicit_flow, password_flow, standard_flow,
};
pub use topic::Topic;
pub use transcript::{Mismatch, Outcome, Problem, StepRecord, Transcript};
pub use variables::{Name, Unresolved, Var, closest};
pub use words::{Localized, Words};
pub use world::{
    AttackerConfig, AuthMethod, ClientConfig, ClientType, RedirectMatching, ResourceConfig,
    ServerPolicy, UserConfig, World,
};

use attacker::Attacker;
use authorization_server::AuthorizationServer;
pub use authorization_server::encode_basic;
use browser::Browser;
use client::Client;
use clock::Clock;
use context::Ctx;
use introspection_cache::IntrospectionCache;
use memory::Journal;
use resource_server::ResourceServer;
use secrets::Secrets;
use variables::Seen;

/// The id the resource server uses when it asks the authorization server about a
/// token (RFC 7662 §2.1: the protected resource authenticates too).
const RESOURCE_SERVER_ID: &str = "photos-api";

/// A world in motion.
#[derive(Debug, Clone)]
pub struct Simulation {
    clock: Clock,
    secrets: Secrets,
    journal: Journal,
    messages: Vec<Message>,
    seen: Seen,
    client: Client,
    /// Alice's browser.
    owner: Browser,
    /// Alice's phone, where she approves a device (RFC 8628 §3.3).
    phone: Browser,
    auth: AuthorizationServer,
    resource: ResourceServer,
    /// The resource server's cache of introspection answers.
    api_cache: IntrospectionCache,
    attacker: Attacker,
    /// Where the client's flow stopped, when the client stops (a what-if branch, or
    /// a file with `client_stops`); `None` when it sends every scripted request.
    stopping: Option<skip::Stopping>,
}

impl Simulation {
    /// Sets up the world. When the steps have no `register`, the client is
    /// registered now, without a message, so a scenario can start at the step it is
    /// about; `other_clients` are always registered already, for the same flow.
    pub fn new(world: &World, seed: u64, start: DateTime<Utc>, preregister: bool) -> Self {
        let mut secrets = Secrets::new(seed);
        let signer = jwt::Signer::from_seed(seed);
        let credentials = (RESOURCE_SERVER_ID.to_owned(), secrets.secret());
        let mut sim = Self {
            clock: Clock::starting_at(start),
            secrets,
            journal: Journal::new(),
            messages: Vec::new(),
            seen: Seen::default(),
            client: Client::new(Actor::Client, world.client.clone()).playing(world.grant.clone()),
            owner: Browser::new(Actor::ResourceOwner, world.user.clone()),
            phone: Browser::new(Actor::Phone, world.user.clone()),
            auth: AuthorizationServer::new(
                world.server.clone(),
                &[world.user.clone(), world.attacker.account()],
                credentials.clone(),
                &[&world.client, &world.attacker.client],
            )
            .signing_with(signer.clone()),
            resource: ResourceServer::new(world.resource.clone(), &credentials)
                .trusting(signer.jwks()),
            api_cache: IntrospectionCache::new(world.resource.introspection_cache),
            attacker: Attacker::new(world.attacker.account(), world.attacker.client.clone()),
            stopping: None,
        };
        let mut ctx = Ctx {
            now: sim.clock.now(),
            secrets: &mut sim.secrets,
            journal: &mut sim.journal,
        };
        for other in &world.other_clients {
            sim.auth
                .preregister(other, world.grant.registered_with(), &mut ctx);
        }
        if preregister {
            let grants = world.grant.registered_with();
            let (id, secret) = sim.auth.preregister(&world.client, grants, &mut ctx);
            sim.client
                .remember_credentials(&id, secret.as_deref(), &mut ctx, &mut sim.seen);
        }
        sim
    }

    /// What changed since the last call: before step 1, what the world starts with.
    pub fn take_changes(&mut self) -> Vec<Change> {
        memory::net(std::mem::take(&mut self.journal))
    }

    /// Makes the client stop its flow as correct software does (`skip.rs`): the
    /// requests it cannot make are skipped from now on instead of sent.
    pub fn stop_when_flow_stops(&mut self) {
        self.stopping.get_or_insert_with(skip::Stopping::default);
    }

    /// Runs one step and records everything it did; the record shares the step.
    pub fn step(&mut self, index: usize, step: impl Into<Arc<Step>>) -> StepRecord {
        let step = step.into();
        let skipped = self
            .stopping
            .as_ref()
            .and_then(|stopping| stopping.skip(&step, self.client.holdings()));
        if let Some(skip) = skipped {
            return self.skipped(index, step, skip);
        }
        let inputs = overrides::Overrides::resolve(&step.with, &self.seen).and_then(|overrides| {
            let raw = step.raw.as_ref().map(|r| r.build(&self.seen)).transpose()?;
            let tamper = overrides::Overrides::resolve_field(&step.tamper, &self.seen, "tamper")?;
            Ok((overrides, raw, tamper))
        });
        let (outcome, topic, problem) = match inputs {
            Ok((overrides, raw, tamper)) => {
                let (outcome, topic) = self.perform(&step, overrides, raw, &tamper);
                (outcome, topic, None)
            }
            Err(missing) => (
                transcript::Outcome::default(),
                Topic::VariableUnset,
                Some(Problem::unset(index, missing)),
            ),
        };
        if let Some(stopping) = &mut self.stopping {
            stopping.observe(&step, index, &outcome, topic);
        }
        let concluded = transcript::conclude(
            &step,
            index,
            &outcome,
            &self.messages,
            &mut self.seen,
            problem,
        );
        StepRecord {
            index,
            step,
            at: self.clock.now(),
            messages: std::mem::take(&mut self.messages),
            outcome,
            topic,
            changes: self.take_changes(),
            problem: concluded.problem,
            mismatches: concluded.mismatches.into_boxed_slice(),
            captured: concluded.captured.into_boxed_slice(),
            skipped: None,
        }
    }

    /// The record of a step the client did not take: no message, no change, its
    /// expectation read only for `skipped`, explained by the step that stopped the flow.
    fn skipped(&mut self, index: usize, step: Arc<Step>, skip: Skip) -> StepRecord {
        let mismatches = transcript::compare_skipped(step.expect.as_deref(), true);
        StepRecord {
            index,
            at: self.clock.now(),
            messages: Vec::new(),
            outcome: transcript::Outcome::default(),
            topic: skip.stop.topic,
            changes: self.take_changes(),
            problem: None,
            mismatches: mismatches.into_boxed_slice(),
            captured: Box::default(),
            skipped: Some(Box::new(skip)),
            step,
        }
    }
}

/// A run in progress: each step's record as it is made, so a long scenario can be
/// written out step by step and nothing holds the whole transcript. `head` is the
/// transcript without steps (title, seed, start, what the world starts with).
pub struct Run {
    head: Transcript,
    sim: Simulation,
    steps: std::vec::IntoIter<Arc<Step>>,
    done: usize,
}

impl Run {
    /// A run of `steps`: given as `Arc`s (a scenario's), each record shares its step.
    pub fn new<S: Into<Arc<Step>>>(
        title: &Words,
        summary: &Words,
        world: &World,
        steps: Vec<S>,
        seed: u64,
        start: DateTime<Utc>,
    ) -> Self {
        let steps: Vec<Arc<Step>> = steps.into_iter().map(Into::into).collect();
        let preregister = !steps
            .iter()
            .any(|s| s.action == Action::Register && s.taker() == By::Client);
        let mut sim = Simulation::new(world, seed, start, preregister);
        let head = Transcript {
            title: title.clone(),
            summary: summary.clone(),
            seed,
            start,
            initial: sim.take_changes(),
            planned: steps.len(),
            steps: Vec::new(),
        };
        Self {
            head,
            sim,
            steps: steps.into_iter(),
            done: 0,
        }
    }

    /// The same run with a client that stops its flow when it cannot go on
    /// (`skip.rs`), when `stops`; as scripted otherwise.
    #[must_use]
    pub fn client_stops(mut self, stops: bool) -> Self {
        if stops {
            self.sim.stop_when_flow_stops();
        }
        self
    }

    /// The transcript so far, without its steps.
    pub fn head(&self) -> &Transcript {
        &self.head
    }

    /// Runs the remaining steps and returns the whole transcript.
    pub fn into_transcript(mut self) -> Transcript {
        let steps = self.by_ref().map(StepRecord::compact).collect();
        Transcript { steps, ..self.head }
    }

    /// How many steps the run has in all (once a problem stopped it, the steps made).
    pub fn total(&self) -> usize {
        self.done + self.steps.len()
    }
}

impl Iterator for Run {
    type Item = StepRecord;

    /// The next step's record; a step with a problem is the last one (the file is
    /// wrong there, and what follows would only fail because of it).
    fn next(&mut self) -> Option<StepRecord> {
        let step = self.steps.next()?;
        self.done += 1;
        let record = self.sim.step(self.done, step);
        if record.problem.is_some() {
            self.steps = Vec::new().into_iter();
        }
        Some(record)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.steps.size_hint()
    }
}

/// Runs steps from the start and returns the transcript.
pub fn run(
    title: &Words,
    summary: &Words,
    world: &World,
    steps: &[Step],
    seed: u64,
    start: DateTime<Utc>,
) -> Transcript {
    Run::new(title, summary, world, steps.to_vec(), seed, start).into_transcript()
}
