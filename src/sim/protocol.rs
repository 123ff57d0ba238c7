//! The words of the protocol as types: grant types, response types, token kinds and
//! the name of a grant's token family. Each parses whatever a client sends and keeps
//! an unknown value as it came (`Other`), so an answer can be exact about it; what
//! the server supports is a question asked of the type, not a string compared in
//! every endpoint.

use std::fmt;

use serde::{Serialize, Serializer};

/// A `grant_type`: what the client trades at the token endpoint (RFC 6749 §4, §6),
/// and what it lists in its registration (RFC 7591 §2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum GrantType {
    /// The authorization code grant (RFC 6749 §4.1).
    #[default]
    AuthorizationCode,
    /// The implicit grant (RFC 6749 §4.2): never sent to the token endpoint, only
    /// registered alongside `response_type=token` (RFC 7591 §2.1).
    Implicit,
    /// The resource owner password credentials grant (RFC 6749 §4.3).
    Password,
    /// The client credentials grant (RFC 6749 §4.4): a grant with no resource owner.
    ClientCredentials,
    /// The refresh token grant (RFC 6749 §6).
    RefreshToken,
    /// The JWT bearer assertion grant (RFC 7523 §2.1).
    JwtBearer,
    /// The SAML 2.0 bearer assertion grant (RFC 7522 §2.1).
    Saml2Bearer,
    /// The device authorization grant (RFC 8628 §3.4).
    DeviceCode,
    /// Any other value, exactly as the client sent it.
    Other(String),
}

impl GrantType {
    /// The registered names, in the order of RFC 7591 §2, then RFC 8628's.
    pub(crate) const KNOWN: [Self; 8] = [
        Self::AuthorizationCode,
        Self::Implicit,
        Self::Password,
        Self::ClientCredentials,
        Self::RefreshToken,
        Self::JwtBearer,
        Self::Saml2Bearer,
        Self::DeviceCode,
    ];

    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthorizationCode => "authorization_code",
            Self::Implicit => "implicit",
            Self::Password => "password",
            Self::ClientCredentials => "client_credentials",
            Self::RefreshToken => "refresh_token",
            Self::JwtBearer => "urn:ietf:params:oauth:grant-type:jwt-bearer",
            Self::Saml2Bearer => "urn:ietf:params:oauth:grant-type:saml2-bearer",
            Self::DeviceCode => "urn:ietf:params:oauth:grant-type:device_code",
            Self::Other(value) => value,
        }
    }

    /// Whether the grant begins at the authorization endpoint, so that registering
    /// it means registering the response type that asks for it (RFC 7591 §2.1).
    pub fn starts_at_authorization_endpoint(&self) -> bool {
        matches!(self, Self::AuthorizationCode | Self::Implicit)
    }

    /// Whether this server offers the grant: the code flow and refreshing it, client
    /// credentials and the device flow. The password grant is left out on purpose
    /// (RFC 9700 §2.4); the others are known names the simulation does not model yet.
    pub fn is_supported(&self) -> bool {
        matches!(
            self,
            Self::AuthorizationCode
                | Self::RefreshToken
                | Self::ClientCredentials
                | Self::DeviceCode
        )
    }

    /// The grant types a client registers to play a flow that starts with this
    /// grant: refreshing it too where a refresh token may be issued, never for client
    /// credentials (RFC 6749 §4.4.3) nor the implicit grant (§4.2.2): neither issues
    /// a refresh token.
    pub fn registered_with(&self) -> Vec<Self> {
        match self {
            Self::ClientCredentials | Self::Implicit => vec![self.clone()],
            other => vec![other.clone(), Self::RefreshToken],
        }
    }

    /// The response type that asks the authorization endpoint for this grant (RFC
    /// 7591 §2.1: `code` with `authorization_code`, `token` with `implicit`); none
    /// for a grant that never visits it.
    pub fn response_type(&self) -> Option<ResponseType> {
        match self {
            Self::AuthorizationCode => Some(ResponseType::Code),
            Self::Implicit => Some(ResponseType::Token),
            _ => None,
        }
    }
}

/// Reads a value as sent; grant type names are case-sensitive (RFC 6749 §4.1.3
/// gives the exact string), so only an exact match is a known name.
impl From<&str> for GrantType {
    fn from(value: &str) -> Self {
        Self::KNOWN
            .into_iter()
            .find(|known| known.as_str() == value)
            .unwrap_or_else(|| Self::Other(value.to_owned()))
    }
}

/// A `response_type`: what the client asks the authorization endpoint to return
/// (RFC 6749 §3.1.1), and what it lists in its registration (RFC 7591 §2).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseType {
    /// An authorization code (RFC 6749 §4.1.1).
    Code,
    /// An access token in the redirect, the implicit flow (RFC 6749 §4.2.1).
    Token,
    /// An ID token in the redirect (OIDC Core 1.0 §3.2.2.1), which OIDC
    /// registration ties to the implicit grant.
    IdToken,
    /// Any other value, a combination such as `code id_token` included, exactly as
    /// the client sent it (RFC 6749 §8.4 lets extensions define them).
    Other(String),
}

impl ResponseType {
    pub(crate) const KNOWN: [Self; 3] = [Self::Code, Self::Token, Self::IdToken];

    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Code => "code",
            Self::Token => "token",
            Self::IdToken => "id_token",
            Self::Other(value) => value,
        }
    }

    /// Whether this server answers it: only the code flow (RFC 9700 §2.1.2 says
    /// clients should not use the implicit grant).
    pub fn is_supported(&self) -> bool {
        *self == Self::Code
    }

    /// The grant type a client must also register to use this response type
    /// (RFC 7591 §2.1): `code` needs `authorization_code`, `token` needs `implicit`.
    pub fn grant_type(&self) -> Option<GrantType> {
        match self {
            Self::Code => Some(GrantType::AuthorizationCode),
            Self::Token | Self::IdToken => Some(GrantType::Implicit),
            Self::Other(_) => None,
        }
    }
}

