//! Alice's answer at a consent step: what the scenario scripted, what the shown run
//! used, and whether the two differ (a "what if"). The answer is read from the step's
//! `with.decision` (`scenario-format.md`); the TUI never decides anything itself.

use std::borrow::Borrow;

use crate::sim::{Action, ParamValue, Step, StepRecord, Text, Transcript};
use crate::tui::action::Decision;

/// Alice's decision at a consent step: as the scenario scripted it and as now shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// `None` when the step's `decision` is neither `allow` nor `deny`.
    pub current: Option<Decision>,
    pub scripted: Option<Decision>,
}

/// The decisions of a scenario as it was opened, per step.
#[derive(Debug, Clone, Default)]
pub struct Script {
    decisions: Vec<Option<Decision>>,
}

impl Script {
    pub fn new(steps: &[impl Borrow<Step>]) -> Self {
        Self {
            decisions: steps.iter().map(|step| decision(step.borrow())).collect(),
        }
    }

    /// The choice at step `index` (0-based), when `record` is a consent step.
    pub fn choice(&self, index: usize, record: &StepRecord) -> Option<Choice> {
        (record.step.action == Action::Consent).then(|| Choice {
            current: decision(&record.step),
            scripted: self.decisions.get(index).copied().flatten(),
        })
    }

    /// Whether any consent step of `transcript` ran with another answer.
    pub fn differs(&self, transcript: &Transcript) -> bool {
        transcript.steps.iter().enumerate().any(|(i, record)| {
            self.choice(i, record)
                .is_some_and(|c| c.current != c.scripted)
        })
    }
}

/// What a step's `with.decision` says; `allow` when it says nothing.
fn decision(step: &Step) -> Option<Decision> {
    match step.param("decision") {
        None => Some(Decision::Allow),
        Some(ParamValue::One(Text::Literal(value))) => match value.as_str() {
            "allow" => Some(Decision::Allow),
            "deny" => Some(Decision::Deny),
            _ => None,
        },
        Some(_) => None,
    }
}
