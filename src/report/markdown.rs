//! The Markdown report: a run as a document a person reads on GitHub or pastes into
//! a lesson. The title and summary, the flow as a Mermaid diagram, then every step
//! with its messages' wire text, its outcome against its expectation (✓ or ✗,
//! expected and actual) and its explanation with the RFC behind it, then the result.
//!
//! The diagram comes before the steps, yet the report holds one step at a time: the
//! run is made twice (the same file and seed give the same run, byte for byte), once
//! for the diagram and once for the steps. Inside the document the diagram stops
//! where Mermaid would refuse to draw it
//! ([`MERMAID_MAX_TEXT`](super::mermaid::MERMAID_MAX_TEXT)); the steps go on.

mod escape;
pub(crate) mod words;

use std::fmt::Write as _;
use std::io;

use self::words::{Word, word};
use super::Verdict;
use super::mermaid::{self, Diagram, party};
use super::model::{MessageView, Renderer, Tally, render, render_transcript};
use crate::explain::words::stopped_reason;
use crate::explain::{Chapter, Lang, explain};
use crate::sim::{Memory, Run, StepRecord, Transcript};

/// Runs the scenario behind `start` and writes its Markdown report. `start` is
/// called twice and must make the same run both times, as `Scenario::start_run`
/// does for one seed: once for the diagram, once for the steps.
///
/// # Errors
///
/// `out` refused what was written.
pub fn write_markdown(
    mut start: impl FnMut() -> Run,
    file: &str,
    lang: Lang,
    out: &mut impl io::Write,
) -> io::Result<Verdict> {
    let first = start();
    out.write_all(intro(first.head(), file, lang).as_bytes())?;
    render(first, file, &mut Diagram::embedded(out, lang))?;
    render(start(), file, &mut Steps::new(out, lang))
}

/// A whole transcript as the document [`write_markdown`] writes for its run.
pub fn markdown(transcript: &Transcript, file: &str, lang: Lang) -> String {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(intro(transcript, file, lang).as_bytes());
    // Writing to memory cannot fail.
    let _ = render_transcript(transcript, file, &mut Diagram::embedded(&mut bytes, lang));
    let _ = render_transcript(transcript, file, &mut Steps::new(&mut bytes, lang));
    String::from_utf8(bytes).unwrap_or_default()
}

/// The title, the file, seed and start, the summary, and the opening of the flow's
/// Mermaid block.
fn intro(head: &Transcript, file: &str, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape::inline(head.title.get(lang)));
    let _ = writeln!(
        out,
        "{} {} · {} {} · {} {}\n",
        word(lang, Word::File),
        escape::code(file),
        word(lang, Word::Seed),
        head.seed,
        word(lang, Word::Start),
        head.start.format("%Y-%m-%dT%H:%M:%SZ")
    );
    let summary = head.summary.get(lang);
    if !summary.trim().is_empty() {
        let _ = writeln!(out, "{}\n", escape::block(summary));
    }
    let _ = writeln!(out, "## {}\n", word(lang, Word::Flow));
    out.push_str("```mermaid\n");
    out
}

/// The steps and the result, written as the run goes.
struct Steps<'a, W: io::Write> {
    out: &'a mut W,
    lang: Lang,
    /// Each step whose expectation failed, in one line, for the result.
    failed: Vec<String>,
}

impl<'a, W: io::Write> Steps<'a, W> {
    fn new(out: &'a mut W, lang: Lang) -> Self {
        Self {
            out,
            lang,
            failed: Vec::new(),
        }
    }
}

impl<W: io::Write> Renderer for Steps<'_, W> {
    /// Closes the flow's Mermaid block and opens the steps.
    fn head(&mut self, _head: &Transcript, _file: &str, _planned: usize) -> io::Result<()> {
        write!(self.out, "```\n\n## {}\n", word(self.lang, Word::Steps))
    }

    fn step(&mut self, step: &StepRecord, tally: &Tally) -> io::Result<()> {
        if step.met() == Some(false) {
            self.failed.push(failure(step, self.lang));
        }
        let mut out = String::new();
        write_step(&mut out, step, tally.chapter(step), self.lang);
        self.out.write_all(out.as_bytes())
    }

    fn end(&mut self, tally: &Tally, _memory: &Memory) -> io::Result<()> {
        let mut out = format!("\n## {}\n\n", word(self.lang, Word::Result));
        let _ = writeln!(out, "{}", mermaid::result(self.lang, tally));
        if !self.failed.is_empty() {
            out.push('\n');
        }
        for line in &self.failed {
            let _ = writeln!(out, "- {line}");
        }
        self.out.write_all(out.as_bytes())
    }
}

