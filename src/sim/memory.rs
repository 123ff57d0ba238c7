//! What each actor remembers, recorded as changes so that a transcript can show, for
//! any step, what everyone knows and what was added or deleted at that step
//! ("both sides delete the code").
//!
//! Actors keep their state in ledgers (`ledger.rs`) that write every change to the
//! step's [`Journal`]: a transcript costs memory in proportion to what changed, not
//! to steps × state.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher as _;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use hashbrown::{HashTable, hash_table};
use serde::Serialize;

use super::actor::Actor;
use super::clock::has_expired;

/// The kinds of things actors remember.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A client registration at the authorization server.
    Client,
    /// A browser session at the authorization server (who logged in, what request is
    /// in progress).
    Session,
    /// A scope the resource owner agreed to give a client.
    Consent,
    /// An authorization code.
    Code,
    /// A code already exchanged, kept to recognise a replay (RFC 6749 §4.1.2).
    UsedCode,
    AccessToken,
    RefreshToken,
    ClientId,
    ClientSecret,
    /// The `state` the client saved before redirecting (RFC 6749 §10.12).
    State,
    /// The PKCE verifier the client keeps at home (RFC 7636 §4.1).
    CodeVerifier,
    /// The browser's cookie for the authorization server.
    Cookie,
    /// Where the browser was last told to go.
    Redirect,
    /// A code that reached someone other than the client.
    StolenCode,
    /// What the API answered: the owner's data.
    Resource,
    /// A password typed into a page (the attacker's, when it is a phishing page).
    Password,
    /// An introspection answer the resource server reuses for a while.
    CachedIntrospection,
    /// A device authorization request and its device code (RFC 8628 §3.2).
    DeviceCode,
    /// The short code a device shows its user (RFC 8628 §6.1).
    UserCode,
    /// An address in the browser's history, fragment and all (RFC 9700 §4.3.2): where
    /// an implicit grant's access token stays after the page read it.
    History,
    // OpenID Connect (issue 11, part C).
    /// The `nonce` the client sent with a sign-in (OIDC Core §3.1.2.1).
    Nonce,
    /// The `id_token` the client accepted: who signed in (OIDC Core §2).
    IdToken,
    /// The server's public keys the client fetched from the `jwks_uri` (RFC 7517 §5).
    Jwks,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Client => "client",
            Self::Session => "session",
            Self::Consent => "consent",
            Self::Code => "code",
            Self::UsedCode => "used_code",
            Self::AccessToken => "access_token",
            Self::RefreshToken => "refresh_token",
            Self::ClientId => "client_id",
            Self::ClientSecret => "client_secret",
            Self::State => "state",
            Self::CodeVerifier => "code_verifier",
            Self::Cookie => "cookie",
            Self::Redirect => "redirect",
            Self::StolenCode => "stolen_code",
            Self::Resource => "resource",
            Self::Password => "password",
            Self::CachedIntrospection => "cached_introspection",
            Self::DeviceCode => "device_code",
            Self::UserCode => "user_code",
            Self::History => "history",
            Self::Nonce => "nonce",
            Self::IdToken => "id_token",
            Self::Jwks => "jwks",
        }
    }
}

/// Where a remembered thing stands, apart from expiry (which depends on the clock
/// at which one looks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Live,
    /// Retired by rotation: kept only to recognise a replay (RFC 9700 §4.14.2).
    Retired,
    Revoked,
}

/// One remembered thing as the transcript shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub kind: ItemKind,
    /// The value itself (a code, a token) or a name (a client id, `alice`).
    pub key: String,
    #[serde(serialize_with = "details_as_map")]
    /// Shared with the ledger entry's earlier items while they stay the same.
    pub details: Details,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
    pub status: Status,
}

/// What an item says about itself besides its key (`client`, `scope`, `family`), in
/// order; never changed once made, so items that say the same share one list.
pub type Details = Arc<[(&'static str, String)]>;

fn details_as_map<S: serde::Serializer>(
    details: &[(&'static str, String)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(details.iter().map(|(k, v)| (k, v)))
}

impl Item {
    /// Whether the item has expired at `now`.
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_some_and(|at| has_expired(at, now))
    }
}

/// Why something was deleted or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::VariantArray)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The code was traded for tokens.
    Exchanged,
    /// A newer value took its place.
    Replaced,
    /// The `state` was compared with the callback's and used up.
    Checked,
    /// A refresh gave a new refresh token in its place.
    Rotated,
    /// Revoked on request (RFC 7009).
    Revoked,
    /// Revoked because a code or refresh token was replayed.
    ReplayDetected,
    /// The flow moved on (a login, a consent decision).
    Progressed,
    /// The authorization server refused it; the client drops it.
    Rejected,
    /// Its time ran out.
    Expired,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exchanged => "exchanged",
            Self::Replaced => "replaced",
            Self::Checked => "checked",
            Self::Rotated => "rotated",
            Self::Revoked => "revoked",
            Self::ReplayDetected => "replay detected",
            Self::Progressed => "progressed",
            Self::Rejected => "rejected",
            Self::Expired => "expired",
        }
    }
}

