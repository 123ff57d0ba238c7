//! Predict mode's questions, choices and explanations in English and Korean. The
//! model (`super`) holds only typed facts; every sentence is made here, in the
//! style of `explain::words` and `tui::text`, one `match` per kind of text, so a
//! translator finds them all in one file. Protocol names, status codes and error
//! codes stay as on the wire in both languages (lesson-and-glossary.md).

use crate::explain::{self, Lang, party, words::item_kind, words::reason, words::status};
use crate::sim::{Actor, ItemKind};

use super::{Choice, Endpoint, Fact, Prompt, Question, Score};

fn pick<'a>(lang: Lang, en: &'a str, ko: &'a str) -> &'a str {
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

/// The question, as asked.
pub fn prompt(lang: Lang, prompt: &Prompt) -> String {
    match prompt {
        Prompt::Answer(endpoint) => match lang {
            Lang::En => format!("What will {} answer?", endpoint_name(lang, *endpoint)),
            Lang::Ko => format!("{}의 응답은 무엇일까요?", endpoint_name(lang, *endpoint)),
        },
        Prompt::Holders(kind) => {
            let (en, ko) = match kind {
                ItemKind::AccessToken => (
                    "Who holds this access token now?",
                    "지금 이 access token을 가진 쪽은 누구일까요?",
                ),
                ItemKind::RefreshToken => (
                    "Who holds this refresh token now?",
                    "지금 이 refresh token을 가진 쪽은 누구일까요?",
                ),
                _ => (
                    "Who holds this authorization code now?",
                    "지금 이 인가 코드(authorization code)를 가진 쪽은 누구일까요?",
                ),
            };
            pick(lang, en, ko).to_owned()
        }
        Prompt::ClientDeleted => pick(
            lang,
            "What did the client just delete?",
            "클라이언트는 방금 무엇을 지웠을까요?",
        )
        .to_owned(),
        Prompt::Scenario(words) => words.get(lang).to_owned(),
    }
}

/// Where a request goes: the wire's method and path where there is one.
fn endpoint_name(lang: Lang, endpoint: Endpoint) -> &'static str {
    match endpoint {
        Endpoint::Register => "POST /register",
        Endpoint::Authorize => "GET /authorize",
        Endpoint::Login => "POST /login",
        Endpoint::Consent => "POST /consent",
        Endpoint::Token => "POST /token",
        Endpoint::Refresh => pick(
            lang,
            "POST /token (refresh_token)",
            "POST /token (refresh_token)",
        ),
        Endpoint::Revoke => "POST /revoke",
        Endpoint::Callback => pick(
            lang,
            "the client's redirect_uri",
            "클라이언트의 redirect_uri",
        ),
        Endpoint::Api => pick(lang, "the API", "API"),
        Endpoint::Photos => pick(lang, "the client's photos page", "클라이언트 사진 페이지"),
        Endpoint::Account => pick(lang, "the account page", "인가 서버의 계정 페이지"),
    }
}

/// One choice, as listed under its number.
pub fn choice(lang: Lang, prompt: &Prompt, choice: &Choice) -> String {
    match choice {
        Choice::Answer { status, error } => answer(lang, prompt, *status, *error),
        Choice::Holders(actors) if actors.is_empty() => pick(lang, "nobody", "아무도 없음").into(),
        Choice::Holders(actors) => parties(lang, actors),
        Choice::Deleted(kinds) if kinds.is_empty() => {
            pick(lang, "nothing", "아무것도 지우지 않음").into()
        }
        Choice::Deleted(kinds) => {
            let names: Vec<&str> = kinds.iter().map(|k| item_kind(lang, *k)).collect();
            join(&names, pick(lang, " and ", ", "))
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
        (302, Some(code)) => match lang {
            Lang::En => format!("302 redirect with error={code}"),
            Lang::Ko => format!("302 리다이렉트 (error={code})"),
        },
        (_, Some(code)) => format!("{status} {code}"),
        (302, None) if carries_code => pick(
            lang,
            "302 redirect with a code",
            "302 리다이렉트 (인가 코드 포함)",
        )
        .into(),
        (302, None) => pick(lang, "302 redirect", "302 리다이렉트").into(),
        (200, None) => "200 OK".into(),
        (201, None) => "201 Created".into(),
        (400.., None) => match lang {
            Lang::En => format!("{status} without an error code"),
            Lang::Ko => format!("{status} (오류 코드 없음)"),
        },
        (_, None) => status.to_string(),
    }
}

/// Parties named and joined: `the client and the authorization server`,
/// `클라이언트와 인가 서버`.
fn parties(lang: Lang, actors: &[Actor]) -> String {
    let names: Vec<String> = actors
        .iter()
        .map(|&a| match lang {
            Lang::En => format!("the {}", party(lang, a).to_lowercase()),
            Lang::Ko => party(lang, a).to_owned(),
        })
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    match lang {
        Lang::En => join(&names, " and "),
        Lang::Ko => {
            let last = names.len().saturating_sub(2);
            let and = names.get(last).map_or("와 ", |n| josa(n, "과 ", "와 "));
            join(&names, and)
        }
    }
}

/// `a, b and c`: commas, then `last` before the final name.
fn join(names: &[&str], last: &str) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., final_name] => format!("{}{last}{final_name}", rest.join(", ")),
    }
}

