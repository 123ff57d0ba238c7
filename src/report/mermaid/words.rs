//! Every word the diagram adds to what the transcript says, in English and Korean.
//! The Korean follows the lesson's glossary (인가 서버, 리소스 서버, 리소스 오너,
//! 클라이언트), as the TUI's lanes do.

use crate::explain::Lang;
use crate::sim::Mismatch;

/// A party's name on its lifeline.
pub use crate::explain::party;

/// A `wait` step: how far the simulated clock moved.
pub fn waited(lang: Lang, seconds: u64) -> String {
    match lang {
        Lang::En => format!("⏱ {seconds} s later"),
        Lang::Ko => format!("⏱ {seconds}초 후"),
    }
}

/// The clock could not move further (it stands at year 262142).
pub fn clock_at_limit(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "⏱ the clock is at its limit and cannot move further",
        Lang::Ko => "⏱ 시계가 한계에 도달해 더 이상 움직일 수 없습니다",
    }
}

/// One expectation not met: `status expected 302, got 400`.
pub fn mismatch(lang: Lang, mismatch: &Mismatch) -> String {
    let Mismatch {
        field,
        expected,
        actual,
    } = mismatch;
    match lang {
        Lang::En => format!("{field} expected {expected}, got {actual}"),
        Lang::Ko => format!("{field}: 기대 {expected}, 실제 {actual}"),
    }
}

/// The run stopped here because the file is wrong at this step.
pub fn stopped(lang: Lang, problem: &str) -> String {
    match lang {
        Lang::En => format!("stopped: {problem}"),
        Lang::Ko => format!("중단: {problem}"),
    }
}

/// The closing note: passed, failed or stopped, with the counts.
pub fn result(lang: Lang, tally: &crate::report::model::Tally) -> String {
    let (steps, checked, failed) = (tally.steps, tally.checked, tally.failed.len());
    if tally.stopped.is_none() && failed == 0 && tally.checked_nothing() {
        let unchecked = tally.unchecked;
        return match lang {
            Lang::En => format!(
                "✗ FAILED · no expectation checked: {unchecked} {} on skipped steps",
                plural(unchecked, "expectation", "expectations"),
            ),
            Lang::Ko => {
                format!("✗ 실패 · 확인한 기대 없음: 기대 {unchecked}개가 건너뛴 단계에 있습니다")
            }
        };
    }
    let skipped = match (lang, tally.skipped) {
        (_, 0) => String::new(),
        (Lang::En, n) => format!(" · {n} skipped"),
        (Lang::Ko, n) => format!(" · {n}단계 건너뜀"),
    };
    let result = match (lang, &tally.stopped, failed) {
        (Lang::En, Some((at, _)), _) => format!(
            "✗ stopped at step {at} of {}: the scenario file is wrong there",
            tally.planned
        ),
        (Lang::Ko, Some((at, _)), _) => format!(
            "✗ {}단계 중 {at}단계에서 중단: 시나리오 파일의 이 단계가 잘못되었습니다",
            tally.planned
        ),
        (Lang::En, None, 0) => format!(
            "✓ passed · {steps} {} · {checked} {} met",
            plural(steps, "step", "steps"),
            plural(checked, "expectation", "expectations"),
        ),
        (Lang::Ko, None, 0) => format!("✓ 통과 · {steps}단계 · 기대 {checked}개 충족"),
        (Lang::En, None, _) => format!(
            "✗ FAILED · {failed} of {checked} {} not met",
            plural(checked, "expectation", "expectations"),
        ),
        (Lang::Ko, None, _) => format!("✗ 실패 · 기대 {checked}개 중 {failed}개 미충족"),
    };
    format!("{result}{skipped}")
}

/// Where a diagram too long for Mermaid stops drawing.
pub fn cut(lang: Lang, from: usize, planned: usize) -> String {
    match lang {
        Lang::En => format!(
            "… steps {from} to {planned} are not drawn: Mermaid draws at most 50,000 \
             characters. Every step is listed below."
        ),
        Lang::Ko => format!(
            "… {from}단계부터 {planned}단계까지는 그리지 않았습니다: Mermaid는 50,000자까지만 \
             그립니다. 모든 단계는 아래에 있습니다."
        ),
    }
}

/// `1 step`, `2 steps`.
fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}
