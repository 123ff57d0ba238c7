//! Predict mode's questions, choices and explanations: the `predict-*` messages of
//! `locales/<lang>/predict.ftl`. The model (`super`) holds only typed facts; every
//! sentence is a message, so a translator finds them all in one file. Protocol
//! names, status codes, error codes and the wire's method and path stay as on the
//! wire in every language (lesson-and-glossary.md). A party is named inside a
//! sentence in lower case (`$party`); Korean picks its particles with `JOSA`
//! (`crate::text`).

use crate::explain::{self, Lang, party, words::item_kind, words::reason, words::status};
use crate::sim::{Actor, ItemKind};
use crate::text::{self, Arg};

use super::{Choice, Endpoint, Fact, Prompt, Question, Score};

/// The question, as asked.
pub fn prompt(lang: Lang, prompt: &Prompt) -> String {
    match prompt {
        Prompt::Answer(endpoint) => {
            let endpoint = Arg::from(endpoint_name(lang, *endpoint));
            text::format(lang, "predict-answer", &[("endpoint", endpoint)])
        }
        Prompt::Holders(kind) => {
            let id = match kind {
                ItemKind::AccessToken => "predict-holders-access-token",
                ItemKind::RefreshToken => "predict-holders-refresh-token",
                _ => "predict-holders-code",
            };
            text::message(lang, id).to_owned()
        }
        Prompt::ClientDeleted => text::message(lang, "predict-client-deleted").to_owned(),
        Prompt::Scenario(words) => words.get(lang).to_owned(),
    }
}

/// Where a request goes: the wire's method and path where there is one, else the
/// message `predict-endpoint-*`.
fn endpoint_name(lang: Lang, endpoint: Endpoint) -> &'static str {
    match endpoint {
        Endpoint::Register => "POST /register",
        Endpoint::Authorize => "GET /authorize",
        Endpoint::Login => "POST /login",
        Endpoint::Consent => "POST /consent",
        Endpoint::Token => "POST /token",
        Endpoint::Refresh => "POST /token (refresh_token)",
        Endpoint::Revoke => "POST /revoke",
        Endpoint::Introspect => "POST /introspect",
        Endpoint::Callback => text::message(lang, "predict-endpoint-callback"),
        Endpoint::Api => text::message(lang, "predict-endpoint-api"),
        Endpoint::Photos => text::message(lang, "predict-endpoint-photos"),
        Endpoint::Account => text::message(lang, "predict-endpoint-account"),
        Endpoint::DeviceAuthorization => "POST /device_authorization",
        Endpoint::Verification => "GET /device",
        Endpoint::Poll => "POST /token (device_code)",
    }
}

/// One choice, as listed under its number.
pub fn choice(lang: Lang, prompt: &Prompt, choice: &Choice) -> String {
    match choice {
        Choice::Answer { status, error } => answer(lang, prompt, *status, *error),
        Choice::Holders(actors) if actors.is_empty() => {
            text::message(lang, "predict-nobody").into()
        }
        Choice::Holders(actors) => parties(lang, actors),
        Choice::Deleted(kinds) if kinds.is_empty() => text::message(lang, "predict-nothing").into(),
        Choice::Deleted(kinds) => {
            let names: Vec<String> = kinds
                .iter()
                .map(|k| item_kind(lang, *k).to_owned())
                .collect();
            join(lang, "predict-deleted", names)
        }
        Choice::Text(words) => words.get(lang).to_owned(),
    }
}

/// A status with its error: `400 invalid_grant`, `302 error=access_denied` (the
/// error rides the redirect), `302 with a code` where a redirect without an error
/// carries one.
fn answer(
    lang: Lang,
    prompt: &Prompt,
    status: u16,
    error: Option<crate::sim::ErrorCode>,
) -> String {
    let carries_code = matches!(
        prompt,
        Prompt::Answer(Endpoint::Authorize | Endpoint::Consent)
    );
    match (status, error) {
        (302, Some(code)) => {
            let code = Arg::from(code.as_str());
            text::format(lang, "predict-redirect-error", &[("code", code)])
        }
        (_, Some(code)) => format!("{status} {code}"),
        (302, None) if carries_code => text::message(lang, "predict-redirect-code").into(),
        (302, None) => text::message(lang, "predict-redirect").into(),
        (200, None) => "200 OK".into(),
        (201, None) => "201 Created".into(),
        (400.., None) => {
            let status = Arg::from(status.to_string());
            text::format(lang, "predict-no-error-code", &[("status", status)])
        }
        (_, None) => status.to_string(),
    }
}

/// Parties named and joined: `the client and the authorization server`,
/// `클라이언트와 인가 서버`.
fn parties(lang: Lang, actors: &[Actor]) -> String {
    let names: Vec<String> = actors
        .iter()
        .map(|&a| text::format(lang, "predict-party", &[("party", name(lang, a))]))
        .collect();
    join(lang, "predict-parties", names)
}

/// A party's name inside a sentence: in lower case (`the client`).
fn name(lang: Lang, actor: Actor) -> Arg<'static> {
    Arg::from(party(lang, actor).to_lowercase())
}

