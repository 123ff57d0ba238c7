//! Where actors keep what they remember: a [`Ledger`] (many of a kind) or a [`Slot`]
//! (one of a kind). Every insertion, update and removal is written to the step's
//! [`Journal`], so nothing an actor remembers can change unseen.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use indexmap::IndexMap;

use super::actor::Actor;
use super::memory::{Change, ChangeKind, Details, Item, ItemKind, Journal, Reason, Status};

/// How a remembered value describes itself.
pub trait Describe {
    fn details(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
    fn expires_at(&self) -> Option<DateTime<Utc>> {
        None
    }
    fn status(&self) -> Status {
        Status::Live
    }
    /// The details as the transcript keeps them: `shown` (what the entry showed last,
    /// or the ledger's empty list) when they are the same, so a change of status
    /// alone copies no text. A value whose details are shared by others like it
    /// returns that shared list instead.
    fn shown(&self, shown: &Details) -> Details {
        let details = self.details();
        if details[..] == shown[..] {
            Arc::clone(shown)
        } else {
            Details::from(details)
        }
    }
}

impl Describe for () {}

/// How one remembered value shows in the transcript, `shown` being what its entry
/// showed last ([`Describe::shown`]).
fn item<T: Describe>(kind: ItemKind, key: &str, value: &T, shown: &Details) -> Arc<Item> {
    Arc::new(Item {
        kind,
        key: key.to_owned(),
        details: value.shown(shown),
        expires_at: value.expires_at(),
        status: value.status(),
    })
}

/// One remembered value and the details its last change showed.
#[derive(Debug, Clone)]
struct Entry<T> {
    value: T,
    shown: Details,
}

/// A keyed collection of one kind of thing an actor remembers. Its order is not
/// what the State view shows (that comes from the journal), so removing an entry
/// swaps the last one into its place and costs the same however large it grows.
#[derive(Debug, Clone)]
pub struct Ledger<T> {
    actor: Actor,
    kind: ItemKind,
    /// Hashed with foldhash: keys are the simulation's own random ids, read on every
    /// request, and `SipHash`'s resistance to chosen keys buys nothing here; the
    /// iteration order is `IndexMap`'s insertion order either way.
    entries: IndexMap<String, Entry<T>, foldhash::fast::RandomState>,
    /// The details of a value that has none, shared by all of them.
    none: Details,
}

impl<T: Describe> Ledger<T> {
    pub fn new(actor: Actor, kind: ItemKind) -> Self {
        Self {
            actor,
            kind,
            entries: IndexMap::default(),
            none: Details::from([]),
        }
    }

    pub fn get(&self, key: &str) -> Option<&T> {
        self.entries.get(key).map(|entry| &entry.value)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.entries.contains_key(key)
    }

    /// Every entry with its key.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &T)> {
        self.entries.iter().map(|(k, e)| (k.as_str(), &e.value))
    }

    pub fn insert(&mut self, key: String, value: T, journal: &mut Journal) {
        let item = item(self.kind, &key, &value, &self.none);
        let shown = Arc::clone(&item.details);
        journal.push(Change {
            actor: self.actor,
            kind: ChangeKind::Added { item },
        });
        self.entries.insert(key, Entry { value, shown });
    }

    /// Changes an entry in place and records how it looks afterwards.
    pub fn update(
        &mut self,
        key: &str,
        reason: Reason,
        journal: &mut Journal,
        change: impl FnOnce(&mut T),
    ) {
        let Some(entry) = self.entries.get_mut(key) else {
            return;
        };
        change(&mut entry.value);
        let item = item(self.kind, key, &entry.value, &entry.shown);
        entry.shown = Arc::clone(&item.details);
        journal.push(Change {
            actor: self.actor,
            kind: ChangeKind::Updated { item, reason },
        });
    }

    pub fn remove(&mut self, key: &str, reason: Reason, journal: &mut Journal) -> Option<T> {
        let Entry { value, .. } = self.entries.swap_remove(key)?;
        journal.push(Change {
            actor: self.actor,
            kind: ChangeKind::Removed {
                kind: self.kind,
                key: key.to_owned(),
                reason,
            },
        });
        Some(value)
    }
}

/// One remembered value of a kind (the client's current `state`, its access token).
#[derive(Debug, Clone)]
pub struct Slot<T = ()> {
    ledger: Ledger<T>,
}

impl<T: Describe> Slot<T> {
    pub fn new(actor: Actor, kind: ItemKind) -> Self {
        Self {
            ledger: Ledger::new(actor, kind),
        }
    }

    /// The value held, if any.
    pub fn get(&self) -> Option<&str> {
        self.ledger.entries.keys().next().map(String::as_str)
    }

