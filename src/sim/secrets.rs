//! Every random value of a run comes from one seeded `ChaCha8Rng` (its output is
//! stable across versions, unlike `StdRng`), so the same seed gives the same
//! transcript byte for byte.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

#[derive(Debug, Clone)]
pub struct Secrets {
    rng: ChaCha8Rng,
}

impl Secrets {
    pub fn new(seed: u64) -> Self {
        Self {
            rng: ChaCha8Rng::seed_from_u64(seed),
        }
    }

    /// 160 random bits, base64url (27 characters): ids, `state`, codes and session
    /// ids. RFC 6749 §10.10 says the probability of guessing such a value SHOULD be at
    /// most 2^-160.
    pub fn id(&mut self) -> String {
        self.random::<20>()
    }

    /// 256 random bits, base64url (43 characters): secrets, tokens and the PKCE
    /// verifier (RFC 7636 §4.1 recommends 32 octets).
    pub fn secret(&mut self) -> String {
        self.random::<32>()
    }

    /// `length` characters of `alphabet`, each equally likely: a byte is kept only
    /// below the largest multiple of the alphabet's size, so no character comes up
    /// more often than another (RFC 8628 §6.1's user codes).
    pub fn chars(&mut self, alphabet: &[u8], length: usize) -> String {
        let size = alphabet.len().min(256);
        if size == 0 {
            return String::new();
        }
        let limit = 256 - 256 % size;
        let mut out = String::with_capacity(length);
        while out.len() < length {
            let mut byte = [0u8; 1];
            self.rng.fill_bytes(&mut byte);
            let value = usize::from(byte[0]);
            if let Some(&c) = alphabet.get(value % size).filter(|_| value < limit) {
                out.push(char::from(c));
            }
        }
        out
    }

    fn random<const N: usize>(&mut self) -> String {
        let mut bytes = [0u8; N];
        self.rng.fill_bytes(&mut bytes);
        URL_SAFE_NO_PAD.encode(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_values_other_seed_other_values() {
        let (mut a, mut b, mut c) = (Secrets::new(7), Secrets::new(7), Secrets::new(8));
        let first = a.secret();
        assert_eq!(first, b.secret());
        assert_ne!(first, c.secret());
        assert_eq!(first.len(), 43);
    }

    #[test]
    fn chars_are_drawn_only_from_the_alphabet() {
        let code = Secrets::new(7).chars(b"BCDF", 8);
        assert_eq!(code.len(), 8);
        assert!(code.chars().all(|c| "BCDF".contains(c)), "{code}");
    }

    #[test]
    fn ids_codes_and_state_carry_at_least_160_random_bits() {
        let id = Secrets::new(7).id();
        let bytes = URL_SAFE_NO_PAD.decode(&id).unwrap_or_default();
        assert!(bytes.len() * 8 >= 160, "{id} is {} bits", bytes.len() * 8);
        assert_eq!(id.len(), 27);
    }
}
