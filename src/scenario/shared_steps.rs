//! A scenario's steps as the file gives them, each behind an `Arc` so that a run's
//! records point at the scenario's own steps instead of copying them: the TUI keeps
//! the scenario for its what-if re-runs and the transcript of its run, and a long
//! scenario would otherwise hold every step twice. A step equal to one of the few
//! steps read just before shares its `Arc` too: a long scenario repeats a round of a
//! few steps (wait an hour, call the API, refresh), and each step of the round is
//! then held once however many rounds the file has. The file format is unchanged: a
//! list of steps is read and written as before.

use std::collections::VecDeque;
use std::fmt;
use std::sync::Arc;

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::sim::Step;

/// `steps`, each made shareable.
pub fn share(steps: Vec<Step>) -> Vec<Arc<Step>> {
    steps.into_iter().map(Arc::new).collect()
}

/// Reads the list as a list of steps, so error paths (`steps[3].do`) stay the same;
/// each step is put behind its `Arc` as it is read, so a long list never stands in
/// memory as plain steps first.
pub fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Vec<Arc<Step>>>, D::Error> {
    Ok(Option::<Shared>::deserialize(deserializer)?.map(|shared| shared.0))
}

/// How many of the latest distinct steps a step read is compared with: enough for
/// a round of several steps, and few enough that reading stays linear in the file.
const RECENT: usize = 8;

/// A list of steps read one by one into `Arc`s.
struct Shared(Vec<Arc<Step>>);

impl<'de> Deserialize<'de> for Shared {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(SharedVisitor)
    }
}

struct SharedVisitor;

impl<'de> Visitor<'de> for SharedVisitor {
    type Value = Shared;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Shared, A::Error> {
        let mut steps = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        let mut recent: VecDeque<Arc<Step>> = VecDeque::with_capacity(RECENT);
        while let Some(step) = seq.next_element::<Step>()? {
            if let Some(held) = recent.iter().find(|held| ***held == step) {
                steps.push(Arc::clone(held));
                continue;
            }
            if recent.len() == RECENT {
                recent.pop_front();
            }
            let fresh = Arc::new(step);
            recent.push_back(Arc::clone(&fresh));
            steps.push(fresh);
        }
        steps.shrink_to_fit();
        Ok(Shared(steps))
    }
}

/// Writes the list as a list of steps.
#[allow(clippy::ref_option)] // serde's `with` passes the field by reference
pub fn serialize<S: Serializer>(
    steps: &Option<Vec<Arc<Step>>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    steps
        .as_ref()
        .map(|steps| steps.iter().map(AsRef::as_ref).collect::<Vec<&Step>>())
        .serialize(serializer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::parse;

    fn steps_of(text: &str) -> Vec<Arc<Step>> {
        match parse("x.json", text.as_bytes()) {
            Ok(scenario) => scenario.steps().into_owned(),
            Err(error) => panic!("a valid scenario: {error}"),
        }
    }

    #[test]
    fn a_round_repeated_through_a_file_is_held_once() {
        let round = r#"{"do": "wait", "seconds": 3601}, {"do": "call_api"}, {"do": "refresh"}"#;
        let text = format!(r#"{{"title": "t", "steps": [{round}, {round}, {round}]}}"#);
        let steps = steps_of(&text);
        assert_eq!(steps.len(), 9);
        for (i, step) in steps.iter().enumerate().skip(3) {
            assert!(Arc::ptr_eq(step, &steps[i % 3]), "step {i}");
        }
        assert!(!Arc::ptr_eq(&steps[0], &steps[1]));
    }

    #[test]
    fn steps_that_differ_in_any_field_are_held_apart() {
        let text = r#"{"title": "t", "steps": [
            {"do": "wait", "seconds": 60}, {"do": "wait", "seconds": 61},
            {"do": "call_api"}, {"do": "call_api", "note": "again"}]}"#;
        let steps = steps_of(text);
        assert!(!Arc::ptr_eq(&steps[0], &steps[1]));
        assert!(!Arc::ptr_eq(&steps[2], &steps[3]));
    }

    #[test]
    fn a_what_if_on_one_repeated_step_leaves_its_twins_alone() {
        let text = r#"{"title": "t", "steps": [
            {"do": "consent", "with": {"decision": "approve"}},
            {"do": "consent", "with": {"decision": "approve"}}]}"#;
        let Ok(scenario) = parse("x.json", text.as_bytes()) else {
            panic!("a valid scenario");
        };
        let changed = scenario.with_param(1, "decision", "deny");
        let steps = changed.steps();
        assert_eq!(
            steps[0].param("decision"),
            scenario.steps()[0].param("decision")
        );
        assert_ne!(steps[1].param("decision"), steps[0].param("decision"));
    }
}
