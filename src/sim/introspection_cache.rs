//! The resource server's cache of introspection answers: a token found active is
//! believed for `introspection_cache` seconds without asking again. It saves a round
//! trip per call, and it is why a revoked token can keep working until the entry
//! expires (RFC 7662 §4; RFC 9700 §4.10: keep such windows short).

use chrono::{DateTime, Utc};

use super::actor::Actor;
use super::clock::{has_expired, later};
use super::context::Ctx;
use super::ledger::{Describe, Ledger};
use super::memory::{ItemKind, Reason};

/// An active introspection answer, as the authorization server sent it.
#[derive(Debug, Clone)]
pub struct Cached {
    pub body: String,
    until: DateTime<Utc>,
}

impl Describe for Cached {
    fn expires_at(&self) -> Option<DateTime<Utc>> {
        Some(self.until)
    }
}

#[derive(Debug, Clone)]
pub struct IntrospectionCache {
    seconds: u32,
    entries: Ledger<Cached>,
}

impl IntrospectionCache {
    pub fn new(seconds: u32) -> Self {
        Self {
            seconds,
            entries: Ledger::new(Actor::ResourceServer, ItemKind::CachedIntrospection),
        }
    }

    /// The cached answer for a token, if one is still fresh; a stale one is dropped.
    pub fn fresh(&mut self, token: &str, ctx: &mut Ctx) -> Option<String> {
        let until = self.entries.get(token)?.until;
        if has_expired(until, ctx.now) {
            self.entries.remove(token, Reason::Expired, ctx.journal);
            return None;
        }
        self.entries.get(token).map(|c| c.body.clone())
    }

    /// Keeps an active answer, when the policy caches at all.
    pub fn keep(&mut self, token: &str, body: &str, ctx: &mut Ctx) {
        if self.seconds == 0 || self.entries.contains(token) {
            return;
        }
        let cached = Cached {
            body: body.to_owned(),
            until: later(ctx.now, self.seconds.into()),
        };
        self.entries.insert(token.to_owned(), cached, ctx.journal);
    }
}
