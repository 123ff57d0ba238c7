//! "What will the server answer?": the step's final status and OAuth `error`
//! (`Outcome`: for a redirect, the error it carries), against other answers the same
//! endpoint really gives. The distractors are each endpoint's own: a token endpoint
//! refuses with `invalid_grant` or `invalid_client` (RFC 6749 §5.2), an API with
//! `invalid_token` or `insufficient_scope` (RFC 6750 §3.1), an authorization
//! endpoint redirects with an error or shows an error page (RFC 6749 §4.1.2.1).

use crate::sim::{Action, Actor, ErrorCode, Payload, StepRecord};

use super::{Choice, Fact, Prompt, Question, distractors};

/// Where a step's request goes, as far as its possible answers go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    /// `POST /register` (RFC 7591).
    Register,
    /// `GET /authorize`, also reached through an attacker's link.
    Authorize,
    /// `POST /login`.
    Login,
    /// `POST /consent`.
    Consent,
    /// The client's `redirect_uri`.
    Callback,
    /// `POST /token` with an authorization code.
    Token,
    /// `POST /token` with a refresh token (RFC 6749 §6).
    Refresh,
    /// The protected resource.
    Api,
    /// The client's photos page, which calls the API for the browser.
    Photos,
    /// `POST /revoke` (RFC 7009).
    Revoke,
    /// Alice's account page at the authorization server.
    Account,
    // Issue 11, part A: the device flow (RFC 8628).
    /// `POST /device_authorization` (RFC 8628 §3.1).
    DeviceAuthorization,
    /// `GET /device` on Alice's phone (RFC 8628 §3.3).
    Verification,
    /// `POST /token` with a device code (RFC 8628 §3.4).
    Poll,
    /// `POST /introspect` (RFC 7662).
    Introspect,
}

impl Endpoint {
    /// The endpoint a step's request reaches: from its action, or for a `send` from
    /// where its request went.
    pub fn of(record: &StepRecord) -> Option<Self> {
        Some(match record.step.action {
            Action::Register => Self::Register,
            Action::Authorize | Action::Lure => Self::Authorize,
            Action::Login => Self::Login,
            Action::Consent => Self::Consent,
            Action::Callback => Self::Callback,
            Action::Token | Action::Password => Self::Token,
            Action::Refresh => Self::Refresh,
            Action::CallApi | Action::Userinfo => Self::Api,
            Action::Visit => Self::Photos,
            Action::Revoke => Self::Revoke,
            Action::WithdrawConsent => Self::Account,
            Action::DeviceAuthorize => Self::DeviceAuthorization,
            Action::EnterCode => Self::Verification,
            Action::Poll => Self::Poll,
            Action::Introspect => Self::Introspect,
            Action::Send => return sent_to(record),
            Action::Wait | Action::Roles | Action::Steal | Action::Discover => return None,
        })
    }

    /// Answers this endpoint gives, success first.
    fn answers(self) -> &'static [(u16, Option<ErrorCode>)] {
        use ErrorCode::{
            AccessDenied, AuthorizationPending, ExpiredToken, InsufficientScope, InvalidClient,
            InvalidClientMetadata, InvalidGrant, InvalidRedirectUri, InvalidRequest, InvalidScope,
            InvalidState, InvalidToken, SlowDown, UnauthorizedClient, UnsupportedGrantType,
            UnsupportedTokenType,
        };
        match self {
            Self::Register => &[
                (201, None),
                (400, Some(InvalidRedirectUri)),
                (400, Some(InvalidClientMetadata)),
                (400, Some(InvalidRequest)),
            ],
            Self::Authorize => &[
                (200, None),
                (302, None),
                (400, Some(InvalidRequest)),
                (302, Some(InvalidScope)),
                (302, Some(AccessDenied)),
            ],
            Self::Login | Self::Account => &[(200, None), (302, None), (400, Some(InvalidRequest))],
            Self::Consent => &[
                (302, None),
                (302, Some(AccessDenied)),
                (400, Some(InvalidRequest)),
                (200, None),
            ],
            Self::Callback => &[
                (200, None),
                (400, Some(InvalidState)),
                (200, Some(AccessDenied)),
                (400, Some(InvalidRequest)),
            ],
            Self::Token => &[
                (200, None),
                (400, Some(InvalidGrant)),
                (401, Some(InvalidClient)),
                (400, Some(InvalidRequest)),
                (400, Some(UnsupportedGrantType)),
            ],
            Self::Refresh => &[
                (200, None),
                (400, Some(InvalidGrant)),
                (401, Some(InvalidClient)),
                (400, Some(InvalidScope)),
            ],
            Self::Api | Self::Photos => &[
                (200, None),
                (401, Some(InvalidToken)),
                (403, Some(InsufficientScope)),
                (400, Some(InvalidRequest)),
            ],
            Self::Revoke => &[
                (200, None),
                (401, Some(InvalidClient)),
                (400, Some(UnsupportedTokenType)),
                (400, Some(InvalidRequest)),
            ],
            Self::DeviceAuthorization => &[
                (200, None),
                (401, Some(InvalidClient)),
                (400, Some(UnauthorizedClient)),
                (400, Some(InvalidScope)),
            ],
            Self::Verification => &[(200, None), (400, None), (404, None)],
            Self::Poll => &[
                (200, None),
                (400, Some(AuthorizationPending)),
                (400, Some(SlowDown)),
                (400, Some(AccessDenied)),
                (400, Some(ExpiredToken)),
                (400, Some(InvalidGrant)),
            ],
            Self::Introspect => &[
                (200, None),
                (401, Some(InvalidClient)),
                (400, Some(InvalidRequest)),
            ],
        }
    }
}

