//! A client that stops when its flow cannot go on, as correct software does: after
//! Alice denies (RFC 6749 §4.1.2.1), any other error redirect, a `state` that does
//! not match (RFC 6749 §10.12), or a refused token request (§5.2), it sends no
//! request that needs what it never got. The steps it does not take are recorded
//! as skipped, each with what the client lacks and where its flow stopped.
//!
//! Whether a step is skipped is decided from what the client holds (no code, no
//! access token, no refresh token), never from the scenario's name; only the
//! client's own `token`, `call_api` and `refresh` can be skipped. Browser steps,
//! `wait`, `register`, `send` and the attacker's steps always run, and a new
//! `authorize` by Alice starts a new flow.

use serde::Serialize;

use super::oauth_error::ErrorCode;
use super::step::{Action, By, Step};
use super::topic::Topic;
use super::transcript::Outcome;

/// Why the client's flow stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// Alice said no: `error=access_denied` came back (RFC 6749 §4.1.2.1).
    Denied,
    /// The authorization server sent the browser back with another error.
    ErrorRedirect,
    /// The callback's `state` was not the one the client gave this browser, so it
    /// believed nothing in it (RFC 6749 §10.12).
    StateMismatch,
    /// The token endpoint refused to exchange the code (RFC 6749 §5.2).
    TokenRefused,
    /// The token endpoint refused the refresh token (RFC 6749 §5.2, §6).
    RefreshRefused,
}

impl Cause {
    /// The name the JSON output and the docs use.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Denied => "denied",
            Self::ErrorRedirect => "error_redirect",
            Self::StateMismatch => "state_mismatch",
            Self::TokenRefused => "token_refused",
            Self::RefreshRefused => "refresh_refused",
        }
    }
}

/// Where the client's flow stopped: the cause, the step (1-based) and the error the
/// client was told, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stop {
    pub cause: Cause,
    pub step: usize,
    pub error: Option<ErrorCode>,
    /// What the stopping step taught: a skipped step is explained by it.
    pub topic: Topic,
}

/// What the client lacks for a step it did not take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lacks {
    /// No code to exchange: `token` is not sent.
    Code,
    /// No access token to present: `call_api` is not sent.
    AccessToken,
    /// No refresh token to use: `refresh` is not sent.
    RefreshToken,
    /// No device code to poll with: `poll` is not sent (RFC 8628 §3.5: a device
    /// stops polling after `access_denied` or `expired_token`).
    DeviceCode,
}

impl Lacks {
    /// The reason's kind as the JSON output writes it: `no_code`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Code => "no_code",
            Self::AccessToken => "no_access_token",
            Self::RefreshToken => "no_refresh_token",
            Self::DeviceCode => "no_device_code",
        }
    }
}

/// Why a step was skipped: what the client lacks, and where its flow stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skip {
    pub lacks: Lacks,
    pub stop: Stop,
}

/// `{"reason": "no_code", "cause": "denied", "step": 4, "error": "access_denied"}`:
/// flat, so a tool reads the kind and the step without nesting.
impl Serialize for Skip {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut skip = serializer.serialize_struct("Skip", 4)?;
        skip.serialize_field("reason", self.lacks.as_str())?;
        skip.serialize_field("cause", self.stop.cause.as_str())?;
        skip.serialize_field("step", &self.stop.step)?;
        skip.serialize_field("error", &self.stop.error.map(ErrorCode::as_str))?;
        skip.end()
    }
}

/// What the client holds of its flow, as far as skipping is concerned.
#[allow(
    clippy::struct_excessive_bools,
    reason = "one flag per thing a request needs, each read on its own"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holdings {
    /// Whether it holds what `token` needs: a code, or nothing more than its
    /// credentials for client credentials.
    pub code: bool,
    pub access_token: bool,
    pub refresh_token: bool,
    pub device_code: bool,
}

/// The client's flow as a correct client follows it: where it stopped, if it did.
#[derive(Debug, Clone, Default)]
pub struct Stopping {
    stop: Option<Stop>,
}

