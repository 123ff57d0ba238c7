//! The attacker: whoever controls an address the browser was sent to because the
//! authorization server accepted a redirect URI it should not have (RFC 9700 §4.1).

use super::actor::Actor;
use super::answers::page;
use super::context::Ctx;
use super::ledger::Slot;
use super::memory::ItemKind;
use super::message::{Request, Response};
use super::topic::Topic;

#[derive(Debug, Clone)]
pub struct Attacker {
    stolen: Slot,
}

impl Attacker {
    pub fn new() -> Self {
        Self {
            stolen: Slot::new(Actor::Attacker, ItemKind::StolenCode),
        }
    }

    /// Keeps whatever code the browser delivered.
    pub fn receive(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        if let Some(code) = request.query.value("code") {
            self.stolen.set(code, ctx.journal);
        }
        (
            page(200, Topic::CodeLeakedToAttacker),
            Topic::CodeLeakedToAttacker,
        )
    }
}