    /// Holds `value`, forgetting whatever was held before.
    pub fn set_with(&mut self, value: &str, details: T, journal: &mut Journal) {
        if self.get() == Some(value) {
            return;
        }
        self.take(Reason::Replaced, journal);
        self.ledger.insert(value.to_owned(), details, journal);
    }

    /// Forgets the value, returning it.
    pub fn take(&mut self, reason: Reason, journal: &mut Journal) -> Option<String> {
        let key = self.get()?.to_owned();
        self.ledger.remove(&key, reason, journal);
        Some(key)
    }
}

impl Slot<()> {
    pub fn set(&mut self, value: &str, journal: &mut Journal) {
        self.set_with(value, (), journal);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::memory::{Memory, net};

    #[test]
    fn a_ledger_journals_every_change_and_memory_replays_them() {
        let mut journal = Journal::new();
        let mut codes: Ledger<()> = Ledger::new(Actor::AuthorizationServer, ItemKind::Code);
        codes.insert("c1".into(), (), &mut journal);
        codes.insert("c2".into(), (), &mut journal);
        codes.remove("c1", Reason::Exchanged, &mut journal);
        assert_eq!(journal.len(), 3);
        let mut memory = Memory::default();
        memory.apply(&journal);
        let keys: Vec<_> = memory
            .of(Actor::AuthorizationServer)
            .map(|i| i.key.as_str())
            .collect();
        assert_eq!(keys, ["c2"]);
    }

    #[test]
    fn what_comes_and_goes_within_a_step_leaves_no_trace() {
        let mut journal = Journal::new();
        let mut redirect = Slot::new(Actor::ResourceOwner, ItemKind::Redirect);
        redirect.set("https://auth.example/authorize", &mut journal);
        redirect.take(Reason::Progressed, &mut journal);
        redirect.set("https://printer.example/callback?code=x", &mut journal);
        let net = net(journal);
        assert_eq!(net.len(), 1);
        assert_eq!(net[0].key(), "https://printer.example/callback?code=x");
    }

    #[test]
    fn a_step_that_touches_thousands_of_things_nets_each_once_in_order() {
        let mut journal = Journal::new();
        let mut codes: Ledger<()> = Ledger::new(Actor::AuthorizationServer, ItemKind::Code);
        for i in 0..10_000 {
            codes.insert(format!("c{i}"), (), &mut journal);
        }
        for i in (1..10_000).step_by(2) {
            codes.remove(&format!("c{i}"), Reason::Exchanged, &mut journal);
        }
        codes.update("c0", Reason::Replaced, &mut journal, |()| {});
        let net = net(journal);
        assert_eq!(net.len(), 5_000);
        assert!(
            net.iter()
                .all(|c| matches!(c.kind, ChangeKind::Added { .. }))
        );
        let keys: Vec<&str> = net.iter().map(Change::key).take(3).collect();
        assert_eq!(keys, ["c0", "c2", "c4"]);
    }

    /// A token whose details are its client and whose status can change.
    struct Token {
        client: &'static str,
        status: Status,
    }

    impl Describe for Token {
        fn details(&self) -> Vec<(&'static str, String)> {
            vec![("client", self.client.to_owned())]
        }
        fn status(&self) -> Status {
            self.status
        }
    }

    fn details_of(change: &Change) -> Option<&Details> {
        match &change.kind {
            ChangeKind::Added { item } | ChangeKind::Updated { item, .. } => Some(&item.details),
            ChangeKind::Removed { .. } => None,
        }
    }

    #[test]
    fn a_change_of_status_alone_shares_the_details_and_a_new_client_does_not() {
        let mut journal = Journal::new();
        let mut tokens = Ledger::new(Actor::AuthorizationServer, ItemKind::RefreshToken);
        let token = Token {
            client: "printer",
            status: Status::Live,
        };
        tokens.insert("r1".into(), token, &mut journal);
        tokens.update("r1", Reason::Rotated, &mut journal, |t| {
            t.status = Status::Retired;
        });
        tokens.update("r1", Reason::Replaced, &mut journal, |t| {
            t.client = "scanner";
        });
        let details: Vec<&Details> = journal.iter().filter_map(details_of).collect();
        assert!(Arc::ptr_eq(details[0], details[1]));
        assert!(!Arc::ptr_eq(details[1], details[2]));
        assert_eq!(details[2][0], ("client", "scanner".to_owned()));
    }

    #[test]
    fn a_slot_replaces_its_value_and_says_so() {
        let mut journal = Journal::new();
        let mut state = Slot::new(Actor::Client, ItemKind::State);
        state.set("s1", &mut journal);
        state.set("s2", &mut journal);
        assert_eq!(state.get(), Some("s2"));
        assert!(matches!(
            journal[1].kind,
            ChangeKind::Removed {
                reason: Reason::Replaced,
                ..
            }
        ));
    }
}
