//! The text transcript: every step with its arrows, wire messages, outcome,
//! expectation, explanation and memory changes, its words in the run's language.

pub(crate) mod words;

use std::fmt::Write as _;
use std::io;

use self::words::{Word, word};
use super::Verdict;
use super::describe_item;
use super::model::{Renderer, Tally, render, render_transcript};
use crate::escape::{visible, visible_line};
use crate::explain::knowledge::{self, Knowledge, Label};
use crate::explain::{self, Lang, explain_step};
use crate::sim::{ChangeKind, Memory, Run, StepRecord, Transcript};

/// What the text report includes.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// Leave out the wire text of each message.
    pub brief: bool,
    pub lang: Lang,
}

/// The whole transcript as text.
pub fn text(transcript: &Transcript, file: &str, options: TextOptions) -> String {
    let mut bytes = Vec::new();
    let mut renderer = TextRenderer::new(&mut bytes, options);
    // Writing to memory cannot fail.
    let _ = render_transcript(transcript, file, &mut renderer);
    String::from_utf8(bytes).unwrap_or_default()
}

/// Runs `run` and writes its text report to `out` as it goes (the header, each
/// step as the run makes it, the result), so a run of any length holds one step at
/// a time; returns how the run ended.
///
/// # Errors
///
/// `out` refused what was written.
pub fn write_text(
    run: Run,
    file: &str,
    options: TextOptions,
    out: &mut impl io::Write,
) -> io::Result<Verdict> {
    render(run, file, &mut TextRenderer::new(out, options))
}

/// The text report written as the run goes: the header first, then each step as it
/// is made, then the result, so a run of any length holds one step at a time.
struct TextRenderer<'a, W: io::Write> {
    out: &'a mut W,
    options: TextOptions,
    /// Each step whose expectation failed, in one line.
    failed: Vec<String>,
    /// What the attacker knows so far, told at each step it takes part in.
    knowledge: Knowledge,
}

impl<'a, W: io::Write> TextRenderer<'a, W> {
    fn new(out: &'a mut W, options: TextOptions) -> Self {
        Self {
            out,
            options,
            failed: Vec::new(),
            knowledge: Knowledge::default(),
        }
    }
}

impl<W: io::Write> Renderer for TextRenderer<'_, W> {
    fn head(&mut self, head: &Transcript, file: &str, _planned: usize) -> io::Result<()> {
        self.knowledge = Knowledge::new(&head.initial);
        self.out
            .write_all(header(head, file, self.options).as_bytes())
    }

    fn step(&mut self, step: &StepRecord, tally: &Tally) -> io::Result<()> {
        if step.met() == Some(false) {
            self.failed.push(failure(step, self.options.lang));
        }
        self.knowledge.observe(step);
        let mut out = String::from("\n");
        let told = Told {
            total: tally.planned,
            chapter: tally.chapter(step),
        };
        write_step(&mut out, step, told, self.options, &self.knowledge);
        self.out.write_all(out.as_bytes())
    }

    /// The closing lines: passed, or stopped, or each expectation not met.
    fn end(&mut self, tally: &Tally, _memory: &Memory) -> io::Result<()> {
        let mut out = String::from("\n");
        let _ = writeln!(
            out,
            "{}",
            words::result(self.options.lang, tally, self.failed.len())
        );
        for line in &self.failed {
            let _ = writeln!(out, "  {line}");
        }
        self.out.write_all(out.as_bytes())
    }
}

