//! Every word of the TUI's chrome, in English and Korean, in one place so that a
//! translator finds them all and neither language can miss one (`t` is an exhaustive
//! match). Protocol names stay as on the wire in both languages (lesson-and-glossary.md);
//! explanations come from `crate::explain`.

use crate::explain::Lang;
pub use crate::explain::words::{detail, item_kind, problem, reason, status};
use crate::sim::Actor;

/// A piece of chrome text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Step,
    Flow,
    TabMessage,
    TabExplain,
    TabState,
    TabExpect,
    Seconds,
    ClockAtLimit,
    NoSteps,
    NoMessage,
    Next,
    Note,
    Nothing,
    Deleted,
    Changed,
    ExpiresIn,
    Expired,
    Legend,
    Expected,
    Actual,
    NoExpectations,
    Met,
    Choice,
    Allow,
    Deny,
    Scripted,
    WhatIf,
    ScriptedNote,
    AboutScenario,
    ChoiceKeys,
    Autoplay,
    HintMessage,
    HintPanel,
    HintStop,
    HintSpeed,
    HintOtherLanguage,
    HintOpen,
    HintHelp,
    HintQuit,
    HintChoose,
    HintClose,
    Help,
    Picker,
    CurlCopied,
    CurlNotRequest,
    CurlSelectRequest,
    Builtin,
    Files,
    TooSmall,
    HintChapter,
    HintZoom,
    HintChapterPause,
    ChapterPause,
    AnyKeyCloses,
    HintFilter,
    Filter,
    NoMatch,
    GroupLesson,
    GroupRegistration,
    GroupRedirectUri,
    GroupPkce,
    GroupCode,
    GroupTokens,
    GroupAttacks,
    ExpectedRefusal,
    UnexpectedFailure,
    SelectHint,
    Expiry,
    Value,
    Status,
    Predict,
    HintPredict,
    HintPredictOff,
    HintAnswer,
    HintSkip,
    HintContinue,
    Question,
    AnswerKeys,
    ContinueKeys,
    HintGlossary,
    Glossary,
    Search,
    NoTerm,
    Editor,
    Sender,
    AddParam,
    AddHeader,
    Defenses,
    Refused,
    Was,
    WhatIfPrefix,
    StepNumber,
    ChangeMade,
    ChangeRemoved,
    Written,
    NotWritten,
    AgainstOriginal,
    NowSkipped,
    NewInBranch,
    HintUndo,
    HintWrite,
    HintType,
    HintRemove,
    HintRun,
    HintSwitch,
    HintFlip,
    HintLonger,
}

