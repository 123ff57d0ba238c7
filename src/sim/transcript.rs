//! The record of a run: for every step its messages, its outcome, whether it met its
//! expectation, what each actor remembered afterwards (as changes), and the topic its
//! explanation teaches. The TUI and the headless reports only read this.

use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::capture;
use super::checks::final_response;
use super::memory::{Change, Memory};
use super::message::Message;
use super::oauth_error::ErrorCode;
use super::skip::Skip;
use super::step::{Expect, Step};
use super::topic::Topic;
use super::variables::{Seen, Unresolved};
use super::words::Words;

/// What a step's final answer was.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub status: Option<u16>,
    pub error: Option<ErrorCode>,
    /// For `authorize` and `consent`: whether the browser was sent back to the client.
    pub redirect: Option<bool>,
}

/// Why the run stopped at a step: the scenario file is wrong there, so the steps
/// after it would only fail because of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// A `$variable` the step uses has no value yet at this step (1-based).
    Unset {
        step: usize,
        missing: Box<Unresolved>,
    },
}

impl Problem {
    /// `missing` at step `step` (1-based).
    pub fn unset(step: usize, missing: Unresolved) -> Self {
        Self::Unset {
            step,
            missing: Box::new(missing),
        }
    }

    /// Where in the file: `steps[3].with.code`.
    pub fn path(&self) -> String {
        match self {
            Self::Unset { step, missing } => {
                format!("steps[{}].{}", step.saturating_sub(1), missing.field)
            }
        }
    }
}

/// `steps[3].with.code: $code has no value yet at step 4 (…where it comes from)`.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unset { step, missing } => write!(
                f,
                "{}: {} has no value yet at step {step} ({})",
                self.path(),
                missing.name,
                missing.origin()
            ),
        }
    }
}

/// One expectation that did not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The checked field as `expect` writes it: `status`, `headers.Cache-Control`.
    pub field: String,
    pub expected: String,
    pub actual: String,
}

/// `{"field", "expected", "actual"}`, where a status is a JSON number (or `null`
/// when the step had no response), as the scenario file writes it, so a tool
/// compares it without parsing text.
impl Serialize for Mismatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let value = |text: &str| -> serde_json::Value {
            if self.field != "status" {
                return text.into();
            }
            match text.parse::<u16>() {
                Ok(status) => status.into(),
                Err(_) if text == "none" => serde_json::Value::Null,
                Err(_) => text.into(),
            }
        };
        let mut mismatch = serializer.serialize_struct("Mismatch", 3)?;
        mismatch.serialize_field("field", &self.field)?;
        mismatch.serialize_field("expected", &value(&self.expected))?;
        mismatch.serialize_field("actual", &value(&self.actual))?;
        mismatch.end()
    }
}

/// Everything one step did. A transcript holds one per step for as long as the TUI
/// shows it, so the lists a step seldom has are boxed slices (they never grow once
/// the step is done) and the rarely set `skipped` is boxed: a record costs 144 bytes,
/// not 176. Its messages and changes stay `Vec`s that `compact` trims when the
/// record is kept, so `run`, which lets each record go, never pays for trimming.
#[derive(Debug, Clone, PartialEq)]
pub struct StepRecord {
    /// 1-based, as people count steps.
    pub index: usize,
    /// Shared with the scenario the run came from: a long scenario's steps are held
    /// once, not once more in its transcript.
    pub step: Arc<Step>,
    /// The simulated time when the step ran (after the clock moved, for `wait`).
    pub at: DateTime<Utc>,
    pub messages: Vec<Message>,
    pub outcome: Outcome,
    pub topic: Topic,
    pub changes: Vec<Change>,
    /// Why the run stopped at this step (a `$variable` with no value yet).
    pub problem: Option<Problem>,
    pub mismatches: Box<[Mismatch]>,
    /// What the step's `capture` kept, by name: the value, or none when its final
    /// response had nothing there.
    pub captured: Box<[(String, Option<String>)]>,
    /// Why the client did not take this step, when it stopped its flow before:
    /// nothing was sent, and only `expect.skipped` was checked.
    pub skipped: Option<Box<Skip>>,
}

impl StepRecord {
    /// The record as it is kept: the lists it holds give back their spare capacity.
    /// Only a record that stays (a transcript, a live session) pays for this; `run`
    /// writes each record and lets it go.
    #[must_use]
    pub fn compact(mut self) -> Self {
        for message in &mut self.messages {
            message.payload.shrink_to_fit();
        }
        self.messages.shrink_to_fit();
        self.changes.shrink_to_fit();
        self
    }