/// The endpoint a `send` step's request went to, by its path (the resource server
/// for any path there).
fn sent_to(record: &StepRecord) -> Option<Endpoint> {
    let message = record
        .messages
        .iter()
        .find(|m| matches!(m.payload, Payload::Request(_)))?;
    let Payload::Request(request) = &message.payload else {
        return None;
    };
    if message.to == Actor::ResourceServer {
        return Some(Endpoint::Api);
    }
    Some(match request.path.as_str() {
        "/register" => Endpoint::Register,
        "/authorize" => Endpoint::Authorize,
        "/login" => Endpoint::Login,
        "/consent" => Endpoint::Consent,
        "/token" => Endpoint::Token,
        "/revoke" => Endpoint::Revoke,
        "/device_authorization" => Endpoint::DeviceAuthorization,
        "/device" => Endpoint::Verification,
        "/introspect" => Endpoint::Introspect,
        _ => return None,
    })
}

/// Two answers a student could not tell apart as right: the same one, the same
/// OAuth error under another status (a 400 and a 401 `invalid_client` are both
/// allowed by RFC 6749 §5.2), or the same refusal with and without an error code (a
/// 401 to a request with no token carries none, RFC 6750 §3.1: offering
/// `401 invalid_token` beside it would split hairs, not teach).
fn alike(a: &Choice, b: &Choice) -> bool {
    match (a, b) {
        (
            Choice::Answer {
                status: sa,
                error: ea,
            },
            Choice::Answer {
                status: sb,
                error: eb,
            },
        ) => {
            let same_error = ea == eb && (ea.is_some() || sa == sb);
            let same_refusal = sa == sb && *sa >= 400 && (ea.is_none() || eb.is_none());
            same_error || same_refusal
        }
        _ => a == b,
    }
}

/// The question, when the step got an answer from an endpoint this knows.
pub fn question(record: &StepRecord, seed: u64) -> Option<Question> {
    let endpoint = Endpoint::of(record)?;
    let status = record.outcome.status?;
    let right = Choice::Answer {
        status,
        error: record.outcome.error,
    };
    let candidates = endpoint
        .answers()
        .iter()
        .map(|&(status, error)| Choice::Answer { status, error })
        .collect();
    let others = distractors(candidates, &right, seed, alike);
    Some(Question::shuffled(
        Prompt::Answer(endpoint),
        right,
        others,
        vec![Fact::Topic(record.topic)],
        seed.rotate_left(17),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_error_under_another_status_is_not_a_distractor() {
        let right = Choice::Answer {
            status: 400,
            error: Some(ErrorCode::InvalidClient),
        };
        let other = Choice::Answer {
            status: 401,
            error: Some(ErrorCode::InvalidClient),
        };
        assert!(alike(&right, &other));
        let success = Choice::Answer {
            status: 200,
            error: None,
        };
        let redirect = Choice::Answer {
            status: 302,
            error: None,
        };
        assert!(!alike(&success, &redirect));
        let bare = Choice::Answer {
            status: 401,
            error: None,
        };
        let invalid_token = Choice::Answer {
            status: 401,
            error: Some(ErrorCode::InvalidToken),
        };
        assert!(alike(&bare, &invalid_token));
    }

    #[test]
    fn every_endpoint_offers_at_least_three_answers_with_no_two_alike() {
        use Endpoint::{
            Account, Api, Authorize, Callback, Consent, Login, Photos, Refresh, Register, Revoke,
            Token,
        };
        for endpoint in [
            Register, Authorize, Login, Consent, Callback, Token, Refresh, Api, Photos, Revoke,
            Account,
        ] {
            let answers: Vec<Choice> = endpoint
                .answers()
                .iter()
                .map(|&(status, error)| Choice::Answer { status, error })
                .collect();
            assert!(answers.len() >= 3, "{endpoint:?}");
            for (i, a) in answers.iter().enumerate() {
                for b in &answers[i + 1..] {
                    assert!(!alike(a, b), "{endpoint:?}: {a:?} and {b:?}");
                }
            }
        }
    }
}
