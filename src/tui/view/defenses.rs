//! The defenses panel (`x`), over the body: every policy of the format's `client`,
//! `server` and `resource` objects with its value in the run shown, the selected one
//! marked `▶`, one changed from the scenario as opened marked `~` with what it was,
//! and the loader's refusal of the last flip under the list.
//!
//! ```text
//! ┌ What if: defenses ─────────────────────────────────────┐
//! │   client.uses_pkce                    true             │
//! │ ▶ server.redirect_uri_matching     ~  prefix  was: exact │
//! │   resource.introspection_cache        0 s              │
//! └────────────────────────────────────────────────────────┘
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::app::{App, Defenses, shown};
use crate::tui::text::{Key, t};
use crate::tui::width;

/// The panel's widest.
const MAX_WIDTH: u16 = 90;
/// The column of values: the longest path (`server.reject_verifier_without_challenge`)
/// and a space.
const PATH_WIDTH: usize = 41;

pub fn render(app: &App, panel: &Defenses, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let lang = app.lang();
    let inner = super::window(app, area, MAX_WIDTH, Key::Defenses, buf);
    let columns = usize::from(inner.width);
    let refused: Vec<String> = panel
        .refused
        .as_ref()
        .map(|why| width::wrap(&format!("{}{why}", t(lang, Key::Refused)), columns))
        .unwrap_or_default();
    let height = usize::from(inner.height).saturating_sub(refused.len());
    let top = panel
        .cursor
        .saturating_sub(height / 2)
        .min(panel.list.len().saturating_sub(height));
    let path_width = PATH_WIDTH.min(columns / 2);
    let mut y = inner.y;
    for (i, defense) in panel.list.iter().enumerate().skip(top).take(height) {
        let now = app.policy(&defense.path);
        let was = app.policy_opened(&defense.path);
        let selected = i == panel.cursor;
        let cursor = if selected { "▶" } else { " " };
        let changed = now != was;
        let mark = if changed { "~" } else { " " };
        let path = width::truncate(&defense.path, path_width.saturating_sub(1));
        let pad = path_width.saturating_sub(width::of(&path));
        let mut text = format!("{cursor} {mark} {path}{}{}", " ".repeat(pad), shown(&now));
        if changed {
            text = format!("{text}  {}{}", t(lang, Key::Was), shown(&was));
        }
        let style = match (selected, changed) {
            (true, _) => theme.selected,
            (false, true) => theme.changed,
            (false, false) => theme.value,
        };
        let text = width::truncate(&text, columns);
        buf.set_stringn(inner.x, y, &text, columns, style);
        y = y.saturating_add(1);
    }
    for line in refused {
        buf.set_stringn(inner.x, y, line, columns, theme.failure);
        y = y.saturating_add(1);
    }
}
