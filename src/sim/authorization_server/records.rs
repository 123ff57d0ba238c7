//! What the authorization server stores about clients, sessions, codes and tokens,
//! and how each appears in the State view.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::sim::ledger::Describe;
use crate::sim::memory::{Details, Status};
use crate::sim::pkce::ChallengeMethod;
use crate::sim::protocol::{FamilyId, GrantType, ResponseType};
use crate::sim::scope::Scope;
use crate::sim::world::{AuthMethod, ClientType};

/// A registered client (RFC 7591 §2).
#[derive(Debug, Clone)]
pub struct RegisteredClient {
    pub name: String,
    pub client_type: ClientType,
    pub secret: Option<String>,
    pub redirect_uris: Vec<String>,
    pub auth_method: AuthMethod,
    pub grant_types: Vec<GrantType>,
    /// What it may ask the authorization endpoint for (RFC 7591 §2).
    pub response_types: Vec<ResponseType>,
    /// The scopes it may ask for; `None` means every scope the server knows.
    pub scope: Option<Scope>,
    /// Registered by anyone at `/register` (RFC 7591), rather than set up by the
    /// server's operator: its redirect URIs vouch for nothing.
    pub dynamic: bool,
}

impl RegisteredClient {
    /// Whether it registered this grant type (RFC 7591 §2 `grant_types`).
    pub fn allows_grant(&self, grant_type: &GrantType) -> bool {
        self.grant_types.contains(grant_type)
    }

    /// Whether it registered this response type (RFC 7591 §2 `response_types`).
    pub fn allows_response(&self, response_type: &ResponseType) -> bool {
        self.response_types.contains(response_type)
    }
}

impl Describe for RegisteredClient {
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details = vec![("name", self.name.clone())];
        if !self.redirect_uris.is_empty() {
            details.push(("redirect_uris", self.redirect_uris.join(" ")));
        }
        details.push(("auth", self.auth_method.as_str().to_owned()));
        if let Some(secret) = &self.secret {
            details.push(("secret", secret.clone()));
        }
        if let Some(scope) = &self.scope {
            details.push(("scope", scope.to_string()));
        }
        details
    }
}

/// An authorization request waiting for the owner's login and consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingRequest {
    pub client_id: String,
    /// Where the answer goes: the `redirect_uri` sent, or the one registered.
    pub redirect_to: String,
    /// The `redirect_uri` exactly as sent, if it was (RFC 6749 §4.1.3).
    pub redirect_uri_sent: Option<String>,
    pub scope: Scope,
    pub state: Option<String>,
    pub challenge: Option<(String, ChallengeMethod)>,
    /// The device request the owner approves, when she came through the device
    /// flow's verification page (RFC 8628 §3.3) rather than a redirect: her answer
    /// then goes to the device's next poll, not to a redirect URI.
    pub device_code: Option<String>,
    /// What the client asked for: a code, or the access token itself (RFC 6749 §4.2.1).
    pub response_type: ResponseType,
    /// The client's `nonce`, which the `id_token` repeats (OIDC Core §3.1.2.1).
    pub nonce: Option<String>,
}

/// A browser session, named by its cookie.
#[derive(Debug, Clone, Default)]
pub struct Session {
    pub user: Option<String>,
    pub pending: Option<PendingRequest>,
    /// When the user logged in: the `id_token`'s `auth_time` (OIDC Core §2).
    pub authenticated_at: Option<DateTime<Utc>>,
}

impl Describe for Session {
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details: Vec<(&'static str, String)> = self
            .user
            .iter()
            .map(|user| ("user", user.clone()))
            .collect();
        if let Some(pending) = &self.pending {
            details.push(("request", pending.client_id.clone()));
            details.push(("scope", pending.scope.to_string()));
        }
        details
    }
}

/// The name of the consent `user` gave `client_id`, as the State view shows it.
pub fn consent_key(user: &str, client_id: &str) -> String {
    format!("{user} → {client_id}")
}

/// What the owner agreed to give a client.
#[derive(Debug, Clone)]
pub struct Consent {
    pub scope: Scope,
}

