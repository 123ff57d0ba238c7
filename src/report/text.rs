//! The text transcript: every step with its arrows, wire messages, outcome,
//! expectation, explanation and memory changes.

use std::fmt::Write as _;
use std::io;

use super::Verdict;
use super::count;
use super::describe_item;
use crate::escape::{visible, visible_line};
use crate::explain::{Lang, explain};
use crate::sim::{ChangeKind, Problem, Run, StepRecord, Transcript};

/// What the text report includes.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// Leave out the wire text of each message.
    pub brief: bool,
    pub lang: Lang,
}

/// The whole transcript as text.
pub fn text(transcript: &Transcript, file: &str, options: TextOptions) -> String {
    let mut report = TextReport::new(transcript, file, options, transcript.planned);
    let mut out = report.header.clone();
    for step in &transcript.steps {
        out.push_str(&report.step(step));
    }
    out.push_str(&report.result());
    out
}

/// Runs `run` and writes its text report to `out` as it goes (the header, each
/// step as the run makes it, the result), so a run of any length holds one step at
/// a time; returns how the run ended.
///
/// # Errors
///
/// `out` refused what was written.
pub fn write_text(
    mut run: Run,
    file: &str,
    options: TextOptions,
    out: &mut impl io::Write,
) -> io::Result<Verdict> {
    let mut report = TextReport::new(run.head(), file, options, run.total());
    out.write_all(report.header.as_bytes())?;
    for step in run.by_ref() {
        out.write_all(report.step(&step).as_bytes())?;
    }
    out.write_all(report.result().as_bytes())?;
    Ok(report.verdict())
}

/// The text report written as the run goes: the header first, then each step as it
/// is made, then the result, so a run of any length holds one step at a time.
struct TextReport {
    /// The title, file, seed, start and summary.
    header: String,
    options: TextOptions,
    total: usize,
    steps: usize,
    checked: usize,
    /// Each step whose expectation failed, in one line.
    failed: Vec<String>,
    /// What stopped the run, if something did.
    stopped: Option<Problem>,
}

impl TextReport {
    /// Starts the report of a run of `total` steps; `head` gives the title, seed,
    /// start and summary.
    fn new(head: &Transcript, file: &str, options: TextOptions, total: usize) -> Self {
        Self {
            header: header(head, file, options),
            options,
            total,
            steps: 0,
            checked: 0,
            failed: Vec::new(),
            stopped: None,
        }
    }

    /// One step's text, remembering its verdict for the result.
    fn step(&mut self, step: &StepRecord) -> String {
        self.steps += 1;
        if let Some(problem) = &step.problem {
            self.stopped = Some(problem.clone());
        }
        match step.met() {
            Some(true) => self.checked += 1,
            Some(false) => {
                self.checked += 1;
                self.failed.push(failure(step));
            }
            None => {}
        }
        let mut out = String::from("\n");
        write_step(&mut out, step, self.total, self.options);
        out
    }

    /// How the run ended.
    fn verdict(self) -> Verdict {
        match self.stopped {
            Some(problem) => Verdict::Stopped(problem),
            None if self.failed.is_empty() => Verdict::Passed,
            None => Verdict::Failed,
        }
    }

    /// The closing lines: passed, or stopped, or each expectation not met.
    fn result(&self) -> String {
        let mut out = String::from("\n");
        if self.stopped.is_some() {
            let _ = writeln!(
                out,
                "Result: STOPPED at step {} of {}: the scenario file is wrong there",
                self.steps, self.total
            );
        } else if self.failed.is_empty() {
            let _ = writeln!(
                out,
                "Result: passed · {} · {} met",
                count(self.steps, "step"),
                count(self.checked, "expectation")
            );
            return out;
        } else {
            let _ = writeln!(
                out,
                "Result: FAILED · {} of {} not met",
                self.failed.len(),
                count(self.checked, "expectation")
            );
        }
        for line in &self.failed {
            let _ = writeln!(out, "  {line}");
        }
        out
    }
}

