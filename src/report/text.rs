//! The text transcript: every step with its arrows, wire messages, outcome,
//! expectation, explanation and memory changes.

use std::fmt::Write as _;

use super::describe_item;
use crate::explain::{Lang, explain};
use crate::sim::{ChangeKind, StepRecord, Transcript};

/// What the text report includes.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// Leave out the wire text of each message.
    pub brief: bool,
    pub lang: Lang,
}

/// The whole transcript as text.
pub fn text(transcript: &Transcript, file: &str, options: TextOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "━━ {} ━━", transcript.title.get(options.lang));
    let _ = writeln!(
        out,
        "file {file} · seed {} · start {}",
        transcript.seed,
        transcript.start.format("%Y-%m-%dT%H:%M:%SZ")
    );
    let summary = transcript.summary.get(options.lang);
    if !summary.is_empty() {
        out.push('\n');
        for line in wrap(summary, 88) {
            let _ = writeln!(out, "  {line}");
        }
    }
    let total = transcript.steps.len();
    for step in &transcript.steps {
        out.push('\n');
        write_step(&mut out, step, total, options);
    }
    out.push('\n');
    write_result(&mut out, transcript);
    out
}

fn write_step(out: &mut String, step: &StepRecord, total: usize, options: TextOptions) {
    let explanation = explain(step.topic);
    let _ = writeln!(
        out,
        "── Step {}/{total} · {} · {} · {} {} ──",
        step.index,
        step.step.action,
        step.at.format("%H:%M:%S"),
        explanation.chapter.number(),
        explanation.chapter.title(options.lang),
    );
    if let Some(note) = step.step.note_in(options.lang) {
        let _ = writeln!(out, "  note: {note}");
    }
    if let Some(seconds) = step.step.seconds {
        let _ = writeln!(out, "  ⏱ the clock moves {seconds} s");
    }
    for message in &step.messages {
        let mark = if message.is_failure() { " ✗" } else { "" };
        let _ = writeln!(
            out,
            "  {} → {}: {}{mark}",
            message.from,
            message.to,
            message.label()
        );
        if !options.brief {
            for line in message.wire().lines() {
                let _ = writeln!(out, "    │ {line}");
            }
        }
    }
    write_outcome(out, step);
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
        let _ = writeln!(out, "  {:<20} {line}", change.actor.title());
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

fn write_result(out: &mut String, transcript: &Transcript) {
    let checked = transcript
        .steps
        .iter()
        .filter(|s| s.met().is_some())
        .count();
    let failed: Vec<&StepRecord> = transcript
        .steps
        .iter()
        .filter(|s| s.met() == Some(false))
        .collect();
    if failed.is_empty() {
        let _ = writeln!(
            out,
            "Result: passed · {} steps · {checked} expectations met",
            transcript.steps.len()
        );
        return;
    }
    let _ = writeln!(
        out,
        "Result: FAILED · {} of {checked} expectations not met",
        failed.len()
    );
    for step in failed {
        let what = step.problem.map_or_else(
            || {
                step.mismatches
                    .iter()
                    .map(|m| format!("{} expected {}, got {}", m.field, m.expected, m.actual))
                    .collect::<Vec<_>>()
                    .join("; ")
            },
            |p| p.to_string(),
        );
        let _ = writeln!(out, "  step {} ({}): {what}", step.index, step.step.action);
    }
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
