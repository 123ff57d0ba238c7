//! What the attacker knows after a step, how it learned each thing, and what that
//! gains it (RFC 9700 §4: every attack of the lab is the attacker using what leaked).
//!
//! [`Knowledge`] is folded step by step, like the transcript's memory, so the text
//! report can keep it while it streams a run and the TUI can move it one step at a
//! time. It keeps the attacker's items with the message that gave each one, and
//! only the authorization server's live codes and tokens, which is all it needs to
//! tell a live credential from a spent one: a run of 100,000 refreshes keeps a
//! handful of entries, not every retired token.

mod words;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::sim::{
    Action, Actor, By, Change, ChangeKind, Item, ItemKind, Message, Payload, Status, StepRecord,
    Words,
};
use crate::text::Lang;

pub use self::words::{Label, actor_name};

/// Where the attacker got one thing it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// It held it before the first step (its own app's registration).
    Start,
    /// A message that reached it at step `step` (1-based).
    Message {
        step: usize,
        /// Who sent the message.
        from: Actor,
        /// The message's arrow label in both languages: `GET /pixel.gif`,
        /// `200 access_token`.
        label: Words,
        /// Where in the message the value was, when it was found there.
        place: Option<Place>,
    },
    /// Copied at a `steal` step: a leak outside any message (a log, a history).
    Leak { step: usize },
    /// Made by itself at step `step` (the verifier of a link it crafted).
    Own { step: usize },
}

/// Where in a message a value was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A query parameter of the request line.
    Query(String),
    /// A header, such as `Referer` or `Set-Cookie`.
    Header(String),
    /// A field of a form or JSON body.
    Field(String),
    /// Somewhere in the body.
    Body,
}

/// One thing the attacker holds, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Shared with the transcript's change that gave it.
    pub item: Arc<Item>,
    pub source: Source,
    /// The step (1-based) that gave it; 0 before the first step.
    pub step: usize,
}

/// The most the attacker can do with what it holds, strongest first.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Reach {
    /// It holds the resource owner's data, as the API served it: the attack
    /// worked. Photos of an account of its own are no gain.
    Resource,
    /// An access token the authorization server counts as live and unexpired.
    AccessToken,
    /// A refresh token the authorization server still honours.
    RefreshToken,
    /// A code the authorization server would still redeem.
    Code,
    /// A password typed into its page.
    Password,
    /// Nothing it can use.
    Nothing,
}

/// The attacker's knowledge after the steps folded so far.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    held: Vec<Known>,
    /// The authorization server's live codes and tokens, with their expiry.
    live: HashMap<(ItemKind, String), Option<DateTime<Utc>>>,
    /// How many entries `live` had after it was last pruned of expired ones.
    pruned_at: usize,
    /// The accounts the resource owner's browser signed in to (or typed into a
    /// page): whose photos count as the attacker's gain.
    owners: Vec<String>,
    now: Option<DateTime<Utc>>,
}

impl Knowledge {
    /// What the attacker holds before step 1: `initial` is the transcript's.
    pub fn new(initial: &[Change]) -> Self {
        let mut knowledge = Self::default();
        knowledge.apply(initial, |_| Source::Start, 0);
        knowledge
    }

    /// Folds one step in, in order.
    pub fn observe(&mut self, record: &StepRecord) {
        self.now = Some(record.at);
        self.learn_owners(record);
        let step = record.index;
        let stolen = record.step.action == Action::Steal;
        self.apply(
            &record.changes,
            |item| {
                if stolen {
                    Source::Leak { step }
                } else {
                    source_in(record, item)
                }
            },
            step,
        );
        if self.live.len() > 2 * self.pruned_at.max(32) {
            self.prune();
        }
    }

    fn apply(&mut self, changes: &[Change], source: impl Fn(&Item) -> Source, step: usize) {
        for change in changes {
            match (change.actor, &change.kind) {
                (Actor::Attacker, ChangeKind::Added { item }) => {
                    self.forget(item.kind, &item.key);
                    self.held.push(Known {
                        source: source(item),
                        item: item.clone(),
                        step,
                    });
                }
                (Actor::Attacker, ChangeKind::Updated { item, .. }) => {
                    match self.position(item.kind, &item.key) {
                        Some(at) => self.held[at].item = item.clone(),
                        None => self.held.push(Known {
                            source: source(item),
                            item: item.clone(),
                            step,
                        }),
                    }
                }
                (Actor::Attacker, ChangeKind::Removed { kind, key, .. }) => self.forget(*kind, key),
                (
                    Actor::AuthorizationServer,
                    ChangeKind::Added { item } | ChangeKind::Updated { item, .. },
                ) if is_credential(item.kind) => {
                    let key = (item.kind, item.key.clone());
                    if item.status == Status::Live {
                        self.live.insert(key, item.expires_at);
                    } else {
                        self.live.remove(&key);
                    }
                }
                (Actor::AuthorizationServer, ChangeKind::Removed { kind, key, .. }) => {
                    self.live.remove(&(*kind, key.clone()));
                }
                _ => {}
            }
        }
    }

    /// Notes the account names the resource owner's browser posts in a sign-in form.
    fn learn_owners(&mut self, record: &StepRecord) {
        let names = record
            .messages
            .iter()
            .filter(|m| m.from == Actor::ResourceOwner)
            .filter_map(|m| m.request()?.body.form().value("username"));
        for name in names {
            if !self.owners.iter().any(|owner| owner == name) {
                self.owners.push(name.to_owned());
            }
        }
    }

