//! OIDC on top of the code flow (OIDC Core 1.0 §3.1): the `openid` scope
//! turns an authorization into a sign-in, the token response carries an `id_token`
//! (a JWT that says who logged in, for which client, when), and the client checks
//! it before it believes it (§3.1.3.7). The server's endpoints (discovery, JWKS,
//! userinfo) live beside its others in `authorization_server/`; this module holds
//! what both sides agree on and the client's checks.

pub mod id_token;
pub mod tamper;

use super::authorization_server::HOST;

/// The scope value that asks for a sign-in (OIDC Core §3.1.2.1).
pub const OPENID: &str = "openid";

/// Where the discovery document is (OIDC Discovery §4).
pub const DISCOVERY_PATH: &str = "/.well-known/openid-configuration";

/// Where plain OAuth metadata is (RFC 8414 §3).
pub const METADATA_PATH: &str = "/.well-known/oauth-authorization-server";

/// Where the server publishes its public keys (RFC 7517 §5, the `jwks_uri`).
pub const JWKS_PATH: &str = "/jwks";

/// The `UserInfo` endpoint (OIDC Core §5.3).
pub const USERINFO_PATH: &str = "/userinfo";

/// The claims the server's `id_token`s carry (OIDC Core §2, §3.1.3.6): what discovery
/// lists as `claims_supported` beside userinfo's `preferred_username`.
pub const ID_TOKEN_CLAIMS: [&str; 8] = [
    "iss",
    "sub",
    "aud",
    "exp",
    "iat",
    "auth_time",
    "nonce",
    "at_hash",
];

/// The issuer identifier: the `https` URL of the server's host, with no path, query
/// or fragment (OIDC Discovery §3, RFC 8414 §2), which every `id_token`'s `iss`
/// repeats exactly.
pub fn issuer() -> String {
    format!("https://{HOST}")
}

/// Whether a space-separated scope asks for a sign-in.
pub fn asks_sign_in(scope: &str) -> bool {
    scope.split(' ').any(|value| value == OPENID)
}