/// What happened to one item at one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum ChangeKind {
    /// The item is shared with every memory folded from the transcript.
    Added {
        item: Arc<Item>,
    },
    Updated {
        item: Arc<Item>,
        reason: Reason,
    },
    Removed {
        kind: ItemKind,
        key: String,
        reason: Reason,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub actor: Actor,
    #[serde(flatten)]
    pub kind: ChangeKind,
}

impl Change {
    pub fn item_kind(&self) -> ItemKind {
        match &self.kind {
            ChangeKind::Added { item } | ChangeKind::Updated { item, .. } => item.kind,
            ChangeKind::Removed { kind, .. } => *kind,
        }
    }

    pub fn key(&self) -> &str {
        match &self.kind {
            ChangeKind::Added { item } | ChangeKind::Updated { item, .. } => &item.key,
            ChangeKind::Removed { key, .. } => key,
        }
    }
}

/// The changes of one step, in the order they happened.
pub type Journal = Vec<Change>;

/// The net effect of a step's changes: a thing added and removed within the step
/// (the browser following a redirect at once) never shows, and an added or updated
/// thing shows once, as it ended up. Each change finds the earlier ones about the same
/// thing through an index, so a step that changes many things costs what it changes.
pub fn net(changes: Journal) -> Journal {
    if changes.len() < 2 {
        return changes;
    }
    let things = number_things(&changes);
    if things.iter().enumerate().all(|(i, &thing)| thing == i) {
        // Each change is about a thing of its own: nothing to net.
        return changes;
    }
    let mut out: Vec<Option<Change>> = Vec::with_capacity(changes.len());
    // For each thing, the places in `out` that still hold a change about it, as a
    // list: its first place, and from each place the next one.
    let mut first: Vec<Option<usize>> = vec![None; changes.len()];
    let mut last: Vec<usize> = vec![0; changes.len()];
    let mut next: Vec<Option<usize>> = Vec::with_capacity(changes.len());
    for (change, thing) in changes.into_iter().zip(things) {
        let earlier = first[thing].and_then(|i| Some((i, &out[i].as_ref()?.kind)));
        match (&change.kind, earlier) {
            (ChangeKind::Removed { .. }, Some((_, ChangeKind::Added { .. }))) => {
                let mut place = first[thing].take();
                while let Some(i) = place {
                    out[i] = None;
                    place = next[i];
                }
            }
            (ChangeKind::Updated { item, .. }, Some((i, ChangeKind::Added { .. }))) => {
                let item = Arc::clone(item);
                out[i] = Some(Change {
                    actor: change.actor,
                    kind: ChangeKind::Added { item },
                });
            }
            (ChangeKind::Updated { .. }, Some((i, ChangeKind::Updated { .. }))) => {
                out[i] = Some(change);
            }
            _ => {
                let at = out.len();
                match first[thing] {
                    None => first[thing] = Some(at),
                    Some(_) => next[last[thing]] = Some(at),
                }
                last[thing] = at;
                next.push(None);
                out.push(Some(change));
            }
        }
    }
    out.into_iter().flatten().collect()
}

/// Numbers the things a journal is about (an actor's item of a kind and key), in the
/// order they first appear: the number of each change's thing. Most steps change a
/// handful of things, which a look back finds sooner than a hash; a step that changes
/// many uses an index, so the cost stays linear.
fn number_things(changes: &[Change]) -> Vec<usize> {
    const FEW: usize = 16;
    fn thing(c: &Change) -> (Actor, ItemKind, &str) {
        (c.actor, c.item_kind(), c.key())
    }
    if changes.len() <= FEW {
        return changes
            .iter()
            .enumerate()
            .map(|(i, c)| {
                changes[..i]
                    .iter()
                    .position(|earlier| thing(earlier) == thing(c))
                    .unwrap_or(i)
            })
            .collect();
    }
    let mut numbers: HashMap<(Actor, ItemKind, &str), usize> =
        HashMap::with_capacity(changes.len());
    changes
        .iter()
        .map(|c| {
            let fresh = numbers.len();
            *numbers.entry(thing(c)).or_insert(fresh)
        })
        .collect()
}

/// Everything every actor remembers at one moment, rebuilt from changes. It holds
/// the transcript's own items (`Arc`s), so folding a long transcript costs a pointer
/// per remembered thing, not a copy of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Memory {
    actors: BTreeMap<Actor, Remembered>,
}

/// One actor's items in the order it learnt them. Items are numbered as they come,
/// so forgetting one costs the same however much else is remembered; each number is
/// found by the item's kind and key, hashed from the item itself, so no key is
/// copied.
#[derive(Debug, Clone, Default)]
struct Remembered {
    numbers: HashTable<(u64, Arc<Item>)>,
    hasher: foldhash::fast::RandomState,
    items: BTreeMap<u64, Arc<Item>>,
    next: u64,
}

impl Remembered {
    fn hash(&self, kind: ItemKind, key: &str) -> u64 {
        self.hasher.hash_one((kind, key))
    }

