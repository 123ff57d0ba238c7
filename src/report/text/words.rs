//! Every word the text report adds to what the transcript says: the `text-*`
//! messages of `report.ftl`. The Korean follows the lesson's glossary, as the
//! Markdown report and the TUI do; the scenario's own words (`do` actions, `expect`
//! field paths), wire text and values stay as they are in every language.

use crate::explain::Lang;
use crate::report::model::Tally;
use crate::sim::Mismatch;
use crate::text::{self, Arg};

/// `file … · seed … · start …`.
pub fn head(lang: Lang, file: &str, seed: u64, start: &str) -> String {
    text::format(
        lang,
        "text-head",
        &[
            ("file", Arg::from(file)),
            ("seed", Arg::from(seed.to_string())),
            ("start", Arg::from(start)),
        ],
    )
}

/// A step's rule: `── Step 3/11 · token · 09:00:10 · 5 Access token ──`.
pub fn step(lang: Lang, index: usize, total: usize, rest: &str) -> String {
    text::format(
        lang,
        "text-step",
        &[
            ("index", Arg::from(index)),
            ("total", Arg::from(total)),
            ("rest", Arg::from(rest)),
        ],
    )
}

/// A fixed word or phrase of the report.
#[derive(Debug, Clone, Copy, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
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

/// `word` in `lang`: the message `text-<word>`.
pub fn word(lang: Lang, word: Word) -> &'static str {
    text::named(lang, "text", word.into())
}

/// A `wait` step: how far the simulated clock moved.
pub fn waited(lang: Lang, seconds: u64) -> String {
    text::format(lang, "text-waited", &[("seconds", Arg::from(seconds))])
}

/// The clock could not move further than `at`.
pub fn stuck(lang: Lang, at: &str) -> String {
    text::format(lang, "text-stuck", &[("at", Arg::from(at))])
}

/// A `capture` whose final response had nothing where it looked.
pub fn nothing_at(lang: Lang, name: &str, source: &str) -> String {
    text::format(
        lang,
        "text-nothing-at",
        &[("name", Arg::from(name)), ("source", Arg::from(source))],
    )
}

/// One expectation not met, under the step: `status: expected 400, got 200`.
pub fn mismatch(lang: Lang, m: &Mismatch) -> String {
    text::format(
        lang,
        "text-mismatch",
        &[
            ("field", Arg::from(m.field.as_str())),
            ("expected", Arg::from(m.expected.as_str())),
            ("actual", Arg::from(m.actual.as_str())),
        ],
    )
}

/// A failed step in one line: `step 3 (token): status expected 400, got 200`.
pub fn failed_step(lang: Lang, index: usize, action: &str, what: &str) -> String {
    text::format(
        lang,
        "text-failed-step",
        &[
            ("index", Arg::from(index)),
            ("action", Arg::from(action)),
            ("what", Arg::from(what)),
        ],
    )
}

/// The closing line: passed, failed or stopped, with the counts.
pub fn result(lang: Lang, tally: &Tally, failed: usize) -> String {
    if tally.stopped.is_none() && failed == 0 && tally.checked_nothing() {
        let unchecked = Arg::from(tally.unchecked);
        return text::format(lang, "text-result-unchecked", &[("unchecked", unchecked)]);
    }
    let (steps, checked) = (Arg::from(tally.steps), Arg::from(tally.checked));
    let mut result = match (tally.stopped.is_some(), failed) {
        (true, _) => text::format(
            lang,
            "text-result-stopped",
            &[("steps", steps), ("planned", Arg::from(tally.planned))],
        ),
        (false, 0) => text::format(
            lang,
            "text-result-passed",
            &[("steps", steps), ("checked", checked)],
        ),
        (false, _) => text::format(
            lang,
            "text-result-failed",
            &[("failed", Arg::from(failed)), ("checked", checked)],
        ),
    };
    if tally.skipped > 0 {
        let skipped = [("skipped", Arg::from(tally.skipped))];
        result.push_str(&text::format(lang, "text-result-skipped", &skipped));
    }
    result
}
