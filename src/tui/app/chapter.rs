//! Which chapter of the lesson a step belongs to, asked in one place: the header, the
//! Explain tab, the diagram's chapter bands and the `[`/`]` keys all call [`of`], so
//! when the lesson decides chapters some other way, this is the one call to change.

use crate::explain::{Chapter, explain_step};
use crate::sim::StepRecord;

/// The chapter `record` belongs to: the one its explanation names.
pub fn of(record: &StepRecord) -> Chapter {
    explain_step(record).chapter
}
