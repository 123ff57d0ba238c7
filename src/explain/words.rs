//! The words every view shares, in English and Korean: the label of a message's
//! arrow, what kind of thing a party remembers, why it changed. The TUI and every
//! report call these, so a word is translated once and reads the same everywhere.
//! Protocol names (`code`, `access_token`, `client_id`) and wire text (paths, query
//! parameters, error codes) stay as they are in both languages.

use crate::sim::{
    Cause, Gist, Inactive, ItemKind, Lacks, Message, Payload, Problem, Reason, Skip, Status,
};

use super::Lang;

fn pick(lang: Lang, en: &'static str, ko: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

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

/// What an answer amounts to, in words.
pub fn gist(lang: Lang, gist: &Gist) -> std::borrow::Cow<'static, str> {
    let (en, ko) = match gist {
        Gist::Redirect(to) => return format!("→ {to}").into(),
        Gist::CallbackError(code) => return format!("error={code}").into(),
        Gist::LoginPage => ("login page", "로그인 페이지"),
        Gist::ConsentPage => ("consent page", "동의 페이지"),
        Gist::CodeKept => ("code kept", "code 보관"),
        Gist::CodeStolen => ("code stolen", "code 탈취"),
        Gist::PhotosPage => ("photos page", "사진 페이지"),
        Gist::ConsentWithdrawn => ("consent withdrawn", "동의 철회"),
        Gist::Page => ("page", "페이지"),
        Gist::Lure => ("→ lure", "→ 미끼 링크"),
        Gist::ClientId => ("client_id", "client_id 발급"),
        Gist::AccessToken => ("access_token", "access_token 발급"),
        Gist::Active => ("active: true", "active: true (유효)"),
        Gist::Inactive(Inactive::Expired) => ("inactive: expired", "비활성: 만료됨"),
        Gist::Inactive(Inactive::Revoked) => ("inactive: revoked", "비활성: 폐기됨"),
        Gist::Inactive(Inactive::Unknown) => ("inactive: unknown", "비활성: 모르는 토큰"),
        Gist::Photos => ("photos", "사진"),
        Gist::Revoked => ("revoked", "폐기됨"),
        Gist::NoToken => ("no token", "토큰 없음"),
    };
    pick(lang, en, ko).into()
}

/// What kind of thing an actor remembers. Protocol names (`code`, `access_token`)
/// stay as on the wire; the others are translated.
pub fn item_kind(lang: Lang, kind: ItemKind) -> &'static str {
    let ko = match kind {
        ItemKind::Client => "클라이언트",
        ItemKind::Session => "세션",
        ItemKind::Consent => "동의",
        ItemKind::UsedCode => "사용된 code",
        ItemKind::Cookie => "쿠키",
        ItemKind::Redirect => "리다이렉트",
        ItemKind::StolenCode => "훔친 code",
        ItemKind::Resource => "리소스",
        ItemKind::Password => "비밀번호",
        ItemKind::CachedIntrospection => "캐시된 introspection 응답",
        _ => kind.as_str(),
    };
    pick(lang, kind.as_str(), ko)
}

/// The name of a detail of a remembered item. Protocol names (`scope`,
/// `redirect_uri`, `code_challenge`) stay as on the wire; the others are translated.
pub fn detail(lang: Lang, name: &str) -> &str {
    let ko = match name {
        "name" => "이름",
        "user" => "사용자",
        "client" => "클라이언트",
        "request" => "요청",
        "family" => "토큰 계열",
        "issued" => "발급한 토큰",
        "auth" => "인증 방식",
        _ => name,
    };
    match lang {
        Lang::En => name,
        Lang::Ko => ko,
    }
}

/// Why something was deleted or changed.
pub fn reason(lang: Lang, reason: Reason) -> &'static str {
    let ko = match reason {
        Reason::Exchanged => "교환됨",
        Reason::Replaced => "새 값으로 바뀜",
        Reason::Checked => "확인 후 사용됨",
        Reason::Rotated => "새 refresh token으로 교체됨",
        Reason::Revoked => "폐기됨",
        Reason::ReplayDetected => "재사용 감지",
        Reason::Progressed => "흐름이 진행됨",
        Reason::Rejected => "거부됨",
        Reason::Expired => "만료됨",
    };
    pick(lang, reason.as_str(), ko)
}

/// A status other than live, or nothing.
pub fn status(lang: Lang, status: Status) -> Option<&'static str> {
    match status {
        Status::Live => None,
        Status::Retired => Some(pick(lang, "retired", "교체되어 보관 중")),
        Status::Revoked => Some(pick(lang, "revoked", "폐기됨")),
    }
}

/// Why a step could not run, as the reports say it: in English the problem's own
/// line, which also says where the missing value comes from; in Korean the TUI's
/// words.
pub fn stopped_reason(lang: Lang, problem: &Problem) -> String {
    match lang {
        Lang::En => problem.to_string(),
        Lang::Ko => self::problem(lang, problem),
    }
}

/// Why a step could not run, in words.
pub fn problem(lang: Lang, problem: &Problem) -> String {
    let path = problem.path();
    match (problem, lang) {
        (Problem::Unset { step, missing }, Lang::En) => format!(
            "{path}: {} has no value yet at step {step}; the run stops here",
            missing.name
        ),
        (Problem::Unset { step, missing }, Lang::Ko) => format!(
            "{path}: {}: {step}단계에서는 아직 값이 없어 실행이 여기서 멈춥니다",
            missing.name
        ),
    }
}

