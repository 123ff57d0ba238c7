//! How a failed answer is marked: `✗` in the error style when the scenario did not
//! expect it, `⊘` in its own style when the step's `expect` asked for exactly this
//! refusal (the lesson's 401), so a class does not read a planned refusal as a fault.
//! A refusal by the client of an answer that succeeded is marked on that answer.
//! Both marks survive `NO_COLOR`.

use ratatui::style::Style;

use crate::explain::drawn_as_refusal;
use crate::sim::StepRecord;
use crate::tui::theme::Theme;

/// A failure, as the scenario saw it coming or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The step's expectation holds: this refusal is what it asked for.
    Expected,
    Unexpected,
}

impl Verdict {
    /// The verdict on step `record` when it failed.
    pub fn of_step(record: &StepRecord) -> Option<Self> {
        record.failed().then(|| Self::expected_by(record))
    }

    /// The verdict on message `index` of step `record` when it is drawn as a
    /// refusal: a failed answer, or the answer the client refused
    /// (`explain::drawn_as_refusal`).
    pub fn of_message(record: &StepRecord, index: usize) -> Option<Self> {
        drawn_as_refusal(record, index).then(|| Self::expected_by(record))
    }

    fn expected_by(record: &StepRecord) -> Self {
        if record.met() == Some(true) {
            Self::Expected
        } else {
            Self::Unexpected
        }
    }

    /// `⊘` or `✗`: one cell either way, so labels keep their widths.
    pub fn mark(self) -> &'static str {
        match self {
            Self::Expected => "⊘",
            Self::Unexpected => "✗",
        }
    }

    pub fn style(self, theme: &Theme) -> Style {
        match self {
            Self::Expected => theme.expected,
            Self::Unexpected => theme.failure,
        }
    }
}
