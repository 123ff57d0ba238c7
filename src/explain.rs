//! What each step of the flow teaches.
//!
//! The simulator reports *what* happened as a [`Topic`]; this module says why it matters: a
//! headline, a short explanation and what to watch next, with the RFC section behind the
//! behaviour and the lesson chapter it belongs to (the six sections of the Korean study note).
//! The chapter and the RFC sections are facts and stay here, in one exhaustive `match` (a new
//! topic without them does not compile); the sentences are words and live in
//! `locales/<lang>/explain.ftl`, one message per topic (`topic-<name>`: the headline, with
//! `.why` and `.next`), where a teacher or translator edits them without touching Rust. The
//! tests prove that every topic has its message, with both attributes, in every language.
//!
//! Conventions of the text: parameter, header and error names stay as they are on the wire in
//! every language (`redirect_uri`, `invalid_grant`, `WWW-Authenticate`); the Korean uses the
//! glossary's terms (인가 서버, 리소스 서버, 리소스 오너, 클라이언트, 인가 코드, 동의) and keeps
//! 인증 (authentication) apart from 인가 (authorization), the confusion students most often
//! bring with them.

mod attacker;
mod chapters;
pub mod knowledge;
mod refusal;
pub mod words;

use crate::sim::{By, StepRecord, Topic};
use crate::text;

pub use crate::text::Lang;
pub use chapters::{Teller, chapters, next_chapter};
pub use refusal::drawn_as_refusal;
pub use words::label;

/// The six chapters of the lesson (lesson-and-glossary.md). Each topic belongs to the chapter
/// where a student first meets it, so the header can say how far through the story a step is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    serde::Serialize,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Chapter {
    Roles = 1,
    Registration = 2,
    OwnerApproval = 3,
    ServerApproval = 4,
    AccessToken = 5,
    RefreshToken = 6,
}

impl Chapter {
    /// The number the Korean note gives the section, shown beside the title in the header.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The chapter's title: the message `chapter-<name>` of `explain.ftl`. The Korean
    /// titles are those on screen of lesson-and-glossary.md, which follow the RFC roles
    /// where the note's headings do not.
    pub fn title(self, lang: Lang) -> &'static str {
        text::named(lang, "chapter", self.into())
    }
}

/// One explanation in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Text {
    /// One short line: what happened (≤ 60 characters in English).
    pub headline: &'static str,
    /// 2–4 sentences: what happened and why it matters.
    pub why: &'static str,
    /// One sentence: what to watch at the next step.
    pub next: &'static str,
}

/// What a topic teaches: its chapter and RFC sections, and the message that says it
/// in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explanation {
    pub chapter: Chapter,
    /// e.g. "RFC 6749 §4.1.3" or "RFC 6749 §4.1.3; RFC 7636 §4.6"
    pub rfc: &'static str,
    /// The message is `<area>-<name>`: `topic-code-replayed`, `attacker-token-tokens-issued`.
    area: &'static str,
    name: &'static str,
}

impl Explanation {
    /// The explanation whose words are the message `<area>-<name>`.
    pub const fn new(
        chapter: Chapter,
        rfc: &'static str,
        area: &'static str,
        name: &'static str,
    ) -> Self {
        Self {
            chapter,
            rfc,
            area,
            name,
        }
    }

    /// The text in one language: views show one language at a time and switch on a key.
    /// The catalog rendered it when it was built, so this allocates nothing.
    pub fn text(&self, lang: Lang) -> Text {
        let (area, name) = (self.area, self.name);
        Text {
            headline: text::named(lang, area, name),
            why: text::named_attribute(lang, area, name, "why"),
            next: text::named_attribute(lang, area, name, "next"),
        }
    }

    /// The id of the message that holds the words: `topic-code-replayed`.
    pub fn id(&self) -> String {
        text::id(self.area, self.name)
    }
}

