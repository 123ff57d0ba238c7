//! The scenario picker, over the body: the filter typed so far, the built-ins under
//! their groups' headings, then the files of the directory, only what the filter
//! matches, the selection kept in sight, and the last load error in the headless
//! runner's words, wrapped inside the box (display width, so Hangul too).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::scenario::Group;
use crate::tui::app::{App, Picker};
use crate::tui::text::{Key, t};
use crate::tui::width;

/// The picker's widest.
const MAX_WIDTH: u16 = 100;

pub fn render(app: &App, picker: &Picker, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let lang = app.lang();
    let inner = super::window(app, area, MAX_WIDTH, Key::Picker, buf);
    let columns = usize::from(inner.width);
    let filter = format!("{}{}▏", t(lang, Key::Filter), picker.filter());
    let filter = width::truncate(&filter, columns);
    buf.set_stringn(inner.x, inner.y, &filter, columns, theme.key);
    let inner = Rect {
        y: inner.y.saturating_add(1),
        height: inner.height.saturating_sub(1),
        ..inner
    };
    let error = error_lines(picker, columns, usize::from(inner.height).saturating_sub(1));
    let list_height = usize::from(inner.height).saturating_sub(error.len());
    let rows = rows(app, picker);
    let selected_row = rows
        .iter()
        .position(|(_, i)| *i == Some(picker.selected()))
        .unwrap_or(0);
    // The selection in the middle of the list, or as near as the ends allow.
    let top = selected_row
        .saturating_sub(list_height / 2)
        .min(rows.len().saturating_sub(list_height));
    let list = rows.iter().skip(top).take(list_height);
    for ((text, entry), y) in list.zip(inner.top()..) {
        let style = match entry {
            None => theme.title,
            Some(i) if *i == picker.selected() => theme.selected,
            Some(_) => theme.value,
        };
        let text = width::truncate(text, columns);
        buf.set_stringn(inner.x, y, &text, columns, style);
    }
    for (line, y) in error
        .iter()
        .zip(inner.bottom().saturating_sub(width::to_u16(error.len()))..)
    {
        buf.set_stringn(inner.x, y, line, columns, theme.failure);
    }
}

/// The last load error wrapped to the box, in at most `rows` lines (the list keeps
/// at least the selected entry in sight); an error longer than that ends with `…`.
fn error_lines(picker: &Picker, columns: usize, rows: usize) -> Vec<String> {
    let Some(error) = picker.error() else {
        return Vec::new();
    };
    let mut lines = width::wrap(error, columns);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            let (head, _) = width::split(last, columns.saturating_sub(1));
            *last = format!("{head}…");
        }
    }
    lines
}

/// The lines of the list: headings (`None`) and the entries the filter matches
/// (their index), each group's heading above its first entry listed.
fn rows(app: &App, picker: &Picker) -> Vec<(String, Option<usize>)> {
    let lang = app.lang();
    let mut rows = Vec::new();
    let mut heading: Option<Option<Group>> = None;
    let first_file = picker.first_file();
    for i in picker.visible() {
        let Some(entry) = picker.entries().get(i) else {
            continue;
        };
        if heading != Some(entry.group) {
            if !rows.is_empty() {
                rows.push((String::new(), None));
            }
            let title = match entry.group {
                Some(group) => t(lang, group_key(group)).to_owned(),
                None if first_file.is_some() => {
                    let dir = picker
                        .dir()
                        .map(|d| d.display().to_string())
                        .unwrap_or_default();
                    format!("{}{dir}", t(lang, Key::Files))
                }
                None => t(lang, Key::Builtin).to_owned(),
            };
            rows.push((title, None));
            heading = Some(entry.group);
        }
        let marker = if i == picker.selected() { "▶" } else { " " };
        rows.push((format!("{marker} {}", entry.label), Some(i)));
    }
    if rows.is_empty() {
        rows.push((t(lang, Key::NoMatch).to_owned(), None));
    }
    rows
}

/// The heading of a group.
fn group_key(group: Group) -> Key {
    match group {
        Group::Lesson => Key::GroupLesson,
        Group::Registration => Key::GroupRegistration,
        Group::RedirectUri => Key::GroupRedirectUri,
        Group::Pkce => Key::GroupPkce,
        Group::Code => Key::GroupCode,
        Group::Tokens => Key::GroupTokens,
        Group::Attacks => Key::GroupAttacks,
        Group::ClientCredentials => Key::GroupClientCredentials,
        Group::DeviceCode => Key::GroupDeviceCode,
        Group::Legacy => Key::GroupLegacy,
        Group::OpenIdConnect => Key::GroupOpenIdConnect,
    }
}
