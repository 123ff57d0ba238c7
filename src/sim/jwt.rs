//! Real JSON Web Tokens (RFC 7519): signed as JWS compact serialization (RFC 7515
//! §7.1) by `jsonwebtoken`, with an Ed25519 key (`EdDSA`, RFC 8037) that is derived
//! from the scenario's seed, so a run stays byte-for-byte the same. Ed25519 because
//! its key is 32 random bytes: nothing to search for, where an RSA key (RS256, the
//! one algorithm OIDC Core §15.1 requires every provider to support) takes a prime
//! search that is slow and harder to make deterministic.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::jwk::{Jwk, JwkSet, KeyAlgorithm, PublicKeyUse, ThumbprintHash};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header};
use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Map, Value};
use sha2::{Digest, Sha512};

/// The `alg` every token of the simulation carries (RFC 8037 §3.1).
pub const ALG: &str = "EdDSA";

/// The PKCS #8 prefix of an Ed25519 private key (RFC 8410 §7): the key is these 16
/// bytes followed by its 32-byte seed.
const ED25519_PKCS8_PREFIX: [u8; 16] = [
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];

/// The `ChaCha` stream the key comes from: not the one [`super::secrets::Secrets`]
/// draws ids and tokens from, so adding a key changed none of them.
const KEY_STREAM: u64 = 1;

/// The authorization server's signing key and its public half as a JWK (RFC 7517).
#[derive(Clone)]
pub struct Signer {
    key: EncodingKey,
    public: Jwk,
    kid: String,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// The key of a run with this seed.
    pub fn from_seed(seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(KEY_STREAM);
        let mut der = ED25519_PKCS8_PREFIX.to_vec();
        let mut secret = [0u8; 32];
        rng.fill_bytes(&mut secret);
        der.extend_from_slice(&secret);
        let key = EncodingKey::from_ed_der(&der);
        let mut public =
            Jwk::from_encoding_key(&key, Algorithm::EdDSA).unwrap_or_else(|_| empty_jwk());
        // RFC 7638: the thumbprint names the key, so `kid` changes whenever it does.
        let kid = public
            .thumbprint(ThumbprintHash::SHA256)
            .unwrap_or_default();
        public.common.key_id = Some(kid.clone());
        public.common.public_key_use = Some(PublicKeyUse::Signature);
        public.common.key_algorithm = Some(KeyAlgorithm::EdDSA);
        Self { key, public, kid }
    }

    /// The JWK Set document the `jwks_uri` serves (RFC 7517 §5).
    pub fn jwks(&self) -> JwkSet {
        JwkSet {
            keys: vec![self.public.clone()],
        }
    }

    /// A signed token: header `{"typ", "alg", "kid"}` and these claims. `typ` is
    /// `JWT` for an `id_token` and `at+jwt` for an access token (RFC 9068 §2.1).
    pub fn sign(&self, typ: &str, claims: &Map<String, Value>) -> String {
        let mut header = Header::new(Algorithm::EdDSA);
        header.typ = Some(typ.to_owned());
        header.kid = Some(self.kid.clone());
        // Signing with a key built above from 32 bytes cannot fail; an empty token,
        // should it ever, is refused by every check a receiver makes.
        jsonwebtoken::encode(&header, claims, &self.key).unwrap_or_default()
    }
}

/// A JWK that matches no token: only reached if the library cannot read back the
/// key it was given.
fn empty_jwk() -> Jwk {
    Jwk {
        common: jsonwebtoken::jwk::CommonParameters::default(),
        algorithm: jsonwebtoken::jwk::AlgorithmParameters::OctetKeyPair(
            jsonwebtoken::jwk::OctetKeyPairParameters {
                key_type: jsonwebtoken::jwk::OctetKeyPairType::OctetKeyPair,
                curve: jsonwebtoken::jwk::EllipticCurve::Ed25519,
                x: String::new(),
            },
        ),
    }
}

/// A token's three parts, decoded but not trusted: what a reader can see before (or
/// without) checking the signature.
#[derive(Debug, Clone, PartialEq)]
pub struct Parts {
    pub header: Map<String, Value>,
    pub claims: Map<String, Value>,
    /// The signature as it travels (base64url).
    pub signature: String,
}

/// Splits and decodes a compact JWS; none when it is not three base64url parts
/// whose first two are JSON objects.
pub fn parts(token: &str) -> Option<Parts> {
    let mut pieces = token.split('.');
    let (header, claims, signature) = (pieces.next()?, pieces.next()?, pieces.next()?);
    if pieces.next().is_some() {
        return None;
    }
    Some(Parts {
        header: json_object(header)?,
        claims: json_object(claims)?,
        signature: signature.to_owned(),
    })
}

