//! The top line, the same shape on every step: ` oauth-sim · title`, then the
//! chapter of the lesson, the step count and the simulated clock with its date (the
//! step's `at`; only `wait` moves it). The step count and the clock are what change
//! while stepping, so they are kept whole; when the line is short, the title and the
//! chapter share what is left and are cut with `…`, never dropped. A clock stopped at
//! its limit (year 262142) says so.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::explain::Lang;
use crate::sim::StepRecord;
use crate::tui::app::{App, Change};
use crate::tui::text::{Key, step_number, t};
use crate::tui::width;

/// Cells between the right-hand items.
const GAP: &str = "  ";
/// What always opens the line.
const BRAND: &str = " oauth-sim · ";
/// Cells the title and the chapter keep before the score gives up its words for the
/// short form: a projector at 80 columns still shows which scenario and chapter.
const TITLE_ROOM: usize = 30;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let lang = app.lang();
    let columns = usize::from(area.width);
    let at = app.current().map_or(app.transcript().start, |s| s.at);
    let mut clock = format!("⏱ {}", at.format("%Y-%m-%d %H:%M:%S"));
    if app.current().is_some_and(StepRecord::clock_at_limit) {
        clock = format!("{clock} ({})", t(lang, Key::ClockAtLimit));
    }
    let total = app.transcript().steps.len();
    let position = if total == 0 { 0 } else { app.step() + 1 };
    let fixed_items = |short_score| {
        let mut fixed = marks(app, short_score);
        fixed.push(Span::raw(format!(
            "{} {position}/{total}",
            t(lang, Key::Step)
        )));
        fixed.push(Span::styled(clock.clone(), theme.title));
        let fixed_width: usize = fixed
            .iter()
            .map(|s| width::of(&s.content) + GAP.len())
            .sum::<usize>()
            + 1;
        (fixed, fixed_width)
    };
    let (mut fixed, mut fixed_width) = fixed_items(false);
    if fixed_width + width::of(BRAND) + TITLE_ROOM > columns {
        (fixed, fixed_width) = fixed_items(true);
    }
    let chapter = app.chapter().map_or_else(String::new, |chapter| {
        format!("{} · {}", chapter.number(), chapter.title(lang))
    });
    let name = app.transcript().title.get(lang);
    let room = columns.saturating_sub(fixed_width + width::of(BRAND));
    let (name_room, chapter_room) = share(width::of(name), width::of(&chapter), room);
    let title = format!("{BRAND}{}", width::truncate(name, name_room));
    let chapter = width::truncate(&chapter, chapter_room).into_owned();
    let used = width::of(&title) + width::of(&chapter) + fixed_width;
    let mut spans = vec![
        Span::styled(title, theme.title),
        Span::raw(" ".repeat(columns.saturating_sub(used).max(1))),
        Span::styled(chapter, theme.title),
    ];
    for span in fixed {
        spans.push(Span::raw(GAP));
        spans.push(span);
    }
    spans.push(Span::raw(" "));
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// The cells the title and the chapter get out of `room`: both whole when they fit;
/// otherwise the shorter keeps what it needs up to half, the other the rest.
fn share(name: usize, chapter: usize, room: usize) -> (usize, usize) {
    // One cell between them at least.
    let room = room.saturating_sub(1);
    if name + chapter <= room {
        return (name, chapter);
    }
    let half = room / 2;
    if name <= chapter {
        let name = name.min(half);
        (name, room - name)
    } else {
        let chapter = chapter.min(half);
        (room - chapter, chapter)
    }
}

/// What-if, predict mode's score and autoplay marks, shown while they hold. The
/// score is `✎ 3/4 ↑2` (right/asked, streak) when `short_score`: with autoplay on
/// at 80 columns the words would push the clock off the line.
fn marks(app: &App, short_score: bool) -> Vec<Span<'static>> {
    let theme = app.theme();
    let lang = app.lang();
    let mut spans = Vec::new();
    if app.what_if() {
        let label = app
            .last_change()
            .filter(|change| change.subject() != "decision")
            .map_or_else(
                || t(lang, Key::WhatIf).to_owned(),
                |c| change_label(lang, c),
            );
        spans.push(Span::styled(label, theme.changed));
    }
    if app.predict().on() {
        let score = app.predict().score();
        let text = if short_score {
            format!("✎ {}/{} ↑{}", score.right, score.asked, score.streak)
        } else {
            format!("✎ {}", crate::predict::words::score(lang, score))
        };
        spans.push(Span::styled(text, theme.key));
    }
    if let Some(interval) = app.autoplay() {
        let seconds = interval.as_secs_f32();
        let (play, unit) = (t(lang, Key::Autoplay), t(lang, Key::Seconds));
        let mut text = format!("▶▶ {play} {seconds}{unit}");
        if app.chapter_pause() {
            text = format!("{text} {}", t(lang, Key::ChapterPause));
        }
        spans.push(Span::styled(text, theme.key));
    }
    spans
}

/// `what if: step 7 redirect_uri changed`, `what if: server.require_pkce changed`:
/// the last edit, in a few words.
pub fn change_label(lang: Lang, change: &Change) -> String {
    let how = t(
        lang,
        if change.removes() {
            Key::ChangeRemoved
        } else {
            Key::ChangeMade
        },
    );
    let what = match change.step() {
        Some(step) => {
            let step = step_number(lang, step + 1);
            format!("{step} {}", change.subject())
        }
        None => change.subject().to_owned(),
    };
    format!("{}{what} {how}", t(lang, Key::WhatIfPrefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_names_the_step_the_field_and_what_happened_in_both_languages() {
        let change = Change::Param {
            step: 6,
            name: "redirect_uri".into(),
            value: Some("x".into()),
        };
        assert_eq!(
            change_label(Lang::EN, &change),
            "what if: step 7 redirect_uri changed"
        );
        assert_eq!(
            change_label(Lang::KO, &change),
            "만약에: 7단계 redirect_uri 변경"
        );
        let policy = Change::Policy {
            path: "server.require_pkce".into(),
            value: serde_json::Value::Bool(false),
        };
        assert_eq!(
            change_label(Lang::EN, &policy),
            "what if: server.require_pkce changed"
        );
    }

    #[test]
    fn the_title_and_the_chapter_share_the_room_left() {
        assert_eq!(share(10, 10, 30), (10, 10));
        assert_eq!(share(30, 10, 21), (10, 10));
        assert_eq!(share(8, 30, 21), (8, 12));
        assert_eq!(share(30, 30, 0), (0, 0));
    }
}
