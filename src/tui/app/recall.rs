//! What every actor remembers after the current step, and what the attacker knows
//! and how it learned it, kept between frames: folding the transcript's changes costs
//! time in proportion to the step number, so it is done when the cursor moves, never
//! when a frame is drawn, and a move to the next step (autoplay, →) only applies that
//! step's changes.

use crate::explain::knowledge::Knowledge;
use crate::sim::{Memory, Transcript};

/// The memory and the attacker's knowledge after one step.
#[derive(Debug, Clone)]
pub struct Recall {
    step: usize,
    memory: Memory,
    knowledge: Knowledge,
}

impl Recall {
    /// The memory after step `step` (0-based).
    pub fn new(transcript: &Transcript, step: usize) -> Self {
        Self {
            step,
            memory: transcript.memory_after(Some(step)),
            knowledge: knowledge_after(transcript, step),
        }
    }

    /// Moves to step `step`, cheaply when it is the next one.
    pub fn move_to(&mut self, transcript: &Transcript, step: usize) {
        if step == self.step {
            return;
        }
        match transcript.steps.get(step) {
            Some(record) if step == self.step + 1 => {
                self.memory.apply(&record.changes);
                self.knowledge.observe(record);
            }
            _ => {
                self.memory = transcript.memory_after(Some(step));
                self.knowledge = knowledge_after(transcript, step);
            }
        }
        self.step = step;
    }

    pub fn memory(&self) -> &Memory {
        &self.memory
    }

    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }
}

/// The attacker's knowledge after step `step` (0-based).
fn knowledge_after(transcript: &Transcript, step: usize) -> Knowledge {
    let mut knowledge = Knowledge::new(&transcript.initial);
    for record in transcript.steps.iter().take(step + 1) {
        knowledge.observe(record);
    }
    knowledge
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario;

    #[test]
    fn stepping_forward_folds_the_same_memory_as_a_fresh_fold() {
        let loaded = scenario::builtin("standard-flow").and_then(Result::ok);
        let transcript = loaded.expect("built in").scenario.run(None);
        let mut recall = Recall::new(&transcript, 0);
        for step in 1..transcript.steps.len() {
            recall.move_to(&transcript, step);
            assert_eq!(recall.memory(), &transcript.memory_after(Some(step)));
        }
        recall.move_to(&transcript, 2);
        assert_eq!(recall.memory(), &transcript.memory_after(Some(2)));
    }

    #[test]
    fn stepping_forward_knows_what_a_fresh_fold_knows() {
        let loaded = scenario::builtin("lab-code-replay-undefended").and_then(Result::ok);
        let transcript = loaded.expect("built in").scenario.run(None);
        let mut recall = Recall::new(&transcript, 0);
        for step in 1..transcript.steps.len() {
            recall.move_to(&transcript, step);
            let fresh = Recall::new(&transcript, step);
            assert_eq!(recall.knowledge().held(), fresh.knowledge().held());
            assert_eq!(recall.knowledge().reach(), fresh.knowledge().reach());
        }
    }
}