    /// Whether the expectation was met: `None` when the step had none to meet, or
    /// was skipped and its `expect` does not say `skipped` (neither met nor failed).
    pub fn met(&self) -> Option<bool> {
        if self.problem.is_some() {
            return Some(false);
        }
        let expect = self.step.expect.as_ref()?;
        if self.skipped.is_some() && expect.skipped.is_none() {
            return None;
        }
        Some(self.mismatches.is_empty())
    }

    /// Whether the step has an expectation that was not checked because the step
    /// was skipped.
    pub fn unchecked(&self) -> bool {
        self.skipped.is_some()
            && self
                .step
                .expect
                .as_ref()
                .is_some_and(|e| e.skipped.is_none())
    }

    /// Whether the simulated clock stood at its limit (year 262142) at this step: a
    /// `wait` or the time before it went past what can be represented, so the clock
    /// stopped there instead of moving on.
    pub fn clock_at_limit(&self) -> bool {
        super::clock::at_limit(self.at)
    }

    /// Whether the step's final answer was a failure (an error colour on screen).
    pub fn failed(&self) -> bool {
        self.problem.is_some()
            || self.outcome.error.is_some()
            || self.outcome.status.is_some_and(|s| s >= 400)
    }
}

/// What a step's final response meant for the scenario.
pub struct Conclusion {
    pub mismatches: Vec<Mismatch>,
    pub problem: Option<Problem>,
    pub captured: Vec<(String, Option<String>)>,
}

/// Checks step `index` (1-based) against its expectation and takes its captures,
/// unless it already has a `problem`; a check that names a `$variable` with no value
/// is the step's problem.
pub fn conclude(
    step: &Step,
    index: usize,
    outcome: &Outcome,
    messages: &[Message],
    seen: &mut Seen,
    problem: Option<Problem>,
) -> Conclusion {
    let stopped = |problem| Conclusion {
        mismatches: Vec::new(),
        problem: Some(problem),
        captured: Vec::new(),
    };
    if let Some(problem) = problem {
        return stopped(problem);
    }
    let mismatches = match &step.expect {
        Some(expect) => match compare(expect, outcome, messages, seen) {
            Ok(mut mismatches) => {
                mismatches.extend(compare_skipped(Some(expect), false));
                mismatches
            }
            Err(missing) => return stopped(Problem::unset(index, missing)),
        },
        None => Vec::new(),
    };
    Conclusion {
        mismatches,
        problem: None,
        captured: capture::take(&step.capture, final_response(messages), seen, index),
    }
}

/// Compares what a step produced with what it expected: its outcome, and its final
/// response (the last response among its messages), read here while the messages
/// are at hand, so the transcript keeps no copy of it for later. A `$variable` in a
/// check that has no value yet is the error.
pub fn compare(
    expect: &Expect,
    outcome: &Outcome,
    messages: &[Message],
    seen: &Seen,
) -> Result<Vec<Mismatch>, Unresolved> {
    let mut mismatches = compare_outcome(expect, outcome);
    let answer = final_response(messages);
    if let Some(to) = expect.to {
        let actual = answer.map_or("none", |m| m.from.as_str());
        if actual != to.as_str() {
            mismatches.push(Mismatch {
                field: "to".to_owned(),
                expected: to.as_str().to_owned(),
                actual: actual.to_owned(),
            });
        }
    }
    for (field, check) in expect.field_checks() {
        let path = field.expect_path();
        let found = field.read(answer);
        if let Some(miss) = check.judge(&found, seen, || format!("expect.{path}"))? {
            mismatches.push(Mismatch {
                field: path,
                expected: miss.expected,
                actual: miss.actual,
            });
        }
    }
    Ok(mismatches)
}

/// Checks `expect.skipped` against whether the step was skipped: the one check a
/// skipped step has, and one more for a step that ran.
pub fn compare_skipped(expect: Option<&Expect>, skipped: bool) -> Vec<Mismatch> {
    match expect.and_then(|e| e.skipped) {
        Some(expected) if expected != skipped => vec![Mismatch {
            field: "skipped".to_owned(),
            expected: expected.to_string(),
            actual: skipped.to_string(),
        }],
        _ => Vec::new(),
    }
}

