//! The request editor (`e`), over the body: the step and its request line, then one
//! row per thing a scenario can change, the selected row marked `▶`, a changed row
//! `~` and a removed one `−`; the rows to add are dim until typed into. The selected
//! row shows its end, where typing goes, and the loader's refusal of the last Enter
//! is written under the rows.
//!
//! ```text
//! ┌ What if: edit the request ────────────────────────┐
//! │ step 7 · token · POST /token                      │
//! │ ▶ method   POST                                   │
//! │   sent by  client                                 │
//! │ ~ redirect_uri=https://printer.example/callback/x │
//! │   + parameter: name=value                         │
//! │   Authorization: Basic UGhvdG8…                   │
//! │   + header: Name: value                           │
//! └───────────────────────────────────────────────────┘
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::sim::Payload;
use crate::tui::app::{App, Editor, Field, Row};
use crate::tui::text::{Key, step_number, t};
use crate::tui::width;

/// The editor's widest.
const MAX_WIDTH: u16 = 100;
/// The column where a method's or a sender's value starts.
const LABEL_WIDTH: usize = 10;

pub fn render(app: &App, editor: &Editor, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let lang = app.lang();
    let inner = super::window(app, area, MAX_WIDTH, Key::Editor, buf);
    let columns = usize::from(inner.width);
    let mut y = inner.y;
    buf.set_stringn(inner.x, y, heading(app, editor), columns, theme.title);
    y = y.saturating_add(1);
    let refused: Vec<String> = editor
        .refused
        .as_ref()
        .map(|why| width::wrap(&format!("{}{why}", t(lang, Key::Refused)), columns))
        .unwrap_or_default();
    let height = usize::from(inner.bottom().saturating_sub(y)).saturating_sub(refused.len());
    let top = editor
        .cursor
        .saturating_sub(height / 2)
        .min(editor.rows.len().saturating_sub(height));
    for (i, row) in editor.rows.iter().enumerate().skip(top).take(height) {
        let selected = i == editor.cursor;
        let (text, style) = row_text(app, row, selected, columns);
        let style = if selected {
            style.patch(theme.selected)
        } else {
            style
        };
        buf.set_stringn(inner.x, y, text, columns, style);
        y = y.saturating_add(1);
    }
    for line in refused {
        buf.set_stringn(inner.x, y, line, columns, theme.failure);
        y = y.saturating_add(1);
    }
}

/// `step 7 · token · POST /token`: which request the form changes.
fn heading(app: &App, editor: &Editor) -> String {
    let record = app.transcript().steps.get(editor.step);
    let action = record.map_or("", |r| r.step.action.as_str());
    let request = record
        .and_then(|r| r.messages.get(editor.message))
        .and_then(|m| match &m.payload {
            Payload::Request(request) => {
                Some(format!("{} {}", request.method.as_str(), request.path))
            }
            Payload::Response(_) => None,
        })
        .unwrap_or_default();
    let step = step_number(app.lang(), editor.step + 1);
    format!("{step} · {action} · {request}")
}

/// A row as drawn: its marks and text, cut to `columns` (from the end when it is
/// selected, so what is typed stays in sight), and its style.
fn row_text(app: &App, row: &Row, selected: bool, columns: usize) -> (String, Style) {
    let theme = app.theme();
    let lang = app.lang();
    let cursor = if selected { "▶" } else { " " };
    let (mark, style) = match row {
        Row::Text { text, original, .. } if text.is_empty() && original.is_some() => {
            ("−", theme.deleted)
        }
        _ if row.changed() => ("~", theme.changed),
        _ => (" ", theme.value),
    };
    let body = match row {
        Row::Method { value, .. } => format!("{:<LABEL_WIDTH$}{value}", "method"),
        Row::Sender { value, .. } => {
            let label = t(lang, Key::Sender);
            let pad = LABEL_WIDTH.saturating_sub(width::of(label));
            format!("{label}{}{}", " ".repeat(pad), value.as_str())
        }
        Row::Text {
            field,
            original: None,
            text,
        } if text.is_empty() => {
            let hint = match field {
                Field::Param => Key::AddParam,
                Field::Header => Key::AddHeader,
            };
            let text = format!("{cursor} {mark} {}", t(lang, hint));
            return (width::truncate(&text, columns).into_owned(), theme.dim);
        }
        Row::Text { text, original, .. } if text.is_empty() => original.clone().unwrap_or_default(),
        Row::Text { text, .. } => text.clone(),
    };
    let head = format!("{cursor} {mark} ");
    let room = columns.saturating_sub(width::of(&head));
    let body = if selected && width::of(&body) > room {
        let skip = width::of(&body) - room.saturating_sub(1);
        let (_, tail) = width::split(&body, skip);
        format!("…{}", width::truncate(tail, room.saturating_sub(1)))
    } else {
        width::truncate(&body, room).into_owned()
    };
    (format!("{head}{body}"), style)
}