/// `a, b and c`: commas, then the message `id` joins the list so far (`$before`)
/// and the final name (`$last`).
fn join(lang: Lang, id: &str, mut names: Vec<String>) -> String {
    let Some(last) = names.pop() else {
        return String::new();
    };
    if names.is_empty() {
        return last;
    }
    let before = Arg::from(names.join(", "));
    text::format(lang, id, &[("before", before), ("last", Arg::from(last))])
}

/// One fact that explains the right answer, as a sentence.
pub fn fact(lang: Lang, fact: &Fact) -> String {
    match fact {
        Fact::Topic(topic) => {
            let explanation = explain::explain(*topic);
            format!("{} ({})", explanation.text(lang).headline, explanation.rfc)
        }
        Fact::Holds {
            actor,
            kind: ItemKind::UsedCode,
            ..
        } => text::format(
            lang,
            "predict-fact-used-code",
            &[("party", name(lang, *actor))],
        ),
        Fact::Holds {
            actor,
            kind,
            status: standing,
        } => {
            let standing = status(lang, *standing)
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            let args = [
                ("party", name(lang, *actor)),
                ("kept", Arg::from(item_kind(lang, *kind))),
                ("standing", Arg::from(standing)),
            ];
            text::format(lang, "predict-fact-holds", &args)
        }
        Fact::Removed {
            actor,
            kind,
            reason: why,
        } => {
            let args = [
                ("party", name(lang, *actor)),
                ("gone", Arg::from(item_kind(lang, *kind))),
                ("why", Arg::from(reason(lang, *why))),
            ];
            text::format(lang, "predict-fact-removed", &args)
        }
        Fact::Text(words) => words.get(lang).to_owned(),
    }
}

/// What the student is told after choosing `chosen` (0-based): right, or which
/// number was.
pub fn verdict(lang: Lang, question: &Question, chosen: usize) -> String {
    let right = question
        .right_choice()
        .map(|c| choice(lang, &question.prompt, c))
        .unwrap_or_default();
    let right = ("right", Arg::from(right));
    if question.is_right(chosen) {
        text::format(lang, "predict-right", &[right])
    } else {
        let number = ("number", Arg::from(question.right + 1));
        text::format(lang, "predict-wrong", &[number, right])
    }
}

/// The score line: `score 3/4 · streak 2`.
pub fn score(lang: Lang, score: Score) -> String {
    let args = [
        ("right", Arg::from(score.right)),
        ("asked", Arg::from(score.asked)),
        ("streak", Arg::from(score.streak)),
    ];
    text::format(lang, "predict-score", &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{ErrorCode, Reason};

    #[test]
    fn holders_are_named_and_joined_in_each_language() {
        let both = Choice::Holders(vec![Actor::Client, Actor::AuthorizationServer]);
        let prompt = Prompt::Holders(ItemKind::Code);
        assert_eq!(
            choice(Lang::EN, &prompt, &both),
            "the client and the authorization server"
        );
        assert_eq!(choice(Lang::KO, &prompt, &both), "클라이언트와 인가 서버");
        assert_eq!(
            choice(Lang::KO, &prompt, &Choice::Holders(vec![])),
            "아무도 없음"
        );
    }

    #[test]
    fn an_error_in_a_redirect_is_said_to_ride_it() {
        let prompt = Prompt::Answer(Endpoint::Consent);
        let denied = Choice::Answer {
            status: 302,
            error: Some(ErrorCode::AccessDenied),
        };
        assert_eq!(
            choice(Lang::EN, &prompt, &denied),
            "302 redirect with error=access_denied"
        );
        let granted = Choice::Answer {
            status: 302,
            error: None,
        };
        assert_eq!(
            choice(Lang::KO, &prompt, &granted),
            "302 리다이렉트 (인가 코드 포함)"
        );
        let refused = Choice::Answer {
            status: 400,
            error: Some(ErrorCode::InvalidGrant),
        };
        assert_eq!(choice(Lang::KO, &prompt, &refused), "400 invalid_grant");
        let bare = Choice::Answer {
            status: 401,
            error: None,
        };
        assert_eq!(
            choice(Lang::EN, &prompt, &bare),
            "401 without an error code"
        );
    }

    #[test]
    fn a_deletion_names_the_party_the_thing_and_why() {
        let fact_ = Fact::Removed {
            actor: Actor::Client,
            kind: ItemKind::Code,
            reason: Reason::Exchanged,
        };
        assert_eq!(
            fact(Lang::EN, &fact_),
            "The client deleted the code (exchanged)."
        );
        assert_eq!(
            fact(Lang::KO, &fact_),
            "클라이언트가 인가 코드 항목을 지웠습니다 (교환됨)."
        );
    }

    #[test]
    fn a_wrong_choice_is_told_the_right_number() {
        let question = Question {
            prompt: Prompt::ClientDeleted,
            choices: vec![
                Choice::Deleted(vec![]),
                Choice::Deleted(vec![ItemKind::State]),
            ],
            right: 1,
            facts: Vec::new(),
        };
        assert_eq!(verdict(Lang::EN, &question, 1), "Right: state.");
        assert_eq!(
            verdict(Lang::EN, &question, 0),
            "Not this time. The answer is 2: state."
        );
        assert_eq!(
            verdict(Lang::KO, &question, 0),
            "아쉽네요. 정답은 2번, state입니다."
        );
    }
}
