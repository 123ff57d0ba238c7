//! The sequence diagram: one lane per actor, each message an arrow between lanes
//! labelled with `Message::label()`, the current step marked `▶` and bold, failed
//! answers in the error style with `✗` (or `⊘` when the scenario expects them, see
//! `verdict`), a `wait` as a clock mark across the lanes, the lesson's `roles` step
//! as its headline across the lanes it introduces, steps not reached yet as dotted
//! rows (and so are the answer rows of a step predict mode is asking about: the
//! messages after its last request), and a band across the lanes where a chapter of the lesson starts
//! (`── 3 · Owner approval ──`).
//!
//! Only the rows in sight are drawn: `Timeline` (built once per transcript) turns the
//! top row into a step with a binary search, so a frame costs the same for 10 or
//! 10,000 steps.

mod lanes;

use std::cmp::Ordering;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use self::lanes::Lanes;
use super::verdict::Verdict;
use crate::explain::Chapter;
use crate::sim::{Action as StepAction, Message, StepRecord};
use crate::tui::app::{App, Viewport};
use crate::tui::text::{Key, t};
use crate::tui::width;

/// Rows above the steps for the lane names.
const NAME_ROWS: u16 = 2;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let block = super::titled(app, theme.border, Key::Flow);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height <= NAME_ROWS || inner.width < 20 {
        return;
    }
    let lanes = Lanes::new(app, inner);
    lanes.names(app, buf);
    let rows = Rect {
        y: inner.y + NAME_ROWS,
        height: inner.height - NAME_ROWS,
        ..inner
    };
    let height = usize::from(rows.height);
    app.viewport().set(Viewport {
        diagram_rows: height,
        ..app.viewport().get()
    });
    let timeline = app.timeline();
    let top = timeline.top(app.step(), height, app.diagram_offset());
    for (row, y) in (top..).zip(rows.top()..rows.bottom()) {
        let Some((step, offset)) = timeline.step_at(row, app.step()) else {
            break;
        };
        let line = Rect::new(rows.x, y, rows.width, 1);
        match (timeline.band(step), offset) {
            (Some(chapter), 0) => band(app, chapter, step > app.step(), line, buf),
            (band, offset) => {
                let offset = offset - usize::from(band.is_some());
                lanes.row(app, step, offset, line, buf);
            }
        }
    }
}

/// `──── 3 · Owner approval ────────`: where a chapter starts, across the lanes, in
/// the language shown; dim when the chapter is still ahead.
fn band(app: &App, chapter: Chapter, ahead: bool, line: Rect, buf: &mut Buffer) {
    let style = if ahead {
        app.theme().future
    } else {
        app.theme().band
    };
    for x in line.left()..line.right() {
        put(buf, line, x, "─", style);
    }
    let label = format!(" {} · {} ", chapter.number(), chapter.title(app.lang()));
    let room = usize::from(line.width.saturating_sub(4));
    put_str(
        buf,
        line,
        line.x + 2,
        line.y,
        &width::truncate(&label, room),
        style,
    );
}