/// The text of `key` in `lang`.
#[allow(clippy::too_many_lines)] // one arm per string: a table, not logic
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (en, ko) = match key {
        Key::Step => ("step", "단계"),
        Key::Flow => ("Flow", "흐름"),
        Key::TabMessage => ("Message", "메시지"),
        Key::TabExplain => ("Explain", "설명"),
        Key::TabState => ("State", "상태"),
        Key::TabExpect => ("Expect", "기대 결과"),
        Key::Seconds => (" s", "초"),
        Key::ClockAtLimit => ("clock at its limit", "시계 한계 도달"),
        Key::NoSteps => (
            "This scenario has no steps.",
            "이 시나리오에는 단계가 없습니다.",
        ),
        Key::NoMessage => (
            "Nothing travels on the wire at this step.",
            "이 단계에서는 메시지가 오가지 않습니다.",
        ),
        Key::Next => ("Next: ", "다음: "),
        Key::Note => ("Note: ", "메모: "),
        Key::Nothing => ("(nothing remembered)", "(기억하는 것 없음)"),
        Key::Deleted => ("deleted: ", "삭제됨: "),
        Key::Changed => ("changed: ", "변경됨: "),
        Key::ExpiresIn => ("expires in ", "만료까지 "),
        Key::Expired => ("expired", "만료됨"),
        Key::Legend => (
            "+ added  ~ changed  − deleted at this step",
            "+ 추가  ~ 변경  − 삭제 (이 단계에서)",
        ),
        Key::Expected => ("expected ", "기대 "),
        Key::Actual => ("actual ", "실제 "),
        Key::NoExpectations => (
            "This scenario checks no expectations.",
            "이 시나리오에는 확인할 기대 결과가 없습니다.",
        ),
        Key::Met => ("expectations met", "기대 결과 충족"),
        Key::Choice => ("Alice decides:", "Alice의 선택:"),
        Key::Allow => ("Allow", "허용"),
        Key::Deny => ("Deny", "거부"),
        Key::Scripted => ("(as scripted)", "(시나리오대로)"),
        Key::WhatIf => ("(what if)", "(가정)"),
        Key::ScriptedNote => ("Note (scripted run): ", "메모 (원래 시나리오): "),
        Key::AboutScenario => ("This scenario: ", "이 시나리오: "),
        Key::ChoiceKeys => ("y allow · d deny", "y 허용 · d 거부"),
        Key::Autoplay => ("autoplay", "자동 재생"),
        Key::HintMessage => ("message", "메시지"),
        Key::HintPanel => ("panel", "패널"),
        Key::HintStop => ("stop", "정지"),
        Key::HintSpeed => ("speed", "속도"),
        Key::HintOtherLanguage => ("한국어", "English"),
        Key::HintOpen => ("open", "열기"),
        Key::HintHelp => ("help", "도움말"),
        Key::HintQuit => ("quit", "종료"),
        Key::HintChoose => ("choose", "선택"),
        Key::HintClose => ("close", "닫기"),
        Key::Help => ("Keys", "키"),
        Key::Picker => ("Open a scenario", "시나리오 열기"),
        Key::CurlCopied => ("curl · copied to the clipboard", "curl · 클립보드에 복사됨"),
        Key::CurlNotRequest => ("curl", "curl"),
        Key::CurlSelectRequest => (
            "This message is a response. Select a request (↑/↓) to see it as curl.",
            "이 메시지는 응답입니다. 요청을 골라야(↑/↓) curl로 볼 수 있습니다.",
        ),
        Key::Builtin => ("Built-in", "내장 시나리오"),
        Key::Files => ("Files in ", "파일: "),
        Key::TooSmall => (
            "Enlarge the terminal (at least 60×16)",
            "터미널을 키워 주세요 (최소 60×16)",
        ),
        Key::HintChapter => ("chapter", "단원"),
        Key::HintZoom => ("zoom", "확대"),
        Key::HintChapterPause => ("stop at chapters", "단원마다 멈춤"),
        Key::ChapterPause => ("⏸ at chapter end", "⏸ 단원 끝"),
        Key::AnyKeyCloses => ("any key closes this window", "아무 키나 누르면 닫힙니다"),
        Key::HintFilter => ("type to filter", "입력해 거르기"),
        Key::Filter => ("Filter: ", "거르기: "),
        Key::NoMatch => ("No scenario matches.", "맞는 시나리오가 없습니다."),
        Key::GroupLesson => ("Lesson", "수업"),
        Key::GroupRegistration => ("Registration", "등록"),
        Key::GroupRedirectUri => ("Redirect URI", "리디렉션 URI"),
        Key::GroupPkce => ("PKCE", "PKCE"),
        Key::GroupCode => ("Authorization code", "인가 코드"),
        Key::GroupTokens => ("Tokens", "토큰"),
        Key::GroupAttacks => ("Attacks (lab)", "공격 (실습)"),
        Key::ExpectedRefusal => (
            "⊘ a refusal this scenario expects",
            "⊘ 이 시나리오가 기대한 거부",
        ),
        Key::UnexpectedFailure => (
            "✗ a failure this scenario did not expect",
            "✗ 이 시나리오가 기대하지 않은 실패",
        ),
        Key::SelectHint => (
            "↑/↓ select · Enter every detail",
            "↑/↓ 선택 · Enter 모든 세부 정보",
        ),
        Key::Expiry => ("expires", "만료 시각"),
        Key::Value => ("value", "값"),
        Key::Status => ("status", "상태"),
        Key::Predict => ("Predict", "예측"),
        Key::HintPredict => ("predict", "예측"),
        Key::HintPredictOff => ("predict off", "예측 끄기"),
        Key::HintAnswer => ("answer", "답하기"),
        Key::HintSkip => ("skip", "건너뛰기"),
        Key::HintContinue => ("continue", "계속"),
        Key::Question => ("question", "문제"),
        Key::AnswerKeys => ("1–4 answer · Esc skip", "1–4 답하기 · Esc 건너뛰기"),
        Key::ContinueKeys => ("Enter continue", "Enter 계속"),
        Key::HintGlossary => ("glossary", "용어집"),
        Key::Glossary => ("Glossary", "용어집"),
        Key::Search => ("Search: ", "찾기: "),
        Key::NoTerm => ("No term matches.", "맞는 용어가 없습니다."),
        Key::Editor => ("What if: edit the request", "가정: 요청 고치기"),
        Key::Sender => ("sent by", "보내는 쪽"),
        Key::AddParam => ("+ parameter: name=value", "+ 파라미터: 이름=값"),
        Key::AddHeader => ("+ header: Name: value", "+ 헤더: 이름: 값"),
        Key::Defenses => ("What if: defenses", "가정: 방어 설정"),
        Key::Refused => ("refused: ", "거부됨: "),
        Key::Was => ("was: ", "원래: "),
        Key::WhatIfPrefix => ("what if: ", "가정: "),
        Key::StepNumber => ("step {n}", "{n}단계"),
        Key::ChangeMade => ("changed", "변경"),
        Key::ChangeRemoved => ("removed", "삭제"),
        Key::Written => ("saved as a test: ", "테스트로 저장함: "),
        Key::NotWritten => ("not saved: ", "저장하지 못함: "),
        Key::AgainstOriginal => ("Against the original run:", "원래 실행과 달라진 점:"),
        Key::NowSkipped => ("skipped", "건너뜀"),
        Key::NewInBranch => ("new in this what if", "이 가정에서 새로 얻음"),
        Key::HintUndo => ("undo", "되돌리기"),
        Key::HintWrite => ("save as test", "테스트로 저장"),
        Key::HintType => ("type", "입력"),
        Key::HintRemove => ("remove", "삭제"),
        Key::HintRun => ("run from here", "여기부터 실행"),
        Key::HintSwitch => ("method, sender", "메서드, 보내는 쪽"),
        Key::HintFlip => ("flip", "바꾸기"),
        Key::HintLonger => ("longer, shorter", "길게, 짧게"),
    };
    pick(lang, en, ko)
}

