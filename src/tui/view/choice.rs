//! The consent bar: at a consent step, Alice's answer as Allow / Deny with the one
//! shown now selected, so "what if Alice says no?" is one key away (`y` / `d` replay
//! the scenario with the other answer). On a narrow pane the keys stay and the note
//! ("as scripted" / "what if") goes first.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::Decision;
use crate::tui::app::App;
use crate::tui::text::{Key, t};
use crate::tui::width;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(choice) = app.choice() else {
        return;
    };
    let theme = app.theme();
    let lang = app.lang();
    let mut spans = vec![Span::styled(t(lang, Key::Choice), theme.title)];
    for (decision, key) in [(Decision::Allow, Key::Allow), (Decision::Deny, Key::Deny)] {
        let chosen = choice.current == Some(decision);
        let (marker, style) = if chosen {
            ("▶", theme.selected.patch(theme.title))
        } else {
            (" ", theme.dim)
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format!("{marker} {} ", t(lang, key)), style));
    }
    let note = if choice.current == choice.scripted {
        Key::Scripted
    } else {
        Key::WhatIf
    };
    let extras = [
        Span::styled(t(lang, Key::ChoiceKeys), theme.key),
        Span::styled(t(lang, note), theme.dim),
    ];
    let mut used: usize = spans.iter().map(|s| width::of(&s.content)).sum();
    for extra in extras {
        let needed = 2 + width::of(&extra.content);
        if used + needed <= usize::from(area.width) {
            used += needed;
            spans.push(Span::raw("  "));
            spans.push(extra);
        }
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