/// Reads a value as sent; a space-separated combination is kept whole as `Other`.
impl From<&str> for ResponseType {
    fn from(value: &str) -> Self {
        Self::KNOWN
            .into_iter()
            .find(|known| known.as_str() == value)
            .unwrap_or_else(|| Self::Other(value.to_owned()))
    }
}

/// The kinds of token a client may name in `token_type_hint` (RFC 7009 §2.1, and
/// RFC 7662 §2.1 for introspection).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    AccessToken,
    RefreshToken,
}

impl TokenKind {
    /// The value on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AccessToken => "access_token",
            Self::RefreshToken => "refresh_token",
        }
    }

    /// Reads a `token_type_hint`. A value the server does not know is no hint at
    /// all: RFC 7009 §2.1 has it ignored rather than refused.
    pub fn from_hint(hint: Option<&str>) -> Option<Self> {
        match hint? {
            "access_token" => Some(Self::AccessToken),
            "refresh_token" => Some(Self::RefreshToken),
            _ => None,
        }
    }

    /// The kinds to search, the hinted one first (RFC 7009 §2.1: a server that
    /// cannot find the token under the hint "MUST extend its search across all of
    /// its supported token types").
    pub fn search_order(hint: Option<Self>) -> [Self; 2] {
        match hint {
            Some(Self::RefreshToken) => [Self::RefreshToken, Self::AccessToken],
            _ => [Self::AccessToken, Self::RefreshToken],
        }
    }
}

/// The name of one grant's tokens: every access and refresh token issued from one
/// code, so a replay or a revocation can end them together (RFC 9700 §4.14.2).
/// The default comes before the first family; the server numbers them from 1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FamilyId(u32);

impl FamilyId {
    /// The family after this one; the first is `FamilyId::default().next()`.
    #[must_use]
    pub fn next(self) -> Self {
        Self(self.0.saturating_add(1))
    }
}

/// As the State view shows it: `F1`, `F2`, …
impl fmt::Display for FamilyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "F{}", self.0)
    }
}

/// Serialized as its wire value, as in a registration answer (RFC 7591 §3.2.1).
impl Serialize for GrantType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Serialized as its wire value, as in a registration answer (RFC 7591 §3.2.1).
impl Serialize for ResponseType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_grant_type_names_read_back_as_themselves() {
        for known in GrantType::KNOWN {
            assert_eq!(GrantType::from(known.as_str()), known);
        }
        assert_eq!(
            GrantType::from("urn:ietf:params:oauth:grant-type:device_code"),
            GrantType::DeviceCode
        );
    }

    #[test]
    fn an_unknown_or_differently_cased_value_is_kept_as_sent() {
        assert_eq!(
            GrantType::from("Authorization_Code"),
            GrantType::Other("Authorization_Code".into())
        );
        assert_eq!(GrantType::from("magic").as_str(), "magic");
        assert_eq!(
            ResponseType::from("code id_token"),
            ResponseType::Other("code id_token".into())
        );
    }

    #[test]
    fn the_code_flow_refresh_client_credentials_and_device_code_are_supported() {
        let supported: Vec<&str> = GrantType::KNOWN
            .iter()
            .filter(|g| g.is_supported())
            .map(GrantType::as_str)
            .collect();
        assert_eq!(
            supported,
            [
                "authorization_code",
                "client_credentials",
                "refresh_token",
                "urn:ietf:params:oauth:grant-type:device_code"
            ]
        );
        assert!(ResponseType::Code.is_supported());
        assert!(!ResponseType::Token.is_supported());
    }

    #[test]
    fn each_response_type_names_the_grant_type_it_needs() {
        assert_eq!(
            ResponseType::Code.grant_type(),
            Some(GrantType::AuthorizationCode)
        );
        assert_eq!(ResponseType::Token.grant_type(), Some(GrantType::Implicit));
        assert_eq!(ResponseType::from("code token").grant_type(), None);
    }

    #[test]
    fn a_client_credentials_client_registers_no_refresh_grant() {
        assert_eq!(
            GrantType::ClientCredentials.registered_with(),
            [GrantType::ClientCredentials]
        );
        assert_eq!(
            GrantType::DeviceCode.registered_with(),
            [GrantType::DeviceCode, GrantType::RefreshToken]
        );
    }

    #[test]
    fn an_unknown_token_type_hint_is_no_hint() {
        assert_eq!(
            TokenKind::from_hint(Some("refresh_token")),
            Some(TokenKind::RefreshToken)
        );
        assert_eq!(TokenKind::from_hint(Some("id_token")), None);
        assert_eq!(
            TokenKind::search_order(None),
            [TokenKind::AccessToken, TokenKind::RefreshToken]
        );
        assert_eq!(
            TokenKind::search_order(Some(TokenKind::RefreshToken)),
            [TokenKind::RefreshToken, TokenKind::AccessToken]
        );
    }

    #[test]
    fn families_are_numbered_from_one_and_shown_with_an_f() {
        let first = FamilyId::default().next();
        assert_eq!(first.to_string(), "F1");
        assert!(first < first.next());
    }

    #[test]
    fn types_serialize_as_their_wire_values() {
        let json = serde_json::json!([GrantType::RefreshToken, ResponseType::Code]);
        assert_eq!(json, serde_json::json!(["refresh_token", "code"]));
    }
}
