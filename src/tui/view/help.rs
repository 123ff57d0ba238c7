//! The help overlay: every key, in the current language, drawn over the screen; its
//! bottom edge says what closes it (any key, which does nothing else).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::app::App;
use crate::tui::text::{self, Key};
use crate::tui::width;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let rows = text::help(app.lang());
    let keys_width = rows.iter().map(|(k, _)| width::of(k)).max().unwrap_or(0);
    let widest = rows
        .iter()
        .map(|(_, what)| keys_width + 2 + width::of(what))
        .max()
        .unwrap_or(0);
    let box_width = width::to_u16(widest + 4).min(area.width);
    let box_height = width::to_u16(rows.len() + 2).min(area.height);
    let popup = centered(area, box_width, box_height);
    super::clear(popup, buf);
    let closes = format!(" {} ", text::t(app.lang(), Key::AnyKeyCloses));
    let block = super::titled(app, theme.key, Key::Help)
        .title_bottom(Line::styled(closes, theme.dim).right_aligned());
    let inner = block.inner(popup);
    block.render(popup, buf);
    for ((keys, what), y) in rows.iter().zip(inner.top()..inner.bottom()) {
        let pad = keys_width.saturating_sub(width::of(keys));
        let line = Line::from(vec![
            Span::raw(" "),
            Span::styled(*keys, theme.key),
            Span::raw(" ".repeat(pad + 2)),
            Span::raw(*what),
        ]);
        buf.set_line(inner.x, y, &line, inner.width);
    }
}

/// A `width` × `height` rectangle in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}
