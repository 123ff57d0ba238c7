//! The top line: which scenario, which chapter of the lesson, which step, and the
//! simulated clock (the step's `at`; only `wait` moves it). The right side is what
//! changes while stepping, so it is kept whole and the title gives way.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::explain::explain;
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
    let mut right = status(app);
    let at = app.current().map_or(app.transcript().start, |s| s.at);
    let full_clock = format!("⏱ {}", at.format("%Y-%m-%d %H:%M:%S"));
    let brief_clock = format!("⏱ {}", at.format("%m-%d %H:%M:%S"));
    let width_with = |clock: &str| {
        right.iter().map(|s| width::of(&s.content)).sum::<usize>()
            + width::of(clock)
            + GAP.len() * right.len()
            + 1
    };
    let clock = if width_with(&full_clock) + TITLE_ROOM <= columns {
        full_clock
    } else {
        brief_clock
    };
    let right_width = width_with(&clock);
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

/// What-if and autoplay marks, the chapter and the step count.
fn status(app: &App) -> Vec<Span<'static>> {
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
    if let Some(record) = app.current() {
        let chapter = explain(record.topic).chapter;
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
