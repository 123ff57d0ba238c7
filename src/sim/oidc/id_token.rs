//! The client's checks of an `id_token`, in the order of OIDC Core §3.1.3.7: the
//! issuer, the audience, the signature against the keys it fetched from the
//! `jwks_uri`, the expiry against the clock, `iat`, the `nonce` it sent, and the
//! `at_hash` that binds the access token (§3.1.3.8). The first that fails names the
//! refusal; a token that passes them all is a sign-in.

use chrono::{DateTime, Utc};
use jsonwebtoken::jwk::JwkSet;
use serde_json::{Map, Value};

use crate::sim::jwt::{at_hash, parts, verifies};
use crate::sim::topic::Topic;

/// What the client expects of the `id_token` of the sign-in it started.
pub struct Expected<'a> {
    /// The issuer it discovered (or was configured with).
    pub issuer: &'a str,
    pub client_id: &'a str,
    /// The `nonce` of its authorization request.
    pub nonce: &'a str,
    /// The access token of the same token response.
    pub access_token: &'a str,
    pub now: DateTime<Utc>,
}

/// Checks an `id_token`; the claims when every check passes, the failed check's topic
/// otherwise. With no keys fetched the signature cannot verify.
pub fn validate(
    token: &str,
    keys: Option<&JwkSet>,
    expected: &Expected<'_>,
) -> Result<Map<String, Value>, Topic> {
    let claims = parts(token)
        .map(|p| p.claims)
        .ok_or(Topic::IdTokenSignatureInvalid)?;
    let text = |name: &str| claims.get(name).and_then(Value::as_str);
    let time = |name: &str| claims.get(name).and_then(Value::as_i64);
    if text("iss") != Some(expected.issuer) {
        return Err(Topic::IdTokenWrongIssuer);
    }
    if !audience_contains(claims.get("aud"), expected.client_id) {
        return Err(Topic::IdTokenWrongAudience);
    }
    if !keys.is_some_and(|keys| verifies(token, keys)) {
        return Err(Topic::IdTokenSignatureInvalid);
    }
    let now = expected.now.timestamp();
    if time("exp").is_none_or(|exp| now >= exp) {
        return Err(Topic::IdTokenExpired);
    }
    if time("iat").is_none_or(|iat| iat > now) {
        return Err(Topic::IdTokenIatInvalid);
    }
    match text("nonce") {
        None => return Err(Topic::IdTokenNonceMissing),
        Some(nonce) if nonce != expected.nonce => return Err(Topic::IdTokenNonceMismatch),
        Some(_) => {}
    }
    if text("at_hash").is_some_and(|hash| hash != at_hash(expected.access_token)) {
        return Err(Topic::IdTokenAtHashMismatch);
    }
    Ok(claims)
}

/// `aud` is one string or an array of strings (OIDC Core §2); either must name the
/// client.
fn audience_contains(aud: Option<&Value>, client_id: &str) -> bool {
    match aud {
        Some(Value::String(one)) => one == client_id,
        Some(Value::Array(many)) => many.iter().any(|v| v.as_str() == Some(client_id)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::jwt::{Signer, with_claims_changed};
    use serde_json::json;

    const ISSUER: &str = "https://auth.example";

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_767_258_000, 0).unwrap_or_default()
    }

    fn token(signer: &Signer, changes: serde_json::Value) -> String {
        let mut claims = json!({
            "iss": ISSUER, "sub": "alice", "aud": "app",
            "exp": now().timestamp() + 300, "iat": now().timestamp(),
            "nonce": "n-1", "at_hash": at_hash("at-1"),
        });
        if let (Value::Object(base), Value::Object(changes)) = (&mut claims, changes) {
            for (name, value) in changes {
                if value.is_null() {
                    base.remove(&name);
                } else {
                    base.insert(name, value);
                }
            }
        }
        match claims {
            Value::Object(map) => signer.sign("JWT", &map),
            _ => String::new(),
        }
    }

    /// What the test client expects of its `id_token`s.
    fn expected() -> Expected<'static> {
        Expected {
            issuer: ISSUER,
            client_id: "app",
            nonce: "n-1",
            access_token: "at-1",
            now: now(),
        }
    }

    fn check(token: &str, keys: &JwkSet) -> Result<Map<String, Value>, Topic> {
        validate(token, Some(keys), &expected())
    }

    #[test]
    fn a_token_that_passes_every_check_is_a_sign_in() {
        let signer = Signer::from_seed(3);
        let claims = check(&token(&signer, json!({})), &signer.jwks());
        assert_eq!(
            claims.ok().and_then(|c| c.get("sub").cloned()),
            Some(json!("alice"))
        );
    }

    #[test]
    fn each_check_of_oidc_core_3_1_3_7_refuses_with_its_own_topic() {
        let signer = Signer::from_seed(3);
        let keys = signer.jwks();
        let cases = [
            (
                json!({"iss": "https://evil.example"}),
                Topic::IdTokenWrongIssuer,
            ),
            (json!({"aud": "other-app"}), Topic::IdTokenWrongAudience),
            (json!({"aud": ["other-app"]}), Topic::IdTokenWrongAudience),
            (json!({"exp": now().timestamp()}), Topic::IdTokenExpired),
            (
                json!({"iat": now().timestamp() + 1}),
                Topic::IdTokenIatInvalid,
            ),
            (json!({"nonce": null}), Topic::IdTokenNonceMissing),
            (json!({"nonce": "n-0"}), Topic::IdTokenNonceMismatch),
            (
                json!({"at_hash": at_hash("at-2")}),
                Topic::IdTokenAtHashMismatch,
            ),
        ];
        for (changes, topic) in cases {
            assert_eq!(
                check(&token(&signer, changes.clone()), &keys),
                Err(topic),
                "{changes}"
            );
        }
        let both = json!({"aud": ["other-app", "app"]});
        assert!(check(&token(&signer, both), &keys).is_ok());
    }

    #[test]
    fn a_payload_changed_after_signing_or_a_foreign_key_fails_the_signature() {
        let signer = Signer::from_seed(3);
        let good = token(&signer, json!({}));
        let changed = with_claims_changed(&good, &[("sub".into(), Some("mallory".into()))]);
        assert_eq!(
            check(&changed, &signer.jwks()),
            Err(Topic::IdTokenSignatureInvalid)
        );
        let foreign = token(&Signer::from_seed(4), json!({}));
        assert_eq!(
            check(&foreign, &signer.jwks()),
            Err(Topic::IdTokenSignatureInvalid)
        );
        assert_eq!(
            validate(&good, None, &expected()),
            Err(Topic::IdTokenSignatureInvalid)
        );
    }
}