fn pick(lang: Lang, en: &'static str, ko: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

/// An actor's display name.
pub fn actor(lang: Lang, actor: Actor) -> &'static str {
    match actor {
        Actor::Client => pick(lang, "Client", "클라이언트"),
        Actor::ResourceOwner => pick(lang, "Resource Owner", "리소스 오너 (사용자)"),
        Actor::AuthorizationServer => pick(lang, "Authorization Server", "인가 서버"),
        Actor::ResourceServer => pick(lang, "Resource Server", "리소스 서버"),
        Actor::Attacker => pick(lang, "Attacker", "공격자"),
    }
}

/// An actor's name over a diagram lane: two short lines, so four lanes fit in 80
/// columns. The resource owner's lane is also the browser's, which the flow uses.
pub fn lane(lang: Lang, actor: Actor) -> [&'static str; 2] {
    match (actor, lang) {
        (Actor::Client, Lang::En) => ["Client", ""],
        (Actor::Client, Lang::Ko) => ["클라이언트", ""],
        (Actor::ResourceOwner, Lang::En) => ["Resource Owner", "· browser"],
        (Actor::ResourceOwner, Lang::Ko) => ["리소스 오너", "· 브라우저"],
        (Actor::AuthorizationServer, Lang::En) => ["Authorization", "Server"],
        (Actor::AuthorizationServer, Lang::Ko) => ["인가 서버", ""],
        (Actor::ResourceServer, Lang::En) => ["Resource", "Server"],
        (Actor::ResourceServer, Lang::Ko) => ["리소스 서버", ""],
        (Actor::Attacker, Lang::En) => ["Attacker", ""],
        (Actor::Attacker, Lang::Ko) => ["공격자", ""],
    }
}

