//! The simulated clock: it starts where the scenario says and only `wait` moves it, so
//! a run never depends on the wall clock.

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    now: DateTime<Utc>,
}

impl Clock {
    pub fn starting_at(now: DateTime<Utc>) -> Self {
        Self { now }
    }

    pub fn now(self) -> DateTime<Utc> {
        self.now
    }

    /// Moves the clock forward.
    pub fn advance(&mut self, seconds: u64) {
        self.now = later(self.now, seconds);
    }
}

/// The instant `seconds` after `at`; saturates instead of overflowing on absurd
/// lifetimes or waits.
pub fn later(at: DateTime<Utc>, seconds: u64) -> DateTime<Utc> {
    let step = i64::try_from(seconds).map_or(Duration::MAX, Duration::seconds);
    at.checked_add_signed(step)
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// Whether something that expires at `at` has expired at `now`: a token issued for
/// 3600 s is dead at exactly 3600 s, everywhere in the simulation.
pub fn has_expired(at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now >= at
}