fn header(head: &Transcript, file: &str, options: TextOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "━━ {} ━━", visible_line(head.title.get(options.lang)));
    let start = head.start.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let line = words::head(options.lang, &visible_line(file), head.seed, &start);
    let _ = writeln!(out, "{line}");
    let summary = head.summary.get(options.lang);
    if !summary.is_empty() {
        out.push('\n');
        for line in wrap(&visible(summary), 88) {
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

/// Where a step stands in the run: how many steps there are, and its chapter.
#[derive(Clone, Copy)]
struct Told {
    total: usize,
    chapter: explain::Chapter,
}

fn write_step(
    out: &mut String,
    step: &StepRecord,
    told: Told,
    options: TextOptions,
    knowledge: &Knowledge,
) {
    let lang = options.lang;
    let explanation = explain_step(step);
    let rest = format!(
        "{} · {} · {} {}",
        step.step.action,
        time_of(step, lang),
        told.chapter.number(),
        told.chapter.title(lang),
    );
    let _ = writeln!(out, "{}", words::step(lang, step.index, told.total, &rest));
    if let Some(note) = step.step.note_in(lang) {
        let _ = writeln!(out, "  {}: {}", word(lang, Word::Note), visible(note));
    }
    if let Some(seconds) = step.step.seconds {
        let _ = writeln!(out, "  {}", words::waited(lang, seconds));
    }
    if let Some(skip) = &step.skipped {
        let (mark, reason) = (
            explain::words::skipped(lang),
            explain::words::skip_reason(lang, skip),
        );
        let _ = writeln!(out, "  {mark}: {reason}");
    }
    if step.clock_at_limit() && step.step.seconds.is_some() {
        let at = step.at.format("%Y-%m-%d %H:%M:%S").to_string();
        let _ = writeln!(out, "  {}", words::stuck(lang, &at));
    }
    for message in &step.messages {
        let mark = if message.is_failure() { " ✗" } else { "" };
        let _ = writeln!(
            out,
            "  {} → {}: {}{mark}",
            explain::party(lang, message.from),
            explain::party(lang, message.to),
            visible_line(&explain::label(lang, message))
        );
        if !options.brief {
            for line in message.wire().lines() {
                let _ = writeln!(out, "    │ {}", visible_line(line));
            }
        }
    }
    write_outcome(out, step, lang);
    write_captured(out, step, lang);
    let text = explanation.text(lang);
    let why = word(lang, Word::Why);
    let _ = writeln!(out, "  {why}: {} ({})", text.headline, explanation.rfc);
    if !options.brief {
        for line in wrap(text.why, 84) {
            let _ = writeln!(out, "       {line}");
        }
    }
    if knowledge::takes_part(step) {
        write_knowledge(out, knowledge, options);
    }
    for change in &step.changes {
        let line = match &change.kind {
            ChangeKind::Added { item } => format!("+ {}", describe_item(item, lang)),
            ChangeKind::Updated { item, reason } => format!(
                "~ {} [{}]",
                describe_item(item, lang),
                explain::words::reason(lang, *reason)
            ),
            ChangeKind::Removed { kind, key, reason } => format!(
                "− {} {key} [{}]",
                explain::words::item_kind(lang, *kind),
                explain::words::reason(lang, *reason)
            ),
        };
        let _ = writeln!(
            out,
            "  {} {}",
            padded(explain::party(lang, change.actor), 20),
            visible_line(&line)
        );
    }
}

/// What the attacker knows after a step it took part in, how it learned each thing
/// (left out with `--brief`), and what that gains it.
fn write_knowledge(out: &mut String, knowledge: &Knowledge, options: TextOptions) {
    let lang = options.lang;
    if !options.brief {
        let _ = writeln!(out, "  {}:", Label::Knows.text(lang));
        if knowledge.held().is_empty() {
            let _ = writeln!(out, "       {}", Label::HoldsNothing.text(lang));
        }
        for known in knowledge.held() {
            let _ = writeln!(
                out,
                "       {} {} · {}",
                explain::words::item_kind(lang, known.item.kind),
                visible_line(&known.item.key),
                visible_line(&known.source.describe(lang))
            );
        }
    }
    let gain = format!(
        "{}{}",
        Label::Gains.text(lang),
        knowledge.reach().sentence(lang)
    );
    for (i, line) in wrap(&gain, 86).into_iter().enumerate() {
        let indent = if i == 0 { "  " } else { "       " };
        let _ = writeln!(out, "{indent}{line}");
    }
}

/// `name` and spaces to `width` display columns (Korean letters take two).
fn padded(name: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{name}{}", " ".repeat(width.saturating_sub(name.width())))
}

/// The step's time of day; a clock stopped at its limit shows its year and says so.
fn time_of(step: &StepRecord, lang: Lang) -> String {
    if step.clock_at_limit() {
        format!(
            "{} ({})",
            step.at.format("%Y-%m-%d %H:%M:%S"),
            word(lang, Word::ClockAtLimit)
        )
    } else {
        step.at.format("%H:%M:%S").to_string()
    }
}

fn write_outcome(out: &mut String, step: &StepRecord, lang: Lang) {
    if let Some(problem) = &step.problem {
        let _ = writeln!(out, "  ✗ {}", explain::words::stopped_reason(lang, problem));
        return;
    }
    let outcome = super::model::outcome_parts(step);
    if !outcome.is_empty() {
        let _ = writeln!(
            out,
            "  {} {}",
            word(lang, Word::Outcome),
            outcome.join(", ")
        );
    }
    if let Some(expected) = &step.step.expect {
        let verdict = match step.met() {
            None => Word::NotChecked,
            Some(true) => Word::Met,
            Some(false) => Word::NotMet,
        };
        let (expect, verdict) = (word(lang, Word::Expect), word(lang, verdict));
        let _ = writeln!(out, "  {expect} {expected}: {verdict}");
        for m in &step.mismatches {
            let _ = writeln!(out, "    {}", words::mismatch(lang, m));
        }
    }
}

/// What the step's `capture` kept: `capture $tok = …`, or where it found nothing.
fn write_captured(out: &mut String, step: &StepRecord, lang: Lang) {
    for (name, value) in &step.captured {
        if let Some(value) = value {
            let capture = word(lang, Word::Capture);
            let _ = writeln!(out, "  {capture} ${name} = {}", visible_line(value));
            continue;
        }
        let source = step
            .step
            .capture
            .0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, field)| field.source())
            .unwrap_or_default();
        let line = words::nothing_at(lang, name, &visible_line(&source));
        let _ = writeln!(out, "  {line}");
    }
}

/// A failed step in one line: `step 3 (token): status expected 400, got 200`.
fn failure(step: &StepRecord, lang: Lang) -> String {
    let what = step.problem.as_ref().map_or_else(
        || {
            step.mismatches
                .iter()
                .map(|m| super::mermaid::mismatch(lang, m))
                .collect::<Vec<_>>()
                .join("; ")
        },
        |problem| explain::words::stopped_reason(lang, problem),
    );
    words::failed_step(lang, step.index, step.step.action.as_str(), &what)
}

/// Splits text into lines of at most `width` display columns, at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_counts_display_width() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("인가 코드 토큰", 9), ["인가 코드", "토큰"]);
    }
}
