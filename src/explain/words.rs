//! The words every view shares (`locales/<lang>/words.ftl`): the label of a
//! message's arrow, what kind of thing a party remembers, why it changed. The TUI and
//! every report call these, so a word is translated once and reads the same
//! everywhere. Protocol names (`code`, `access_token`, `client_id`) and wire text
//! (paths, query parameters, error codes) stay as they are in every language.

use crate::sim::{
    Cause, Gist, Inactive, ItemKind, Lacks, Message, Payload, Problem, Reason, Skip, Status,
};
use crate::text::{self, Arg};

use super::Lang;

/// A short label for a sequence-diagram arrow: method and path, or status and the
/// one thing that matters in the answer (its gist, else its OAuth error code).
pub fn label(lang: Lang, message: &Message) -> String {
    match &message.payload {
        Payload::Request(r) => format!("{} {}", r.method.as_str(), r.path),
        Payload::Response(r) => match (&r.gist, r.error) {
            (Some(what), _) => format!("{} {}", r.status, gist(lang, what)),
            (None, Some(code)) => format!("{} {code}", r.status),
            (None, None) => r.status.to_string(),
        },
    }
}

/// What an answer amounts to, in words: the message `gist-*` of `words.ftl`, or the
/// wire text itself where the answer is a redirect or an error.
pub fn gist(lang: Lang, gist: &Gist) -> std::borrow::Cow<'static, str> {
    let name = match gist {
        Gist::Redirect(to) => return format!("→ {to}").into(),
        Gist::CallbackError(code) => return format!("error={code}").into(),
        Gist::LoginPage => "login-page",
        Gist::ConsentPage => "consent-page",
        Gist::CodeKept => "code-kept",
        Gist::CodeStolen => "code-stolen",
        Gist::PhotosPage => "photos-page",
        Gist::ConsentWithdrawn => "consent-withdrawn",
        Gist::Page => "page",
        Gist::Lure => "lure",
        Gist::ClientId => "client-id",
        Gist::AccessToken => "access-token",
        Gist::Active => "active",
        Gist::Inactive(Inactive::Expired) => "inactive-expired",
        Gist::Inactive(Inactive::Revoked) => "inactive-revoked",
        Gist::Inactive(Inactive::Unknown) => "inactive-unknown",
        Gist::Photos => "photos",
        Gist::Revoked => "revoked",
        Gist::NoToken => "no-token",
        Gist::UserCode => "user-code",
        Gist::DeviceApproved => "device-approved",
        Gist::DeviceDenied => "device-denied",
    };
    text::named(lang, "gist", name).into()
}

/// What kind of thing an actor remembers: the message `item-*`. Protocol names
/// (`code`, `access_token`) stay as on the wire; the others are translated.
pub fn item_kind(lang: Lang, kind: ItemKind) -> &'static str {
    text::named(lang, "item", kind.as_str())
}

/// The name of a detail of a remembered item: the message `detail-<name>` where
/// there is one; protocol names (`scope`, `redirect_uri`, `code_challenge`) have
/// none and stay as on the wire.
pub fn detail(lang: Lang, name: &str) -> &str {
    text::find(lang, "detail", name).unwrap_or(name)
}

/// Why something was deleted or changed: the message `reason-*`.
pub fn reason(lang: Lang, reason: Reason) -> &'static str {
    let name = match reason {
        Reason::Exchanged => "exchanged",
        Reason::Replaced => "replaced",
        Reason::Checked => "checked",
        Reason::Rotated => "rotated",
        Reason::Revoked => "revoked",
        Reason::ReplayDetected => "replay-detected",
        Reason::Progressed => "progressed",
        Reason::Rejected => "rejected",
        Reason::Expired => "expired",
    };
    text::named(lang, "reason", name)
}

/// A status other than live, or nothing: the message `status-*`.
pub fn status(lang: Lang, status: Status) -> Option<&'static str> {
    match status {
        Status::Live => None,
        Status::Retired => Some(text::named(lang, "status", "retired")),
        Status::Revoked => Some(text::named(lang, "status", "revoked")),
    }
}

/// Why a step could not run, as the reports say it: `problem-stopped`, which in
/// English also says where the missing value comes from.
pub fn stopped_reason(lang: Lang, problem: &Problem) -> String {
    problem_text(lang, "problem-stopped", problem)
}

/// Why a step could not run, in words: `problem-unset`.
pub fn problem(lang: Lang, problem: &Problem) -> String {
    problem_text(lang, "problem-unset", problem)
}

fn problem_text(lang: Lang, id: &str, problem: &Problem) -> String {
    let path = problem.path();
    match problem {
        Problem::Unset { step, missing } => {
            let mut args = vec![
                ("path", Arg::from(path)),
                ("name", Arg::from(missing.name.to_string())),
                ("step", Arg::from(*step)),
            ];
            if id == "problem-stopped" {
                args.push(("origin", Arg::from(missing.origin())));
            }
            text::format(lang, id, &args)
        }
    }
}

