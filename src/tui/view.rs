//! Drawing the screen: `impl Widget for &App` splits the area into named regions and
//! hands each to its own file (architecture principle 5). The view only reads the
//! app; the one thing it writes back is what the frame measured (`Viewport`), so
//! scrolling can stop at the ends.
//!
//! ```text
//!  oauth-sim · The standard flow          4 · Server approval   step 6/11   ⏱ 09:00:14   header
//! ┌ Flow ───────────────────────────┐┌ 1 Message │ 2 Explain │ 3 State │ 4 Expect ────┐
//! │ Client  Resource Owner  Auth…   ││ Client → Authorization Server           1/2   │
//! │  1 ├─ POST /register ──▶│       ││ POST /token HTTP/1.1                          │
//! │▶ 6 ├─ POST /token ─────▶│       ││ grant_type = authorization_code               │
//! │  7 ·        ·           ·       ││                                               │
//! └─────────────────────────────────┘│ Alice decides: ▶ Allow   Deny  (consent only) │
//!            diagram                 └───────────────────────────────────────────────┘
//!  ←/→ step  ↑/↓ message  Tab panel  a autoplay  L 한국어  o open  ? help  q quit   footer
//! ```
//!
//! At 120 columns and more the diagram is left of the detail pane; below that they
//! are stacked. In the presenter view (`z`) the detail pane takes the whole body.
//! Below 60×16 one line asks for a larger terminal. The picker, the glossary, the
//! request editor, the defenses panel, the curl window and the help are drawn over
//! everything. While predict mode asks about a step, its question takes the detail
//! pane's place (`view/predict.rs`).

mod choice;
mod curl;
mod defenses;
mod diagram;
mod editor;
mod expect;
mod explain;
mod footer;
mod glossary;
mod header;
#[cfg(test)]
pub use header::change_label;
mod help;
mod jwt;
mod message;
mod picker;
mod predict;
mod state;
mod verdict;
mod waiting;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use super::action::Tab;
use super::app::{App, Viewport};
use super::text::{Key, t};
use super::width;

/// Below this the screen cannot be read; a message asks for more room.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// From this width on, the diagram and the detail pane sit side by side.
pub const WIDE: u16 = 120;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(self, area, buf);
            return;
        }
        let [top, body, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        header::render(self, top, buf);
        let (flow, detail) = if self.zoomed() {
            (Rect::default(), body)
        } else {
            split_body(body)
        };
        self.viewport().set(Viewport {
            diagram_area: flow,
            detail_area: detail,
            ..self.viewport().get()
        });
        if !flow.is_empty() {
            diagram::render(self, flow, buf);
        }
        render_detail(self, detail, buf);
        footer::render(self, bottom, buf);
        if let Some(picker) = self.picker() {
            picker::render(self, picker, body, buf);
        }
        if let Some(glossary) = self.glossary() {
            glossary::render(self, glossary, body, buf);
        }
        if let Some(editor) = self.editor() {
            editor::render(self, editor, body, buf);
        }
        if let Some(panel) = self.defenses() {
            defenses::render(self, panel, body, buf);
        }
        if let Some(command) = self.curl() {
            curl::render(self, command, area, buf);
        }
        if let Some(view) = self.jwt() {
            jwt::render(self, view, body, buf);
        }
        if self.help_open() {
            help::render(self, area, buf);
        }
    }
}

/// Diagram and detail pane: side by side when wide, stacked otherwise.
fn split_body(body: Rect) -> (Rect, Rect) {
    if body.width >= WIDE {
        let [flow, detail] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(body);
        (flow, detail)
    } else {
        let [flow, detail] =
            Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body);
        (flow, detail)
    }
}