    /// Adds an item, or replaces it where it stands.
    fn put(&mut self, item: &Arc<Item>) {
        let hash = self.hash(item.kind, &item.key);
        let hasher = &self.hasher;
        let entry = self.numbers.entry(
            hash,
            |(_, held)| held.kind == item.kind && held.key == item.key,
            |(_, held)| hasher.hash_one((held.kind, held.key.as_str())),
        );
        let at = match entry {
            hash_table::Entry::Occupied(mut held) => {
                held.get_mut().1 = Arc::clone(item);
                held.get().0
            }
            hash_table::Entry::Vacant(place) => {
                self.next += 1;
                place.insert((self.next, Arc::clone(item)));
                self.next
            }
        };
        self.items.insert(at, Arc::clone(item));
    }

    fn forget(&mut self, kind: ItemKind, key: &str) {
        let hash = self.hash(kind, key);
        if let Ok(held) = self
            .numbers
            .find_entry(hash, |(_, held)| held.kind == kind && held.key == key)
        {
            let ((at, _), _) = held.remove();
            self.items.remove(&at);
        }
    }
}

/// Two memories are equal when they hold equal items in the same order: the index
/// of numbers follows from the items.
impl PartialEq for Remembered {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl Eq for Remembered {}

impl Memory {
    /// Applies one step's changes.
    pub fn apply(&mut self, changes: &[Change]) {
        for change in changes {
            let remembered = self.actors.entry(change.actor).or_default();
            match &change.kind {
                ChangeKind::Added { item } | ChangeKind::Updated { item, .. } => {
                    remembered.put(item);
                }
                ChangeKind::Removed { kind, key, .. } => remembered.forget(*kind, key),
            }
        }
    }

    /// What `actor` remembers, in the order it learnt it.
    pub fn of(&self, actor: Actor) -> impl Iterator<Item = &Item> {
        self.actors
            .get(&actor)
            .into_iter()
            .flat_map(|remembered| remembered.items.values().map(AsRef::as_ref))
    }

    /// How many items `actor` remembers.
    pub fn count_of(&self, actor: Actor) -> usize {
        self.actors.get(&actor).map_or(0, |r| r.items.len())
    }

    /// The actors that remember anything.
    pub fn actors(&self) -> impl Iterator<Item = Actor> + '_ {
        self.actors
            .iter()
            .filter(|(_, remembered)| !remembered.items.is_empty())
            .map(|(a, _)| *a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: ItemKind, key: &str, status: Status) -> Arc<Item> {
        Arc::new(Item {
            kind,
            key: key.to_owned(),
            details: Details::from([]),
            expires_at: None,
            status,
        })
    }

    fn change(kind: ChangeKind) -> Change {
        Change {
            actor: Actor::AuthorizationServer,
            kind,
        }
    }

    fn keys(memory: &Memory) -> Vec<(&str, Status)> {
        memory
            .of(Actor::AuthorizationServer)
            .map(|i| (i.key.as_str(), i.status))
            .collect()
    }

    #[test]
    fn an_update_keeps_its_place_and_a_forgotten_key_comes_back_last() {
        let mut memory = Memory::default();
        let added = |key| {
            change(ChangeKind::Added {
                item: item(ItemKind::RefreshToken, key, Status::Live),
            })
        };
        memory.apply(&[added("a"), added("b"), added("c")]);
        memory.apply(&[
            change(ChangeKind::Updated {
                item: item(ItemKind::RefreshToken, "a", Status::Retired),
                reason: Reason::Rotated,
            }),
            change(ChangeKind::Removed {
                kind: ItemKind::RefreshToken,
                key: "b".to_owned(),
                reason: Reason::Revoked,
            }),
        ]);
        assert_eq!(keys(&memory), [("a", Status::Retired), ("c", Status::Live)]);
        memory.apply(&[added("b")]);
        assert_eq!(
            keys(&memory),
            [
                ("a", Status::Retired),
                ("c", Status::Live),
                ("b", Status::Live)
            ]
        );
    }

    #[test]
    fn the_same_key_of_another_kind_is_another_thing() {
        let mut memory = Memory::default();
        memory.apply(&[
            change(ChangeKind::Added {
                item: item(ItemKind::Code, "x", Status::Live),
            }),
            change(ChangeKind::Added {
                item: item(ItemKind::UsedCode, "x", Status::Live),
            }),
            change(ChangeKind::Removed {
                kind: ItemKind::Code,
                key: "x".to_owned(),
                reason: Reason::Exchanged,
            }),
        ]);
        let kinds: Vec<ItemKind> = memory
            .of(Actor::AuthorizationServer)
            .map(|i| i.kind)
            .collect();
        assert_eq!(kinds, [ItemKind::UsedCode]);
    }

    #[test]
    fn a_fold_holds_the_transcripts_own_items_not_copies() {
        let token = item(ItemKind::AccessToken, "t", Status::Live);
        let mut memory = Memory::default();
        memory.apply(&[change(ChangeKind::Added {
            item: Arc::clone(&token),
        })]);
        let held = memory.of(Actor::AuthorizationServer).next();
        assert!(held.is_some_and(|held| std::ptr::eq(held, Arc::as_ptr(&token))));
    }
}
