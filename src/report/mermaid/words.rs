//! Every word the diagram adds to what the transcript says: the `mermaid-*`
//! messages of `report.ftl`. The Korean follows the lesson's glossary (인가 서버,
//! 리소스 서버, 리소스 오너, 클라이언트), as the TUI's lanes do.

use crate::explain::Lang;
use crate::sim::Mismatch;
use crate::text::{self, Arg};

/// A party's name on its lifeline.
pub use crate::explain::party;

/// A `wait` step: how far the simulated clock moved.
pub fn waited(lang: Lang, seconds: u64) -> String {
    text::format(lang, "mermaid-waited", &[("seconds", Arg::from(seconds))])
}

/// The clock could not move further (it stands at year 262142).
pub fn clock_at_limit(lang: Lang) -> &'static str {
    text::message(lang, "mermaid-clock-at-limit")
}

/// One expectation not met: `status expected 302, got 400`.
pub fn mismatch(lang: Lang, mismatch: &Mismatch) -> String {
    text::format(
        lang,
        "mermaid-mismatch",
        &[
            ("field", Arg::from(mismatch.field.as_str())),
            ("expected", Arg::from(mismatch.expected.as_str())),
            ("actual", Arg::from(mismatch.actual.as_str())),
        ],
    )
}

/// The run stopped here because the file is wrong at this step.
pub fn stopped(lang: Lang, problem: &str) -> String {
    text::format(lang, "mermaid-stopped", &[("problem", Arg::from(problem))])
}

/// The closing note: passed, failed or stopped, with the counts.
pub fn result(lang: Lang, tally: &crate::report::model::Tally) -> String {
    if tally.stopped.is_none() && tally.failed.is_empty() && tally.checked_nothing() {
        let unchecked = Arg::from(tally.unchecked);
        return text::format(
            lang,
            "mermaid-result-unchecked",
            &[("unchecked", unchecked)],
        );
    }
    let (steps, checked) = (Arg::from(tally.steps), Arg::from(tally.checked));
    let mut result = match (&tally.stopped, tally.failed.len()) {
        (Some((at, _)), _) => text::format(
            lang,
            "mermaid-result-stopped",
            &[
                ("at", Arg::from(*at)),
                ("planned", Arg::from(tally.planned)),
            ],
        ),
        (None, 0) => text::format(
            lang,
            "mermaid-result-passed",
            &[("steps", steps), ("checked", checked)],
        ),
        (None, failed) => text::format(
            lang,
            "mermaid-result-failed",
            &[("failed", Arg::from(failed)), ("checked", checked)],
        ),
    };
    if tally.skipped > 0 {
        let skipped = [("skipped", Arg::from(tally.skipped))];
        result.push_str(&text::format(lang, "mermaid-result-skipped", &skipped));
    }
    result
}

/// Where a diagram too long for Mermaid stops drawing.
pub fn cut(lang: Lang, from: usize, planned: usize) -> String {
    text::format(
        lang,
        "mermaid-cut",
        &[("from", Arg::from(from)), ("planned", Arg::from(planned))],
    )
}