/// Drawing the rows of steps onto the lanes.
impl Lanes<'_> {
    /// One row of step `step` (`offset`: which of its rows).
    fn row(&self, app: &App, step: usize, offset: usize, line: Rect, buf: &mut Buffer) {
        let theme = app.theme();
        let cursor = app.step();
        let Some(record) = app.transcript().steps.get(step) else {
            return;
        };
        let future = step > cursor;
        // Predict mode asking about the step: its answer is drawn as a row not
        // reached yet.
        let hidden = future || app.hidden_from(step).is_some_and(|first| offset >= first);
        let (lane_symbol, lane_style) = if hidden {
            ("·", theme.future)
        } else {
            ("│", theme.lane)
        };
        for x in &self.xs {
            put(buf, line, *x, lane_symbol, lane_style);
        }
        if offset == 0 {
            self.gutter(app, record, step, line, buf);
        }
        if !hidden {
            self.content(app, record, offset, line, buf);
        }
        if step == cursor {
            buf.set_style(line, theme.current);
        }
    }

    /// `▶ 6` for the current step, ` 6` for the others.
    fn gutter(&self, app: &App, record: &StepRecord, step: usize, line: Rect, buf: &mut Buffer) {
        let theme = app.theme();
        let cursor = app.step();
        let style = if step > cursor {
            theme.future
        } else if app.hidden_from(step).is_some() {
            Style::new()
        } else {
            Verdict::of_step(record).map_or(Style::new(), |v| v.style(theme))
        };
        let digits = usize::from(self.gutter.saturating_sub(2));
        let marker = if step == cursor { "▶" } else { " " };
        // `▶ 6`: the number right-aligned, always a space after the marker.
        let label = format!("{marker}{:>digits$}", record.index);
        put_str(buf, line, line.x, line.y, &label, style);
    }

    /// What the row shows: an arrow, the clock mark of a wait, the roles step's
    /// headline, why the client skipped the step, or why the step could not run.
    fn content(&self, app: &App, record: &StepRecord, offset: usize, line: Rect, buf: &mut Buffer) {
        let theme = app.theme();
        if let Some(message) = record.messages.get(offset) {
            let selected = app.step() == record.index - 1 && app.message() == offset;
            let verdict = Verdict::of_message(record, offset);
            self.arrow(app, message, verdict, selected, line, buf);
        } else if record.step.action == StepAction::Wait {
            let seconds = record.step.seconds.unwrap_or(0);
            let label = format!(" ⏱ +{seconds}{} ", t(app.lang(), Key::Seconds));
            self.across(&label, theme.wait, line, buf);
        } else if record.step.action == StepAction::Roles {
            let headline = crate::explain::explain_step(record)
                .text(app.lang())
                .headline;
            self.across(&format!(" {headline} "), theme.title, line, buf);
        } else if let Some(skip) = &record.skipped {
            let label = format!(" {} ", skipped_line(app.lang(), skip));
            self.across(&label, theme.dim, line, buf);
        } else if let Some(problem) = &record.problem {
            let start = self.xs.first().copied().unwrap_or(line.x).saturating_add(2);
            let text = format!(" ✗ {} ", crate::tui::text::problem(app.lang(), problem));
            let room = usize::from(line.right().saturating_sub(start));
            put_str(
                buf,
                line,
                start,
                line.y,
                &width::truncate(&text, room),
                theme.failure,
            );
        }
    }

    /// A dotted line from the first lane to the last with `label` in the middle.
    fn across(&self, label: &str, style: Style, line: Rect, buf: &mut Buffer) {
        let (Some(&first), Some(&last)) = (self.xs.first(), self.xs.last()) else {
            return;
        };
        for x in first..=last {
            put(buf, line, x, "┄", style);
        }
        let room = usize::from(last.saturating_sub(first).saturating_sub(1));
        let label = width::truncate(label, room);
        let w = width::to_u16(width::of(&label));
        let start = first + (last.saturating_sub(first).saturating_sub(w)) / 2 + 1;
        put_str(buf, line, start, line.y, &label, style);
    }

    /// `├─ label ───▶│` or `│◀─── label ─┤`, the label next to the sender.
    fn arrow(
        &self,
        app: &App,
        message: &Message,
        verdict: Option<Verdict>,
        selected: bool,
        line: Rect,
        buf: &mut Buffer,
    ) {
        let theme = app.theme();
        let (Some(from), Some(to)) = (self.x_of(message.from), self.x_of(message.to)) else {
            return;
        };
        let style = verdict.map_or(theme.arrow, |v| v.style(theme));
        let label = crate::explain::label(app.lang(), message);
        let label = match verdict {
            Some(verdict) => format!("{} {label}", verdict.mark()),
            None => label,
        };
        let label_style = if selected {
            style.patch(theme.selected)
        } else {
            style
        };
        let (left, right) = (from.min(to), from.max(to));
        for x in left.saturating_add(1)..right {
            put(buf, line, x, "─", style);
        }
        let room = usize::from(right.saturating_sub(left).saturating_sub(6));
        let label = width::truncate(&label, room);
        let w = width::to_u16(width::of(&label));
        let (ends, label_x) = match from.cmp(&to) {
            Ordering::Less => ([(from, "├"), (to.saturating_sub(1), "▶")], from + 2),
            Ordering::Greater => ([(from, "┤"), (to + 1, "◀")], from.saturating_sub(w + 3)),
            Ordering::Equal => ([(from, "│"), (from + 1, "↺")], from + 2),
        };
        for (x, symbol) in ends {
            put(buf, line, x, symbol, style);
        }
        put_str(
            buf,
            line,
            label_x,
            line.y,
            &format!(" {label} "),
            label_style,
        );
    }
}

/// Sets the one-cell `symbol` at column `x` of the row `line`, if inside it. The
/// diagram's lines are drawn cell by cell, so this skips the grapheme walk of
/// `set_stringn`.
fn put(buf: &mut Buffer, line: Rect, x: u16, symbol: &str, style: Style) {
    if x < line.left() || x >= line.right() {
        return;
    }
    if let Some(cell) = buf.cell_mut((x, line.y)) {
        cell.set_symbol(symbol).set_style(style);
    }
}

/// Writes `text` at (x, y) only where it lies inside `area`.
fn put_str(buf: &mut Buffer, area: Rect, x: u16, y: u16, text: &str, style: Style) {
    let area = area.intersection(buf.area);
    if y < area.top() || y >= area.bottom() || x < area.left() || x >= area.right() {
        return;
    }
    let room = usize::from(area.right() - x);
    buf.set_stringn(x, y, text, room, style);
}

/// `skipped: the client has no code: the authorization was denied at step 4`, as
/// every report says it.
pub fn skipped_line(lang: crate::explain::Lang, skip: &crate::sim::Skip) -> String {
    format!(
        "{}: {}",
        crate::explain::words::skipped(lang),
        crate::explain::words::skip_reason(lang, skip)
    )
}