/// The keys of the help overlay: (keys, what they do), in both languages. Each row
/// fits in 56 cells, so the table and its frame fit a 60-column terminal.
pub fn help(lang: Lang) -> &'static [(&'static str, &'static str)] {
    const EN: &[(&str, &str)] = &[
        ("→ l Space / ← h", "next / previous step"),
        ("Home g / End G", "first / last step"),
        ("[ / ]", "previous / next chapter"),
        ("↓ j / ↑ k", "next / previous message (State: row)"),
        ("Enter", "State: every detail of the row"),
        ("Tab Shift-Tab 1–4", "panel: Message Explain State Expect"),
        ("PgDn / PgUp", "scroll the panel"),
        ("mouse wheel", "scroll what is under the pointer"),
        ("z", "presenter view: the panel full screen"),
        ("a / + -", "autoplay on/off / faster, slower"),
        ("s", "autoplay stops at each chapter's end"),
        ("y / d", "consent step: replay as Allow / Deny"),
        ("e / x", "what if: edit the request / defenses"),
        ("u / w", "undo / save the what if as a test"),
        ("r / c", "restart / the request as curl, copied"),
        ("o", "open a scenario: type to filter"),
        ("p / t", "predict mode: 1–4 answer / glossary"),
        ("L", "한국어로 보기"),
        ("? / Ctrl-Z", "this help / suspend (fg resumes)"),
        ("Esc / q Ctrl-C", "close a window or zoom / quit"),
        ("⊘ / ✗", "expected refusal / unexpected failure"),
    ];
    const KO: &[(&str, &str)] = &[
        ("→ l Space / ← h", "다음 / 이전 단계"),
        ("Home g / End G", "첫 단계 / 마지막 단계"),
        ("[ / ]", "이전 / 다음 단원"),
        ("↓ j / ↑ k", "다음 / 이전 메시지 (상태: 항목)"),
        ("Enter", "상태: 항목의 모든 세부 정보"),
        ("Tab Shift-Tab 1–4", "패널: 메시지 설명 상태 기대 결과"),
        ("PgDn / PgUp", "패널 스크롤"),
        ("마우스 휠", "포인터 아래 영역 스크롤"),
        ("z", "발표 화면: 패널을 전체 화면으로"),
        ("a / + -", "자동 재생 켜기/끄기 / 빠르게, 느리게"),
        ("s", "자동 재생이 단원마다 멈춤"),
        ("y / d", "동의 단계: 허용 / 거부로 다시 실행"),
        ("e / x", "가정: 요청 고치기 / 방어 설정"),
        ("u / w", "되돌리기 / 가정을 테스트로 저장"),
        ("r / c", "다시 시작 / 요청을 curl로 복사"),
        ("o", "시나리오 열기: 입력해 거르기"),
        ("p / t", "예측 모드: 1–4로 답하기 / 용어집"),
        ("L", "view in English"),
        ("? / Ctrl-Z", "이 도움말 / 일시 중지 (fg로 재개)"),
        ("Esc / q Ctrl-C", "창 닫기, 확대 해제 / 종료"),
        ("⊘ / ✗", "기대한 거부 / 기대하지 않은 실패"),
    ];
    pick_table(lang, EN, KO)
}

fn pick_table<T>(lang: Lang, en: &'static [T], ko: &'static [T]) -> &'static [T] {
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_help_rows() {
        assert_eq!(help(Lang::En).len(), help(Lang::Ko).len());
        for ((en_keys, _), (ko_keys, _)) in help(Lang::En).iter().zip(help(Lang::Ko)) {
            if !en_keys.contains("mouse") {
                assert_eq!(en_keys, ko_keys);
            }
        }
    }

    use crate::tui::width;

    #[test]
    fn the_help_fits_the_smallest_screen() {
        for lang in [Lang::En, Lang::Ko] {
            let keys = help(lang).iter().map(|(k, _)| width::of(k)).max();
            for (_, what) in help(lang) {
                let row = keys.unwrap_or(0) + 2 + width::of(what);
                assert!(row <= 56, "{what}: {row} cells");
            }
        }
    }

    #[test]
    fn korean_uses_the_glossary() {
        assert_eq!(actor(Lang::Ko, Actor::AuthorizationServer), "인가 서버");
        assert_eq!(t(Lang::Ko, Key::Expired), "만료됨");
        assert_eq!(t(Lang::Ko, Key::ExpiresIn), "만료까지 ");
    }
}
