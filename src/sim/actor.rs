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
