//! The world a scenario sets up: one client (plus any already registered), one user,
//! one authorization server policy, one protected resource and an attacker.
//!
//! These structs are the scenario format's `client`, `other_clients`, `user`, `server`
//! and `resource` objects (see `scenario-format.md`); every field has the default that
//! makes the happy path, and unknown fields are refused so a typo cannot silently
//! change a test. Each is read only from a JSON object (`objects_only!`), never from
//! an array by position.

use serde::{Deserialize, Serialize};

/// Whether the client can keep a secret (RFC 6749 §2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientType {
    /// A server-side app that can hide a `client_secret`.
    #[default]
    Confidential,
    /// A browser or mobile app: no secret, PKCE proves each flow instead.
    Public,
}

/// How the client authenticates at the token endpoint (RFC 6749 §2.3.1, RFC 7591 §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthMethod {
    /// `Authorization: Basic` with the form-encoded id and secret.
    #[default]
    ClientSecretBasic,
    /// `client_id` and `client_secret` in the form body.
    ClientSecretPost,
    /// Only `client_id` in the body: a public client.
    None,
}

impl AuthMethod {
    /// The RFC 7591 name of the method.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ClientSecretBasic => "client_secret_basic",
            Self::ClientSecretPost => "client_secret_post",
            Self::None => "none",
        }
    }
}

/// The client application and how it behaves.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields, default)]
pub struct ClientConfig {
    pub name: String,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    #[serde(rename = "type")]
    pub client_type: ClientType,
    pub redirect_uris: Vec<String>,
    pub scope: String,
    pub auth_method: AuthMethod,
    pub uses_state: bool,
    pub uses_pkce: bool,
    /// The `Referrer-Policy` of the callback page; none leaves the browsers' default,
    /// `strict-origin-when-cross-origin` (RFC 9700 §4.2.4).
    pub referrer_policy: Option<String>,
    /// What the callback page embeds from other sites (an ad, a tracking pixel): the
    /// browser fetches each, with a `Referer` (RFC 9700 §4.2.1).
    pub callback_page_embeds: Vec<String>,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            name: "Photo Printer".into(),
            client_id: None,
            client_secret: None,
            client_type: ClientType::Confidential,
            redirect_uris: vec!["https://printer.example/callback".into()],
            scope: "photos.read".into(),
            auth_method: AuthMethod::ClientSecretBasic,
            uses_state: true,
            uses_pkce: true,
            referrer_policy: None,
            callback_page_embeds: Vec::new(),
        }
    }
}

impl ClientConfig {
    /// How the client authenticates in fact: a public client has no secret to send,
    /// whatever `auth_method` says (RFC 6749 §2.1).
    pub fn effective_auth_method(&self) -> AuthMethod {
        match self.client_type {
            ClientType::Public => AuthMethod::None,
            ClientType::Confidential => self.auth_method,
        }
    }
}

/// The resource owner: the person whose photos these are.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields, default)]
pub struct UserConfig {
    pub username: String,
    pub password: String,
}

impl Default for UserConfig {
    fn default() -> Self {
        Self {
            username: "alice".into(),
            password: "wonderland".into(),
        }
    }
}

/// How the authorization server compares a requested `redirect_uri` with the
/// registered ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RedirectMatching {
    /// Simple string comparison (RFC 9700 §4.1.3).
    #[default]
    Exact,
    /// Any URI that starts with a registered one: deliberately unsafe, for teaching
    /// how codes leak (RFC 9700 §4.1.1).
    Prefix,
}

/// The authorization server's policy.
#[allow(
    clippy::struct_excessive_bools,
    reason = "each flag is a field of the scenario format"
)]
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields, default)]
pub struct ServerPolicy {
    pub scopes: Vec<String>,
    pub code_lifetime: u32,
    pub access_token_lifetime: u32,
    pub refresh_token_lifetime: u32,
    pub issue_refresh_tokens: bool,
    pub require_pkce: bool,
    pub allow_plain_pkce: bool,
    pub redirect_uri_matching: RedirectMatching,
    pub one_time_codes: bool,
    pub rotate_refresh_tokens: bool,
    /// Refuse a `code_verifier` for a code issued without a challenge (RFC 9700
    /// §4.8.2, a MUST); off only to show the PKCE downgrade attack.
    pub reject_verifier_without_challenge: bool,
    /// Show authorization errors for dynamically registered clients as a page instead
    /// of redirecting (RFC 9700 §4.11.2); off by default, as RFC 6749 §4.1.2.1 redirects.
    pub error_page_for_dynamic_clients: bool,
}

impl Default for ServerPolicy {
    fn default() -> Self {
        Self {
            scopes: vec![
                "photos.read".into(),
                "photos.write".into(),
                "profile".into(),
            ],
            code_lifetime: 600,
            access_token_lifetime: 3600,
            refresh_token_lifetime: 1_209_600,
            issue_refresh_tokens: true,
            require_pkce: true,
            allow_plain_pkce: false,
            redirect_uri_matching: RedirectMatching::Exact,
            one_time_codes: true,
            rotate_refresh_tokens: true,
            reject_verifier_without_challenge: true,
            error_page_for_dynamic_clients: false,
        }
    }
}

/// What the resource server protects.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields, default)]
pub struct ResourceConfig {
    pub path: String,
    pub required_scope: String,
    /// Seconds the resource server reuses an active introspection answer instead of
    /// asking again; 0 asks every time (RFC 7662 §4, RFC 9700 §4.10).
    pub introspection_cache: u32,
}

impl Default for ResourceConfig {
    fn default() -> Self {
        Self {
            path: "/photos".into(),
            required_scope: "photos.read".into(),
            introspection_cache: 0,
        }
    }
}

/// The attacker: its own account at the authorization server and its own app, which
/// exists at the server only once a step registers it (`"by": "attacker"`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields, default)]
pub struct AttackerConfig {
    pub username: String,
    pub password: String,
    pub client: ClientConfig,
}

impl Default for AttackerConfig {
    fn default() -> Self {
        Self {
            username: "mallory".into(),
            password: "evil-twin".into(),
            client: ClientConfig {
                name: "Print Deals".into(),
                redirect_uris: vec!["https://attacker.example/callback".into()],
                ..ClientConfig::default()
            },
        }
    }
}

impl AttackerConfig {
    /// The attacker's own account, as its browser signs in with it.
    pub fn account(&self) -> UserConfig {
        UserConfig {
            username: self.username.clone(),
            password: self.password.clone(),
        }
    }
}

super::objects_only!(
    ClientConfig,
    UserConfig,
    ServerPolicy,
    ResourceConfig,
    AttackerConfig
);

/// Everything a simulation starts from.
#[derive(Debug, Clone, Default)]
pub struct World {
    pub client: ClientConfig,
    pub other_clients: Vec<ClientConfig>,
    pub user: UserConfig,
    pub server: ServerPolicy,
    pub resource: ResourceConfig,
    pub attacker: AttackerConfig,
}
