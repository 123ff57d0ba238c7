//! What the authorization server remembers of one device authorization request
//! (RFC 8628 §3.2): the device code the device polls with, the user code the user
//! types, and how far the user got.

use chrono::{DateTime, Utc};

use crate::sim::ledger::Describe;
use crate::sim::memory::Status;
use crate::sim::scope::Scope;

/// Where the user's part of a device authorization stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeviceDecision {
    /// Nobody has entered the user code and answered yet: `authorization_pending`.
    Pending,
    /// The user approved: the next poll gets tokens for this user and scope.
    Approved { user: String, scope: Scope },
    /// The user said no: `access_denied` (RFC 8628 §3.5).
    Denied,
    /// Tokens were issued: the device code is used up (§3.5: one-time).
    Used,
}

/// One device authorization request, stored under its device code.
#[derive(Debug, Clone)]
pub struct DeviceGrant {
    pub client_id: String,
    /// As the user types it, without the dash (§6.1).
    pub user_code: String,
    pub scope: Scope,
    pub expires_at: DateTime<Utc>,
    /// Seconds the device must wait between polls; `slow_down` adds 5 (§3.5).
    pub interval: u32,
    /// When the device last polled, or when the code was issued: a poll sooner
    /// than `interval` after it is too fast.
    pub last_poll: DateTime<Utc>,
    pub decision: DeviceDecision,
}

impl Describe for DeviceGrant {
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details = vec![
            ("client", self.client_id.clone()),
            ("user_code", self.user_code.clone()),
            ("scope", self.scope.to_string()),
            ("interval", self.interval.to_string()),
        ];
        if let DeviceDecision::Approved { user, .. } = &self.decision {
            details.push(("user", user.clone()));
        }
        details
    }
    fn expires_at(&self) -> Option<DateTime<Utc>> {
        Some(self.expires_at)
    }
    /// Used or denied, the code can never give tokens again.
    fn status(&self) -> Status {
        match self.decision {
            DeviceDecision::Pending | DeviceDecision::Approved { .. } => Status::Live,
            DeviceDecision::Denied | DeviceDecision::Used => Status::Retired,
        }
    }
}
