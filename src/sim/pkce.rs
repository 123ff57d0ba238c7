//! Proof Key for Code Exchange (RFC 7636): the verifier stays with the client, only
//! its hash travels through the browser.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// `code_challenge_method` values (RFC 7636 §4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChallengeMethod {
    /// `BASE64URL(SHA256(ASCII(code_verifier)))`.
    S256,
    /// The challenge is the verifier itself: only for clients that cannot hash.
    Plain,
}

impl ChallengeMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::S256 => "S256",
            Self::Plain => "plain",
        }
    }

    /// Reads the parameter; a missing method means `plain` (RFC 7636 §4.3).
    pub fn from_param(value: Option<&str>) -> Option<Self> {
        match value {
            None | Some("plain") => Some(Self::Plain),
            Some("S256") => Some(Self::S256),
            Some(_) => None,
        }
    }
}

/// The S256 challenge for a verifier (RFC 7636 §4.2).
pub fn s256_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// Whether a verifier has the shape RFC 7636 §4.1 requires: 43 to 128 characters of
/// `[A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"`.
pub fn is_well_formed_verifier(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

/// Whether `verifier` proves `challenge` under `method` (RFC 7636 §4.6).
pub fn verifies(verifier: &str, challenge: &str, method: ChallengeMethod) -> bool {
    match method {
        ChallengeMethod::S256 => s256_challenge(verifier) == challenge,
        ChallengeMethod::Plain => verifier == challenge,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7636 Appendix B.
    const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    #[test]
    fn s256_matches_rfc_7636_appendix_b() {
        assert_eq!(s256_challenge(VERIFIER), CHALLENGE);
        assert!(verifies(VERIFIER, CHALLENGE, ChallengeMethod::S256));
    }

    #[test]
    fn a_different_verifier_does_not_prove_the_challenge() {
        let other = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXx";
        assert!(!verifies(other, CHALLENGE, ChallengeMethod::S256));
    }

    #[test]
    fn verifier_shape_follows_rfc_7636_section_4_1() {
        assert!(is_well_formed_verifier(VERIFIER));
        assert!(!is_well_formed_verifier("too-short"));
        assert!(!is_well_formed_verifier(&"a".repeat(129)));
        assert!(!is_well_formed_verifier(&format!("{}!", &VERIFIER[..43])));
    }

    #[test]
    fn a_missing_method_means_plain() {
        assert_eq!(
            ChallengeMethod::from_param(None),
            Some(ChallengeMethod::Plain)
        );
        assert_eq!(ChallengeMethod::from_param(Some("S512")), None);
    }
}
