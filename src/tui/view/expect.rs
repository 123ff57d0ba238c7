//! The Expect tab: every step that checks something, with ✓ or ✗ (– and the reason
//! for a skipped step, whose expectation is not checked), and for a miss the
//! expected and the actual value. Steps not reached yet show what they will check but
//! not the verdict, so autoplay does not give the ending away.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::sim::StepRecord;
use crate::tui::app::App;
use crate::tui::text::{Key, t};
use crate::tui::width;

/// Where a miss is written under its step.
const MISS_INDENT: usize = 8;
/// The narrowest column of action names: the code flow's widest, `authorize`.
const ACTION_WIDTH: usize = 9;

pub fn lines(app: &App, columns: usize) -> Vec<Line<'static>> {
    let theme = app.theme();
    let lang = app.lang();
    let checked: Vec<&StepRecord> = app
        .transcript()
        .steps
        .iter()
        .filter(|s| s.step.expect.is_some() || s.problem.is_some())
        .collect();
    if checked.is_empty() {
        let mut out = vec![Line::styled(t(lang, Key::NoExpectations), theme.dim)];
        against_original(app, columns, &mut out);
        return out;
    }
    let reached: Vec<&&StepRecord> = checked
        .iter()
        .filter(|s| s.index <= app.step() + 1)
        .collect();
    let met = reached.iter().filter(|s| s.met() == Some(true)).count();
    let counted = reached.iter().filter(|s| !s.unchecked()).count();
    let mut out = vec![
        Line::styled(
            format!("{met}/{counted} {}", t(lang, Key::Met)),
            theme.title,
        ),
        Line::raw(""),
    ];
    let name_width = action_width(checked.iter().copied());
    for record in checked {
        step_lines(app, record, name_width, columns, &mut out);
    }
    against_original(app, columns, &mut out);
    out
}

/// In a "what if", each step reached so far whose answer is not the one the run
/// opened got: `   7 token     401 invalid_client · was: 200`, a step now skipped
/// `skipped · was: 200`.
fn against_original(app: &App, columns: usize, out: &mut Vec<Line<'static>>) {
    if !app.what_if() {
        return;
    }
    let theme = app.theme();
    let lang = app.lang();
    let baseline = &app.baseline().steps;
    let changed: Vec<(&StepRecord, String, String)> = app
        .transcript()
        .steps
        .iter()
        .zip(baseline)
        .filter(|(now, _)| now.index <= app.step() + 1)
        .map(|(now, was)| (now, answer(lang, now), answer(lang, was)))
        .filter(|(_, now_text, was_text)| now_text != was_text)
        .collect();
    let name_width = action_width(changed.iter().map(|(now, _, _)| *now));
    let differing: Vec<String> = changed
        .iter()
        .map(|(now, now_text, was_text)| {
            format!(
                "  {:>4} {:<name_width$} {now_text} · {}{was_text}",
                now.index,
                now.step.action.as_str(),
                t(lang, Key::Was)
            )
        })
        .collect();
    if differing.is_empty() {
        return;
    }
    out.push(Line::raw(""));
    out.push(Line::styled(t(lang, Key::AgainstOriginal), theme.title));
    for line in differing {
        out.push(Line::styled(
            width::truncate(&line, columns).into_owned(),
            theme.changed,
        ));
    }
}

/// A step's answer in a few words: `302`, `400 invalid_request`, `skipped`, or `–`
/// for a step that sends nothing.
fn answer(lang: crate::explain::Lang, record: &StepRecord) -> String {
    if record.skipped.is_some() {
        return t(lang, Key::NowSkipped).to_owned();
    }
    match (record.outcome.status, record.outcome.error) {
        (Some(status), Some(error)) => format!("{status} {}", error.as_str()),
        (Some(status), None) => status.to_string(),
        (None, _) => "–".to_owned(),
    }
}

/// The column for the action names of `records`: the widest of them, at least as
/// wide as the code flow's (`authorize`), so that every expectation starts in the
/// same column whatever the grant (`device_authorize`, `enter_code`).
fn action_width<'a>(records: impl Iterator<Item = &'a StepRecord>) -> usize {
    records
        .map(|record| width::of(record.step.action.as_str()))
        .max()
        .unwrap_or_default()
        .max(ACTION_WIDTH)
}

/// `▶ ✓  4 consent   status 302, error null`, then one line per miss; the action
/// name padded to `name_width`.
fn step_lines(
    app: &App,
    record: &StepRecord,
    name_width: usize,
    columns: usize,
    out: &mut Vec<Line<'static>>,
) {
    let theme = app.theme();
    let reached = record.index <= app.step() + 1;
    let (mark, style) = match (reached, record.met()) {
        (false, _) => ("·", theme.future),
        (true, Some(false)) => ("✗", theme.failure),
        (true, None) if record.skipped.is_some() => ("–", theme.dim),
        (true, _) => ("✓", theme.met),
    };
    let current = record.index == app.step() + 1;
    let cursor = if current { "▶" } else { " " };
    let head = format!(
        "{cursor} {mark} {:>3} {:<name_width$} ",
        record.index,
        record.step.action.as_str()
    );
    let what = record
        .step
        .expect
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    let room = columns.saturating_sub(width::of(&head));
    let mut line = Line::from(vec![
        Span::styled(head, style),
        Span::styled(
            width::truncate(&what, room).into_owned(),
            style.remove_modifier(Modifier::BOLD),
        ),
    ]);
    if current {
        line = line.patch_style(theme.current);
    }
    out.push(line);
    if !reached {
        return;
    }
    if let Some(skip) = record.skipped.as_ref().filter(|_| record.met().is_none()) {
        let reason = super::diagram::skipped_line(app.lang(), skip);
        for line in width::wrap(&reason, columns.saturating_sub(MISS_INDENT)) {
            let text = format!("{}{line}", " ".repeat(MISS_INDENT));
            out.push(Line::styled(text, theme.dim));
        }
    }
    for miss in misses(app, record) {
        for line in width::wrap(&miss, columns.saturating_sub(MISS_INDENT)) {
            let text = format!("{}{line}", " ".repeat(MISS_INDENT));
            out.push(Line::styled(text, theme.failure));
        }
    }
}

/// Why a step did not meet its expectation: its problem, then each field that
/// differed, expected against actual.
fn misses(app: &App, record: &StepRecord) -> Vec<String> {
    let lang = app.lang();
    let mut misses: Vec<String> = record
        .problem
        .iter()
        .map(|p| crate::tui::text::problem(lang, p))
        .collect();
    misses.extend(record.mismatches.iter().map(|miss| {
        format!(
            "{}: {}{} · {}{}",
            miss.field,
            t(lang, Key::Expected),
            miss.expected,
            t(lang, Key::Actual),
            miss.actual
        )
    }));
    misses
}
