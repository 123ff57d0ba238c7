//! Every word the text report adds to what the transcript says, in English and
//! Korean. The Korean follows the lesson's glossary, as the Markdown report and the
//! TUI do; the scenario's own words (`do` actions, `expect` field paths), wire text
//! and values stay as they are in both languages.

use crate::explain::Lang;
use crate::report::model::Tally;
use crate::sim::Mismatch;

/// `file … · seed … · start …`.
pub fn head(lang: Lang, file: &str, seed: u64, start: &str) -> String {
    match lang {
        Lang::En => format!("file {file} · seed {seed} · start {start}"),
        Lang::Ko => format!("파일 {file} · 시드 {seed} · 시작 {start}"),
    }
}

/// A step's rule: `── Step 3/11 · token · 09:00:10 · 5 Access token ──`.
pub fn step(lang: Lang, index: usize, total: usize, rest: &str) -> String {
    match lang {
        Lang::En => format!("── Step {index}/{total} · {rest} ──"),
        Lang::Ko => format!("── {index}/{total}단계 · {rest} ──"),
    }
}

/// A fixed word or phrase of the report.
#[derive(Debug, Clone, Copy)]
pub enum Word {
    Note,
    Why,
    Outcome,
    Expect,
    Met,
    NotMet,
    Capture,
    ClockAtLimit,
    /// An expectation on a skipped step, not checked.
    NotChecked,
}

/// `word` in `lang`.
pub fn word(lang: Lang, word: Word) -> &'static str {
    let (en, ko) = match word {
        Word::Note => ("note", "메모"),
        Word::Why => ("why", "이유"),
        Word::Outcome => ("=", "= 응답"),
        Word::Expect => ("expect", "기대"),
        Word::Met => ("✓ met", "✓ 충족"),
        Word::NotMet => ("✗ NOT MET", "✗ 미충족"),
        Word::Capture => ("capture", "저장"),
        Word::ClockAtLimit => ("clock at its limit", "시계 한계 도달"),
        Word::NotChecked => ("– not checked (skipped)", "– 확인 안 함 (건너뜀)"),
    };
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

/// A `wait` step: how far the simulated clock moved.
pub fn waited(lang: Lang, seconds: u64) -> String {
    match lang {
        Lang::En => format!("⏱ the clock moves {seconds} s"),
        Lang::Ko => format!("⏱ 시계가 {seconds}초 흐릅니다"),
    }
}

/// The clock could not move further than `at`.
pub fn stuck(lang: Lang, at: &str) -> String {
    match lang {
        Lang::En => format!("⏱ the clock is at its limit, {at}: it cannot move further"),
        Lang::Ko => format!("⏱ 시계가 한계({at})에 도달해 더 이상 움직일 수 없습니다"),
    }
}

/// A `capture` whose final response had nothing where it looked.
pub fn nothing_at(lang: Lang, name: &str, source: &str) -> String {
    match lang {
        Lang::En => format!("capture ${name}: nothing at {source} in the final response"),
        Lang::Ko => format!("저장 ${name}: 마지막 응답의 {source}에 값이 없음"),
    }
}

/// One expectation not met, under the step: `status: expected 400, got 200`.
pub fn mismatch(lang: Lang, m: &Mismatch) -> String {
    match lang {
        Lang::En => format!("{}: expected {}, got {}", m.field, m.expected, m.actual),
        Lang::Ko => format!("{}: 기대 {}, 실제 {}", m.field, m.expected, m.actual),
    }
}

/// A failed step in one line: `step 3 (token): status expected 400, got 200`.
pub fn failed_step(lang: Lang, index: usize, action: &str, what: &str) -> String {
    match lang {
        Lang::En => format!("step {index} ({action}): {what}"),
        Lang::Ko => format!("{index}단계 ({action}): {what}"),
    }
}

/// The closing line: passed, failed or stopped, with the counts.
pub fn result(lang: Lang, tally: &Tally, failed: usize) -> String {
    use crate::report::count;
    let (steps, checked, planned) = (tally.steps, tally.checked, tally.planned);
    if tally.stopped.is_none() && failed == 0 && tally.checked_nothing() {
        return match lang {
            Lang::En => format!(
                "Result: FAILED · no expectation checked: {} on skipped steps",
                count(tally.unchecked, "expectation")
            ),
            Lang::Ko => format!(
                "결과: 실패 · 확인한 기대 없음: 기대 {}개가 건너뛴 단계에 있습니다",
                tally.unchecked
            ),
        };
    }
    let skipped = match (lang, tally.skipped) {
        (_, 0) => String::new(),
        (Lang::En, n) => format!(" · {n} skipped"),
        (Lang::Ko, n) => format!(" · {n}단계 건너뜀"),
    };
    let result = match (lang, tally.stopped.is_some(), failed) {
        (Lang::En, true, _) => format!(
            "Result: STOPPED at step {steps} of {planned}: the scenario file is wrong there"
        ),
        (Lang::Ko, true, _) => format!(
            "결과: {planned}단계 중 {steps}단계에서 중단: 시나리오 파일의 이 단계가 잘못되었습니다"
        ),
        (Lang::En, false, 0) => format!(
            "Result: passed · {} · {} met",
            count(steps, "step"),
            count(checked, "expectation")
        ),
        (Lang::Ko, false, 0) => format!("결과: 통과 · {steps}단계 · 기대 {checked}개 충족"),
        (Lang::En, false, _) => format!(
            "Result: FAILED · {failed} of {} not met",
            count(checked, "expectation")
        ),
        (Lang::Ko, false, _) => format!("결과: 실패 · 기대 {checked}개 중 {failed}개 미충족"),
    };
    format!("{result}{skipped}")
}