fn json_object(part: &str) -> Option<Map<String, Value>> {
    let bytes = URL_SAFE_NO_PAD.decode(part).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The JWK Set a `jwks_uri` answered with (RFC 7517 §5), if `text` is one.
pub fn keys(text: &str) -> Option<JwkSet> {
    serde_json::from_str(text).ok()
}

/// Whether the token's signature verifies with the key its `kid` names in `keys`
/// (RFC 7515 §5.2), for the one algorithm the simulation uses: a token that names
/// another `alg` (`none`, or `HS256` with the public key as a secret) is refused,
/// as OIDC Core §3.1.3.7 step 7 says the client picks the algorithm, not the token.
pub fn verifies(token: &str, keys: &JwkSet) -> bool {
    let Some(parts) = parts(token) else {
        return false;
    };
    if parts.header.get("alg").and_then(Value::as_str) != Some(ALG) {
        return false;
    }
    let kid = parts.header.get("kid").and_then(Value::as_str);
    let Some(jwk) = kid.and_then(|kid| keys.find(kid)) else {
        return false;
    };
    let Ok(key) = DecodingKey::from_jwk(jwk) else {
        return false;
    };
    let Some((input, signature)) = token.rsplit_once('.') else {
        return false;
    };
    jsonwebtoken::crypto::verify(signature, input.as_bytes(), &key, Algorithm::EdDSA)
        .unwrap_or(false)
}

/// The `at_hash` of an access token (OIDC Core §3.1.3.6): the left half of its hash
/// with the hash function of the JWS `alg`, base64url. Ed25519 signs with SHA-512
/// (RFC 8032 §5.1), so `EdDSA` tokens use SHA-512, as the `OpenID` Foundation's
/// certified providers do.
pub fn at_hash(access_token: &str) -> String {
    let digest = Sha512::digest(access_token.as_bytes());
    URL_SAFE_NO_PAD.encode(&digest[..digest.len() / 2])
}

/// A token whose payload says something else while header and signature stay: what
/// a party in the middle can do without the key.
pub fn with_claims_changed(token: &str, changes: &[(String, Option<String>)]) -> String {
    let Some(mut parts) = parts(token) else {
        return token.to_owned();
    };
    for (name, value) in changes {
        match value {
            Some(value) => parts
                .claims
                .insert(name.clone(), Value::String(value.clone())),
            None => parts.claims.remove(name),
        };
    }
    let header = token.split('.').next().unwrap_or_default();
    let claims = serde_json::to_vec(&parts.claims).unwrap_or_default();
    format!(
        "{header}.{}.{}",
        URL_SAFE_NO_PAD.encode(claims),
        parts.signature
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn claims() -> Map<String, Value> {
        let Value::Object(map) = json!({"iss": "https://auth.example", "sub": "alice"}) else {
            return Map::new();
        };
        map
    }

    #[test]
    fn the_same_seed_gives_the_same_key_and_token() {
        let (a, b) = (Signer::from_seed(7), Signer::from_seed(7));
        assert_eq!(a.kid, b.kid);
        assert_eq!(a.sign("JWT", &claims()), b.sign("JWT", &claims()));
        assert_ne!(a.kid, Signer::from_seed(8).kid);
    }

    #[test]
    fn a_signed_token_verifies_with_its_jwks_and_names_its_key() {
        let signer = Signer::from_seed(1);
        let token = signer.sign("JWT", &claims());
        assert!(verifies(&token, &signer.jwks()));
        let header = parts(&token).map(|p| p.header).unwrap_or_default();
        assert_eq!(header.get("kid"), Some(&json!(signer.kid)));
        assert_eq!(header.get("alg"), Some(&json!("EdDSA")));
    }

    #[test]
    fn a_changed_payload_or_another_key_does_not_verify() {
        let signer = Signer::from_seed(1);
        let token = signer.sign("JWT", &claims());
        let changed = with_claims_changed(&token, &[("sub".into(), Some("mallory".into()))]);
        assert_ne!(changed, token);
        assert!(!verifies(&changed, &signer.jwks()));
        assert!(!verifies(&token, &Signer::from_seed(2).jwks()));
        assert!(!verifies("not.a.jwt", &signer.jwks()));
    }

    #[test]
    fn at_hash_is_the_left_half_of_sha512_in_base64url() {
        // 32 bytes of SHA-512 are 43 base64url characters.
        assert_eq!(at_hash("token").len(), 43);
        assert_ne!(at_hash("token"), at_hash("other"));
    }
}
