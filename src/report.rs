//! Headless output of a transcript: text for a terminal or a pasted bug report,
//! JSON lines for tools, Markdown for a page or a lesson, a Mermaid sequence
//! diagram, `JUnit` XML and TAP for CI ([`suite`]), and curl commands. Every one
//! only reads the transcript.

mod count;
mod curl;
mod json;
mod junit;
pub(crate) mod markdown;
pub(crate) mod mermaid;
pub mod model;
pub mod suite;
mod tap;
pub(crate) mod text;

pub use count::count;
pub use curl::write_curl;
pub use json::{JsonOptions, json_error_line, json_line, step_line, write_json};
pub use junit::Junit;
pub use markdown::{markdown, write_markdown};
pub use mermaid::{MERMAID_MAX_TEXT, mermaid, write_mermaid};
pub use tap::Tap;
pub use text::{TextOptions, text, write_text};

use crate::explain::{Lang, words};
use crate::sim::{Item, Problem, Transcript};

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every expectation held.
    Passed,
    /// Some expectation did not hold.
    Failed,
    /// The scenario file is wrong at a step, so the run stopped there.
    Stopped(Problem),
}

impl Verdict {
    /// How a whole transcript ended.
    pub fn of(transcript: &Transcript) -> Self {
        match transcript.stopped() {
            Some(problem) => Self::Stopped(problem.clone()),
            None if transcript.passed() => Self::Passed,
            None => Self::Failed,
        }
    }
}

/// A remembered item in one line: `kind value (detail, detail)`, its words in
/// `lang` (the TUI's words for kinds, details and statuses).
pub fn describe_item(item: &Item, lang: Lang) -> String {
    let mut line = format!("{} {}", words::item_kind(lang, item.kind), item.key);
    let mut details: Vec<String> = item
        .details
        .iter()
        .map(|(k, v)| format!("{} {v}", words::detail(lang, k)))
        .collect();
    if let Some(at) = item.expires_at {
        let expires = crate::text::message(lang, "item-expires");
        details.push(format!("{expires} {}", at.format("%Y-%m-%d %H:%M:%S")));
    }
    if let Some(status) = words::status(lang, item.status) {
        details.push(status.to_owned());
    }
    if !details.is_empty() {
        line = format!("{line} ({})", details.join(", "));
    }
    line
}