/// Why the client did not take a step, as every view says it: `the client has no
/// code: the authorization was denied at step 4` (after `skipped:` or its own mark).
pub fn skip_reason(lang: Lang, skip: &Skip) -> String {
    let lacks = match skip.lacks {
        Lacks::Code => pick(
            lang,
            "the client has no code",
            "클라이언트에 code가 없습니다",
        ),
        Lacks::AccessToken => pick(
            lang,
            "the client has no access token",
            "클라이언트에 access_token이 없습니다",
        ),
        Lacks::RefreshToken => pick(
            lang,
            "the client has no refresh token",
            "클라이언트에 refresh_token이 없습니다",
        ),
    };
    let step = skip.stop.step;
    let error = skip
        .stop
        .error
        .map(|e| format!(" ({})", e.as_str()))
        .unwrap_or_default();
    let cause = match (skip.stop.cause, lang) {
        (Cause::Denied, Lang::En) => format!("the authorization was denied at step {step}"),
        (Cause::Denied, Lang::Ko) => format!("{step}단계에서 인가가 거부되었습니다"),
        (Cause::ErrorRedirect, Lang::En) => {
            format!("the authorization server returned an error at step {step}{error}")
        }
        (Cause::ErrorRedirect, Lang::Ko) => {
            format!("{step}단계에서 인가 서버가 오류를 돌려주었습니다{error}")
        }
        (Cause::StateMismatch, Lang::En) => {
            format!("the callback's state did not match at step {step}")
        }
        (Cause::StateMismatch, Lang::Ko) => {
            format!("{step}단계에서 콜백의 state가 일치하지 않았습니다")
        }
        (Cause::TokenRefused, Lang::En) => {
            format!("the token request was refused at step {step}{error}")
        }
        (Cause::TokenRefused, Lang::Ko) => {
            format!("{step}단계에서 토큰 요청이 거부되었습니다{error}")
        }
        (Cause::RefreshRefused, Lang::En) => {
            format!("the refresh was refused at step {step}{error}")
        }
        (Cause::RefreshRefused, Lang::Ko) => {
            format!("{step}단계에서 리프레시가 거부되었습니다{error}")
        }
    };
    format!("{lacks}: {cause}")
}

/// The mark of a skipped step, before its reason.
pub fn skipped(lang: Lang) -> &'static str {
    pick(lang, "skipped", "건너뜀")
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
                "클라이언트에 code가 없습니다: 6단계에서 인가가 거부되었습니다",
            ),
            (
                skip(
                    Lacks::Code,
                    Cause::ErrorRedirect,
                    Some(ErrorCode::InvalidScope),
                ),
                "the client has no code: the authorization server returned an error at step 6 \
                 (invalid_scope)",
                "클라이언트에 code가 없습니다: 6단계에서 인가 서버가 오류를 돌려주었습니다 \
                 (invalid_scope)",
            ),
            (
                skip(Lacks::Code, Cause::StateMismatch, None),
                "the client has no code: the callback's state did not match at step 6",
                "클라이언트에 code가 없습니다: 6단계에서 콜백의 state가 일치하지 않았습니다",
            ),
            (
                skip(Lacks::AccessToken, Cause::TokenRefused, refused),
                "the client has no access token: the token request was refused at step 6 \
                 (invalid_grant)",
                "클라이언트에 access_token이 없습니다: 6단계에서 토큰 요청이 거부되었습니다 \
                 (invalid_grant)",
            ),
            (
                skip(Lacks::RefreshToken, Cause::RefreshRefused, None),
                "the client has no refresh token: the refresh was refused at step 6",
                "클라이언트에 refresh_token이 없습니다: 6단계에서 리프레시가 거부되었습니다",
            ),
        ];
        for (skip, en, ko) in cases {
            assert_eq!(skip_reason(Lang::En, &skip), en);
            assert_eq!(skip_reason(Lang::Ko, &skip), ko);
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
        assert_eq!(label(Lang::En, &request), "POST /token");
        assert_eq!(label(Lang::Ko, &request), "POST /token");
    }

    #[test]
    fn an_answer_without_a_gist_is_labelled_with_its_error_code() {
        let refused = message(Payload::Response(
            Response::new(401).error(ErrorCode::InvalidToken),
        ));
        assert_eq!(label(Lang::En, &refused), "401 invalid_token");
        assert_eq!(label(Lang::Ko, &refused), "401 invalid_token");
        assert_eq!(
            label(Lang::Ko, &message(Payload::Response(Response::new(200)))),
            "200"
        );
    }

    #[test]
    fn a_gist_is_translated_and_its_wire_text_is_not() {
        let answer = |gist: Gist| message(Payload::Response(Response::new(200).gist(gist)));
        assert_eq!(
            label(Lang::En, &answer(Gist::ConsentPage)),
            "200 consent page"
        );
        assert_eq!(
            label(Lang::Ko, &answer(Gist::ConsentPage)),
            "200 동의 페이지"
        );
        let expired = answer(Gist::Inactive(Inactive::Expired));
        assert_eq!(label(Lang::En, &expired), "200 inactive: expired");
        assert_eq!(label(Lang::Ko, &expired), "200 비활성: 만료됨");
        let redirect = Gist::Redirect("/callback?code=…".into());
        assert_eq!(gist(Lang::Ko, &redirect), "→ /callback?code=…");
        let error = Gist::CallbackError("access_denied".into());
        assert_eq!(gist(Lang::Ko, &error), gist(Lang::En, &error));
    }
}
