//! A scenario's steps as the file gives them, each behind an `Arc` so that a run's
//! records point at the scenario's own steps instead of copying them: the TUI keeps
//! the scenario for its what-if re-runs and the transcript of its run, and a long
//! scenario would otherwise hold every step twice. The file format is unchanged: a
//! list of steps is read and written as before.

use std::sync::Arc;

use std::fmt;

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
        while let Some(step) = seq.next_element::<Step>()? {
            steps.push(Arc::new(step));
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
