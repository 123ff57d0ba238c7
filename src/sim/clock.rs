//! The simulated clock: it starts where the scenario says and only `wait` moves it, so
//! a run never depends on the wall clock.
//!
//! Every number of seconds comes from a file (a `wait`, a lifetime), so adding one
//! never panics or wraps: past chrono's last representable second the clock stops at
//! [`limit`], and the transcript says so ([`at_limit`]).

use std::sync::LazyLock;

use chrono::{DateTime, SubsecRound as _, TimeDelta, Utc};

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

    /// Moves the clock forward, stopping at [`limit`].
    pub fn advance(&mut self, seconds: u64) {
        self.now = later(self.now, seconds);
    }

    /// Moves the clock to `now` when that is later: a server answering real requests
    /// reads time from outside, and time it serves never runs backwards.
    pub fn catch_up(&mut self, now: DateTime<Utc>) {
        self.now = self.now.max(now);
    }
}

/// The last whole second the clock can show: `+262142-12-31T23:59:59Z`, chrono's
/// `DateTime::MAX_UTC` without its fraction, so it prints like every other time.
pub fn limit() -> DateTime<Utc> {
    static LIMIT: LazyLock<DateTime<Utc>> =
        LazyLock::new(|| DateTime::<Utc>::MAX_UTC.trunc_subsecs(0));
    *LIMIT
}

/// Whether `at` is the clock's limit: a `wait` or a lifetime went past the end of
/// representable time and stopped there.
pub fn at_limit(at: DateTime<Utc>) -> bool {
    at >= limit()
}

/// The instant `seconds` after `at`, or [`limit`] when that lies beyond it.
/// `TimeDelta::try_seconds` refuses what `TimeDelta::seconds` would panic on (more
/// than `i64::MAX / 1000` seconds).
pub fn later(at: DateTime<Utc>, seconds: u64) -> DateTime<Utc> {
    i64::try_from(seconds)
        .ok()
        .and_then(TimeDelta::try_seconds)
        .and_then(|step| at.checked_add_signed(step))
        .map_or_else(limit, |then| then.min(limit()))
}

/// Whether something that expires at `at` has expired at `now`: a token issued for
/// 3600 s is dead at exactly 3600 s, everywhere in the simulation. An expiry that
/// stopped at the clock's [`limit`] lies beyond the end of time, so it never comes.
pub fn has_expired(at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now >= at && !at_limit(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> DateTime<Utc> {
        DateTime::from_timestamp(1_767_258_000, 0).unwrap_or_default()
    }

    #[test]
    fn waits_beyond_representable_time_stop_at_the_limit() {
        // 9.3e15 s is past TimeDelta::seconds's bound (i64::MAX / 1000), where it panics.
        for seconds in [9_300_000_000_000_000, 9_223_372_036_854_775_807, u64::MAX] {
            let mut clock = Clock::starting_at(start());
            clock.advance(seconds);
            assert_eq!(clock.now(), limit(), "{seconds}");
            assert!(at_limit(clock.now()));
        }
    }

    #[test]
    fn the_limit_is_a_whole_second_in_year_262142() {
        assert_eq!(limit().to_rfc3339(), "+262142-12-31T23:59:59+00:00");
        assert_eq!(
            limit().format("%Y-%m-%d %H:%M:%S").to_string(),
            "+262142-12-31 23:59:59"
        );
    }

    #[test]
    fn ordinary_waits_add_exactly() {
        let mut clock = Clock::starting_at(start());
        clock.advance(3601);
        assert_eq!(clock.now().to_rfc3339(), "2026-01-01T10:00:01+00:00");
        assert!(!at_limit(clock.now()));
    }

    #[test]
    fn an_expiry_at_the_limit_never_comes_and_others_do() {
        assert!(!has_expired(limit(), limit()));
        assert!(has_expired(start(), limit()));
        assert!(has_expired(start(), start()));
    }
}
