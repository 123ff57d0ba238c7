//! Which grants and response types this server offers: the code flow and refreshing
//! it always, the legacy implicit and password grants only when its policy says so
//! (RFC 9700 §2.1.2: the implicit grant SHOULD NOT be used; §2.4: the password grant
//! MUST NOT be). Every endpoint asks here, so a policy switch changes registration,
//! the authorization endpoint and the token endpoint together.

use crate::sim::protocol::{GrantType, ResponseType};
use crate::sim::world::ServerPolicy;

/// Whether the server offers a grant type.
pub fn grant(policy: &ServerPolicy, grant_type: &GrantType) -> bool {
    match grant_type {
        GrantType::Implicit => policy.offer_implicit_grant,
        GrantType::Password => policy.offer_password_grant,
        other => other.is_supported(),
    }
}

/// Whether the server answers a response type: `token` only while it offers the
/// implicit grant (RFC 6749 §4.2.1).
pub fn response(policy: &ServerPolicy, response_type: &ResponseType) -> bool {
    match response_type {
        ResponseType::Token => policy.offer_implicit_grant,
        other => other.is_supported(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_grants_are_offered_only_when_the_policy_turns_them_on() {
        let mut policy = ServerPolicy::default();
        assert!(!grant(&policy, &GrantType::Password));
        assert!(!grant(&policy, &GrantType::Implicit));
        assert!(!response(&policy, &ResponseType::Token));
        assert!(grant(&policy, &GrantType::AuthorizationCode));
        policy.offer_implicit_grant = true;
        policy.offer_password_grant = true;
        assert!(grant(&policy, &GrantType::Password));
        assert!(grant(&policy, &GrantType::Implicit));
        assert!(response(&policy, &ResponseType::Token));
        assert!(!response(&policy, &ResponseType::IdToken));
    }
}
