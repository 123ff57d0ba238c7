//! The inputs of one step that every actor shares: the simulated time, the seeded
//! random source and the journal of what changed.

use chrono::{DateTime, Utc};

use super::memory::Journal;
use super::secrets::Secrets;

pub struct Ctx<'a> {
    pub now: DateTime<Utc>,
    pub secrets: &'a mut Secrets,
    pub journal: &'a mut Journal,
}