fn header(head: &Transcript, file: &str, options: TextOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "━━ {} ━━", visible_line(head.title.get(options.lang)));
    let _ = writeln!(
        out,
        "file {} · seed {} · start {}",
        visible_line(file),
        head.seed,
        head.start.format("%Y-%m-%dT%H:%M:%SZ")
    );
    let summary = head.summary.get(options.lang);
    if !summary.is_empty() {
        out.push('\n');
        for line in wrap(&visible(summary), 88) {
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

fn write_step(out: &mut String, step: &StepRecord, total: usize, options: TextOptions) {
    let explanation = explain(step.topic);
    let _ = writeln!(
        out,
        "── Step {}/{total} · {} · {} · {} {} ──",
        step.index,
        step.step.action,
        time_of(step),
        explanation.chapter.number(),
        explanation.chapter.title(options.lang),
    );
    if let Some(note) = step.step.note_in(options.lang) {
        let _ = writeln!(out, "  note: {}", visible(note));
    }
    if let Some(seconds) = step.step.seconds {
        let _ = writeln!(out, "  ⏱ the clock moves {seconds} s");
    }
    if step.clock_at_limit() && step.step.seconds.is_some() {
        let _ = writeln!(
            out,
            "  ⏱ the clock is at its limit, {}: it cannot move further",
            step.at.format("%Y-%m-%d %H:%M:%S")
        );
    }
    for message in &step.messages {
        let mark = if message.is_failure() { " ✗" } else { "" };
        let _ = writeln!(
            out,
            "  {} → {}: {}{mark}",
            message.from,
            message.to,
            visible_line(&message.label())
        );
        if !options.brief {
            for line in message.wire().lines() {
                let _ = writeln!(out, "    │ {}", visible_line(line));
            }
        }
    }
    write_outcome(out, step);
    write_captured(out, step);
    let text = explanation.text(options.lang);
    let _ = writeln!(out, "  why: {} ({})", text.headline, explanation.rfc);
    if !options.brief {
        for line in wrap(text.why, 84) {
            let _ = writeln!(out, "       {line}");
        }
    }
    for change in &step.changes {
        let line = match &change.kind {
            ChangeKind::Added { item } => format!("+ {}", describe_item(item)),
            ChangeKind::Updated { item, reason } => {
                format!("~ {} [{}]", describe_item(item), reason.as_str())
            }
            ChangeKind::Removed { kind, key, reason } => {
                format!("− {} {key} [{}]", kind.as_str(), reason.as_str())
            }
        };
        let _ = writeln!(
            out,
            "  {:<20} {}",
            change.actor.title(),
            visible_line(&line)
        );
    }
}

/// The step's time of day; a clock stopped at its limit shows its year and says so.
fn time_of(step: &StepRecord) -> String {
    if step.clock_at_limit() {
        format!(
            "{} (clock at its limit)",
            step.at.format("%Y-%m-%d %H:%M:%S")
        )
    } else {
        step.at.format("%H:%M:%S").to_string()
    }
}

fn write_outcome(out: &mut String, step: &StepRecord) {
    if let Some(problem) = &step.problem {
        let _ = writeln!(out, "  ✗ {problem}");
        return;
    }
    let mut outcome = Vec::new();
    if let Some(status) = step.outcome.status {
        outcome.push(format!("status {status}"));
        outcome.push(format!(
            "error {}",
            step.outcome.error.map_or("null", |e| e.as_str())
        ));
    }
    if let Some(redirect) = step.outcome.redirect {
        outcome.push(format!("redirect {redirect}"));
    }
    if !outcome.is_empty() {
        let _ = writeln!(out, "  = {}", outcome.join(", "));
    }
    if let Some(expected) = &step.step.expect {
        let verdict = if step.mismatches.is_empty() {
            "✓ met"
        } else {
            "✗ NOT MET"
        };
        let _ = writeln!(out, "  expect {expected}: {verdict}");
        for m in &step.mismatches {
            let _ = writeln!(
                out,
                "    {}: expected {}, got {}",
                m.field, m.expected, m.actual
            );
        }
    }
}

/// What the step's `capture` kept: `capture $tok = …`, or where it found nothing.
fn write_captured(out: &mut String, step: &StepRecord) {
    for (name, value) in &step.captured {
        if let Some(value) = value {
            let _ = writeln!(out, "  capture ${name} = {}", visible_line(value));
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
        let _ = writeln!(
            out,
            "  capture ${name}: nothing at {} in the final response",
            visible_line(&source)
        );
    }
}

/// A failed step in one line: `step 3 (token): status expected 400, got 200`.
fn failure(step: &StepRecord) -> String {
    let what = step.problem.as_ref().map_or_else(
        || {
            step.mismatches
                .iter()
                .map(|m| format!("{} expected {}, got {}", m.field, m.expected, m.actual))
                .collect::<Vec<_>>()
                .join("; ")
        },
        ToString::to_string,
    );
    format!("step {} ({}): {what}", step.index, step.step.action)
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
