//! One stored cookie and its `SameSite` flag: what the State tab lists, and the
//! per-cookie rules of storage and retrieval (RFC 6265bis §5.7, §5.8.3).

use chrono::{DateTime, Utc};

use super::super::clock;
use super::site;

/// A stored cookie: what the State tab shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cookie {
    pub name: String,
    pub value: String,
    /// The host that set it (`host_only`), or the `Domain` it named.
    pub domain: String,
    /// Sent only to exactly `domain`, not to its subdomains: it had no `Domain`.
    pub host_only: bool,
    pub path: String,
    /// Stored and sent only over secure connections.
    pub secure: bool,
    /// Hidden from scripts; stored and sent like any other cookie.
    pub http_only: bool,
    pub same_site: SameSite,
    /// `None` for a session cookie.
    pub expires: Option<DateTime<Utc>>,
    /// When it was first stored; a replacement keeps it (§5.7 step 23).
    pub created: DateTime<Utc>,
}

/// How a cookie may travel on cross-site requests (§5.6.7, §5.8.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SameSite {
    /// Only on same-site requests.
    Strict,
    /// Also on cross-site top-level navigations with a safe method, so a link from
    /// another site still arrives logged in. The default when `SameSite` is absent
    /// or unreadable (6265bis calls that "Default" and treats it as Lax).
    Lax,
    /// On every request; requires `Secure`.
    None,
}

impl SameSite {
    /// Reads the attribute's value, case-insensitively; anything else is the default.
    pub(super) fn from_attribute(value: &str) -> Self {
        if value.eq_ignore_ascii_case("strict") {
            Self::Strict
        } else if value.eq_ignore_ascii_case("none") {
            Self::None
        } else {
            Self::Lax
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Strict => "Strict",
            Self::Lax => "Lax",
            Self::None => "None",
        }
    }
}

impl Cookie {
    /// §5.8.3 step 1: the host matches (exactly, for a host-only cookie), the path
    /// matches, and a `Secure` cookie needs a secure connection.
    pub(super) fn goes_to(&self, host: &str, path: &str, secure: bool) -> bool {
        let host_matches = if self.host_only {
            host == self.domain
        } else {
            site::domain_match(host, &self.domain)
        };
        host_matches && site::path_match(path, &self.path) && (secure || !self.secure)
    }

    /// An expiry is reached at its very second: `Max-Age=60` is dead at 60 s.
    pub(super) fn has_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires.is_some_and(|at| clock::has_expired(at, now))
    }

    /// §5.7 step 16: an insecure connection may not set a cookie that would take the
    /// place of, or be sent alongside, a `Secure` cookie of the same name.
    pub(super) fn shadows(&self, old: &Cookie) -> bool {
        old.secure
            && old.name == self.name
            && (site::domain_match(&old.domain, &self.domain)
                || site::domain_match(&self.domain, &old.domain))
            && site::path_match(&self.path, &old.path)
    }

    pub(super) fn same_slot(&self, other: &Cookie) -> bool {
        self.name == other.name
            && self.domain == other.domain
            && self.host_only == other.host_only
            && self.path == other.path
    }

    /// §5.8.3 step 4: `name=value`, or the bare value of a nameless cookie.
    pub(super) fn pair(&self) -> String {
        if self.name.is_empty() {
            self.value.clone()
        } else {
            format!("{}={}", self.name, self.value)
        }
    }
}