impl Stopping {
    /// Whether the step is skipped, and why: only once the flow has stopped, only for
    /// the client's own requests, and only when it lacks what the request needs.
    pub fn skip(&self, step: &Step, holds: Holdings) -> Option<Skip> {
        let stopped = self.stop?;
        if step.taker() != By::Client {
            return None;
        }
        let lacks = match step.action {
            Action::Token if !holds.code => Lacks::Code,
            Action::CallApi if !holds.access_token => Lacks::AccessToken,
            Action::Refresh if !holds.refresh_token => Lacks::RefreshToken,
            Action::Poll if !holds.device_code => Lacks::DeviceCode,
            _ => return None,
        };
        Some(Skip {
            lacks,
            stop: stopped,
        })
    }

    /// Learns from a step that ran (step `index`, 1-based) whether the flow stopped
    /// there, or whether a new one started. The first stop is kept: it is the cause
    /// of what follows.
    pub fn observe(&mut self, step: &Step, index: usize, outcome: &Outcome, topic: Topic) {
        let by = step.taker();
        if step.action == Action::Authorize && by == By::ResourceOwner {
            self.stop = None;
        }
        if self.stop.is_some() {
            return;
        }
        let cause = match (step.action, by) {
            (Action::Authorize | Action::Consent, By::ResourceOwner)
                if outcome.redirect == Some(true) && outcome.error.is_some() =>
            {
                if outcome.error == Some(ErrorCode::AccessDenied) {
                    Cause::Denied
                } else {
                    Cause::ErrorRedirect
                }
            }
            (Action::Callback, By::ResourceOwner) => match topic {
                Topic::CallbackStateMismatch => Cause::StateMismatch,
                Topic::CallbackCarriedError if outcome.error == Some(ErrorCode::AccessDenied) => {
                    Cause::Denied
                }
                Topic::CallbackCarriedError => Cause::ErrorRedirect,
                _ => return,
            },
            (Action::Token, By::Client) if refused(outcome) => Cause::TokenRefused,
            (Action::Refresh, By::Client) if refused(outcome) => Cause::RefreshRefused,
            (Action::Poll, By::Client) => match outcome.error {
                Some(ErrorCode::AccessDenied) => Cause::Denied,
                Some(ErrorCode::AuthorizationPending | ErrorCode::SlowDown) => return,
                _ if refused(outcome) => Cause::TokenRefused,
                _ => return,
            },
            _ => return,
        };
        self.stop = Some(Stop {
            cause,
            step: index,
            error: outcome.error,
            topic,
        });
    }
}

