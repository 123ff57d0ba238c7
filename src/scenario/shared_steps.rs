//! A scenario's steps as the file gives them, each behind an `Arc` so that a run's
//! records point at the scenario's own steps instead of copying them: the TUI keeps
//! the scenario for its what-if re-runs and the transcript of its run, and a long
//! scenario would otherwise hold every step twice. The file format is unchanged: a
//! list of steps is read and written as before.

use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::sim::Step;

/// `steps`, each made shareable.
pub fn share(steps: Vec<Step>) -> Vec<Arc<Step>> {
    steps.into_iter().map(Arc::new).collect()
}

/// Reads the list as a list of steps, so error paths (`steps[3].do`) stay the same.
pub fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Vec<Arc<Step>>>, D::Error> {
    Ok(Option::<Vec<Step>>::deserialize(deserializer)?.map(share))
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
