//! The curl window (`c`): the selected request as the command that sends it, drawn
//! over the screen and already on the clipboard. The command wraps where wire text
//! may (`width::wire`); any key closes the window.
//!
//! ```text
//! ┌ curl · copied to the clipboard ──────────────────────────┐
//! │ curl 'https://auth.example/token' -H 'Authorization: Bas │
//! │ ic …' --data-raw 'grant_type=authorization_code&code=…'  │
//! └──────────────────────────────────────────────────────────┘
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::help::centered;
use crate::escape::visible_line;
use crate::tui::app::App;
use crate::tui::text::{Key, t};
use crate::tui::width;

/// The widest the window grows, so a long command reads as a block.
const MAX_WIDTH: u16 = 100;

pub fn render(app: &App, command: Option<&str>, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let (title, text) = match command {
        Some(command) => (Key::CurlCopied, visible_line(command)),
        None => (Key::CurlNotRequest, visible_line("")),
    };
    let box_width = area.width.saturating_sub(4).min(MAX_WIDTH);
    let inner_width = usize::from(box_width.saturating_sub(4));
    let mut lines: Vec<String> = if command.is_some() {
        width::wire(&text, inner_width, inner_width)
            .into_iter()
            .map(str::to_owned)
            .collect()
    } else {
        width::wrap(t(app.lang(), Key::CurlSelectRequest), inner_width)
    };
    let room = usize::from(area.height.saturating_sub(4));
    if lines.len() > room {
        lines.truncate(room);
        if let Some(last) = lines.last_mut() {
            *last = format!("{}…", width::split(last, inner_width.saturating_sub(1)).0);
        }
    }
    let popup = centered(area, box_width, width::to_u16(lines.len() + 2));
    super::clear(popup, buf);
    let block = super::titled(app, theme.key, title);
    let inner = block.inner(popup);
    block.render(popup, buf);
    for (line, y) in lines.iter().zip(inner.top()..inner.bottom()) {
        buf.set_stringn(inner.x + 1, y, line, inner_width, theme.title);
    }
}
