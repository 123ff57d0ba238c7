//! The world a scenario sets up: one client (plus any already registered), one user,
//! one authorization server policy, one protected resource and an attacker.
//!
//! These structs are the scenario format's `client`, `other_clients`, `user`, `server`
//! and `resource` objects (see `scenario-format.md`); every field has the default that
//! makes the happy path, and unknown fields are refused so a typo cannot silently
//! change a test. Each is read only from a JSON object (`objects_only!`), never from
//! an array by position.

use serde::{Deserialize, Serialize};

use super::protocol::GrantType;
use super::referrer_policy::ReferrerPolicy;

/// Whether the client can keep a secret (RFC 6749 §2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[derive(schemars::JsonSchema)]
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
#[derive(schemars::JsonSchema)]
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

/// The client application and how it behaves. Read from a file through
/// [`RawClient`], so settings that contradict each other are refused at load.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[schemars(
    with = "RawClient",
    description = "The client application and how it behaves; a public client has no \
                   secret and authenticates with `none` (RFC 6749 §2.1, §2.3.1)."
)]
pub struct ClientConfig {
    pub name: String,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    #[serde(rename = "type")]
    pub client_type: ClientType,
    pub redirect_uris: Vec<String>,
    pub scope: String,
    /// How the client authenticates; when a file leaves it out, `none` for a public
    /// client and `client_secret_basic` for a confidential one.
    pub auth_method: AuthMethod,
    pub uses_state: bool,
    pub uses_pkce: bool,
    /// The `Referrer-Policy` of the callback page, one of the W3C tokens; none sends
    /// no header and leaves the browsers' default, `strict-origin-when-cross-origin`
    /// (RFC 9700 §4.2.4).
    pub referrer_policy: Option<ReferrerPolicy>,
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

/// A `client` object as written, before the checks that span its fields: whether
/// `auth_method` was given is what tells a default from a contradiction.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
#[derive(schemars::JsonSchema)]
#[schemars(rename = "Client")]
struct RawClient {
    name: String,
    client_id: Option<String>,
    client_secret: Option<String>,
    #[serde(rename = "type")]
    client_type: ClientType,
    redirect_uris: Vec<String>,
    scope: String,
    #[serde(deserialize_with = "given")]
    #[schemars(with = "AuthMethod")]
    auth_method: Option<AuthMethod>,
    uses_state: bool,
    uses_pkce: bool,
    referrer_policy: Option<ReferrerPolicy>,
    callback_page_embeds: Vec<String>,
}

impl Default for RawClient {
    fn default() -> Self {
        let client = ClientConfig::default();
        Self {
            name: client.name,
            client_id: client.client_id,
            client_secret: client.client_secret,
            client_type: client.client_type,
            redirect_uris: client.redirect_uris,
            scope: client.scope,
            auth_method: None,
            uses_state: client.uses_state,
            uses_pkce: client.uses_pkce,
            referrer_policy: client.referrer_policy,
            callback_page_embeds: client.callback_page_embeds,
        }
    }
}

/// A field that, when present, must hold a value (`null` is not "leave it out").
fn given<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

impl<'de> Deserialize<'de> for ClientConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::checked_map(deserializer, "a JSON object", ClientConfig::check)
    }
}

impl ClientConfig {
    /// Refuses settings that contradict each other, rather than quietly using one
    /// of them: a public client cannot keep a secret, so it has none and sends none;
    /// a confidential one must authenticate (RFC 6749 §2.1, §2.3.1).
    fn check(raw: RawClient) -> Result<Self, String> {
        let public = raw.client_type == ClientType::Public;
        let auth_method = raw.auth_method.unwrap_or(if public {
            AuthMethod::None
        } else {
            AuthMethod::ClientSecretBasic
        });
        if public && auth_method != AuthMethod::None {
            return Err(format!(
                "a public client has no secret to authenticate with, so its auth_method \
                 cannot be {} (use \"none\", or \"type\": \"confidential\"; RFC 6749 §2.1)",
                auth_method.as_str()
            ));
        }
        if public && raw.client_secret.is_some() {
            return Err(
                "a public client cannot keep a client_secret (leave it out, or use \
                 \"type\": \"confidential\"; RFC 6749 §2.1)"
                    .into(),
            );
        }
        if !public && auth_method == AuthMethod::None {
            return Err(
                "a confidential client authenticates, so its auth_method cannot be \
                 none (use client_secret_basic or client_secret_post, or \"type\": \"public\"; \
                 RFC 6749 §2.3.1)"
                    .into(),
            );
        }
        Ok(Self {
            name: raw.name,
            client_id: raw.client_id,
            client_secret: raw.client_secret,
            client_type: raw.client_type,
            redirect_uris: raw.redirect_uris,
            scope: raw.scope,
            auth_method,
            uses_state: raw.uses_state,
            uses_pkce: raw.uses_pkce,
            referrer_policy: raw.referrer_policy,
            callback_page_embeds: raw.callback_page_embeds,
        })
    }
}

