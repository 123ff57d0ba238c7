//! The attacker's steps in the front channel: registering its app, luring Alice,
//! signing in, consenting and bringing a code to the printer's callback.

use crate::explain::{Chapter as C, Explanation};
use crate::sim::{Action as A, StepRecord, Topic as T};

/// The chapter, RFC sections and message (`attacker-<action>-<topic>` in
/// `attacker.ftl`) of each step the attacker takes here.
pub fn explain(record: &StepRecord) -> Option<Explanation> {
    // A callback whose `code` the step names is one the attacker chose to send:
    // a code from elsewhere, injected; without it, its browser follows its own
    // redirect.
    let injected = record.step.param("code").is_some();
    let redirected = record.outcome.redirect == Some(true);
    Some(match (record.step.action, record.topic) {
        (A::Authorize, T::LoginPageShown) => Explanation::new(
            C::OwnerApproval,
            "RFC 6749 §4.1.1, §10.12; RFC 9700 §4.5.1",
            "attacker",
            "authorize-login-page-shown",
        ),
        (A::Lure, T::LoginPageShown) => Explanation::new(
            C::OwnerApproval,
            "RFC 6749 §4.1.1; RFC 9700 §4.1.1, §4.8.1",
            "attacker",
            "lure-login-page-shown",
        ),
        (A::Lure, T::RedirectUriMismatch) => Explanation::new(
            C::OwnerApproval,
            "RFC 6749 §3.1.2.3, §4.1.2.1; RFC 9700 §4.1.3",
            "attacker",
            "lure-redirect-uri-mismatch",
        ),
        (A::Callback, T::CallbackAccepted) if injected => Explanation::new(
            C::ServerApproval,
            "RFC 6749 §10.12; RFC 9700 §4.5, §4.7",
            "attacker",
            "callback-callback-accepted-injected",
        ),
        (A::Callback, T::CallbackAccepted) => Explanation::new(
            C::ServerApproval,
            "RFC 6749 §4.1.2, §10.12",
            "attacker",
            "callback-callback-accepted",
        ),
        (A::Register, T::Registered) => Explanation::new(
            C::Registration,
            "RFC 7591 §3, §3.2.1; RFC 9700 §4.11.2",
            "attacker",
            "register-registered",
        ),
        (A::Lure, T::ScopeInvalid) if redirected => Explanation::new(
            C::OwnerApproval,
            "RFC 6749 §4.1.2.1; RFC 9700 §4.11.2",
            "attacker",
            "lure-scope-invalid-redirected",
        ),
        (A::Lure, T::ScopeInvalid) => Explanation::new(
            C::OwnerApproval,
            "RFC 6749 §4.1.2.1; RFC 9700 §4.11.2",
            "attacker",
            "lure-scope-invalid",
        ),
        (A::Login, T::LoggedIn) => Explanation::new(
            C::OwnerApproval,
            "RFC 6749 §10.11; RFC 9700 §4.11.2",
            "attacker",
            "login-logged-in",
        ),
        (A::Consent, T::CodeIssued) => Explanation::new(
            C::OwnerApproval,
            "RFC 6749 §4.1.2; RFC 9700 §4.11.2",
            "attacker",
            "consent-code-issued",
        ),
        _ => return None,
    })
}
