//! What the server shares between connections: the one simulation, behind a lock
//! held only while it answers one request, and the transcript it has made so far.
//!
//! Every request is answered under the lock, in the order the lock is taken, so the
//! parties see requests one at a time as in a run, and the step numbers, the JSON
//! lines and the memory agree with each other.

use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, SubsecRound as _, Utc};

use super::Options;
use super::faults::Faults;
use super::lines::{self, Registered};
use crate::explain::Lang;
use crate::report::model::Tally;
use crate::scenario::Fault;
use crate::sim::{By, Request, Response, Simulation, StepRecord, Transcript, UserConfig};

/// Where the servers' time comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClockMode {
    /// The machine's clock: tokens expire as they would in production.
    #[default]
    Real,
    /// The scenario's `start`, moved only by the control endpoint (`control.rs`).
    Simulated,
}

/// The machine's time, to the second, as the simulation shows time.
pub fn wall_clock() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(0)
}

/// The state every connection shares.
pub struct Shared {
    inner: Mutex<Inner>,
    /// Alice, as `--auto-approve` signs in.
    pub user: UserConfig,
    pub auto_approve: bool,
    pub clock: ClockMode,
    pub lang: Lang,
    /// `http://ADDRESS:PORT`, where both parties are served.
    pub base: String,
    /// Whether each exchange is printed (not under the live view, which shows it).
    pub prints: bool,
    /// The scenario's own client as registered, which a `revoke` fault acts as.
    pub client: Option<Registered>,
}

/// What changes as requests arrive.
struct Inner {
    sim: Simulation,
    /// The steps the live view has not taken yet; `None` when nobody shows them.
    arrived: Option<Vec<StepRecord>>,
    tally: Tally,
    faults: Faults,
    /// Seconds the control endpoint or a fault moved the clock ahead of its source.
    ahead: u64,
    /// The time the simulated clock started at.
    start: DateTime<Utc>,
}

impl Shared {
    pub fn new(
        sim: Simulation,
        head: &Transcript,
        user: UserConfig,
        faults: Vec<Fault>,
        options: &Options,
        base: String,
        client: Option<Registered>,
    ) -> Self {
        let start = head.start;
        Self {
            inner: Mutex::new(Inner {
                sim,
                arrived: None,
                tally: Tally::new(0),
                faults: Faults::new(faults),
                ahead: 0,
                start,
            }),
            user,
            auto_approve: options.auto_approve,
            clock: options.clock,
            lang: options.lang,
            base,
            prints: !options.tui,
            client,
        }
    }

    #[cfg(feature = "tui")]
    /// Keeps every step from now on for a live view, which takes them with
    /// [`Shared::take_arrived`].
    pub fn keep_arrived(&self) {
        self.lock().arrived.get_or_insert_with(Vec::new);
    }

    #[cfg(feature = "tui")]
    /// The steps made since the last call, oldest first.
    pub fn take_arrived(&self) -> Vec<StepRecord> {
        self.lock()
            .arrived
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// Delivers one request from outside and prints its exchange; returns the answer
    /// and the topic it was given.
    pub fn answer(&self, by: By, request: Request) -> (Response, crate::sim::Topic) {
        let mut inner = self.lock();
        let now = inner.now(self.clock);
        let index = inner.tally.steps + 1;
        let (response, record) = inner.sim.answer_outside(index, by, request, now);
        let topic = record.topic;
        inner.tally.see(&record);
        if self.prints {
            lines::exchange(&record, &inner.tally, self.lang);
        }
        if let Some(arrived) = &mut inner.arrived {
            arrived.push(record.compact());
        }
        (response, topic)
    }

    /// Counts a request to `path` against the faults and says what they do to it.
    pub fn faults_for(&self, path: &str) -> super::faults::Hit {
        let mut inner = self.lock();
        let hit = inner.faults.hit(path);
        if let Some(seconds) = hit.skew_seconds {
            inner.ahead = inner.ahead.saturating_add(seconds);
        }
        hit
    }

    /// Moves the simulated clock forward; returns the time it shows now.
    pub fn advance(&self, seconds: u64) -> DateTime<Utc> {
        let mut inner = self.lock();
        inner.ahead = inner.ahead.saturating_add(seconds);
        inner.now(self.clock)
    }

    /// The time the servers show now.
    pub fn now(&self) -> DateTime<Utc> {
        self.lock().now(self.clock)
    }

    /// The lock; a panic elsewhere while it was held leaves the simulation as the
    /// last whole answer left it, so serving goes on.
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Inner {
    /// The time of the next answer: the clock's source, plus what was added to it.
    fn now(&self, mode: ClockMode) -> DateTime<Utc> {
        let source = match mode {
            ClockMode::Real => wall_clock(),
            ClockMode::Simulated => self.start,
        };
        crate::sim::later(source, self.ahead)
    }
}
