//! The attacker's steps that use what it holds: redeeming a code, refreshing,
//! calling the API, and opening the printer's photos page.

use crate::explain::{Chapter as C, Explanation};
use crate::sim::{Action as A, StepRecord, Topic as T};

/// The chapter, RFC sections and message (`attacker-<action>-<topic>` in
/// `attacker.ftl`) of each step the attacker takes here.
pub fn explain(record: &StepRecord) -> Option<Explanation> {
    Some(match (record.step.action, record.topic) {
        (A::Token, T::TokensIssued) => Explanation::new(
            C::AccessToken,
            "RFC 6749 §4.1.3, §10.5; RFC 9700 §4.1, §4.2, §4.3.1",
            "attacker",
            "token-tokens-issued",
        ),
        (A::Token, T::CodeMissing) => Explanation::new(
            C::ServerApproval,
            "RFC 6749 §4.1.3, §5.2; RFC 9700 §4.1.3, §4.2.4",
            "attacker",
            "token-code-missing",
        ),
        (A::Token, T::CodeReplayed) => Explanation::new(
            C::ServerApproval,
            "RFC 6749 §4.1.2, §10.5; RFC 9700 §4.2.4",
            "attacker",
            "token-code-replayed",
        ),
        (A::CallApi, T::ResourceServed) => Explanation::new(
            C::AccessToken,
            "RFC 6750 §2.1, §5.3; RFC 9700 §4.10",
            "attacker",
            "call-api-resource-served",
        ),
        (A::CallApi, T::ResourceServedFromCache) => Explanation::new(
            C::AccessToken,
            "RFC 7662 §4; RFC 9700 §4.10; RFC 7009 §2",
            "attacker",
            "call-api-resource-served-from-cache",
        ),
        (A::CallApi, T::AccessTokenMissing) => Explanation::new(
            C::AccessToken,
            "RFC 6750 §3, §3.1",
            "attacker",
            "call-api-access-token-missing",
        ),
        (A::CallApi, T::AccessTokenInactive) => Explanation::new(
            C::AccessToken,
            "RFC 6750 §3.1; RFC 7662 §2.2; RFC 9700 §4.10",
            "attacker",
            "call-api-access-token-inactive",
        ),
        (A::Visit, T::PhotosShown) => Explanation::new(
            C::AccessToken,
            "RFC 6749 §10.12; RFC 9700 §4.5, §4.11.2",
            "attacker",
            "visit-photos-shown",
        ),
        (A::Visit, T::NotSignedIn) => Explanation::new(
            C::AccessToken,
            "RFC 6749 §10.12; RFC 9700 §4.5.3",
            "attacker",
            "visit-not-signed-in",
        ),
        (A::Refresh, T::Refreshed) => Explanation::new(
            C::RefreshToken,
            "RFC 6749 §6, §10.4; RFC 9700 §4.14.2",
            "attacker",
            "refresh-refreshed",
        ),
        (A::Refresh, T::RefreshTokenReplayed) => Explanation::new(
            C::RefreshToken,
            "RFC 6749 §10.4; RFC 9700 §4.14.2",
            "attacker",
            "refresh-refresh-token-replayed",
        ),
        _ => return None,
    })
}