/// The Korean particle for `word`: `after_consonant` when its last syllable ends
/// in a consonant (받침: 과, 이, 을), else `after_vowel` (와, 가, 를).
fn josa<'a>(word: &str, after_consonant: &'a str, after_vowel: &'a str) -> &'a str {
    let last = word.chars().last().map_or(0, u32::from);
    let hangul = 0xAC00..=0xD7A3;
    if hangul.contains(&last) && !(last - 0xAC00).is_multiple_of(28) {
        after_consonant
    } else {
        after_vowel
    }
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
        } => {
            let name = party(lang, *actor);
            match lang {
                Lang::En => format!(
                    "The {} keeps a record of the used code: a second use is refused and \
                     what the code gave is revoked (RFC 6749 §4.1.2, §10.5).",
                    name.to_lowercase()
                ),
                Lang::Ko => format!(
                    "{name}{} 사용된 인가 코드의 기록을 남겨 둡니다. 두 번째 사용은 거부되고, \
                     그 코드로 발급한 토큰은 폐기됩니다 (RFC 6749 §4.1.2, §10.5).",
                    josa(name, "은", "는")
                ),
            }
        }
        Fact::Holds {
            actor,
            kind,
            status: standing,
        } => {
            let name = party(lang, *actor);
            let kept = item_kind(lang, *kind);
            let standing = status(lang, *standing)
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            match lang {
                Lang::En => format!("The {} keeps the {kept}{standing}.", name.to_lowercase()),
                Lang::Ko => format!(
                    "{name}{} {kept} 항목을 가지고 있습니다{standing}.",
                    josa(name, "이", "가")
                ),
            }
        }
        Fact::Removed {
            actor,
            kind,
            reason: why,
        } => {
            let name = party(lang, *actor);
            let gone = item_kind(lang, *kind);
            let why = reason(lang, *why);
            match lang {
                Lang::En => format!("The {} deleted the {gone} ({why}).", name.to_lowercase()),
                Lang::Ko => format!(
                    "{name}{} {gone} 항목을 지웠습니다 ({why}).",
                    josa(name, "이", "가")
                ),
            }
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
    let number = question.right + 1;
    match (lang, question.is_right(chosen)) {
        (Lang::En, true) => format!("Right: {right}."),
        (Lang::Ko, true) => format!("정답입니다. {right}"),
        (Lang::En, false) => format!("Not this time. The answer is {number}: {right}."),
        (Lang::Ko, false) => format!("아쉽네요. 정답은 {number}번, {right}입니다."),
    }
}

/// The score line: `score 3/4 · streak 2`.
pub fn score(lang: Lang, score: Score) -> String {
    match lang {
        Lang::En => format!(
            "score {}/{} · streak {}",
            score.right, score.asked, score.streak
        ),
        Lang::Ko => format!(
            "점수 {}/{} · 연속 정답 {}",
            score.right, score.asked, score.streak
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{ErrorCode, Reason};

    #[test]
    fn korean_particles_follow_the_last_syllable() {
        assert_eq!(josa("인가 서버", "이", "가"), "가");
        assert_eq!(josa("공격자", "과", "와"), "와");
        assert_eq!(josa("인증", "과", "와"), "과");
        assert_eq!(josa("code", "을", "를"), "를");
    }

    #[test]
    fn holders_are_named_and_joined_in_each_language() {
        let both = Choice::Holders(vec![Actor::Client, Actor::AuthorizationServer]);
        let prompt = Prompt::Holders(ItemKind::Code);
        assert_eq!(
            choice(Lang::En, &prompt, &both),
            "the client and the authorization server"
        );
        assert_eq!(choice(Lang::Ko, &prompt, &both), "클라이언트와 인가 서버");
        assert_eq!(
            choice(Lang::Ko, &prompt, &Choice::Holders(vec![])),
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
            choice(Lang::En, &prompt, &denied),
            "302 redirect with error=access_denied"
        );
        let granted = Choice::Answer {
            status: 302,
            error: None,
        };
        assert_eq!(
            choice(Lang::Ko, &prompt, &granted),
            "302 리다이렉트 (인가 코드 포함)"
        );
        let refused = Choice::Answer {
            status: 400,
            error: Some(ErrorCode::InvalidGrant),
        };
        assert_eq!(choice(Lang::Ko, &prompt, &refused), "400 invalid_grant");
        let bare = Choice::Answer {
            status: 401,
            error: None,
        };
        assert_eq!(
            choice(Lang::En, &prompt, &bare),
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
            fact(Lang::En, &fact_),
            "The client deleted the code (exchanged)."
        );
        assert_eq!(
            fact(Lang::Ko, &fact_),
            "클라이언트가 code 항목을 지웠습니다 (교환됨)."
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
        assert_eq!(verdict(Lang::En, &question, 1), "Right: state.");
        assert_eq!(
            verdict(Lang::En, &question, 0),
            "Not this time. The answer is 2: state."
        );
        assert_eq!(
            verdict(Lang::Ko, &question, 0),
            "아쉽네요. 정답은 2번, state입니다."
        );
    }
}
