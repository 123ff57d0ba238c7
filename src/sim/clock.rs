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

    /// Moves the clock forward; saturates instead of overflowing on absurd waits.
    pub fn advance(&mut self, seconds: u64) {
        let step = i64::try_from(seconds).map_or(Duration::MAX, Duration::seconds);
        self.now = self
            .now
            .checked_add_signed(step)
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
    }

    /// The instant `seconds` from now.
    pub fn after(self, seconds: u32) -> DateTime<Utc> {
        let mut later = self;
        later.advance(u64::from(seconds));
        later.now
    }
}
