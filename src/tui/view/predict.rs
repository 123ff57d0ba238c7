//! Predict mode's question, in the detail pane while the step's answer is hidden
//! (the diagram keeps every arrow already shown, and the step's request):
//!
//! ```text
//! ┌ Predict · question 1/2 ─────────────────────┐
//! │ What will POST /token answer?               │
//! │                                             │
//! │  1  400 invalid_grant                       │
//! │  2  200 OK                                  │
//! │  3  401 invalid_client                      │
//! │                                             │
//! │ 1–4 answer · Esc skip                       │
//! └─────────────────────────────────────────────┘
//! ```
//!
//! Once answered, the right choice is marked `✓` and a wrong one chosen `✗`, then
//! the verdict and the facts that explain it (`predict::words`), with no blank line
//! between, so a step's explanation fits the 9 lines the pane has at 80×24. The marks carry the
//! meaning, so it reads the same without colour.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::predict::{Question, words};
use crate::tui::app::{App, Quiz};
use crate::tui::text::{Key, t};
use crate::tui::width;

/// ` Predict · question 1/2 `: the pane's title while a question is on screen.
pub fn title(app: &App, quiz: &Quiz) -> Line<'static> {
    let lang = app.lang();
    let (number, of) = quiz.progress();
    let text = format!(
        " {} · {} {number}/{of} ",
        t(lang, Key::Predict),
        t(lang, Key::Question)
    );
    Line::styled(text, app.theme().selected.patch(app.theme().title))
}

/// The question, its numbered choices and, once answered, why.
pub fn lines(app: &App, quiz: &Quiz, columns: usize) -> Vec<Line<'static>> {
    let Some(question) = quiz.question() else {
        return Vec::new();
    };
    let theme = app.theme();
    let lang = app.lang();
    let mut out = Vec::new();
    wrapped(
        &words::prompt(lang, &question.prompt),
        "",
        theme.title,
        columns,
        &mut out,
    );
    out.push(Line::raw(""));
    choices(app, question, quiz.chosen(), columns, &mut out);
    let Some(chosen) = quiz.chosen() else {
        out.push(Line::raw(""));
        out.push(Line::styled(t(lang, Key::AnswerKeys), theme.key));
        return out;
    };
    let verdict_style = if question.is_right(chosen) {
        theme.met
    } else {
        theme.failure
    };
    wrapped(
        &words::verdict(lang, question, chosen),
        "",
        verdict_style,
        columns,
        &mut out,
    );
    for fact in &question.facts {
        wrapped(
            &words::fact(lang, fact),
            "• ",
            Style::new(),
            columns,
            &mut out,
        );
    }
    out.push(Line::styled(t(lang, Key::ContinueKeys), theme.key));
    out
}

/// ` 1  200 OK`, with `✓` on the right one and `✗` on a wrong one chosen once
/// answered.
fn choices(
    app: &App,
    question: &Question,
    chosen: Option<usize>,
    columns: usize,
    out: &mut Vec<Line<'static>>,
) {
    let theme = app.theme();
    for (i, choice) in question.choices.iter().enumerate() {
        let text = words::choice(app.lang(), &question.prompt, choice);
        let (mark, style) = match chosen {
            None => ("", theme.value),
            Some(_) if question.is_right(i) => (" ✓", theme.met),
            Some(c) if c == i => (" ✗", theme.failure),
            Some(_) => ("", theme.dim),
        };
        let number = format!(" {}  ", i + 1);
        let room = columns.saturating_sub(width::of(&number));
        let lines = width::wrap(&format!("{text}{mark}"), room.max(1));
        for (j, line) in lines.into_iter().enumerate() {
            let lead = if j == 0 {
                Span::styled(number.clone(), theme.key)
            } else {
                Span::raw(" ".repeat(width::of(&number)))
            };
            out.push(Line::from(vec![lead, Span::styled(line, style)]));
        }
    }
}

/// `text` wrapped at spaces after `lead`, the following lines indented under it.
fn wrapped(text: &str, lead: &str, style: Style, columns: usize, out: &mut Vec<Line<'static>>) {
    let lead_width = width::of(lead);
    let lines = width::wrap(text, columns.saturating_sub(lead_width).max(1));
    for (i, line) in lines.into_iter().enumerate() {
        let first = if i == 0 {
            lead.to_owned()
        } else {
            " ".repeat(lead_width)
        };
        out.push(Line::from(vec![
            Span::raw(first),
            Span::styled(line, style),
        ]));
    }
}
