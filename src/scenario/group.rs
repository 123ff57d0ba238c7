//! What a scenario is about, as the picker groups them: the file's own `group` when
//! it gives one, otherwise derived from the scenario itself so that a new file lands
//! in the right place without a list to keep. A lab scenario (an attack played with a
//! defense off and on) is an attack; any other is grouped by the topic of its first
//! step that is expected to fail (one of another grant than the code flow, by its
//! flow); a scenario that expects no failure is a lesson. A
//! lesson may expect a refusal it wants to show (the standard flow's expired call):
//! such a file says `"group": "lesson"`.

use serde::{Deserialize, Serialize};

use crate::scenario::{Flow, Scenario};
use crate::sim::Topic;

/// A heading of the picker, in the order the picker lists them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Lesson,
    Registration,
    RedirectUri,
    Pkce,
    Code,
    Tokens,
    Attacks,
    // Issue 11, part A: the failures of the other grants, by flow.
    ClientCredentials,
    DeviceCode,
    /// The failures of the legacy implicit and password flows.
    Legacy,
    /// The failures of a sign-in and of the JWTs it rests on (OIDC Core, RFC 9068).
    #[serde(rename = "openid_connect")]
    OpenIdConnect,
}

impl Group {
    /// What `scenario` is about (see the module's doc).
    pub fn of(scenario: &Scenario) -> Self {
        if let Some(group) = scenario.group {
            return group;
        }
        if scenario.lab.is_some() {
            return Self::Attacks;
        }
        let transcript = scenario.run(None);
        let failure = transcript
            .steps
            .iter()
            .find(|record| record.failed() && record.met() == Some(true));
        match (failure, scenario.flow) {
            (None, _) => Self::Lesson,
            (Some(_), Flow::ClientCredentials) => Self::ClientCredentials,
            (Some(_), Flow::DeviceCode) => Self::DeviceCode,
            (Some(_), Flow::Implicit | Flow::Password) => Self::Legacy,
            (Some(record), Flow::AuthorizationCode) => Self::of_topic(record.topic),
        }
    }

    /// The group of a failure's topic: where in the flow the rule that refused it
    /// sits.
    #[allow(clippy::enum_glob_use, reason = "a table over topics")]
    fn of_topic(topic: Topic) -> Self {
        use Topic::*;
        match topic {
            RegisterNoRedirectUri
            | RegisterBadRedirectUri
            | RegisterBadMetadata
            | RegisterGrantTypeUnsupported
            | RegisterResponseTypeUnsupported
            | RegisterFlowsInconsistent => Self::Registration,
            RedirectUriMismatch
            | RedirectUriRequired
            | RedirectUriMalformed
            | ClientOrRedirectUriRepeated
            | TokenRedirectUriMissing
            | TokenRedirectUriMismatch
            | CodeLeakedToAttacker => Self::RedirectUri,
            PkceChallengeMissing
            | PkceMethodUnsupported
            | PkceChallengeMalformed
            | VerifierMissing
            | VerifierMalformed
            | VerifierMismatch
            | VerifierWithoutChallenge => Self::Pkce,
            ClientIdMissing
            | ClientUnknown
            | ParameterRepeated
            | ResponseTypeMissing
            | ResponseTypeUnsupported
            | ResponseTypeNotAllowed
            | ScopeInvalid
            | AccessDenied
            | CallbackStateMismatch
            | CallbackCarriedError
            | CallbackWithoutCode
            | CodeMissing
            | CodeUnknown
            | CodeExpired
            | CodeReplayed
            | CodeOfAnotherClient
            | CodeConsentWithdrawn => Self::Code,
            // A refused id_token: every check of OIDC Core §3.1.3.7 says `invalid_id_token`.
            refused if refused.error_code() == Some(crate::sim::ErrorCode::InvalidIdToken) => {
                Self::OpenIdConnect
            }
            UserinfoTokenMissing
            | UserinfoTokenInvalid
            | UserinfoScopeInsufficient
            | AccessTokenJwtInvalid
            | AccessTokenJwtExpired => Self::OpenIdConnect,
            _ => Self::Tokens,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario;

    fn group(name: &str) -> Group {
        let loaded = scenario::builtin(name).and_then(Result::ok);
        Group::of(&loaded.expect("a built-in").scenario)
    }

    #[test]
    fn each_kind_of_scenario_lands_in_its_group() {
        assert_eq!(group("standard-flow"), Group::Lesson, "it says so");
        let plain = scenario::parse("plain.json", br#"{"title": "The whole flow"}"#);
        assert_eq!(
            Group::of(&plain.expect("loads")),
            Group::Lesson,
            "no refusal expected"
        );
        assert_eq!(group("public-client-pkce"), Group::Pkce);
        assert_eq!(group("register-no-redirect"), Group::Registration);
        assert_eq!(group("redirect-mismatch"), Group::RedirectUri);
        assert_eq!(group("pkce-wrong-verifier"), Group::Pkce);
        assert_eq!(group("code-replay"), Group::Code);
        assert_eq!(group("expired-token"), Group::Tokens);
        assert_eq!(group("lab-code-replay-defended"), Group::Attacks);
        assert_eq!(group("client-credentials"), Group::Lesson);
        assert_eq!(group("cc-public-client"), Group::ClientCredentials);
        assert_eq!(group("cc-grant-not-registered"), Group::ClientCredentials);
        assert_eq!(group("device-flow"), Group::Lesson);
        assert_eq!(group("device-slow-down"), Group::DeviceCode);
        assert_eq!(group("implicit-flow"), Group::Lesson);
        assert_eq!(group("password-wrong-password"), Group::Legacy);
        assert_eq!(group("oidc-nonce-missing"), Group::OpenIdConnect);
    }
}