/// Why the client did not take a step, as every view says it: `the client has no
/// code: the authorization was denied at step 4` (after `skipped:` or its own mark).
/// The messages `skip-lacks-*` and `skip-cause-*` of `words.ftl`, joined by
/// `skip-reason`; a refusal's error code comes after its step, in parentheses.
pub fn skip_reason(lang: Lang, skip: &Skip) -> String {
    let lacks = match skip.lacks {
        Lacks::Code => "skip-lacks-code",
        Lacks::AccessToken => "skip-lacks-access-token",
        Lacks::RefreshToken => "skip-lacks-refresh-token",
        Lacks::DeviceCode => "skip-lacks-device-code",
    };
    let cause = match skip.stop.cause {
        Cause::Denied => "skip-cause-denied",
        Cause::ErrorRedirect => "skip-cause-error-redirect",
        Cause::StateMismatch => "skip-cause-state-mismatch",
        Cause::TokenRefused => "skip-cause-token-refused",
        Cause::RefreshRefused => "skip-cause-refresh-refused",
    };
    let error = skip
        .stop
        .error
        .map(|e| format!(" ({})", e.as_str()))
        .unwrap_or_default();
    let args = [
        ("step", Arg::from(skip.stop.step)),
        ("error", Arg::from(error)),
    ];
    let cause = text::format(lang, cause, &args);
    text::format(
        lang,
        "skip-reason",
        &[
            ("lacks", Arg::from(text::message(lang, lacks))),
            ("cause", Arg::from(cause)),
        ],
    )
}

/// The mark of a skipped step, before its reason: `skip-skipped`.
pub fn skipped(lang: Lang) -> &'static str {
    text::message(lang, "skip-skipped")
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::sim::{Actor, ErrorCode, Method, Request, Response};

    fn skip(lacks: Lacks, cause: Cause, error: Option<ErrorCode>) -> Skip {
        Skip {
            lacks,
            stop: crate::sim::Stop {
                cause,
                step: 6,
                error,
                topic: crate::sim::Topic::AccessDenied,
            },
        }
    }

    #[test]
    fn every_skip_reason_names_what_is_lacking_and_where_the_flow_stopped_in_both_languages() {
        let refused = Some(ErrorCode::InvalidGrant);
        let cases = [
            (
                skip(Lacks::Code, Cause::Denied, Some(ErrorCode::AccessDenied)),
                "the client has no code: the authorization was denied at step 6",
                "6단계에서 인가가 거부되어 인가 코드가 없습니다",
            ),
            (
                skip(
                    Lacks::Code,
                    Cause::ErrorRedirect,
                    Some(ErrorCode::InvalidScope),
                ),
                "the client has no code: the authorization server returned an error at step 6 \
                 (invalid_scope)",
                "6단계에서 인가 서버가 오류로 답해 (invalid_scope) 인가 코드가 없습니다",
            ),
            (
                skip(Lacks::Code, Cause::StateMismatch, None),
                "the client has no code: the callback's state did not match at step 6",
                "6단계에서 콜백의 state가 일치하지 않아 인가 코드가 없습니다",
            ),
            (
                skip(Lacks::AccessToken, Cause::TokenRefused, refused),
                "the client has no access token: the token request was refused at step 6 \
                 (invalid_grant)",
                "6단계에서 토큰 요청이 거부되어 (invalid_grant) access token이 없습니다",
            ),
            (
                skip(Lacks::RefreshToken, Cause::RefreshRefused, None),
                "the client has no refresh token: the refresh was refused at step 6",
                "6단계에서 토큰 갱신이 거부되어 refresh token이 없습니다",
            ),
        ];
        for (skip, en, ko) in cases {
            assert_eq!(skip_reason(Lang::EN, &skip), en);
            assert_eq!(skip_reason(Lang::KO, &skip), ko);
        }
    }

    fn message(payload: Payload) -> Message {
        Message {
            from: Actor::Client,
            to: Actor::AuthorizationServer,
            at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
            payload,
        }
    }

    #[test]
    fn a_request_is_labelled_with_method_and_path_in_both_languages() {
        let request = message(Payload::Request(Request::new(
            Method::Post,
            "auth.example",
            "/token",
        )));
        assert_eq!(label(Lang::EN, &request), "POST /token");
        assert_eq!(label(Lang::KO, &request), "POST /token");
    }

    #[test]
    fn an_answer_without_a_gist_is_labelled_with_its_error_code() {
        let refused = message(Payload::Response(
            Response::new(401).error(ErrorCode::InvalidToken),
        ));
        assert_eq!(label(Lang::EN, &refused), "401 invalid_token");
        assert_eq!(label(Lang::KO, &refused), "401 invalid_token");
        assert_eq!(
            label(Lang::KO, &message(Payload::Response(Response::new(200)))),
            "200"
        );
    }

    #[test]
    fn a_gist_is_translated_and_its_wire_text_is_not() {
        let answer = |gist: Gist| message(Payload::Response(Response::new(200).gist(gist)));
        assert_eq!(
            label(Lang::EN, &answer(Gist::ConsentPage)),
            "200 consent page"
        );
        assert_eq!(
            label(Lang::KO, &answer(Gist::ConsentPage)),
            "200 동의 페이지"
        );
        let expired = answer(Gist::Inactive(Inactive::Expired));
        assert_eq!(label(Lang::EN, &expired), "200 inactive: expired");
        assert_eq!(label(Lang::KO, &expired), "200 비활성: 만료됨");
        let redirect = Gist::Redirect("/callback?code=…".into());
        assert_eq!(gist(Lang::KO, &redirect), "→ /callback?code=…");
        let error = Gist::CallbackError("access_denied".into());
        assert_eq!(gist(Lang::KO, &error), gist(Lang::EN, &error));
    }
}
