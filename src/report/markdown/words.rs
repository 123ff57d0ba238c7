//! Every word the Markdown report adds to what the transcript says, in English and
//! Korean (the lesson's glossary, as the TUI and the diagram use it).

use crate::explain::Lang;

/// A fixed word or phrase of the report.
#[derive(Debug, Clone, Copy)]
pub enum Word {
    File,
    Seed,
    Start,
    Flow,
    Steps,
    Result,
    Note,
    Outcome,
    Expected,
    Actual,
    Met,
    NotMet,
    Captured,
    Why,
    Next,
    /// An expectation on a skipped step, not checked.
    NotChecked,
}

/// `word` in `lang`.
pub fn word(lang: Lang, word: Word) -> &'static str {
    let (en, ko) = match word {
        Word::File => ("file", "파일"),
        Word::Seed => ("seed", "시드"),
        Word::Start => ("start", "시작"),
        Word::Flow => ("Flow", "흐름"),
        Word::Steps => ("Steps", "단계"),
        Word::Result => ("Result", "결과"),
        Word::Note => ("Note", "메모"),
        Word::Outcome => ("Outcome", "응답"),
        Word::Expected => ("expected", "기대"),
        Word::Actual => ("actual", "실제"),
        Word::Met => ("✓ met", "✓ 충족"),
        Word::NotMet => ("✗ not met", "✗ 미충족"),
        Word::Captured => ("Captured", "저장한 값"),
        Word::Why => ("Why", "이유"),
        Word::Next => ("Next", "다음"),
        Word::NotChecked => ("– not checked (skipped)", "– 확인 안 함 (건너뜀)"),
    };
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

/// A step's heading: `Step 3 · token`.
pub fn step(lang: Lang, index: usize, action: &str) -> String {
    match lang {
        Lang::En => format!("Step {index} · {action}"),
        Lang::Ko => format!("{index}단계 · {action}"),
    }
}

/// The lesson chapter a step belongs to: `chapter 5 Access token`.
pub fn chapter(lang: Lang, number: u8, title: &str) -> String {
    match lang {
        Lang::En => format!("chapter {number} {title}"),
        Lang::Ko => format!("{number}장 {title}"),
    }
}

/// A `wait` step: how far the simulated clock moved.
pub fn waited(lang: Lang, seconds: u64) -> String {
    match lang {
        Lang::En => format!("⏱ the clock moves {seconds} s"),
        Lang::Ko => format!("⏱ 시계가 {seconds}초 흐릅니다"),
    }
}

/// A `capture` whose final response had nothing where it looked.
pub fn nothing_at(lang: Lang, source: &str) -> String {
    match lang {
        Lang::En => format!("nothing at {source} in the final response"),
        Lang::Ko => format!("마지막 응답의 {source}에 값이 없음"),
    }
}