/// A party's name in `lang`, as every report names it: the message `party-<actor>` of
/// `words.ftl` (the glossary's words in Korean: 클라이언트, 리소스 오너, 인가 서버,
/// 리소스 서버).
pub fn party(lang: Lang, actor: crate::sim::Actor) -> &'static str {
    text::named(lang, "party", actor.as_str())
}

/// The explanation of a step: what its topic teaches, told from the attacker's side
/// when the attacker took the step and the story differs there (its own sign-in is
/// not Alice's, the tokens it redeems are not Photo Printer's).
pub fn explain_step(record: &StepRecord) -> Explanation {
    if record.step.taker() == By::Attacker
        && let Some(explanation) = attacker::explain(record)
    {
        return explanation;
    }
    explain(record.topic)
}

/// The explanation of a topic: its message is `topic-<name>` (each failure says what the
/// server noticed, why answering that way protects Alice, and what a correct client would do
/// instead).
pub fn explain(topic: Topic) -> Explanation {
    let (chapter, rfc) = lesson(topic);
    Explanation::new(chapter, rfc, "topic", topic.into())
}

/// The chapter and the RFC sections of each topic. An exhaustive match: a new topic without
/// them does not compile. Arms follow the order of [`Topic`].
// One arm per topic, in the order of `Topic`, so each is found where expected even
// when two topics share their facts.
#[allow(clippy::too_many_lines, clippy::match_same_arms)]
fn lesson(topic: Topic) -> (Chapter, &'static str) {
    use Chapter as C;
    use Topic as T;
    match topic {
        T::RolesIntroduced => (C::Roles, "RFC 6749 §1.1, §1.2"),
        T::RolesWithoutOwner => (C::Roles, "RFC 6749 §1.1, §4.4"),
        T::RolesWithPhone => (C::Roles, "RFC 6749 §1.1; RFC 8628 §1"),
        T::Registered => (
            C::Registration,
            "RFC 6749 §2, §2.3.1, §3.1.2.2; RFC 7591 §3.2.1",
        ),
        T::RegisterNoRedirectUri => (C::Registration, "RFC 7591 §2, §3.2.2; RFC 6749 §3.1.2.2"),
        T::RegisterBadRedirectUri => (C::Registration, "RFC 6749 §3.1.2, §3.1.2.1; RFC 8252 §7.3"),
        T::RegisterBadMetadata => (C::Registration, "RFC 7591 §2, §3.2.2"),
        T::RegisterGrantTypeUnsupported => (C::Registration, "RFC 7591 §2, §3.2.2; RFC 9700 §2.4"),
        T::RegisterResponseTypeUnsupported => {
            (C::Registration, "RFC 7591 §2, §3.2.2; RFC 9700 §2.1.2")
        }
        T::RegisterFlowsInconsistent => (C::Registration, "RFC 7591 §2.1, §3.2.2"),
        T::LoginPageShown => (C::OwnerApproval, "RFC 6749 §4.1.1, §3.3; RFC 7636 §4.3"),
        T::ConsentPageShown => (C::OwnerApproval, "RFC 6749 §4.1.1, §3.3; RFC 9700 §4.16"),
        T::ClientIdMissing => (C::OwnerApproval, "RFC 6749 §4.1.1, §4.1.2.1"),
        T::ClientUnknown => (C::OwnerApproval, "RFC 6749 §4.1.1, §4.1.2.1"),
        T::RedirectUriMismatch => (
            C::OwnerApproval,
            "RFC 6749 §3.1.2.3, §4.1.2.1; RFC 9700 §4.1.3",
        ),
        T::RedirectUriRequired => (C::OwnerApproval, "RFC 6749 §3.1.2.3, §4.1.2.1"),
        T::RedirectUriMalformed => (C::OwnerApproval, "RFC 6749 §3.1.2, §4.1.2.1"),
        T::ClientOrRedirectUriRepeated => (C::OwnerApproval, "RFC 6749 §3.1, §4.1.2.1"),
        T::ParameterRepeated => (C::OwnerApproval, "RFC 6749 §3.1, §4.1.2.1"),
        T::ResponseTypeMissing => (C::OwnerApproval, "RFC 6749 §4.1.1, §4.1.2.1"),
        T::ResponseTypeUnsupported => {
            (C::OwnerApproval, "RFC 6749 §4.1.2.1, §4.2; RFC 9700 §2.1.2")
        }
        T::ResponseTypeNotAllowed => (C::OwnerApproval, "RFC 6749 §4.1.2.1; RFC 7591 §2"),
        T::ScopeInvalid => (C::OwnerApproval, "RFC 6749 §3.3, §4.1.2.1"),
        T::PkceChallengeMissing => (C::OwnerApproval, "RFC 7636 §4.4.1; RFC 9700 §2.1.1"),
        T::PkceMethodUnsupported => (
            C::OwnerApproval,
            "RFC 7636 §4.2, §4.3, §4.4.1; RFC 9700 §2.1.1",
        ),
        T::PkceChallengeMalformed => (C::OwnerApproval, "RFC 7636 §4.2, §4.4.1"),
        T::LoggedIn => (C::OwnerApproval, "RFC 6749 §3.1, §10.11"),
        T::LoginFailed => (C::OwnerApproval, "RFC 6749 §3.1, §10.11"),
        T::NoAuthorizationInProgress => (C::OwnerApproval, "RFC 6749 §4.1.1, §10.12"),
        T::ConsentBeforeLogin => (C::OwnerApproval, "RFC 6749 §3.1, §10.12"),
        T::ConsentDecisionInvalid => (C::OwnerApproval, "RFC 6749 §4.1.2.1, §10.12"),
        T::CodeIssued => (
            C::OwnerApproval,
            "RFC 6749 §4.1.2, §3.1.2, §10.5; RFC 9700 §4.1",
        ),
        T::AccessDenied => (C::OwnerApproval, "RFC 6749 §4.1.2.1"),
        T::CallbackAccepted => (C::ServerApproval, "RFC 6749 §4.1.2, §10.12; RFC 9700 §4.7"),
        T::CallbackStateMismatch => (C::ServerApproval, "RFC 6749 §10.12; RFC 9700 §4.7"),
        T::CallbackCarriedError => (C::ServerApproval, "RFC 6749 §4.1.2.1; RFC 9700 §4.7"),
        T::CallbackWithoutCode => (C::ServerApproval, "RFC 6749 §4.1.2, §4.1.2.1"),
        T::CodeLeakedToAttacker => (C::ServerApproval, "RFC 6749 §10.5, §10.6; RFC 9700 §4.1"),
        T::SignInStarted => (C::OwnerApproval, "RFC 6749 §4.1.1, §10.12"),
        T::NotSignedIn => (C::AccessToken, "RFC 6749 §10.12"),
        T::PhotosShown => (C::AccessToken, "RFC 6749 §1.2 (E)-(F); RFC 6750 §2.1"),
        T::PhotosUnavailable => (C::AccessToken, "RFC 6750 §3.1"),
        T::NoSuchPage => (C::Roles, "RFC 9110 §15.5.5"),
        T::MethodNotAllowed => (C::Roles, "RFC 9110 §15.5.6; RFC 6749 §3.1, §3.2"),
        T::AttackerPageShown => (C::OwnerApproval, "RFC 9700 §4.11; RFC 6749 §10.11"),
        T::LureFollowed => (C::OwnerApproval, "RFC 9700 §4.1.1, §4.11"),
        T::CodeLeakedThroughReferer => (C::ServerApproval, "RFC 9700 §4.2.1, §4.2.4"),
        T::PasswordPhished => (C::OwnerApproval, "RFC 6749 §10.11; RFC 9700 §4.11.2"),
        T::ValuesStolen => (C::ServerApproval, "RFC 9700 §4.3, §4.14"),
        T::ResourceServedFromCache => (C::AccessToken, "RFC 7662 §4; RFC 9700 §4.10; RFC 7009 §2"),
        // OpenID Connect (issue 11, part C).
        T::DiscoveryServed => (C::Registration, "RFC 8414 §2; OIDC Discovery §3, §4"),
        T::MetadataServed => (C::Registration, "RFC 8414 §2, §3"),
        T::JwksServed => (C::Registration, "RFC 7517 §5; OIDC Core §10.1"),
        T::UserinfoServed => (C::AccessToken, "RFC 6750 §2.1; OIDC Core §5.3, §5.4"),
        T::UserinfoTokenMissing => (C::AccessToken, "RFC 6750 §3; OIDC Core §5.3.3"),
        T::UserinfoTokenInvalid => (C::AccessToken, "RFC 6750 §3.1; OIDC Core §5.3.3"),
        T::UserinfoScopeInsufficient => (C::AccessToken, "RFC 6750 §3.1; OIDC Core §5.3, §5.3.3"),
        T::SignedIn => (
            C::AccessToken,
            "RFC 7519 §7.2; OIDC Core §2, §3.1.3.3, §3.1.3.7",
        ),
        T::IdTokenMissing => (C::AccessToken, "RFC 6749 §5.1; OIDC Core §3.1.3.3"),
        T::IdTokenWrongIssuer => (C::AccessToken, "RFC 7519 §4.1.1; OIDC Core §3.1.3.7 (2)"),
        T::IdTokenWrongAudience => (C::AccessToken, "RFC 7519 §4.1.3; OIDC Core §3.1.3.7 (3)"),
        T::IdTokenSignatureInvalid => (
            C::AccessToken,
            "RFC 7515 §5.2; OIDC Core §3.1.3.7 (6), §10.1",
        ),
        T::IdTokenExpired => (C::AccessToken, "RFC 7519 §4.1.4; OIDC Core §3.1.3.7 (9)"),
        T::IdTokenIatInvalid => (C::AccessToken, "RFC 7519 §4.1.6; OIDC Core §3.1.3.7 (10)"),
        T::IdTokenNonceMissing => (
            C::AccessToken,
            "RFC 9700 §4.5.3; OIDC Core §3.1.3.7 (11), §15.5.2",
        ),
        T::IdTokenNonceMismatch => (
            C::AccessToken,
            "RFC 9700 §4.5.3; OIDC Core §3.1.3.7 (11), §15.5.2",
        ),
        T::IdTokenAtHashMismatch => (C::AccessToken, "RFC 7519 §7.2; OIDC Core §3.1.3.8, §16.11"),
        T::ResourceServedFromJwt => (C::AccessToken, "RFC 9068 §4, §6; RFC 7009 §5"),
        T::AccessTokenJwtInvalid => (C::AccessToken, "RFC 9068 §4; RFC 6750 §3.1"),
        T::AccessTokenJwtExpired => (C::AccessToken, "RFC 9068 §4; RFC 6750 §3.1"),
        T::ClientAuthUnknownClient => {
            (C::ServerApproval, "RFC 6749 §2.3.1, §5.2; RFC 9110 §15.5.2")
        }
        T::ClientAuthWrongSecret => (C::ServerApproval, "RFC 6749 §2.3.1, §5.2"),
        T::ClientAuthMissing => (
            C::ServerApproval,
            "RFC 6749 §2.3.1, §3.2.1, §5.2; RFC 9110 §15.5.2",
        ),
        T::ClientAuthMalformed => (C::ServerApproval, "RFC 6749 §2.3.1, §5.2; RFC 7617 §2"),
        T::ClientAuthWrongMethod => (C::ServerApproval, "RFC 6749 §2.3, §5.2; RFC 7591 §2"),
        T::ClientAuthTwice => (C::ServerApproval, "RFC 6749 §2.3, §2.3.1, §5.2"),
        T::TokensIssued => (C::AccessToken, "RFC 6749 §4.1.3, §5.1; RFC 7636 §4.6"),
        T::FormParameterRepeated => (C::ServerApproval, "RFC 6749 §3.2, §5.2; RFC 7009 §2.2.1"),
        T::GrantTypeMissing => (C::ServerApproval, "RFC 6749 §4.1.3, §5.2"),
        T::GrantTypeUnsupported => (C::ServerApproval, "RFC 6749 §5.2; RFC 9700 §2.4"),
        T::GrantTypeNotAllowed => (C::ServerApproval, "RFC 6749 §5.2; RFC 7591 §2"),
        T::CodeMissing => (C::ServerApproval, "RFC 6749 §4.1.3, §5.2"),
        T::CodeUnknown => (C::ServerApproval, "RFC 6749 §4.1.3, §5.2"),
        T::CodeExpired => (C::ServerApproval, "RFC 6749 §4.1.2, §4.1.3, §5.2"),
        T::CodeReplayed => (C::ServerApproval, "RFC 6749 §4.1.2, §10.5; RFC 9700 §4.2.4"),
        T::CodeOfAnotherClient => (C::ServerApproval, "RFC 6749 §4.1.3, §5.2"),
        T::CodeConsentWithdrawn => (C::ServerApproval, "RFC 6749 §4.1.3, §5.2; RFC 7009 §1"),
        T::TokenRedirectUriMissing => (C::ServerApproval, "RFC 6749 §4.1.3, §5.2"),
        T::TokenRedirectUriMismatch => (C::ServerApproval, "RFC 6749 §4.1.3, §10.6"),
        T::VerifierMissing => (C::ServerApproval, "RFC 7636 §4.5, §4.6"),
        T::VerifierMalformed => (C::ServerApproval, "RFC 7636 §4.1, §4.5"),
        T::VerifierMismatch => (C::ServerApproval, "RFC 7636 §4.6; RFC 9700 §4.5"),
        T::VerifierWithoutChallenge => (C::ServerApproval, "RFC 7636 §4.6; RFC 9700 §4.8.2"),
        T::ResourceServed => (C::AccessToken, "RFC 6750 §2.1; RFC 7662 §2"),
        T::AccessTokenInQuery => (C::AccessToken, "RFC 6750 §2.3, §5.3; RFC 9700 §4.3.2"),
        T::AccessTokenInForm => (C::AccessToken, "RFC 6750 §2.2, §5.3; RFC 9700 §4.3.2"),
        T::AccessTokenMissing => (C::AccessToken, "RFC 6750 §3, §3.1"),
        T::AccessTokenMalformed => (C::AccessToken, "RFC 6750 §2.1, §3.1; RFC 9110 §11.1"),
        T::AuthorizationHeaderRepeated => (C::AccessToken, "RFC 6750 §2, §3.1; RFC 9110 §5.3"),
        T::AccessTokenSentTwice => (C::AccessToken, "RFC 6750 §2, §3.1"),
        T::AccessTokenInactive => (C::AccessToken, "RFC 6750 §3.1; RFC 7662 §2.2"),
        T::AccessTokenWrongAudience => (
            C::AccessToken,
            "RFC 7662 §2.2; RFC 9700 §2.3; RFC 9068 §4; RFC 8707",
        ),
        T::ScopeInsufficient => (C::AccessToken, "RFC 6750 §3.1; RFC 6749 §3.3"),
        T::AccessTokenUnknown => (C::AccessToken, "RFC 7662 §2.2"),
        T::AccessTokenExpired => (C::AccessToken, "RFC 6749 §1.5, §5.1; RFC 7662 §2.2"),
        T::AccessTokenRevoked => (C::AccessToken, "RFC 7009 §2; RFC 7662 §2.2"),
        T::ClockMoved => (C::RefreshToken, "RFC 6749 §1.5, §5.1"),
        T::Refreshed => (C::RefreshToken, "RFC 6749 §6; RFC 9700 §4.14"),
        T::RefreshTokenMissing => (C::RefreshToken, "RFC 6749 §6, §5.2"),
        T::RefreshTokenUnknown => (C::RefreshToken, "RFC 6749 §5.2, §6"),
        T::RefreshTokenExpired => (C::RefreshToken, "RFC 6749 §5.2, §6"),
        T::RefreshTokenRevoked => (C::RefreshToken, "RFC 6749 §5.2, §6; RFC 7009 §2"),
        T::RefreshTokenOfAnotherClient => (C::RefreshToken, "RFC 6749 §6, §10.4"),
        T::RefreshTokenReplayed => (C::RefreshToken, "RFC 6749 §10.4; RFC 9700 §4.14.2"),
        T::RefreshScopeWider => (C::RefreshToken, "RFC 6749 §6, §3.3"),
        T::TokenRevoked => (C::AccessToken, "RFC 7009 §2.1, §2.2"),
        T::RevokedNothing => (C::AccessToken, "RFC 7009 §2.2"),
        T::RevokeTokenMissing => (C::AccessToken, "RFC 7009 §2.1"),
        T::RevokeTokenOfAnotherClient => (C::AccessToken, "RFC 7009 §2.1"),
        T::ConsentWithdrawn => (C::AccessToken, "RFC 6749 §1.3, §10.3; RFC 7009 §1, §2.1"),
        T::NoConsentToWithdraw => (C::AccessToken, "RFC 6749 §10.3; RFC 7009 §2.2"),
        T::AccountPageShown => (C::AccessToken, "RFC 6749 §10.3; RFC 7009 §1"),
        T::NothingSent => (C::Roles, "RFC 9112 §3"),
        T::AccountNotSignedIn => (C::AccessToken, "RFC 6749 §10.3, §10.12"),
        T::VariableUnset => (C::Roles, "RFC 6749 §1.1, §1.2"),
        // Issue 11, part A: client credentials and the device flow.
        T::RegisterPublicClientCredentials => {
            (C::Registration, "RFC 6749 §2.1, §4.4; RFC 7591 §2, §3.2.2")
        }
        T::ClientCredentialsIssued => (C::AccessToken, "RFC 6749 §4.4.2, §4.4.3, §3.3, §5.1"),
        T::ClientCredentialsPublicClient => (C::ServerApproval, "RFC 6749 §2.1, §4.4, §5.2"),
        T::ClientResourcesServed => (
            C::AccessToken,
            "RFC 6749 §4.4; RFC 7662 §2.2; RFC 9068 §2.2",
        ),
        T::DeviceAuthorized => (C::OwnerApproval, "RFC 8628 §3.1, §3.2, §6.1"),
        T::VerificationPageShown => (C::OwnerApproval, "RFC 8628 §3.3"),
        T::UserCodeUnknown => (C::OwnerApproval, "RFC 8628 §3.3, §5.1, §6.1"),
        T::DeviceApproved => (C::OwnerApproval, "RFC 8628 §3.3; RFC 6749 §3.3"),
        T::DeviceDenied => (C::OwnerApproval, "RFC 8628 §3.3, §3.5"),
        T::DeviceCodeMissing => (C::ServerApproval, "RFC 8628 §3.4; RFC 6749 §5.2"),
        T::DeviceCodeUnknown => (C::ServerApproval, "RFC 8628 §3.4; RFC 6749 §5.2"),
        T::DeviceCodeOfAnotherClient => (C::ServerApproval, "RFC 8628 §3.4; RFC 6749 §5.2"),
        T::DeviceCodeUsed => (C::ServerApproval, "RFC 8628 §3.5, §5.2; RFC 6749 §5.2"),
        T::DeviceCodeExpired => (C::ServerApproval, "RFC 8628 §3.2, §3.5"),
        T::AuthorizationPending => (C::OwnerApproval, "RFC 8628 §3.4, §3.5"),
        T::SlowDown => (C::OwnerApproval, "RFC 8628 §3.2, §3.5, §5.2"),
        T::DeviceAccessDenied => (C::ServerApproval, "RFC 8628 §3.5"),
        T::DeviceTokensIssued => (C::AccessToken, "RFC 8628 §3.5; RFC 6749 §5.1"),
        T::DeviceWaits => (C::OwnerApproval, "RFC 8628 §3.2, §3.5"),
        // Legacy flows and explicit introspection (issue 11, part B).
        T::ImplicitTokenIssued => (C::AccessToken, "RFC 6749 §4.2.2; RFC 9700 §2.1.2"),
        T::ImplicitPageServed => (
            C::ServerApproval,
            "RFC 6749 §4.2 (D)-(E); RFC 3986 §3.5; RFC 9700 §4.3.2",
        ),
        T::ImplicitTokenRead => (C::AccessToken, "RFC 6749 §4.2.2, §10.16; RFC 9700 §2.1.2"),
        T::ImplicitWithoutToken => (C::ServerApproval, "RFC 6749 §4.2.2, §4.2.2.1"),
        T::ImplicitStateMismatch => (
            C::ServerApproval,
            "RFC 6749 §4.2.2, §10.12; RFC 9700 §4.6, §4.7",
        ),
        T::PasswordCollected => (C::OwnerApproval, "RFC 6749 §4.3.1, §10.7; RFC 9700 §2.4"),
        T::PasswordTokensIssued => (C::AccessToken, "RFC 6749 §4.3.2, §4.3.3; RFC 9700 §2.4"),
        T::PasswordCredentialsMissing => (C::ServerApproval, "RFC 6749 §4.3.2, §5.2"),
        T::PasswordCredentialsWrong => (C::ServerApproval, "RFC 6749 §4.3.2, §5.2; RFC 9700 §2.4"),
        T::PasswordScopeInvalid => (C::ServerApproval, "RFC 6749 §3.3, §4.3.2, §5.2"),
        T::TokenActive => (C::AccessToken, "RFC 7662 §2.1, §2.2"),
        T::IntrospectionNotAllowed => (C::AccessToken, "RFC 7662 §2.2, §4"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantArray as _;

    const CHAPTERS: [Chapter; 6] = [
        Chapter::Roles,
        Chapter::Registration,
        Chapter::OwnerApproval,
        Chapter::ServerApproval,
        Chapter::AccessToken,
        Chapter::RefreshToken,
    ];

    fn has_hangul(s: &str) -> bool {
        s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    #[test]
    fn every_topic_has_text_in_every_language() {
        for topic in Topic::VARIANTS {
            let explanation = explain(*topic);
            for lang in Lang::all() {
                let text = explanation.text(lang);
                assert!(
                    !text.headline.trim().is_empty(),
                    "{topic:?} {lang:?}: no headline"
                );
                assert!(!text.why.trim().is_empty(), "{topic:?} {lang:?}: no why");
                assert!(!text.next.trim().is_empty(), "{topic:?} {lang:?}: no next");
            }
            assert!(
                has_hangul(explanation.text(Lang::KO).why),
                "{topic:?}: Korean why is not Korean"
            );
            assert!(
                explanation.rfc.starts_with("RFC "),
                "{topic:?}: no RFC cited"
            );
        }
    }

    #[test]
    fn chapter_titles_exist_in_both_languages() {
        for (index, chapter) in CHAPTERS.into_iter().enumerate() {
            assert_eq!(usize::from(chapter.number()), index + 1);
            assert!(
                !chapter.title(Lang::EN).is_empty(),
                "{chapter:?}: no English title"
            );
            assert!(
                !chapter.title(Lang::KO).is_empty(),
                "{chapter:?}: no Korean title"
            );
        }
        assert_eq!(Chapter::OwnerApproval.title(Lang::KO), "리소스 오너의 승인");
        assert_eq!(
            Chapter::ServerApproval.title(Lang::KO),
            "인가 서버의 승인 (인가 코드)"
        );
    }

    #[test]
    fn english_headlines_fit_one_short_line() {
        for topic in Topic::VARIANTS {
            let headline = explain(*topic).text(Lang::EN).headline;
            assert!(
                headline.chars().count() <= 60,
                "{topic:?}: {headline:?} is too long"
            );
        }
    }

    #[test]
    fn every_chapter_is_taught_by_some_topic() {
        for chapter in CHAPTERS {
            assert!(
                Topic::VARIANTS
                    .iter()
                    .any(|topic| explain(*topic).chapter == chapter),
                "{chapter:?} has no topic"
            );
        }
    }

    /// Every step the attacker takes in the lab, with the action and topic it took.
    fn attacker_steps() -> Vec<(String, StepRecord)> {
        crate::scenario::lab_builtins()
            .flat_map(|(name, loaded, _)| {
                let transcript = loaded.scenario.run(None);
                transcript
                    .steps
                    .into_iter()
                    .filter(|s| s.step.taker() == By::Attacker)
                    .map(move |s| (name.to_owned(), s))
            })
            .collect()
    }

    #[test]
    fn every_step_the_attacker_takes_in_the_lab_is_told_from_its_side() {
        for (name, record) in attacker_steps() {
            let (action, topic) = (record.step.action, record.topic);
            // A steal is the attacker's by nature: its topic speaks of the attacker.
            if action == crate::sim::Action::Steal {
                assert_eq!(topic, Topic::ValuesStolen, "{name}");
                continue;
            }
            let own = attacker::explain(&record);
            assert!(
                own.is_some(),
                "{name} step {}: {action} {topic:?}",
                record.index
            );
            assert_eq!(Some(explain_step(&record)), own);
        }
    }

    #[test]
    fn the_attackers_texts_are_complete_in_both_languages() {
        for (_, record) in attacker_steps() {
            let Some(explanation) = attacker::explain(&record) else {
                continue;
            };
            let what = format!("{} {:?}", record.step.action, record.topic);
            for lang in Lang::all() {
                let text = explanation.text(lang);
                assert!(
                    !text.why.trim().is_empty() && !text.next.trim().is_empty(),
                    "{what}"
                );
            }
            assert!(
                explanation.text(Lang::EN).headline.chars().count() <= 60,
                "{what}"
            );
            assert!(has_hangul(explanation.text(Lang::KO).why), "{what}");
            assert!(explanation.rfc.starts_with("RFC "), "{what}");
            assert!(
                !explanation
                    .text(Lang::EN)
                    .why
                    .contains("Alice's browser reaches"),
                "{what}"
            );
        }
    }

    /// The English headline of step `step` (1-based) of the built-in `name`.
    fn headline(name: &str, step: usize) -> &'static str {
        let loaded = crate::scenario::builtin(name).and_then(Result::ok);
        let transcript = loaded.expect("built in").scenario.run(None);
        explain_step(&transcript.steps[step - 1])
            .text(Lang::EN)
            .headline
    }

    #[test]
    fn a_code_the_attacker_sends_at_the_callback_is_an_injection_and_its_own_is_not() {
        assert_eq!(
            headline("lab-code-injection-undefended", 6),
            "The attacker injects a code into its own session"
        );
        assert_eq!(
            headline("lab-open-redirector-undefended", 9),
            "The printer keeps the code for the attacker's session"
        );
    }

    #[test]
    fn an_error_for_the_attackers_app_is_told_by_where_it_went() {
        assert_eq!(
            headline("lab-open-redirector-undefended", 3),
            "The server's error redirect takes Alice to the attacker"
        );
        assert_eq!(
            headline("lab-open-redirector-defended", 3),
            "The server shows the error instead of redirecting"
        );
    }

    #[test]
    fn steps_alice_and_the_client_take_keep_the_topics_text() {
        let loaded = crate::scenario::builtin("standard-flow").and_then(Result::ok);
        let transcript = loaded.expect("built in").scenario.run(None);
        for record in &transcript.steps {
            assert_eq!(explain_step(record), explain(record.topic));
        }
    }

    #[test]
    fn an_attackers_sign_in_is_not_told_as_alices() {
        let steps = attacker_steps();
        let sign_in = steps
            .iter()
            .find(|(_, r)| r.step.action == crate::sim::Action::Authorize)
            .map(|(_, r)| explain_step(r));
        let headline = sign_in
            .map(|e| e.text(Lang::EN).headline)
            .unwrap_or_default();
        assert_eq!(headline, "The attacker starts a sign-in of its own");
    }
}
