//! What a step teaches when the attacker takes it. The same topic reads differently
//! from the other side: an `authorize` by the attacker's browser is not "Alice's
//! browser reaches the login page", and tokens the attacker redeems are not "Photo
//! Printer gets its tokens". Each arm is an action the attacker can take and the
//! topic it ended on, as the lab's runs produce them (RFC 9700 §4); a few also look
//! at how the step went (an injected code, an error sent by redirect).

mod back;
mod front;

use super::Explanation;
use crate::sim::StepRecord;

/// The attacker's own explanation of `record`, when there is one.
pub fn explain(record: &StepRecord) -> Option<Explanation> {
    front::explain(record).or_else(|| back::explain(record))
}