/// The resource owner: the person whose photos these are.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields, default)]
#[derive(schemars::JsonSchema)]
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
#[derive(schemars::JsonSchema)]
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
#[derive(schemars::JsonSchema)]
pub struct ServerPolicy {
    pub scopes: Vec<String>,
    #[schemars(range(max = 4_294_967_295_u32))]
    pub code_lifetime: u32,
    #[schemars(range(max = 4_294_967_295_u32))]
    pub access_token_lifetime: u32,
    #[schemars(range(max = 4_294_967_295_u32))]
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
    /// Seconds a device code and its user code live (RFC 8628 §3.2 `expires_in`).
    #[schemars(range(max = 4_294_967_295_u32))]
    pub device_code_lifetime: u32,
    /// Seconds a device waits between polls at first (RFC 8628 §3.2 `interval`;
    /// 5 when a server sends none).
    #[schemars(range(max = 4_294_967_295_u32))]
    pub device_poll_interval: u32,
    /// Offer the implicit grant, `response_type=token` (RFC 6749 §4.2). Off by
    /// default: RFC 9700 §2.1.2 says clients SHOULD NOT use it; the legacy lessons
    /// turn it on to show why.
    pub offer_implicit_grant: bool,
    /// Offer the resource owner password credentials grant (RFC 6749 §4.3). Off by
    /// default: RFC 9700 §2.4 says it MUST NOT be used; the legacy lessons turn it on.
    pub offer_password_grant: bool,
    /// Issue access tokens as signed JWTs (RFC 9068) that the resource server checks
    /// itself instead of introspecting: fast, but a revoked token still works there
    /// until it expires. Off by default: opaque tokens, introspected at every call.
    pub signed_access_tokens: bool,
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
            device_code_lifetime: 600,
            device_poll_interval: 5,
            offer_implicit_grant: false,
            offer_password_grant: false,
            signed_access_tokens: false,
        }
    }
}

/// What the resource server protects.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields, default)]
#[derive(schemars::JsonSchema)]
pub struct ResourceConfig {
    pub path: String,
    pub required_scope: String,
    /// Seconds the resource server reuses an active introspection answer instead of
    /// asking again; 0 asks every time (RFC 7662 §4, RFC 9700 §4.10).
    #[schemars(range(max = 4_294_967_295_u32))]
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
#[derive(schemars::JsonSchema)]
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

super::objects_only!(UserConfig, ServerPolicy, ResourceConfig, AttackerConfig);

/// Everything a simulation starts from.
#[derive(Debug, Clone, Default)]
pub struct World {
    pub client: ClientConfig,
    pub other_clients: Vec<ClientConfig>,
    pub user: UserConfig,
    pub server: ServerPolicy,
    pub resource: ResourceConfig,
    pub attacker: AttackerConfig,
    /// The grant the client's flow uses (the scenario's `flow`): what it registers
    /// and what its `token` step asks for.
    pub grant: GrantType,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(json: &str) -> Result<ClientConfig, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn a_public_client_without_auth_method_authenticates_with_none() {
        let public = client(r#"{"type": "public"}"#);
        assert_eq!(public.map(|c| c.auth_method), Ok(AuthMethod::None));
        let confidential = client("{}");
        assert_eq!(
            confidential.map(|c| c.auth_method),
            Ok(AuthMethod::ClientSecretBasic)
        );
    }

    #[test]
    fn a_public_client_that_would_send_a_secret_is_refused() {
        for method in ["client_secret_basic", "client_secret_post"] {
            let error = client(&format!(
                r#"{{"type": "public", "auth_method": "{method}"}}"#
            ));
            assert!(
                error
                    .as_ref()
                    .is_err_and(|e| e.contains(&format!("cannot be {method}"))),
                "{error:?}"
            );
        }
        let with_secret = client(r#"{"type": "public", "client_secret": "s"}"#);
        assert!(with_secret.is_err_and(|e| e.contains("cannot keep a client_secret")));
    }

    #[test]
    fn a_confidential_client_that_would_not_authenticate_is_refused() {
        let error = client(r#"{"auth_method": "none"}"#);
        assert!(error.is_err_and(|e| e.contains("cannot be none")));
    }

    #[test]
    fn auth_method_null_is_not_taken_for_the_default() {
        assert!(client(r#"{"auth_method": null}"#).is_err());
    }
}
