//! The top line: which scenario, which chapter of the lesson, which step, and the
//! simulated clock (the step's `at`; only `wait` moves it). The right side is what
//! changes while stepping, so it is kept whole and the title gives way. A clock
//! stopped at its limit (year 262142) always shows its year and a mark.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::explain::chapter_at;
use crate::sim::StepRecord;
use crate::tui::app::App;
use crate::tui::text::{Key, t};
use crate::tui::width;

/// Cells between the right-hand items.
const GAP: &str = "   ";
/// Below this many cells left for the title, the clock drops its year.
const TITLE_ROOM: usize = 30;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let columns = usize::from(area.width);
    let mut right = status(app, true);
    let at = app.current().map_or(app.transcript().start, |s| s.at);
    let full_clock = format!("⏱ {}", at.format("%Y-%m-%d %H:%M:%S"));
    // A clock stopped at its limit keeps its year and says so: the date alone would
    // look like an ordinary time. To keep it whole, the chapter gives way (the
    // Explain tab names it too).
    let clock = if app.current().is_some_and(StepRecord::clock_at_limit) {
        let clock = format!("{full_clock} ({})", t(app.lang(), Key::ClockAtLimit));
        if width_with(&right, &clock) > columns {
            right = status(app, false);
        }
        clock
    } else if width_with(&right, &full_clock) + TITLE_ROOM <= columns {
        full_clock
    } else {
        format!("⏱ {}", at.format("%m-%d %H:%M:%S"))
    };
    let right_width = width_with(&right, &clock);
    right.push(Span::styled(clock, theme.title));

    let name = app.transcript().title.get(app.lang());
    let room = columns.saturating_sub(right_width + 1);
    // The scenario's name matters more than ours: the brand goes first when space is short.
    let branded = format!(" oauth-sim · {name}");
    let title = if width::of(&branded) <= room {
        branded
    } else {
        format!(" {name}")
    };
    let title = width::truncate(&title, room).into_owned();
    let pad = columns.saturating_sub(width::of(&title) + right_width);
    let mut spans = vec![Span::styled(title, theme.title), Span::raw(" ".repeat(pad))];
    for (i, span) in right.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(GAP));
        }
        spans.push(span);
    }
    spans.push(Span::raw(" "));
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// The cells the right-hand items take with `clock` after them.
fn width_with(right: &[Span<'_>], clock: &str) -> usize {
    right.iter().map(|s| width::of(&s.content)).sum::<usize>()
        + width::of(clock)
        + GAP.len() * right.len()
        + 1
}

/// What-if and autoplay marks, the chapter (when `chapter`) and the step count.
fn status(app: &App, chapter: bool) -> Vec<Span<'static>> {
    let theme = app.theme();
    let lang = app.lang();
    let mut spans = Vec::new();
    if app.what_if() {
        spans.push(Span::styled(t(lang, Key::WhatIf), theme.changed));
    }
    if let Some(interval) = app.autoplay() {
        let seconds = interval.as_secs_f32();
        let (play, unit) = (t(lang, Key::Autoplay), t(lang, Key::Seconds));
        spans.push(Span::styled(
            format!("▶▶ {play} {seconds}{unit}"),
            theme.key,
        ));
    }
    if let Some(chapter) = chapter_at(&app.transcript().steps, app.step()).filter(|_| chapter) {
        let text = format!("{} · {}", chapter.number(), chapter.title(lang));
        spans.push(Span::styled(text, theme.title));
    }
    let total = app.transcript().steps.len();
    let position = if total == 0 { 0 } else { app.step() + 1 };
    spans.push(Span::raw(format!(
        "{} {position}/{total}",
        t(lang, Key::Step)
    )));
    spans
}
