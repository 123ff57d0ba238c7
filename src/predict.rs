//! Predict mode: questions asked before a step's answer is revealed, generated from
//! the recorded transcript rather than written per scenario, so every scenario can
//! be played as a quiz. A question and its choices are typed facts (a status and an
//! error code, a set of parties, a set of remembered things); [`words`] says them in
//! English and Korean.
//!
//! - [`answer`]: what will the server answer (status and OAuth `error`)?
//! - [`holders`]: who holds the code (or token) the step moved, now?
//! - [`deleted`]: what did the client just delete?
//! - a scenario's own question (`ask` on a step, `scenario-format.md`).
//!
//! The order of the choices comes from a seed made of the run's seed and the step
//! ([`shuffle`]): same transcript, same questions, same order.

mod answer;
mod deleted;
mod holders;
mod score;
mod shuffle;
pub mod words;

use crate::sim::{
    Actor, Ask, ErrorCode, ItemKind, Reason, Status, StepRecord, Topic, Transcript, Words,
};

pub use answer::Endpoint;
pub use score::Score;

/// What a question asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    /// What will `Endpoint` answer: status and OAuth error?
    Answer(Endpoint),
    /// Who holds the item of this kind that the step moved, after the step?
    Holders(ItemKind),
    /// What did the client delete at this step?
    ClientDeleted,
    /// The scenario's own question.
    Scenario(Words),
}

/// One choice of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// An HTTP status with the OAuth `error` it carries, if any (in the body, or in
    /// the redirect for a 302).
    Answer {
        status: u16,
        error: Option<ErrorCode>,
    },
    /// Exactly these parties, in diagram order; none is "nobody".
    Holders(Vec<Actor>),
    /// Exactly these kinds of thing; none is "nothing".
    Deleted(Vec<ItemKind>),
    /// A scenario's own words.
    Text(Words),
}

/// A fact that explains the right choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// What the step teaches (its explanation, in `crate::explain`).
    Topic(Topic),
    /// `actor` keeps an item of `kind`, standing at `status`.
    Holds {
        actor: Actor,
        kind: ItemKind,
        status: Status,
    },
    /// `actor` deleted an item of `kind` at this step, for `reason`.
    Removed {
        actor: Actor,
        kind: ItemKind,
        reason: Reason,
    },
    /// A scenario's own explanation.
    Text(Words),
}

/// A question with numbered choices, the right one, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub prompt: Prompt,
    pub choices: Vec<Choice>,
    /// The right choice, 0-based.
    pub right: usize,
    pub facts: Vec<Fact>,
}

impl Question {
    /// Whether choice `chosen` (0-based) is the right one.
    pub fn is_right(&self, chosen: usize) -> bool {
        chosen == self.right
    }

    /// The right choice.
    pub fn right_choice(&self) -> Option<&Choice> {
        self.choices.get(self.right)
    }

    /// A question whose choices are `right` and `distractors`, shuffled by `seed`.
    fn shuffled(
        prompt: Prompt,
        right: Choice,
        distractors: Vec<Choice>,
        facts: Vec<Fact>,
        seed: u64,
    ) -> Self {
        let mut choices = distractors;
        choices.push(right);
        let right = choices.len() - 1;
        let mut order: Vec<usize> = (0..choices.len()).collect();
        shuffle::shuffle(&mut order, seed);
        let mut slots: Vec<Option<Choice>> = choices.into_iter().map(Some).collect();
        let choices = order.iter().filter_map(|&i| slots[i].take()).collect();
        let right = order.iter().position(|&i| i == right).unwrap_or(0);
        Self {
            prompt,
            choices,
            right,
            facts,
        }
    }
}

/// Fewest and most choices a generated question offers.
const MIN_CHOICES: usize = 3;
const MAX_CHOICES: usize = 4;

/// The questions to ask before step `position` (0-based in `transcript.steps`)
/// reveals its answer: what the server will answer, who holds the code or token
/// the step moved, what the client deleted, and the scenario's own question; each
/// only where the step gives it a right answer. A step the run stopped at asks
/// nothing.
pub fn questions(transcript: &Transcript, position: usize) -> Vec<Question> {
    let Some(record) = transcript.steps.get(position) else {
        return Vec::new();
    };
    if record.problem.is_some() {
        return Vec::new();
    }
    let seed = |tag| shuffle::seed(transcript.seed, record.index, tag);
    let generated = [
        answer::question(record, seed(1)),
        holders::question(transcript, position, seed(2)),
        deleted::question(transcript, position, seed(3)),
    ];
    generated
        .into_iter()
        .flatten()
        .filter(|q| (MIN_CHOICES..=MAX_CHOICES).contains(&q.choices.len()))
        .chain(own(record))
        .collect()
}

/// The scenario's own question on this step, as written (its order is the
/// author's).
fn own(record: &StepRecord) -> Option<Question> {
    let Ask {
        question,
        choices,
        answer,
        explanation,
    } = record.step.ask.as_deref()?;
    Some(Question {
        prompt: Prompt::Scenario(question.clone()),
        choices: choices.iter().cloned().map(Choice::Text).collect(),
        right: *answer,
        facts: vec![Fact::Text(explanation.clone())],
    })
}

/// Up to `MAX_CHOICES - 1` of `candidates`, in an order set by `seed`, leaving out
/// any that `same` says is the right answer: the distractors of a question.
fn distractors<T: PartialEq>(
    mut candidates: Vec<T>,
    right: &T,
    seed: u64,
    same: impl Fn(&T, &T) -> bool,
) -> Vec<T> {
    candidates.retain(|c| !same(c, right));
    let mut unique: Vec<T> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        if !unique.contains(&candidate) {
            unique.push(candidate);
        }
    }
    shuffle::shuffle(&mut unique, seed);
    unique.truncate(MAX_CHOICES - 1);
    unique
}
