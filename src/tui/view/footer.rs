//! The bottom line: the few keys that matter now (all of them are behind `?`). When
//! the line is too narrow, the least needed hints are left out whole rather than cut;
//! stepping, the language, opening, help and quit stay in both languages at 80
//! columns. Over the help or the curl window it says that any key closes it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::Tab;
use crate::tui::app::{App, Notice};
use crate::tui::text::{Key, t};
use crate::tui::width;

/// A hint: the key, what it does, and how much it matters (0 = most).
type Hint = (&'static str, Key, u8);

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let lang = app.lang();
    if app.help_open() || app.curl().is_some() || app.jwt().is_some() {
        let text = format!(" {}", t(lang, Key::AnyKeyCloses));
        buf.set_stringn(area.x, area.y, text, usize::from(area.width), theme.key);
        return;
    }
    if let Some(notice) = app.notice() {
        let (text, style) = match notice {
            Notice::Written(path) => (
                format!(" {}{}", t(lang, Key::Written), path.display()),
                theme.met,
            ),
            Notice::NotWritten(why) => {
                (format!(" {}{why}", t(lang, Key::NotWritten)), theme.failure)
            }
        };
        let text = width::truncate(&text, usize::from(area.width));
        buf.set_stringn(area.x, area.y, text, usize::from(area.width), style);
        return;
    }
    let hints = hints(app);
    let cost = |(key, what, _): &Hint| 2 + width::of(key) + 1 + width::of(t(lang, *what));
    let mut by_need: Vec<usize> = (0..hints.len()).collect();
    by_need.sort_by_key(|i| hints[*i].2);
    let mut kept = vec![false; hints.len()];
    let mut used = 0;
    for i in by_need {
        let needed = cost(&hints[i]);
        if used + needed <= usize::from(area.width) {
            used += needed;
            kept[i] = true;
        }
    }
    let mut spans = Vec::new();
    for ((key, what, _), _) in hints.iter().zip(&kept).filter(|(_, k)| **k) {
        spans.push(Span::raw(if spans.is_empty() { " " } else { "  " }));
        spans.push(Span::styled(*key, theme.key));
        spans.push(Span::raw(format!(" {}", t(lang, *what))));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// The hints for what is on screen.
fn hints(app: &App) -> Vec<Hint> {
    if let Some(quiz) = app.quiz() {
        return if quiz.chosen().is_some() {
            vec![("Enter", Key::HintContinue, 0)]
        } else {
            vec![("1–4", Key::HintAnswer, 0), ("Esc", Key::HintSkip, 0)]
        };
    }
    if app.glossary().is_some() {
        return vec![
            ("abc", Key::HintFilter, 0),
            ("↑/↓", Key::HintChoose, 0),
            ("Esc", Key::HintClose, 0),
        ];
    }
    if app.picker().is_some() {
        return vec![
            ("abc", Key::HintFilter, 0),
            ("↑/↓", Key::HintChoose, 0),
            ("Enter", Key::HintOpen, 0),
            ("Esc", Key::HintClose, 0),
        ];
    }
    if app.editor().is_some() {
        return vec![
            ("↑/↓", Key::HintChoose, 0),
            ("abc", Key::HintType, 0),
            ("←/→", Key::HintSwitch, 1),
            ("Del", Key::HintRemove, 1),
            ("Enter", Key::HintRun, 0),
            ("Esc", Key::HintClose, 0),
        ];
    }
    if app.defenses().is_some() {
        return vec![
            ("↑/↓", Key::HintChoose, 0),
            ("Space", Key::HintFlip, 0),
            ("+/-", Key::HintLonger, 1),
            ("u", Key::HintUndo, 1),
            ("Esc", Key::HintClose, 0),
        ];
    }
    let mut hints = moves(app);
    hints.extend([("Tab", Key::HintPanel, 1), ("z", Key::HintZoom, 3)]);
    if app.autoplay().is_some() {
        hints.push(("a", Key::HintStop, 0));
        hints.push(("+/-", Key::HintSpeed, 2));
        hints.push(("s", Key::HintChapterPause, 2));
    } else if app.transcript().steps.len() > 1 {
        // Autoplay moves through the steps: with one step or none it has nowhere to go.
        hints.push(("a", Key::Autoplay, 3));
    }
    if app.predict().on() {
        // Predict mode shows in the footer as in the header, at 80 columns too.
        hints.push(("p", Key::HintPredictOff, 0));
    } else {
        hints.push(("p", Key::HintPredict, 3));
    }
    hints.push(("t", Key::HintGlossary, 3));
    if app.selection_carries_jwt() {
        hints.push(("v", Key::HintJwt, 4));
    }
    if app.what_if() {
        hints.push(("u", Key::HintUndo, 4));
        hints.push(("w", Key::HintWrite, 4));
    }
    hints.push(("L", Key::HintOtherLanguage, 0));
    // A live view shows what arrives, not a scenario to open (`app/live.rs`).
    if app.serving().is_none() {
        hints.push(("o", Key::HintOpen, 0));
    }
    hints.extend([("?", Key::HintHelp, 0), ("q", Key::HintQuit, 0)]);
    hints
}

/// The keys that move through the steps, each only where it would move: stepping
/// with more than one step, chapters where the cursor can reach another chapter's
/// start, messages where the step has several (or the State tab, where ↑/↓ chooses a
/// remembered thing). A live view waiting for its first request offers none.
fn moves(app: &App) -> Vec<Hint> {
    let mut hints = Vec::new();
    let steps = app.transcript().steps.len();
    if steps > 1 {
        hints.push(("←/→", Key::Step, 0));
    }
    if app.step() > 0 || app.timeline().next_chapter(app.step()).is_some() {
        hints.push(("[/]", Key::HintChapter, 1));
    }
    let messages = app.current().map_or(0, |record| record.messages.len());
    if messages > 1 || (steps > 0 && app.tab() == Tab::State) {
        hints.push(("↑/↓", Key::HintMessage, 2));
    }
    hints
}