/// Whether the token endpoint said no.
fn refused(outcome: &Outcome) -> bool {
    outcome.error.is_some() || outcome.status.is_some_and(|s| s >= 400)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTHING: Holdings = Holdings {
        code: false,
        access_token: false,
        refresh_token: false,
        device_code: false,
    };

    fn outcome(status: u16, error: Option<ErrorCode>, redirect: Option<bool>) -> Outcome {
        Outcome {
            status: Some(status),
            error,
            redirect,
        }
    }

    fn stopped_by(action: Action, outcome: &Outcome, topic: Topic) -> Stopping {
        let mut stopping = Stopping::default();
        stopping.observe(&Step::new(action), 4, outcome, topic);
        stopping
    }

    fn denied() -> Stopping {
        stopped_by(
            Action::Consent,
            &outcome(302, Some(ErrorCode::AccessDenied), Some(true)),
            Topic::AccessDenied,
        )
    }

    #[test]
    fn after_a_deny_a_token_request_without_a_code_is_skipped_as_no_code_denied_there() {
        let skip = denied().skip(&Step::new(Action::Token), NOTHING);
        let stop = skip.map(|s| (s.lacks, s.stop.cause, s.stop.step));
        assert_eq!(stop, Some((Lacks::Code, Cause::Denied, 4)));
    }

    #[test]
    fn an_api_call_without_an_access_token_after_a_refused_token_request_is_skipped() {
        let stopping = stopped_by(
            Action::Token,
            &outcome(400, Some(ErrorCode::InvalidGrant), None),
            Topic::CodeUnknown,
        );
        let skip = stopping.skip(&Step::new(Action::CallApi), NOTHING);
        let reason = skip.map(|s| (s.lacks, s.stop.cause, s.stop.error));
        assert_eq!(
            reason,
            Some((
                Lacks::AccessToken,
                Cause::TokenRefused,
                Some(ErrorCode::InvalidGrant)
            ))
        );
    }

    #[test]
    fn a_refresh_without_a_refresh_token_after_a_refused_refresh_is_skipped() {
        let stopping = stopped_by(
            Action::Refresh,
            &outcome(400, Some(ErrorCode::InvalidGrant), None),
            Topic::RefreshTokenExpired,
        );
        let skip = stopping.skip(&Step::new(Action::Refresh), NOTHING);
        let reason = skip.map(|s| (s.lacks, s.stop.cause));
        assert_eq!(reason, Some((Lacks::RefreshToken, Cause::RefreshRefused)));
    }

    #[test]
    fn another_error_redirect_stops_the_flow_as_an_error_redirect() {
        let stopping = stopped_by(
            Action::Authorize,
            &outcome(302, Some(ErrorCode::InvalidScope), Some(true)),
            Topic::ScopeInvalid,
        );
        let skip = stopping.skip(&Step::new(Action::Token), NOTHING);
        assert_eq!(skip.map(|s| s.stop.cause), Some(Cause::ErrorRedirect));
    }

    #[test]
    fn a_state_mismatch_at_the_callback_stops_the_flow() {
        let stopping = stopped_by(
            Action::Callback,
            &outcome(400, None, None),
            Topic::CallbackStateMismatch,
        );
        let skip = stopping.skip(&Step::new(Action::Token), NOTHING);
        assert_eq!(skip.map(|s| s.stop.cause), Some(Cause::StateMismatch));
    }

    #[test]
    fn a_poll_answered_access_denied_stops_the_device_and_pending_does_not() {
        let denied = stopped_by(
            Action::Poll,
            &outcome(400, Some(ErrorCode::AccessDenied), None),
            Topic::DeviceAccessDenied,
        );
        let skip = denied.skip(&Step::new(Action::Poll), NOTHING);
        assert_eq!(
            skip.map(|s| (s.lacks, s.stop.cause)),
            Some((Lacks::DeviceCode, Cause::Denied))
        );
        let expired = stopped_by(
            Action::Poll,
            &outcome(400, Some(ErrorCode::ExpiredToken), None),
            Topic::DeviceCodeExpired,
        );
        let skip = expired.skip(&Step::new(Action::CallApi), NOTHING);
        assert_eq!(skip.map(|s| s.stop.cause), Some(Cause::TokenRefused));
        for error in [ErrorCode::AuthorizationPending, ErrorCode::SlowDown] {
            let waiting = stopped_by(
                Action::Poll,
                &outcome(400, Some(error), None),
                Topic::AuthorizationPending,
            );
            assert_eq!(waiting.skip(&Step::new(Action::Poll), NOTHING), None);
        }
    }

    #[test]
    fn what_the_client_still_holds_it_may_still_use() {
        let holds = Holdings {
            code: true,
            access_token: true,
            refresh_token: true,
            device_code: true,
        };
        for action in [
            Action::Token,
            Action::CallApi,
            Action::Refresh,
            Action::Poll,
        ] {
            assert_eq!(denied().skip(&Step::new(action), holds), None, "{action}");
        }
    }

    #[test]
    fn steps_that_do_not_depend_on_the_flow_still_run() {
        let stopping = denied();
        let attacker_token = Step {
            by: Some(By::Attacker),
            ..Step::new(Action::Token)
        };
        for step in [
            Step::wait(60),
            Step::new(Action::Register),
            Step::new(Action::Authorize),
            Step::new(Action::Callback),
            attacker_token,
        ] {
            assert_eq!(stopping.skip(&step, NOTHING), None, "{}", step.action);
        }
    }

    #[test]
    fn nothing_is_skipped_before_the_flow_stops() {
        let skip = Stopping::default().skip(&Step::new(Action::Token), NOTHING);
        assert_eq!(skip, None);
    }

    #[test]
    fn a_new_authorization_by_alice_starts_a_new_flow() {
        let mut stopping = denied();
        stopping.observe(
            &Step::new(Action::Authorize),
            5,
            &outcome(200, None, Some(false)),
            Topic::LoginPageShown,
        );
        assert_eq!(stopping.skip(&Step::new(Action::Token), NOTHING), None);
    }

    #[test]
    fn a_skip_is_one_flat_json_object_with_its_kind_and_step() {
        let skip = denied().skip(&Step::new(Action::Token), NOTHING);
        let json = serde_json::to_string(&skip).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"reason":"no_code","cause":"denied","step":4,"error":"access_denied"}"#
        );
    }
}
