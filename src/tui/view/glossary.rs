//! The glossary window, over the body: the search typed so far, the terms it finds
//! (in the screen's language, whichever language matched), and the selected term's
//! definition and RFC: beside the list when the window is wide, below it otherwise.
//!
//! ```text
//! ┌ Glossary ──────────────────────────────────────────────────────┐
//! │ Search: code▏                                                  │
//! │ ▶ authorization code  │ authorization code                     │
//! │   code_verifier       │ RFC 6749 §1.3.1, §4.1.2                │
//! │   code_challenge      │                                        │
//! │                       │ A short-lived, single-use ticket …     │
//! └────────────────────────────────────────────────────────────────┘
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};

use crate::glossary::Term;
use crate::tui::app::{App, Glossary};
use crate::tui::text::{Key, t};
use crate::tui::width;

/// The window's widest.
const MAX_WIDTH: u16 = 110;
/// From this inner width on, the definition sits beside the list.
const SIDE_BY_SIDE: u16 = 70;
/// The most of the window's width the list takes when side by side.
const MAX_LIST_SHARE: u16 = 40;

pub fn render(app: &App, glossary: &Glossary, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let lang = app.lang();
    let inner = super::window(app, area, MAX_WIDTH, Key::Glossary, buf);
    let columns = usize::from(inner.width);
    let search = format!("{}{}▏", t(lang, Key::Search), glossary.query());
    let search = width::truncate(&search, columns);
    buf.set_stringn(inner.x, inner.y, &search, columns, theme.key);
    let body = Rect {
        y: inner.y.saturating_add(1),
        height: inner.height.saturating_sub(1),
        ..inner
    };
    let (list, definition) = if body.width >= SIDE_BY_SIDE {
        let [list, _, definition] = Layout::horizontal([
            Constraint::Length(list_width(app, glossary, body.width)),
            Constraint::Length(3),
            Constraint::Fill(1),
        ])
        .areas(body);
        for y in body.top()..body.bottom() {
            buf.set_string(list.right() + 1, y, "│", theme.border);
        }
        (list, definition)
    } else {
        let [list, definition] =
            Layout::vertical([Constraint::Percentage(40), Constraint::Fill(1)]).areas(body);
        (list, definition)
    };
    render_list(app, glossary, list, buf);
    render_definition(app, glossary, definition, buf);
}

/// The list's width beside the definition: the widest name in the screen's
/// language with its marker, but at most [`MAX_LIST_SHARE`] percent of `room`.
fn list_width(app: &App, glossary: &Glossary, room: u16) -> u16 {
    let widest = Term::all()
        .filter_map(|term| glossary.entry(term, app.lang()))
        .map(|entry| width::of(entry.name) + 2)
        .max()
        .unwrap_or(0);
    width::to_u16(widest).min(room * MAX_LIST_SHARE / 100)
}

/// The terms found, the selection kept in sight.
fn render_list(app: &App, glossary: &Glossary, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let lang = app.lang();
    let columns = usize::from(area.width);
    if glossary.found().is_empty() {
        buf.set_stringn(area.x, area.y, t(lang, Key::NoTerm), columns, theme.dim);
        return;
    }
    let height = usize::from(area.height);
    let top = glossary
        .selected()
        .saturating_sub(height / 2)
        .min(glossary.found().len().saturating_sub(height));
    let rows = glossary.found().iter().enumerate().skip(top).take(height);
    for ((i, term), y) in rows.zip(area.top()..) {
        let name = glossary.entry(*term, lang).map_or("", |e| e.name);
        let (marker, style) = if i == glossary.selected() {
            ("▶", theme.selected)
        } else {
            (" ", theme.value)
        };
        let text = width::truncate(&format!("{marker} {name}"), columns).into_owned();
        buf.set_stringn(area.x, y, &text, columns, style);
    }
}

/// The selected term: its name, its RFC, and its definition wrapped to the area.
fn render_definition(app: &App, glossary: &Glossary, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let Some(entry) = glossary
        .found()
        .get(glossary.selected())
        .and_then(|term| glossary.entry(*term, app.lang()))
    else {
        return;
    };
    let columns = usize::from(area.width);
    let mut lines: Vec<(String, ratatui::style::Style)> = Vec::new();
    for line in width::wrap(entry.name, columns.max(1)) {
        lines.push((line, theme.title));
    }
    for line in width::wrap(entry.rfc, columns.max(1)) {
        lines.push((line, theme.dim));
    }
    lines.push((String::new(), theme.value));
    for line in width::wrap(entry.definition, columns.max(1)) {
        lines.push((line, theme.value));
    }
    for ((line, style), y) in lines.iter().zip(area.top()..area.bottom()) {
        buf.set_stringn(area.x, y, line, columns, *style);
    }
}
