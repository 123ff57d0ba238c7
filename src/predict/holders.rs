//! "Who holds the code now?" (or the access token, the refresh token): asked when a
//! step gave one to a party or took it from one. The right answer is read from the
//! memory after the step, which is the lesson's point: after the exchange neither
//! side keeps the redeemable code (RFC 6749 §4.1.2, the study note's "both sides
//! delete it"); the server's record of a used code, kept to refuse a replay, is
//! told among the facts. The distractors are the parties one more or one fewer.

use crate::sim::{Actor, By, Change, ChangeKind, Item, ItemKind, Memory, StepRecord, Transcript};

use super::{Choice, Fact, Prompt, Question, distractors};

/// The kinds of thing whose journey a student follows, in the order a step's
/// moves are asked about.
const MOVED: [ItemKind; 3] = [
    ItemKind::Code,
    ItemKind::AccessToken,
    ItemKind::RefreshToken,
];

/// The question for step `position`, when it moved a code or token.
pub fn question(transcript: &Transcript, position: usize, seed: u64) -> Option<Question> {
    let record = transcript.steps.get(position)?;
    let (kind, key) = moved(&record.changes)?;
    let memory = transcript.memory_after(Some(position));
    let parties = parties(record, &memory);
    let holders: Vec<Actor> = parties
        .iter()
        .copied()
        .filter(|&actor| kept(&memory, actor, kind, key).is_some())
        .collect();
    let mut facts = Vec::new();
    let mut kinds = vec![kind];
    if kind == ItemKind::Code {
        kinds.push(ItemKind::UsedCode);
    }
    for shown in kinds {
        facts.extend(parties.iter().filter_map(|&actor| {
            kept(&memory, actor, shown, key).map(|item| Fact::Holds {
                actor,
                kind: shown,
                status: item.status,
            })
        }));
    }
    facts.extend(removed(&record.changes, kind, key));
    let right = Choice::Holders(holders.clone());
    let others = distractors(neighbours(&holders, &parties), &right, seed, PartialEq::eq);
    Some(Question::shuffled(
        Prompt::Holders(kind),
        right,
        others,
        facts,
        seed.rotate_left(17),
    ))
}

/// The parties a holder may be: the four of every flow, and Alice's phone and the
/// attacker when they take the step, remember anything or have anything changed.
fn parties(record: &StepRecord, memory: &Memory) -> Vec<Actor> {
    Actor::lanes(|actor| {
        let takes = match actor {
            Actor::Phone => By::Phone,
            _ => By::Attacker,
        };
        record.step.taker() == takes
            || memory.actors().any(|a| a == actor)
            || record.changes.iter().any(|c| c.actor == actor)
    })
}

/// What `actor` keeps of `kind` under `key`, if anything.
fn kept<'m>(memory: &'m Memory, actor: Actor, kind: ItemKind, key: &str) -> Option<&'m Item> {
    memory
        .of(actor)
        .find(|item| item.kind == kind && item.key == key)
}

/// Who deleted the item of `kind` under `key` at this step, and why.
fn removed<'c>(
    changes: &'c [Change],
    kind: ItemKind,
    key: &'c str,
) -> impl Iterator<Item = Fact> + 'c {
    changes.iter().filter_map(move |change| match &change.kind {
        ChangeKind::Removed {
            kind: gone_kind,
            key: gone,
            reason,
        } if *gone_kind == kind && gone == key => Some(Fact::Removed {
            actor: change.actor,
            kind,
            reason: *reason,
        }),
        _ => None,
    })
}

/// The code or token the step moved, taking the kinds in the order of [`MOVED`]
/// (the code first: after the exchange, "nobody holds it" is the lesson): of that
/// kind, the first one a party gained, else the first one a party lost.
fn moved(changes: &[Change]) -> Option<(ItemKind, &str)> {
    MOVED.iter().find_map(|&kind| {
        let gained = changes.iter().find_map(|change| match &change.kind {
            ChangeKind::Added { item } if item.kind == kind => Some(item.key.as_str()),
            _ => None,
        });
        let lost = || {
            changes.iter().find_map(|change| match &change.kind {
                ChangeKind::Removed { kind: k, key, .. } if *k == kind => Some(key.as_str()),
                _ => None,
            })
        };
        gained.or_else(lost).map(|key| (kind, key))
    })
}

/// Every set of parties that differs from `holders` by one party added or taken
/// away, in diagram order.
fn neighbours(holders: &[Actor], parties: &[Actor]) -> Vec<Choice> {
    parties
        .iter()
        .map(|&toggled| {
            parties
                .iter()
                .copied()
                .filter(|&a| (a == toggled) != holders.contains(&a))
                .collect()
        })
        .map(Choice::Holders)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_differ_by_exactly_one_party() {
        let holders = [Actor::AuthorizationServer];
        let sets = neighbours(&holders, &Actor::PARTIES);
        assert_eq!(
            sets,
            vec![
                Choice::Holders(vec![Actor::Client, Actor::AuthorizationServer]),
                Choice::Holders(vec![Actor::ResourceOwner, Actor::AuthorizationServer]),
                Choice::Holders(vec![]),
                Choice::Holders(vec![Actor::AuthorizationServer, Actor::ResourceServer]),
            ]
        );
    }
}