/// Compares the outcome's status, error and redirect.
fn compare_outcome(expect: &Expect, outcome: &Outcome) -> Vec<Mismatch> {
    let show_status = |s: Option<u16>| s.map_or_else(|| "none".to_owned(), |s| s.to_string());
    let show_error =
        |e: Option<ErrorCode>| e.map_or_else(|| "null".to_owned(), |e| e.as_str().to_owned());
    let mut mismatches = Vec::new();
    if let Some(status) = expect.status
        && outcome.status != Some(status)
    {
        mismatches.push(Mismatch {
            field: "status".to_owned(),
            expected: status.to_string(),
            actual: show_status(outcome.status),
        });
    }
    if let Some(error) = expect.error
        && outcome.error != error
    {
        mismatches.push(Mismatch {
            field: "error".to_owned(),
            expected: show_error(error),
            actual: show_error(outcome.error),
        });
    }
    if let Some(redirect) = expect.redirect
        && outcome.redirect != Some(redirect)
    {
        mismatches.push(Mismatch {
            field: "redirect".to_owned(),
            expected: redirect.to_string(),
            actual: outcome
                .redirect
                .map_or_else(|| "none".to_owned(), |r| r.to_string()),
        });
    }
    mismatches
}

/// A whole run.
#[derive(Debug, Clone, PartialEq)]
pub struct Transcript {
    pub title: Words,
    pub summary: Words,
    pub seed: u64,
    pub start: DateTime<Utc>,
    /// What the actors knew before step 1 (a client registered without a message).
    pub initial: Vec<Change>,
    /// How many steps the scenario has: more than `steps` holds when a problem in
    /// the file stopped the run.
    pub planned: usize,
    pub steps: Vec<StepRecord>,
}

impl Transcript {
    /// Whether every expectation held, and at least one was checked when the
    /// scenario has any: a run whose expectations all fell on skipped steps tested
    /// nothing, and passes only where an `expect` says `"skipped": true`.
    pub fn passed(&self) -> bool {
        let checked = self.steps.iter().any(|s| s.met().is_some());
        let unchecked = self.steps.iter().any(StepRecord::unchecked);
        self.steps.iter().all(|s| s.met() != Some(false)) && (checked || !unchecked)
    }

    /// Why the run stopped early, if it did: only its last step can have a problem.
    pub fn stopped(&self) -> Option<&Problem> {
        self.steps.last().and_then(|s| s.problem.as_ref())
    }

    /// What everyone remembers after step `index` (0-based position in `steps`), or
    /// before step 1 when `index` is `None`.
    pub fn memory_after(&self, index: Option<usize>) -> Memory {
        let mut memory = Memory::default();
        memory.apply(&self.initial);
        if let Some(last) = index {
            for step in self.steps.iter().take(last + 1) {
                memory.apply(&step.changes);
            }
        }
        memory
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mismatch_json(field: &str, expected: &str, actual: &str) -> String {
        let mismatch = Mismatch {
            field: field.to_owned(),
            expected: expected.to_owned(),
            actual: actual.to_owned(),
        };
        serde_json::to_string(&mismatch).unwrap_or_default()
    }

    #[test]
    fn a_status_mismatch_gives_numbers_as_numbers_and_no_response_as_null() {
        assert_eq!(
            mismatch_json("status", "302", "400"),
            r#"{"field":"status","expected":302,"actual":400}"#
        );
        assert_eq!(
            mismatch_json("status", "200", "none"),
            r#"{"field":"status","expected":200,"actual":null}"#
        );
        assert_eq!(
            mismatch_json("headers.Retry-After", "120", "60"),
            r#"{"field":"headers.Retry-After","expected":"120","actual":"60"}"#
        );
    }

    fn outcome(status: u16, error: Option<ErrorCode>) -> Outcome {
        Outcome {
            status: Some(status),
            error,
            redirect: None,
        }
    }

    #[test]
    fn expected_null_error_fails_on_any_error() {
        let expect = Expect {
            error: Some(None),
            ..Expect::default()
        };
        assert!(compare_outcome(&expect, &outcome(200, None)).is_empty());
        let mismatches = compare_outcome(&expect, &outcome(400, Some(ErrorCode::InvalidGrant)));
        assert_eq!(mismatches[0].actual, "invalid_grant");
        assert_eq!(mismatches[0].expected, "null");
    }

    #[test]
    fn fields_left_out_are_not_checked() {
        let checked = compare(
            &Expect::default(),
            &outcome(500, Some(ErrorCode::InvalidClient)),
            &[],
            &Seen::default(),
        );
        assert_eq!(checked, Ok(Vec::new()));
    }
}
