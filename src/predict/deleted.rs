//! "What did the client just delete?": asked when the client forgot something at
//! the step — the `state` once checked (RFC 6749 §10.12), the code and its
//! `code_verifier` once exchanged (RFC 6749 §4.1.2, RFC 7636 §4.5), tokens
//! replaced by a refresh or revoked (RFC 6749 §6, RFC 7009). The distractors are
//! "nothing" and sets one thing away from the right one, drawn from what the client
//! held before the step (it can only delete what it had) as long as that gives
//! enough of them.

use crate::sim::{Actor, ChangeKind, ItemKind, Transcript};

use super::{Choice, Fact, MAX_CHOICES, Prompt, Question, distractors};

/// Things a client keeps: the distractors are drawn from those it held before the
/// step, and from all of them when those give too few.
const CLIENT_KEEPS: [ItemKind; 6] = [
    ItemKind::State,
    ItemKind::CodeVerifier,
    ItemKind::Code,
    ItemKind::AccessToken,
    ItemKind::RefreshToken,
    ItemKind::ClientSecret,
];

/// The question for step `position`, when the client deleted something there.
pub fn question(transcript: &Transcript, position: usize, seed: u64) -> Option<Question> {
    let record = transcript.steps.get(position)?;
    let facts: Vec<Fact> = record
        .changes
        .iter()
        .filter(|change| change.actor == Actor::Client)
        .filter_map(|change| match &change.kind {
            ChangeKind::Removed { kind, reason, .. } => Some(Fact::Removed {
                actor: Actor::Client,
                kind: *kind,
                reason: *reason,
            }),
            _ => None,
        })
        .collect();
    let mut deleted: Vec<ItemKind> = facts
        .iter()
        .filter_map(|fact| match fact {
            Fact::Removed { kind, .. } => Some(*kind),
            _ => None,
        })
        .collect();
    deleted.sort_unstable();
    deleted.dedup();
    if deleted.is_empty() {
        return None;
    }
    let before = position.checked_sub(1);
    let memory = transcript.memory_after(before);
    let mut held: Vec<ItemKind> = Vec::new();
    for item in memory.of(Actor::Client) {
        if CLIENT_KEEPS.contains(&item.kind) && !held.contains(&item.kind) {
            held.push(item.kind);
        }
    }
    let right = Choice::Deleted(deleted.clone());
    let mut candidates = neighbours(&deleted, &held);
    let enough = candidates.iter().filter(|c| **c != right).count() >= MAX_CHOICES - 1;
    if !enough {
        candidates.extend(neighbours(&deleted, &CLIENT_KEEPS));
    }
    let others = distractors(candidates, &right, seed, PartialEq::eq);
    Some(Question::shuffled(
        Prompt::ClientDeleted,
        right,
        others,
        facts,
        seed.rotate_left(17),
    ))
}

/// "Nothing", `deleted` less one kind, plus one kind, and with one kind swapped for
/// another, each sorted; kinds added come from `held`.
fn neighbours(deleted: &[ItemKind], held: &[ItemKind]) -> Vec<Choice> {
    let set = |kinds: Vec<ItemKind>| {
        let mut kinds = kinds;
        kinds.sort_unstable();
        kinds.dedup();
        Choice::Deleted(kinds)
    };
    let without = |gone: ItemKind| -> Vec<ItemKind> {
        deleted.iter().copied().filter(|&k| k != gone).collect()
    };
    let fresh: Vec<ItemKind> = held
        .iter()
        .copied()
        .filter(|k| !deleted.contains(k))
        .collect();
    let mut sets = vec![Choice::Deleted(Vec::new())];
    if deleted.len() > 1 {
        sets.extend(deleted.iter().map(|&gone| set(without(gone))));
    }
    for &added in &fresh {
        sets.push(set(deleted.iter().copied().chain([added]).collect()));
        for &gone in deleted {
            sets.push(set(without(gone).into_iter().chain([added]).collect()));
        }
    }
    sets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_include_nothing_and_never_only_supersets() {
        let sets = neighbours(&[ItemKind::State], &[ItemKind::State, ItemKind::Code]);
        assert_eq!(
            sets,
            vec![
                Choice::Deleted(vec![]),
                Choice::Deleted(vec![ItemKind::Code, ItemKind::State]),
                Choice::Deleted(vec![ItemKind::Code]),
            ]
        );
    }
}
