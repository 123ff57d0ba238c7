//! Every word the Markdown report adds to what the transcript says: the
//! `markdown-*` messages of `report.ftl` (the lesson's glossary, as the TUI and the
//! diagram use it).

use crate::explain::Lang;
use crate::text::{self, Arg};

/// A fixed word or phrase of the report.
#[derive(Debug, Clone, Copy, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
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

/// `word` in `lang`: the message `markdown-<word>`.
pub fn word(lang: Lang, word: Word) -> &'static str {
    text::named(lang, "markdown", word.into())
}

/// A step's heading: `Step 3 · token`.
pub fn step(lang: Lang, index: usize, action: &str) -> String {
    text::format(
        lang,
        "markdown-step",
        &[("index", Arg::from(index)), ("action", Arg::from(action))],
    )
}

/// The lesson chapter a step belongs to: `chapter 5 Access token`.
pub fn chapter(lang: Lang, number: u8, title: &str) -> String {
    text::format(
        lang,
        "markdown-chapter",
        &[("number", Arg::from(number)), ("title", Arg::from(title))],
    )
}

/// A `wait` step: how far the simulated clock moved.
pub fn waited(lang: Lang, seconds: u64) -> String {
    text::format(lang, "text-waited", &[("seconds", Arg::from(seconds))])
}

/// A `capture` whose final response had nothing where it looked.
pub fn nothing_at(lang: Lang, source: &str) -> String {
    text::format(
        lang,
        "markdown-nothing-at",
        &[("source", Arg::from(source))],
    )
}
