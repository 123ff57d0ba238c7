//! The Explain tab: what the step teaches (`crate::explain`) in the chosen language:
//! the chapter and RFC, the headline, why it matters, what to watch next, what the
//! attacker knows when it takes part in the step (each thing, where it came from, and
//! what it gains), the scenario's own note for the step, and, on the first step only,
//! what the whole scenario is about (on every step it pushed the step's own text
//! out of sight at 80×24).

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::explain::knowledge::{self, Label};
use crate::explain::{Explanation, explain_step};
use crate::tui::app::App;
use crate::tui::text::{Key, t};
use crate::tui::width;

pub fn lines(app: &App, columns: usize) -> Vec<Line<'static>> {
    let theme = app.theme();
    let lang = app.lang();
    let Some(record) = app.current() else {
        return super::waiting::lines(app, columns);
    };
    let explanation = explain_step(record);
    let text = explanation.text(lang);
    let mut out = heading(app, &explanation, columns);
    out.push(Line::raw(""));
    if let Some(problem) = &record.problem {
        prose(
            &format!("✗ {}", crate::tui::text::problem(app.lang(), problem)),
            "",
            theme.failure,
            columns,
            &mut out,
        );
    }
    if let Some(skip) = &record.skipped {
        let line = super::diagram::skipped_line(lang, skip);
        prose(&line, "", theme.dim, columns, &mut out);
        out.push(Line::raw(""));
    }
    prose(text.headline, "", theme.title, columns, &mut out);
    out.push(Line::raw(""));
    prose(text.why, "", Style::new(), columns, &mut out);
    out.push(Line::raw(""));
    prose(
        text.next,
        t(lang, Key::Next),
        Style::new(),
        columns,
        &mut out,
    );
    if knowledge::takes_part(record) {
        out.push(Line::raw(""));
        attacker(app, columns, &mut out);
    }
    if let Some(note) = record.step.note_in(lang) {
        out.push(Line::raw(""));
        // After a "what if" the scenario's notes describe the scripted run.
        let lead = if app.what_if() {
            Key::ScriptedNote
        } else {
            Key::Note
        };
        prose(note, t(lang, lead), theme.dim, columns, &mut out);
    }
    let summary = app.transcript().summary.get(lang);
    if app.step() == 0 && !summary.is_empty() {
        out.push(Line::raw(""));
        prose(
            summary,
            t(lang, Key::AboutScenario),
            theme.dim,
            columns,
            &mut out,
        );
    }
    out
}

/// What the attacker knows after the step: each thing it holds (kind and the start
/// of its value) with where it came from on the line below, then what that gains it.
fn attacker(app: &App, columns: usize, out: &mut Vec<Line<'static>>) {
    let theme = app.theme();
    let lang = app.lang();
    let knowledge = app.knowledge();
    out.push(Line::styled(Label::Knows.text(lang), theme.title));
    if knowledge.held().is_empty() {
        prose(
            Label::HoldsNothing.text(lang),
            "",
            Style::new(),
            columns,
            out,
        );
    }
    for known in knowledge.held() {
        let kind = crate::tui::text::item_kind(lang, known.item.kind);
        let key = width::truncate(&known.item.key, 24);
        prose(&format!("{kind} {key}"), "• ", theme.value, columns, out);
        prose(
            &known.source.describe(lang),
            "  ↳ ",
            theme.dim,
            columns,
            out,
        );
    }
    prose(
        knowledge.reach().sentence(lang),
        Label::Gains.text(lang),
        Style::new(),
        columns,
        out,
    );
}

/// `4 · Server approval        RFC 6749 §4.1.3`, the RFC on its own line when the
/// pane is too narrow for both.
fn heading(app: &App, explanation: &Explanation, columns: usize) -> Vec<Line<'static>> {
    let theme = app.theme();
    let lang = app.lang();
    let chapter = app.chapter().unwrap_or(explanation.chapter);
    let chapter = format!("{} · {}", chapter.number(), chapter.title(lang));
    let gap = columns.saturating_sub(width::of(&chapter) + width::of(explanation.rfc));
    if gap >= 2 {
        return vec![Line::from(vec![
            Span::styled(chapter, theme.title),
            Span::raw(" ".repeat(gap)),
            Span::styled(explanation.rfc, theme.dim),
        ])];
    }
    let mut out = vec![Line::styled(chapter, theme.title)];
    prose(explanation.rfc, "", theme.dim, columns, &mut out);
    out
}

/// `text` wrapped at spaces, after a bold `lead` on the first line.
fn prose(text: &str, lead: &str, style: Style, columns: usize, out: &mut Vec<Line<'static>>) {
    let lead_width = width::of(lead);
    let wrapped = width::wrap(text, columns.saturating_sub(lead_width).max(1));
    for (i, line) in wrapped.into_iter().enumerate() {
        let first = if i == 0 {
            Span::styled(
                lead.to_owned(),
                style.add_modifier(ratatui::style::Modifier::BOLD),
            )
        } else {
            Span::raw(" ".repeat(lead_width))
        };
        out.push(Line::from(vec![first, Span::styled(line, style)]));
    }
}
