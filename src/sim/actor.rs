//! The parties of RFC 6749 §1.1, plus the attacker who appears when a scenario leaks
//! something to a place the client does not own.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[derive(schemars::JsonSchema)]
pub enum Actor {
    /// The photo-printing app that wants Alice's photos.
    Client,
    /// Alice and her browser.
    ResourceOwner,
    /// Authenticates Alice, asks her consent, issues codes and tokens.
    AuthorizationServer,
    /// The photo API: serves requests that carry a good access token.
    ResourceServer,
    /// Whoever controls an address the browser was sent to by mistake.
    Attacker,
    /// Alice's phone and its browser, on which she approves a device that has no
    /// browser of its own (RFC 8628 §3.3): a lane only where it takes part.
    Phone,
}

impl Actor {
    /// The four parties every flow has, in diagram order.
    pub const PARTIES: [Actor; 4] = [
        Self::Client,
        Self::ResourceOwner,
        Self::AuthorizationServer,
        Self::ResourceServer,
    ];

    /// The parties a transcript shows, in diagram order: the four of every flow,
    /// Alice's phone beside her when it `takes_part`, and the attacker last when it
    /// does.
    pub fn lanes(takes_part: impl Fn(Actor) -> bool) -> Vec<Actor> {
        let mut lanes = Vec::with_capacity(6);
        for actor in Self::PARTIES {
            lanes.push(actor);
            if actor == Self::ResourceOwner && takes_part(Self::Phone) {
                lanes.push(Self::Phone);
            }
        }
        if takes_part(Self::Attacker) {
            lanes.push(Self::Attacker);
        }
        lanes
    }

    /// The name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Client => "client",
            Self::ResourceOwner => "resource_owner",
            Self::AuthorizationServer => "authorization_server",
            Self::ResourceServer => "resource_server",
            Self::Attacker => "attacker",
            Self::Phone => "phone",
        }
    }

    /// The English display name.
    pub fn title(self) -> &'static str {
        match self {
            Self::Client => "Client",
            Self::ResourceOwner => "Resource Owner",
            Self::AuthorizationServer => "Authorization Server",
            Self::ResourceServer => "Resource Server",
            Self::Attacker => "Attacker",
            Self::Phone => "Phone",
        }
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_phone_lane_stands_beside_alice_and_the_attacker_comes_last() {
        let all = Actor::lanes(|_| true);
        assert_eq!(
            all,
            [
                Actor::Client,
                Actor::ResourceOwner,
                Actor::Phone,
                Actor::AuthorizationServer,
                Actor::ResourceServer,
                Actor::Attacker
            ]
        );
        assert_eq!(Actor::lanes(|_| false), Actor::PARTIES);
    }
}
