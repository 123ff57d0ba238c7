//! "Who holds the code now?" (or the access token, the refresh token): asked when a
//! step gave one to a party or took it from one. The right answer is read from the
//! memory after the step, which is the lesson's point: after the exchange neither
//! side keeps the redeemable code (RFC 6749 §4.1.2, the study note's "both sides
//! delete it"); the server's record of a used code, kept to refuse a replay, is
//! told among the facts. The distractors are the parties one more or one fewer.

use crate::sim::{Actor, ChangeKind, ItemKind, Transcript};

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
    let holds = |actor: Actor| {
        memory
            .of(actor)
            .find(|item| item.kind == kind && item.key == key)
    };
    let mut parties: Vec<Actor> = Actor::PARTIES.to_vec();
    let attacker_in_play = record.step.taker() == crate::sim::By::Attacker
        || memory.actors().any(|a| a == Actor::Attacker)
        || record.changes.iter().any(|c| c.actor == Actor::Attacker);
    if attacker_in_play {
        parties.push(Actor::Attacker);
    }
    let holders: Vec<Actor> = parties
        .iter()
        .copied()
        .filter(|&a| holds(a).is_some())
        .collect();
    let mut facts: Vec<Fact> = holders
        .iter()
        .filter_map(|&actor| {
            holds(actor).map(|item| Fact::Holds {
                actor,
                kind,
                status: item.status,
            })
        })
        .collect();
    if kind == ItemKind::Code {
        facts.extend(parties.iter().filter_map(|&actor| {
            memory
                .of(actor)
                .find(|item| item.kind == ItemKind::UsedCode && item.key == key)
                .map(|item| Fact::Holds {
                    actor,
                    kind: ItemKind::UsedCode,
                    status: item.status,
                })
        }));
    }
    facts.extend(
        record
            .changes
            .iter()
            .filter_map(|change| match &change.kind {
                ChangeKind::Removed {
                    kind: removed,
                    key: gone,
                    reason,
                } if *removed == kind && gone == key => Some(Fact::Removed {
                    actor: change.actor,
                    kind,
                    reason: *reason,
                }),
                _ => None,
            }),
    );
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

/// The code or token the step moved, taking the kinds in the order of [`MOVED`]
/// (the code first: after the exchange, "nobody holds it" is the lesson): of that
/// kind, the first one a party gained, else the first one a party lost.
fn moved(changes: &[crate::sim::Change]) -> Option<(ItemKind, &str)> {
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