/// The tabbed pane: the selected tab's lines, scrolled, and the consent choice; in
/// their place, predict mode's question while it is asked.
fn render_detail(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let quiz = app.quiz();
    let title = quiz.map_or_else(|| tab_bar(app), |quiz| predict::title(app, quiz));
    let mut block = Block::bordered().border_style(theme.border).title(title);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    let bar_rows = u16::from(quiz.is_none() && app.choice().is_some() && inner.height >= 4);
    let content = Rect {
        height: inner.height.saturating_sub(bar_rows),
        ..inner
    };
    let columns = usize::from(content.width);
    let (scroll, height) = (
        usize::from(app.detail_scroll()),
        usize::from(content.height),
    );
    let page = match (quiz, app.tab()) {
        (Some(quiz), _) => Page::from_all(predict::lines(app, quiz, columns), scroll, height),
        (None, Tab::Message) => Page::from_all(message::lines(app, columns), scroll, height),
        (None, Tab::Explain) => Page::from_all(explain::lines(app, columns), scroll, height),
        (None, Tab::State) => state::page(app, columns, scroll, height),
        (None, Tab::Expect) => Page::from_all(expect::lines(app, columns), scroll, height),
    };
    let max = page.total.saturating_sub(height);
    app.viewport().set(Viewport {
        detail_max: width::to_u16(max),
        ..app.viewport().get()
    });
    if page.first < max {
        block = block.title_bottom(Line::styled(" ↓ PgDn ", theme.dim).right_aligned());
    }
    block.render(area, buf);
    for (line, y) in page.lines.iter().zip(content.top()..content.bottom()) {
        buf.set_line(content.x, y, line, content.width);
    }
    if bar_rows > 0 {
        let bar = Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1);
        choice::render(app, bar, buf);
    }
}

/// The lines of a tab that are in sight, and how many it has in all.
pub struct Page {
    pub total: usize,
    /// The first line in sight: the scroll, kept within the text.
    pub first: usize,
    pub lines: Vec<Line<'static>>,
}

impl Page {
    /// The lines in sight of a tab whose text is short enough to build whole.
    fn from_all(mut all: Vec<Line<'static>>, scroll: usize, height: usize) -> Self {
        let total = all.len();
        let first = scroll.min(total.saturating_sub(height));
        all.truncate(first + height);
        all.drain(..first);
        Self {
            total,
            first,
            lines: all,
        }
    }
}

/// ` 1 Message │ 2 Explain │ 3 State │ 4 Expect `, the selected tab reversed.
fn tab_bar(app: &App) -> Line<'static> {
    let theme = app.theme();
    let mut spans = vec![Span::raw(" ")];
    for (i, tab) in Tab::ALL.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" │ ", theme.border));
        }
        let key = match tab {
            Tab::Message => Key::TabMessage,
            Tab::Explain => Key::TabExplain,
            Tab::State => Key::TabState,
            Tab::Expect => Key::TabExpect,
        };
        let label = format!("{} {}", i + 1, t(app.lang(), key));
        let style = if tab == app.tab() {
            theme.selected.patch(theme.title)
        } else {
            theme.dim
        };
        spans.push(Span::styled(label, style));
    }
    spans.push(Span::raw(" "));
    Line::from(spans)
}

/// Blanks `area` for a window drawn over the screen. A wide glyph just left of it
/// would cover its left border (the terminal draws the glyph over both cells), so
/// that glyph is blanked too.
/// A bordered box titled with a chrome word, as every region and window has.
/// A window drawn over the body: centred, at most `max_width` wide and a row short of
/// the body at each end, cleared, framed with its title; returns where its content
/// goes (a cell of margin left and right). The picker, the glossary, the editor and
/// the defenses panel are such windows.
pub fn window(app: &App, area: Rect, max_width: u16, title: Key, buf: &mut Buffer) -> Rect {
    let popup = help::centered(
        area,
        area.width.saturating_sub(2).min(max_width),
        area.height.saturating_sub(2),
    );
    clear(popup, buf);
    let block = titled(app, app.theme().key, title);
    let inner = block.inner(popup).inner(ratatui::layout::Margin::new(1, 0));
    block.render(popup, buf);
    inner
}

pub fn titled(app: &App, border: Style, title: Key) -> Block<'static> {
    Block::bordered().border_style(border).title(Line::styled(
        format!(" {} ", t(app.lang(), title)),
        app.theme().title,
    ))
}

pub fn clear(area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    Clear.render(area, buf);
    let Some(left) = area.x.checked_sub(1) else {
        return;
    };
    for y in area.top()..area.bottom() {
        if let Some(cell) = buf.cell_mut((left, y))
            && width::of(cell.symbol()) > 1
        {
            cell.set_symbol(" ");
        }
    }
}

/// One centred line asking for a larger terminal; at worst a few cells of it.
fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let text = width::truncate(t(app.lang(), Key::TooSmall), usize::from(area.width));
    let used = width::to_u16(width::of(&text));
    let x = area.x + (area.width - used.min(area.width)) / 2;
    let y = area.y + area.height / 2;
    buf.set_stringn(x, y, &text, usize::from(area.width), app.theme().title);
}