impl Describe for Consent {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![("scope", self.scope.to_string())]
    }
}

/// An authorization code and everything it is bound to (RFC 6749 §4.1.2).
#[derive(Debug, Clone)]
pub struct IssuedCode {
    pub client_id: String,
    /// The owner who consented; a grant may have none (RFC 6749 §4.4).
    pub user: Option<String>,
    pub redirect_to: String,
    pub redirect_uri_sent: Option<String>,
    pub scope: Scope,
    pub challenge: Option<(String, ChallengeMethod)>,
    pub expires_at: DateTime<Utc>,
    /// The grant its exchanges produced (only when codes may be reused).
    pub families: Vec<FamilyId>,
    /// What an `id_token` issued for this code says about the sign-in (OIDC Core §3.1.3.3).
    pub sign_in: SignIn,
}

/// The sign-in behind a code: the `nonce` the client sent and when the user logged in.
#[derive(Debug, Clone, Default)]
pub struct SignIn {
    pub nonce: Option<String>,
    pub auth_time: Option<DateTime<Utc>>,
}

impl Describe for IssuedCode {
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details = vec![("client", self.client_id.clone())];
        if let Some(user) = &self.user {
            details.push(("user", user.clone()));
        }
        details.push(("scope", self.scope.to_string()));
        details.push(("redirect_uri", self.redirect_to.clone()));
        if let Some((challenge, method)) = &self.challenge {
            details.push((
                "code_challenge",
                format!("{challenge} ({})", method.as_str()),
            ));
        }
        details
    }
    fn expires_at(&self) -> Option<DateTime<Utc>> {
        Some(self.expires_at)
    }
}

/// A code already exchanged: the code itself is gone, this is what lets the server
/// recognise a replay and revoke what it produced (RFC 6749 §4.1.2, §10.5). The
/// State view shows what the exchange issued and the family those tokens share, so
/// what a second use revokes can be read off it.
#[derive(Debug, Clone)]
pub struct UsedCode {
    pub family: FamilyId,
    /// Whether the exchange issued a refresh token beside the access token.
    pub refresh_issued: bool,
}

impl Describe for UsedCode {
    fn details(&self) -> Vec<(&'static str, String)> {
        let issued = if self.refresh_issued {
            "access_token refresh_token"
        } else {
            "access_token"
        };
        vec![
            ("family", self.family.to_string()),
            ("issued", issued.to_owned()),
        ]
    }
}

/// An access token (RFC 6749 §1.4).
#[derive(Debug, Clone)]
pub struct AccessToken {
    pub client_id: Arc<str>,
    /// Whose grant it is; none when no owner consented (RFC 6749 §4.4).
    pub user: Option<Arc<str>>,
    pub scope: Scope,
    pub family: FamilyId,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub status: Status,
    /// Its details as the transcript shows them: the same for every token of its
    /// family with its scope, so made once for them all ([`TokenDetails`]).
    pub shown: Details,
}

impl Describe for AccessToken {
    /// A token without a user names its subject: the client itself (RFC 9068
    /// §2.2), so the State view shows whom a client credentials token acts for.
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details = vec![
            ("client", self.client_id.to_string()),
            ("scope", self.scope.to_string()),
            ("family", self.family.to_string()),
        ];
        if self.user.is_none() {
            details.push(("sub", self.client_id.to_string()));
        }
        details
    }
    fn expires_at(&self) -> Option<DateTime<Utc>> {
        Some(self.expires_at)
    }
    fn status(&self) -> Status {
        self.status
    }
    fn shown(&self, _: &Details) -> Details {
        Arc::clone(&self.shown)
    }
}

/// A refresh token (RFC 6749 §1.5): it carries the grant, so it remembers the scope
/// the owner originally granted.
#[derive(Debug, Clone)]
pub struct RefreshToken {
    pub client_id: Arc<str>,
    /// Whose grant it is; none when no owner consented (RFC 6749 §4.4).
    pub user: Option<Arc<str>>,
    pub granted_scope: Scope,
    pub family: FamilyId,
    pub expires_at: DateTime<Utc>,
    pub status: Status,
    /// Its details as the transcript shows them: the same for every refresh token
    /// of its family, so made once for them all ([`TokenDetails`]).
    pub shown: Details,
}

