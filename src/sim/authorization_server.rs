//! The authorization server: registers clients, authenticates the resource owner,
//! asks her consent, and issues codes and tokens (RFC 6749 §1.1). It is the only
//! party that ever sees Alice's password.

mod account;
mod authorize;
mod client_auth;
mod client_credentials;
mod consent_page;
mod device;
mod device_record;
mod discovery;
mod grants;
mod id_token;
mod implicit;
mod introspect;
mod jwks;
mod jwt_access;
mod offered;
mod password;
mod records;
mod redirect_uri;
mod register;
mod revoke;
mod routes;
mod token;
mod userinfo;

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::actor::Actor;
use super::clock::has_expired;
use super::context::Ctx;
use super::jwt::Signer;
use super::ledger::Ledger;
use super::memory::{ItemKind, Reason, Status};
use super::protocol::FamilyId;
use super::scope::Scope;
use super::world::{ClientConfig, ServerPolicy, UserConfig};

pub use account::{ACCOUNT_CONSENTS_PATH, ACCOUNT_PATH};
#[cfg(test)]
pub use authorize::SESSION_COOKIE;
pub use client_auth::encode_basic;
pub use device::{DEVICE_AUTHORIZATION_PATH, VERIFICATION_PATH};
pub use records::{
    AccessToken, Consent, IssuedCode, RefreshToken, RegisteredClient, Session, SignIn, UsedCode,
};

/// The host name the simulated authorization server answers on.
pub const HOST: &str = "auth.example";

/// The authorization server and everything it remembers.
#[derive(Debug, Clone)]
pub struct AuthorizationServer {
    policy: ServerPolicy,
    /// The policy's scopes as a set, read once.
    known_scopes: Scope,
    /// The accounts people sign in with: Alice's, and the attacker's own.
    users: Vec<UserConfig>,
    clients: Ledger<RegisteredClient>,
    sessions: Ledger<Session>,
    consents: Ledger<Consent>,
    codes: Ledger<IssuedCode>,
    used_codes: Ledger<UsedCode>,
    access_tokens: Ledger<AccessToken>,
    refresh_tokens: Ledger<RefreshToken>,
    /// Device authorization requests by device code (RFC 8628 §3.2).
    device_codes: Ledger<device_record::DeviceGrant>,
    /// The resource server's own credentials for introspection (RFC 7662 §2.1).
    resource_server: (String, String),
    /// The Basic headers of the credentials it issued, decoded once.
    issued_basic: client_auth::IssuedBasic,
    /// The credentials the scenario fixes, by client name (RFC 7591 lets the server
    /// choose them; the scenario chooses for it).
    planned: HashMap<String, register::Planned>,
    /// The family issued last.
    families: FamilyId,
    /// Each family's tokens not yet revoked as a family (RFC 9700 §4.14.2).
    family_members: HashMap<FamilyId, FamilyMembers>,
    /// The key `id_tokens` are signed with (OIDC Core §10.1), derived from the seed.
    signer: Signer,
    /// Its issuer identifier (RFC 8414 §2): the base of every endpoint its metadata
    /// lists and the `iss` of every token it signs; `serve` sets the real address.
    issuer: String,
}

impl AuthorizationServer {
    pub fn new(
        policy: ServerPolicy,
        users: &[UserConfig],
        resource_server: (String, String),
        planned: &[&ClientConfig],
    ) -> Self {
        let me = Actor::AuthorizationServer;
        let mut issued_basic = client_auth::IssuedBasic::default();
        issued_basic.learn(&resource_server.0, &resource_server.1);
        Self {
            known_scopes: policy.scopes.iter().map(String::as_str).collect(),
            policy,
            users: users.to_vec(),
            clients: Ledger::new(me, ItemKind::Client),
            sessions: Ledger::new(me, ItemKind::Session),
            consents: Ledger::new(me, ItemKind::Consent),
            codes: Ledger::new(me, ItemKind::Code),
            used_codes: Ledger::new(me, ItemKind::UsedCode),
            access_tokens: Ledger::new(me, ItemKind::AccessToken),
            refresh_tokens: Ledger::new(me, ItemKind::RefreshToken),
            device_codes: Ledger::new(me, ItemKind::DeviceCode),
            resource_server,
            issued_basic,
            planned: planned
                .iter()
                .map(|c| (c.name.clone(), register::Planned::of(c)))
                .collect(),
            families: FamilyId::default(),
            family_members: HashMap::new(),
            signer: Signer::from_seed(0),
            issuer: crate::sim::oidc::issuer(),
        }
    }

