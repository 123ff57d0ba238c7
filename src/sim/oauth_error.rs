//! OAuth error codes as data: a simulated server answering `invalid_grant` is an
//! outcome the transcript shows, not a Rust error.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The `error` values the simulated actors can answer with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[derive(schemars::JsonSchema)]
pub enum ErrorCode {
    /// "The request is missing a required parameter, includes an invalid parameter
    /// value, includes a parameter more than once, or is otherwise malformed."
    /// (RFC 6749 §4.1.2.1, §5.2)
    InvalidRequest,
    /// "Client authentication failed (e.g., unknown client, no client authentication
    /// included, or unsupported authentication method)." (RFC 6749 §5.2)
    InvalidClient,
    /// "The provided authorization grant ... or refresh token is invalid, expired,
    /// revoked, does not match the redirection URI used in the authorization request,
    /// or was issued to another client." (RFC 6749 §5.2)
    InvalidGrant,
    /// "The authenticated client is not authorized to use this authorization grant
    /// type." (RFC 6749 §5.2)
    UnauthorizedClient,
    /// "The authorization grant type is not supported by the authorization server."
    /// (RFC 6749 §5.2)
    UnsupportedGrantType,
    /// "The authorization server does not support obtaining an authorization code
    /// using this method." (RFC 6749 §4.1.2.1)
    UnsupportedResponseType,
    /// "The requested scope is invalid, unknown, malformed, or exceeds the scope
    /// granted by the resource owner." (RFC 6749 §4.1.2.1, §5.2)
    InvalidScope,
    /// "The resource owner or authorization server denied the request."
    /// (RFC 6749 §4.1.2.1)
    AccessDenied,
    /// "The access token provided is expired, revoked, malformed, or invalid for other
    /// reasons." (RFC 6750 §3.1)
    InvalidToken,
    /// "The request requires higher privileges than provided by the access token."
    /// (RFC 6750 §3.1)
    InsufficientScope,
    /// "The value of one or more redirection URIs is invalid." (RFC 7591 §3.2.2)
    InvalidRedirectUri,
    /// "The value of one of the client metadata fields is invalid and the server has
    /// rejected this request." (RFC 7591 §3.2.2)
    InvalidClientMetadata,
    /// "The authorization server does not support the revocation of the presented
    /// token type." (RFC 7009 §2.2.1)
    UnsupportedTokenType,
    /// The client's own refusal of a callback whose `state` does not match the one it
    /// stored (RFC 6749 §10.12): not a wire code of any RFC, named so in our
    /// transcript.
    InvalidState,
    // Issue 11, part A: the device flow's poll answers (RFC 8628 §3.5).
    /// "The authorization request is still pending as the end user hasn't yet
    /// completed the user-interaction steps." (RFC 8628 §3.5)
    AuthorizationPending,
    /// "A variant of `authorization_pending`, the authorization request is still
    /// pending and polling should continue, but the interval MUST be increased by 5
    /// seconds for this and all subsequent requests." (RFC 8628 §3.5)
    SlowDown,
    /// "The `device_code` has expired, and the device authorization session has
    /// concluded." (RFC 8628 §3.5)
    ExpiredToken,
    /// The client's own refusal of an `id_token` that fails a check of OIDC Core
    /// §3.1.3.7 (issue 11, part C): like `invalid_state`, not a wire code, named so in
    /// our transcript.
    InvalidIdToken,
}

impl ErrorCode {
    /// The code as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::InvalidClient => "invalid_client",
            Self::InvalidGrant => "invalid_grant",
            Self::UnauthorizedClient => "unauthorized_client",
            Self::UnsupportedGrantType => "unsupported_grant_type",
            Self::UnsupportedResponseType => "unsupported_response_type",
            Self::InvalidScope => "invalid_scope",
            Self::AccessDenied => "access_denied",
            Self::InvalidToken => "invalid_token",
            Self::InsufficientScope => "insufficient_scope",
            Self::InvalidRedirectUri => "invalid_redirect_uri",
            Self::InvalidClientMetadata => "invalid_client_metadata",
            Self::UnsupportedTokenType => "unsupported_token_type",
            Self::InvalidState => "invalid_state",
            Self::AuthorizationPending => "authorization_pending",
            Self::SlowDown => "slow_down",
            Self::ExpiredToken => "expired_token",
            Self::InvalidIdToken => "invalid_id_token",
        }
    }

    /// Reads a code from the wire, if it is one we know.
    pub fn from_wire(code: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip() {
        for code in [
            ErrorCode::InvalidGrant,
            ErrorCode::InsufficientScope,
            ErrorCode::InvalidRedirectUri,
        ] {
            assert_eq!(ErrorCode::from_wire(code.as_str()), Some(code));
        }
        assert_eq!(ErrorCode::from_wire("no_such_error"), None);
    }
}
