//! What the TUI's screen tests share: a built-in scenario, a frame drawn on ratatui's
//! `TestBackend`, and that frame as the text a person reads. Included by
//! `tui_screens.rs`, `tui_predict_glossary.rs`, `tui_what_if.rs`, `tui_grants.rs` and
//! `tui_legacy.rs` (each uses all of it).

use oauth_sim::scenario::{self, Loaded};
use oauth_sim::tui::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The built-in `name`, loaded.
pub fn builtin(name: &str) -> Loaded {
    match scenario::builtin(name) {
        Some(Ok(loaded)) => loaded,
        _ => panic!("{name} is not a working built-in"),
    }
}

/// One frame of `app` at `width`×`height`.
pub fn render(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .expect("drawing never fails on a test backend");
    terminal.backend().buffer().clone()
}

/// The screen as lines of text, as a person sees it: a wide glyph once, not followed
/// by the cell it covers; trailing spaces trimmed.
pub fn screen(buffer: &Buffer) -> String {
    let width = usize::from(buffer.area.width);
    let mut out = String::new();
    for row in buffer.content().chunks(width) {
        let mut line = String::new();
        let mut hidden = 0;
        for cell in row {
            if hidden > 0 {
                hidden -= 1;
                continue;
            }
            line.push_str(cell.symbol());
            hidden = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