    /// Answers as the issuer `issuer` from now on (`serve`: its real base URL).
    pub fn issue_as(&mut self, issuer: &str) {
        issuer.clone_into(&mut self.issuer);
    }

    /// The same server signing with `signer`: the run's key, from its seed.
    #[must_use]
    pub fn signing_with(self, signer: Signer) -> Self {
        Self { signer, ..self }
    }

    /// What the consent page for this browser session shows: the name the app
    /// registered (its `client_id` when it gave none, RFC 7591 §2) and the scope
    /// its pending request asks for.
    fn consent_offer(&self, cookie: &str) -> Option<(String, Scope)> {
        let pending = self.sessions.get(cookie)?.pending.as_ref()?;
        let name = self
            .clients
            .get(&pending.client_id)
            .map(|c| c.name.as_str())
            .filter(|name| !name.is_empty())
            .unwrap_or(&pending.client_id);
        Some((name.to_owned(), pending.scope.clone()))
    }

    /// A fresh name for the tokens of one grant, so a replay can revoke them together
    /// (RFC 9700 §4.14.2).
    fn new_family(&mut self) -> FamilyId {
        self.families = self.families.next();
        self.families
    }

    /// Revokes every live token of a grant; returns how many. The grant's tokens
    /// are found through the family index, and leave it once revoked, so a long run
    /// of refreshes and replays costs what it issued, not what the server holds.
    fn revoke_family(&mut self, family: FamilyId, reason: Reason, ctx: &mut Ctx) -> usize {
        let Some(members) = self.family_members.remove(&family) else {
            return 0;
        };
        let mut revoked = 0;
        for key in &members.access {
            if self
                .access_tokens
                .get(key)
                .is_some_and(|t| t.status == Status::Live)
            {
                self.access_tokens
                    .update(key, reason, ctx.journal, |t| t.status = Status::Revoked);
                revoked += 1;
            }
        }
        for key in &members.refresh {
            if self
                .refresh_tokens
                .get(key)
                .is_some_and(|t| t.status != Status::Revoked)
            {
                self.refresh_tokens
                    .update(key, reason, ctx.journal, |t| t.status = Status::Revoked);
                revoked += 1;
            }
        }
        revoked
    }
}

/// The tokens issued in one family, in the order they were issued, and whose grant
/// it is: the client, and the owner who consented, if one did.
#[derive(Debug, Clone)]
struct FamilyMembers {
    client_id: String,
    user: Option<String>,
    access: Vec<String>,
    refresh: Vec<String>,
    /// What its tokens show in the transcript, made once.
    details: records::TokenDetails,
}

impl FamilyMembers {
    fn new(client_id: &str, user: Option<&str>) -> Self {
        Self {
            client_id: client_id.to_owned(),
            user: user.map(str::to_owned),
            access: Vec::new(),
            refresh: Vec::new(),
            details: records::TokenDetails::default(),
        }
    }

    /// Whether this is a grant `user` gave `client_id`.
    fn is_grant_of(&self, user: &str, client_id: &str) -> bool {
        self.user.as_deref() == Some(user) && self.client_id == client_id
    }
}

/// Whether something that expires at `at` is still valid at `now`.
fn alive(at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    !has_expired(at, now)
}