/// One step: its heading, time and chapter (told in `chapter`), note and wait, each message with its
/// wire text, the outcome and expectation, captures, and the explanation.
fn write_step(out: &mut String, step: &StepRecord, chapter: Chapter, lang: Lang) {
    let explanation = explain(step.topic);
    let mark = match step.met() {
        Some(true) => " ✓",
        Some(false) => " ✗",
        None => "",
    };
    let heading = words::step(lang, step.index, step.step.action.as_str());
    let _ = writeln!(out, "\n### {heading}{mark}\n");
    let _ = writeln!(
        out,
        "{} · {} · {}\n",
        time_of(step),
        words::chapter(lang, chapter.number(), chapter.title(lang)),
        explanation.rfc
    );
    if let Some(note) = step.step.note_in(lang) {
        let _ = writeln!(
            out,
            "> **{}:** {}\n",
            word(lang, Word::Note),
            escape::block(note).replace('\n', "\n> ")
        );
    }
    if let Some(seconds) = step.step.seconds {
        let _ = writeln!(out, "{}\n", words::waited(lang, seconds));
    }
    if let Some(skip) = &step.skipped {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            capitalized(crate::explain::words::skipped(lang)),
            escape::inline(&crate::explain::words::skip_reason(lang, skip))
        );
    }
    for message in &step.messages {
        write_message(out, &MessageView::of(message, lang), lang);
    }
    write_outcome(out, step, lang);
    write_captured(out, step, lang);
    let text = explanation.text(lang);
    let _ = writeln!(
        out,
        "**{}: {}** ({})\n\n{}\n\n*{}:* {}",
        word(lang, Word::Why),
        text.headline,
        explanation.rfc,
        text.why,
        word(lang, Word::Next),
        text.next
    );
}

/// The arrow in bold with its label as code (``**Client → Authorization Server** ·
/// `POST /token` ``), then the message's wire text.
fn write_message(out: &mut String, message: &MessageView<'_>, lang: Lang) {
    let mark = if message.failure { " ✗" } else { "" };
    let _ = writeln!(
        out,
        "**{} → {}** · {}{mark}\n",
        party(lang, message.from),
        party(lang, message.to),
        escape::code(&message.label)
    );
    let mut wire = message.start_line.clone();
    wire.push('\n');
    for (name, value) in &message.headers.0 {
        let _ = writeln!(wire, "{name}: {value}");
    }
    if !message.body.is_empty() {
        let _ = writeln!(wire, "\n{}", message.body);
    }
    let _ = writeln!(out, "{}", escape::fenced(&wire, "http"));
}

/// The final answer's status, error and redirect, then the expectation: met, or a
/// table of each field expected and what came instead; or what stopped the run.
fn write_outcome(out: &mut String, step: &StepRecord, lang: Lang) {
    if let Some(problem) = &step.problem {
        let _ = writeln!(
            out,
            "✗ {}\n",
            escape::inline(&mermaid::stopped(lang, &stopped_reason(lang, problem)))
        );
        return;
    }
    let outcome = super::model::outcome_parts(step);
    if !outcome.is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            word(lang, Word::Outcome),
            escape::code(&outcome.join(", "))
        );
    }
    let Some(expected) = &step.step.expect else {
        return;
    };
    let verdict = match step.met() {
        None => Word::NotChecked,
        Some(true) => Word::Met,
        Some(false) => Word::NotMet,
    };
    let _ = writeln!(
        out,
        "**{}:** {} {}\n",
        capitalized(word(lang, Word::Expected)),
        escape::code(&expected.to_string()),
        word(lang, verdict)
    );
    if step.mismatches.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "| | {} | {} |\n| --- | --- | --- |",
        word(lang, Word::Expected),
        word(lang, Word::Actual)
    );
    for m in &step.mismatches {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            escape::inline(&m.field),
            escape::inline(&m.expected),
            escape::inline(&m.actual)
        );
    }
    out.push('\n');
}

/// What the step's `capture` kept, or where it found nothing.
fn write_captured(out: &mut String, step: &StepRecord, lang: Lang) {
    if step.captured.is_empty() {
        return;
    }
    let _ = writeln!(out, "**{}:**\n", word(lang, Word::Captured));
    for (name, value) in &step.captured {
        let shown = if let Some(value) = value {
            escape::code(value)
        } else {
            let source = step
                .step
                .capture
                .0
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, field)| field.source())
                .unwrap_or_default();
            escape::inline(&words::nothing_at(lang, &source))
        };
        let _ = writeln!(out, "- {} = {shown}", escape::code(&format!("${name}")));
    }
    out.push('\n');
}

/// A failed step in one line, for the result: `Step 2 · authorize: status expected
/// 302, got 400`.
fn failure(step: &StepRecord, lang: Lang) -> String {
    let what = step.problem.as_ref().map_or_else(
        || {
            step.mismatches
                .iter()
                .map(|m| mermaid::mismatch(lang, m))
                .collect::<Vec<_>>()
                .join("; ")
        },
        |problem| mermaid::stopped(lang, &stopped_reason(lang, problem)),
    );
    let heading = words::step(lang, step.index, step.step.action.as_str());
    format!("{heading}: {}", escape::inline(&what))
}

/// The step's time of day; a clock stopped at its limit shows its whole date.
fn time_of(step: &StepRecord) -> String {
    if step.clock_at_limit() {
        step.at.format("%Y-%m-%d %H:%M:%S ⏱").to_string()
    } else {
        step.at.format("%H:%M:%S").to_string()
    }
}

/// `expected` → `Expected`; Korean has no capitals and stays as it is.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