impl Describe for RefreshToken {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("client", self.client_id.to_string()),
            ("scope", self.granted_scope.to_string()),
            ("family", self.family.to_string()),
        ]
    }
    fn expires_at(&self) -> Option<DateTime<Utc>> {
        Some(self.expires_at)
    }
    fn status(&self) -> Status {
        self.status
    }
    fn shown(&self, _: &Details) -> Details {
        Arc::clone(&self.shown)
    }
}

/// The details a family's tokens show, made once: a long-lived grant refreshed
/// thousands of times shows the same client, scope and family at every refresh.
#[derive(Debug, Clone, Default)]
pub struct TokenDetails {
    /// What its access tokens show, and the scope they were made for (a refresh
    /// may narrow it, RFC 6749 §6).
    access: Option<(Scope, Details)>,
    refresh: Option<Details>,
}

impl TokenDetails {
    /// The details of `token`, shared with its family's earlier tokens of the same
    /// scope (in the same order).
    pub fn access(&mut self, token: &AccessToken) -> Details {
        match &self.access {
            Some((scope, shown)) if scope.values().eq(token.scope.values()) => Arc::clone(shown),
            _ => {
                let shown = Details::from(token.details());
                self.access = Some((token.scope.clone(), Arc::clone(&shown)));
                shown
            }
        }
    }

    /// The details of `token`, shared with its family's earlier refresh tokens.
    pub fn refresh(&mut self, token: &RefreshToken) -> Details {
        Arc::clone(
            self.refresh
                .get_or_insert_with(|| Details::from(token.details())),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access(scope: &str, family: FamilyId) -> AccessToken {
        AccessToken {
            client_id: "app".into(),
            user: Some("alice".into()),
            scope: Scope::parse(scope),
            family,
            issued_at: DateTime::UNIX_EPOCH,
            expires_at: DateTime::UNIX_EPOCH,
            status: Status::Live,
            shown: Details::default(),
        }
    }

    #[test]
    fn a_familys_tokens_share_their_details_until_the_scope_changes() {
        let family = FamilyId::default().next();
        let mut details = TokenDetails::default();
        let first = details.access(&access("photos.read profile", family));
        let again = details.access(&access("photos.read profile", family));
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(
            first[..],
            access("photos.read profile", family).details()[..]
        );
        let narrowed = details.access(&access("photos.read", family));
        assert!(!Arc::ptr_eq(&first, &narrowed));
        assert_eq!(narrowed[..], access("photos.read", family).details()[..]);
        let reordered = details.access(&access("profile photos.read", family));
        assert_eq!(reordered[1].1, "profile photos.read", "shown as sent");
    }

    #[test]
    fn a_code_without_an_owner_names_no_user() {
        let code = IssuedCode {
            client_id: "app".into(),
            user: None,
            redirect_to: "https://app.example/cb".into(),
            redirect_uri_sent: None,
            scope: Scope::parse("photos.read"),
            challenge: None,
            expires_at: DateTime::UNIX_EPOCH,
            families: Vec::new(),
            sign_in: SignIn::default(),
        };
        let names: Vec<&str> = code.details().iter().map(|(name, _)| *name).collect();
        assert_eq!(names, ["client", "scope", "redirect_uri"]);
        let owned = IssuedCode {
            user: Some("alice".into()),
            ..code
        };
        assert_eq!(owned.details()[1], ("user", "alice".to_owned()));
    }

    #[test]
    fn a_used_code_shows_what_it_issued_and_their_family() {
        let used = UsedCode {
            family: FamilyId::default().next(),
            refresh_issued: true,
        };
        assert_eq!(
            used.details(),
            [
                ("family", "F1".to_owned()),
                ("issued", "access_token refresh_token".to_owned()),
            ]
        );
        let without_refresh = UsedCode {
            refresh_issued: false,
            ..used
        };
        assert_eq!(without_refresh.details()[1].1, "access_token");
    }
}
