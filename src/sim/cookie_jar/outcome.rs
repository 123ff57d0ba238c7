//! What a `Set-Cookie` line did to the jar, or why it did nothing.

use super::SameSite;

/// What a `Set-Cookie` line did to the jar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// A new cookie of this name.
    Added(String),
    /// A cookie of the same name, domain and path had its value and attributes
    /// replaced; its creation time stays.
    Replaced(String),
    /// It arrived already expired (`Max-Age=0`, a past `Expires`): the cookie of the
    /// same name, domain and path is gone.
    Deleted(String),
    /// It arrived already expired and there was nothing to delete.
    Discarded(String),
}

/// Why a `Set-Cookie` line was ignored entirely.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the line holds a control character (RFC 6265bis §5.6)")]
    ControlCharacter,
    #[error("the cookie has neither a name nor a value (RFC 6265bis §5.6)")]
    NoNameOrValue,
    #[error("name and value together exceed 4096 bytes (RFC 6265bis §5.6)")]
    TooLong,
    #[error("the URL has no host to keep a cookie for")]
    NoHost,
    #[error("Domain={0} is not ASCII (RFC 6265bis §5.7)")]
    DomainNotAscii(String),
    #[error(
        "Domain={0} is a public suffix: one site may not set cookies for all (RFC 6265bis §5.7)"
    )]
    PublicSuffix(String),
    #[error("Domain={domain} does not cover the host {host} (RFC 6265bis §5.7)")]
    DomainMismatch { domain: String, host: String },
    #[error("a Secure cookie cannot be set over an insecure connection (RFC 6265bis §5.7)")]
    SecureOverInsecure,
    #[error("an insecure connection cannot overwrite the Secure cookie {0} (RFC 6265bis §5.7)")]
    ShadowsSecure(String),
    #[error(
        "a cross-site request that is not a top-level navigation cannot set a SameSite={} cookie (RFC 6265bis §5.7)",
        .0.as_str()
    )]
    CrossSite(SameSite),
    #[error("SameSite=None requires Secure (RFC 6265bis §5.7)")]
    NoneWithoutSecure,
    #[error("a __Secure- cookie requires Secure (RFC 6265bis §5.4)")]
    SecurePrefix,
    #[error("a __Host- cookie requires Secure, Path=/ and no Domain (RFC 6265bis §5.4)")]
    HostPrefix,
    #[error(
        "a cookie without a name cannot have a value that starts with __Secure- or __Host- (RFC 6265bis §5.7)"
    )]
    NamelessPrefix,
}