    /// Whether a resource item is the resource owner's data: the API names it
    /// `alice's photos (2)`.
    fn is_owners(&self, item: &Item) -> bool {
        self.owners.iter().any(|owner| {
            item.key
                .strip_prefix(owner.as_str())
                .is_some_and(|rest| rest.starts_with("'s "))
        })
    }

    fn position(&self, kind: ItemKind, key: &str) -> Option<usize> {
        self.held
            .iter()
            .position(|k| k.item.kind == kind && k.item.key == key)
    }

    fn forget(&mut self, kind: ItemKind, key: &str) {
        if let Some(at) = self.position(kind, key) {
            self.held.remove(at);
        }
    }

    /// Drops the live entries that have expired: they can never count again.
    fn prune(&mut self) {
        if let Some(now) = self.now {
            self.live
                .retain(|(kind, _), expires| !expired(*kind, *expires, now));
        }
        self.pruned_at = self.live.len();
    }

    /// What the attacker holds, in the order it learned it.
    pub fn held(&self) -> &[Known] {
        &self.held
    }

    /// Where the attacker got the item of `kind` and `key`, if it holds it.
    pub fn source_of(&self, kind: ItemKind, key: &str) -> Option<&Known> {
        self.position(kind, key).map(|at| &self.held[at])
    }

    /// Whether the authorization server holds `key` of `kind` as live and unexpired
    /// at the last step folded.
    fn is_live(&self, kind: ItemKind, key: &str) -> bool {
        let Some(expires) = self.live.get(&(kind, key.to_owned())) else {
            return false;
        };
        self.now.is_none_or(|now| !expired(kind, *expires, now))
    }

    /// The most the attacker can do with what it holds now. A code counts whether
    /// its server caught it (`stolen_code`) or its app kept it (`code`).
    pub fn reach(&self) -> Reach {
        self.held
            .iter()
            .map(|known| {
                let item = &known.item;
                let live = |kind| self.is_live(kind, &item.key);
                match item.kind {
                    ItemKind::Resource if self.is_owners(item) => Reach::Resource,
                    ItemKind::AccessToken if live(ItemKind::AccessToken) => Reach::AccessToken,
                    ItemKind::RefreshToken if live(ItemKind::RefreshToken) => Reach::RefreshToken,
                    ItemKind::Code | ItemKind::StolenCode if live(ItemKind::Code) => Reach::Code,
                    ItemKind::Password => Reach::Password,
                    _ => Reach::Nothing,
                }
            })
            .min()
            .unwrap_or(Reach::Nothing)
    }
}

/// Whether the attacker takes part in a step: it takes it, a message goes to or
/// from it, or what it holds changes.
pub fn takes_part(record: &StepRecord) -> bool {
    record.step.taker() == By::Attacker
        || record
            .messages
            .iter()
            .any(|m| m.from == Actor::Attacker || m.to == Actor::Attacker)
        || record.changes.iter().any(|c| c.actor == Actor::Attacker)
}

/// Whether a credential of `kind` that expires at `expires` has expired at `now`,
/// by the rule every party of the simulation uses (`Item::is_expired`).
fn expired(kind: ItemKind, expires: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    let item = Item {
        kind,
        key: String::new(),
        details: Arc::from([]),
        expires_at: expires,
        status: Status::Live,
    };
    item.is_expired(now)
}

/// The codes and tokens whose liveness decides what the attacker can use.
fn is_credential(kind: ItemKind) -> bool {
    matches!(
        kind,
        ItemKind::Code | ItemKind::AccessToken | ItemKind::RefreshToken
    )
}

/// The message of step `record` that gave the attacker `item`: the first one to it
/// that carries the value; else, for photos, the last answer it received (the photos
/// page, whose body shows the photos, not the item's name); else its own making.
fn source_in(record: &StepRecord, item: &Item) -> Source {
    let mut to_attacker = record.messages.iter().filter(|m| m.to == Actor::Attacker);
    let found = to_attacker
        .clone()
        .find_map(|m| place_of(m, &item.key).map(|place| (m, Some(place))));
    let answer = || {
        to_attacker
            .rfind(|m| matches!(m.payload, Payload::Response(_)))
            .filter(|_| item.kind == ItemKind::Resource)
            .map(|m| (m, None))
    };
    match found.or_else(answer) {
        Some((message, place)) => Source::Message {
            step: record.index,
            from: message.from,
            label: Lang::all().skip(1).fold(
                Words::english(super::label(Lang::EN, message)),
                |words, lang| words.with(lang.code(), super::label(lang, message)),
            ),
            place,
        },
        None => Source::Own { step: record.index },
    }
}

/// Where in `message` the value `key` is, if it is there.
fn place_of(message: &Message, key: &str) -> Option<Place> {
    if key.is_empty() {
        return None;
    }
    if let Payload::Request(request) = &message.payload
        && let Some((name, _)) = request.query.iter().find(|(_, v)| v.contains(key))
    {
        return Some(Place::Query(name.to_owned()));
    }
    if let Some((name, _)) = message.headers().iter().find(|(_, v)| v.contains(key)) {
        return Some(Place::Header(name.to_string()));
    }
    let body = message.body();
    if let Some((name, _)) = body.form().iter().find(|(_, v)| v.contains(key)) {
        return Some(Place::Field(name.to_owned()));
    }
    if let Some(Value::Object(fields)) = body.parse_json::<Value>()
        && let Some((name, _)) = fields
            .iter()
            .find(|(_, v)| v.as_str().is_some_and(|s| s.contains(key)))
    {
        return Some(Place::Field(name.clone()));
    }
    body.text().contains(key).then_some(Place::Body)
}

#[cfg(test)]
mod tests;
