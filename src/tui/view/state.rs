//! The State tab: what each actor remembers after the step, from the memory the app
//! folded when the cursor moved. What this step added is marked `+`, what it changed
//! `~`, and what it deleted is still listed, struck through and marked `−` with its
//! reason, because "both sides delete the code" is the lesson. Expiry is counted from
//! the step's clock: "expires in 59:58", or "expired". Under each thing the attacker
//! holds, an indented line says which message gave it (`↳ step 4: GET /pixel.gif from
//! Resource Owner, in the Referer header`), wrapped rather than cut at 80 columns.

use chrono::{DateTime, Utc};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Page;
use crate::explain::Lang;
use crate::sim::{Actor, Change, ChangeKind, Item, ItemKind, StepRecord};
use crate::tui::app::App;
use crate::tui::text::{self, Key, t};
use crate::tui::width;

/// The column of item kinds: the longest kind name (`code_verifier`) and a space.
const KIND_WIDTH: usize = 14;

/// How much of an item's key (a code, a token) is shown before `…`: enough to tell
/// two apart, leaving most of a narrow pane to the expiry and details.
fn key_width(columns: usize) -> usize {
    (columns.saturating_sub(KIND_WIDTH + 4) / 3).clamp(8, 24)
}

/// One line of the tab, before it is drawn: the memory can hold thousands of items
/// (retired refresh tokens), so lines are only built for the rows in sight.
enum Row<'a> {
    Legend,
    Actor(Actor),
    Item(Actor, &'a Item),
    /// One line of where the attacker got the item above.
    Source(String),
    Removed(&'a Change),
    Nothing,
}

pub fn page(app: &App, columns: usize, scroll: usize, height: usize) -> Page {
    let Some(record) = app.current() else {
        return Page::from_all(vec![Line::raw(t(app.lang(), Key::NoSteps))], scroll, height);
    };
    let actors = actors(app);
    let sources: usize = app
        .memory()
        .of(Actor::Attacker)
        .map(|item| source_lines(app, item, columns).len())
        .sum();
    let total = 1
        + sources
        + actors
            .iter()
            .map(|&actor| {
                let held = app.memory().count_of(actor) + removed(record, actor).count();
                1 + held.max(1)
            })
            .sum::<usize>();
    let first = scroll.min(total.saturating_sub(height));
    let lines = rows(app, record, &actors, columns)
        .skip(first)
        .take(height)
        .map(|row| line(app, record, &row, columns))
        .collect();
    Page {
        total,
        first,
        lines,
    }
}

/// The actors in lane order, then any other that remembers something.
fn actors(app: &App) -> Vec<Actor> {
    let lanes = app.timeline().lanes();
    let others = app.memory().actors().filter(|a| !lanes.contains(a));
    lanes.iter().copied().chain(others).collect()
}

/// What `actor` deleted at this step.
fn removed(record: &StepRecord, actor: Actor) -> impl Iterator<Item = &Change> {
    record
        .changes
        .iter()
        .filter(move |c| c.actor == actor && matches!(c.kind, ChangeKind::Removed { .. }))
}

/// Every actor with what it remembers, then what it deleted at this step; made as
/// they are drawn, so a frame costs the rows in sight, not the whole memory.
fn rows<'a>(
    app: &'a App,
    record: &'a StepRecord,
    actors: &'a [Actor],
    columns: usize,
) -> impl Iterator<Item = Row<'a>> {
    let sections = actors.iter().flat_map(move |&actor| {
        let empty = app.memory().count_of(actor) == 0 && removed(record, actor).next().is_none();
        std::iter::once(Row::Actor(actor))
            .chain(app.memory().of(actor).flat_map(move |item| {
                let sources = if actor == Actor::Attacker {
                    source_lines(app, item, columns)
                } else {
                    Vec::new()
                };
                std::iter::once(Row::Item(actor, item)).chain(sources.into_iter().map(Row::Source))
            }))
            .chain(removed(record, actor).map(Row::Removed))
            .chain(empty.then_some(Row::Nothing))
    });
    std::iter::once(Row::Legend).chain(sections)
}

fn line(app: &App, record: &StepRecord, row: &Row, columns: usize) -> Line<'static> {
    let theme = app.theme();
    let lang = app.lang();
    match row {
        Row::Legend => Line::styled(t(lang, Key::Legend), theme.dim),
        Row::Actor(actor) => Line::styled(text::actor(lang, *actor), theme.lane.patch(theme.title)),
        Row::Item(actor, item) => {
            let (mark, note, style) = mark_of(app, record, *actor, item);
            let tail = note.unwrap_or_else(|| describe(lang, item, record.at));
            item_line(mark, lang, item.kind, &item.key, &tail, style, columns)
        }
        Row::Source(text) => Line::styled(text.clone(), theme.dim),
        Row::Removed(change) => {
            let ChangeKind::Removed { kind, key, reason } = &change.kind else {
                return Line::default();
            };
            let tail = format!("{}{}", t(lang, Key::Deleted), text::reason(lang, *reason));
            item_line("−", lang, *kind, key, &tail, theme.deleted, columns)
        }
        Row::Nothing => Line::styled(format!("  {}", t(lang, Key::Nothing)), theme.dim),
    }
}

/// Cells before `↳` on a source line: under the item's kind.
const SOURCE_INDENT: usize = 4;

/// Where the attacker got `item`, wrapped to `columns`: `    ↳ step 4: …` and its
/// continuation lines aligned after the arrow. Nothing when the knowledge has no
/// record of it.
fn source_lines(app: &App, item: &Item, columns: usize) -> Vec<String> {
    let Some(known) = app.knowledge().source_of(item.kind, &item.key) else {
        return Vec::new();
    };
    let lead = format!("{}↳ ", " ".repeat(SOURCE_INDENT));
    let room = columns.saturating_sub(width::of(&lead)).max(1);
    let text = known.source.describe(app.lang());
    width::wrap(&text, room)
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let head = if i == 0 {
                lead.clone()
            } else {
                " ".repeat(width::of(&lead))
            };
            format!("{head}{line}")
        })
        .collect()
}

/// `+`, `~` or nothing, with the reason of a change and the style of the row.
fn mark_of(
    app: &App,
    record: &StepRecord,
    actor: Actor,
    item: &Item,
) -> (&'static str, Option<String>, Style) {
    let theme = app.theme();
    let mine = record
        .changes
        .iter()
        .filter(|c| c.actor == actor && c.item_kind() == item.kind && c.key() == item.key);
    let mut mark = (" ", None, theme.value);
    for change in mine {
        match &change.kind {
            ChangeKind::Added { .. } => return ("+", None, theme.added),
            ChangeKind::Updated { reason, .. } => {
                let lang = app.lang();
                let note = format!(
                    "{}{} · {}",
                    t(lang, Key::Changed),
                    text::reason(lang, *reason),
                    describe(lang, item, record.at)
                );
                mark = ("~", Some(note), theme.changed);
            }
            ChangeKind::Removed { .. } => {}
        }
    }
    mark
}

/// `  + code           efAVyXxKdvLdQ_…  expires in 9:58`.
fn item_line(
    mark: &str,
    lang: Lang,
    kind: crate::sim::ItemKind,
    key: &str,
    tail: &str,
    style: Style,
    columns: usize,
) -> Line<'static> {
    let kind_label = width::truncate(text::item_kind(lang, kind), KIND_WIDTH);
    let kind_pad = KIND_WIDTH.saturating_sub(width::of(&kind_label));
    let key_width = key_width(columns);
    let key = width::truncate(key, key_width);
    let key_pad = key_width.saturating_sub(width::of(&key));
    let head = format!("  {mark} {kind_label}{} ", " ".repeat(kind_pad));
    let room = columns.saturating_sub(width::of(&head) + key_width + 2);
    Line::from(vec![
        Span::styled(head, style),
        Span::styled(format!("{key}{}  ", " ".repeat(key_pad)), style),
        Span::styled(width::truncate(tail, room).into_owned(), style),
    ])
}

/// An item's details, status and expiry, counted from `now`.
fn describe(lang: Lang, item: &Item, now: DateTime<Utc>) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(status) = text::status(lang, item.status) {
        parts.push(status.to_owned());
    }
    if let Some(at) = item.expires_at {
        parts.push(if item.is_expired(now) {
            t(lang, Key::Expired).to_owned()
        } else {
            format!(
                "{}{}",
                t(lang, Key::ExpiresIn),
                countdown(lang, (at - now).num_seconds())
            )
        });
    }
    parts.extend(
        item.details
            .iter()
            .filter(|(name, _)| !is_source_detail(item.kind, name))
            .map(|(name, value)| format!("{} {value}", text::detail(lang, name))),
    );
    parts.join(" · ")
}

/// The `from` detail of what reached the attacker's server: the line under the item
/// says the same, in the chosen language and without being cut.
fn is_source_detail(kind: ItemKind, name: &str) -> bool {
    name == "from" && matches!(kind, ItemKind::StolenCode | ItemKind::Password)
}

/// `59:58`, `1:00:00`, `30d 0:00:00` (Korean `30일 0:00:00`).
fn countdown(lang: Lang, seconds: i64) -> String {
    let seconds = seconds.max(0);
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (hours, minutes, secs) = (rest / 3600, rest % 3600 / 60, rest % 60);
    let clock = if hours > 0 || days > 0 {
        format!("{hours}:{minutes:02}:{secs:02}")
    } else {
        format!("{minutes}:{secs:02}")
    };
    match days {
        0 => clock,
        days => crate::text::format(
            lang,
            "tui-countdown-days",
            &[
                ("days", crate::text::Arg::from(days)),
                ("clock", crate::text::Arg::from(clock)),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdowns_read_like_a_clock() {
        assert_eq!(countdown(Lang::EN, 3598), "59:58");
        assert_eq!(countdown(Lang::EN, 3600), "1:00:00");
        assert_eq!(countdown(Lang::EN, 30 * 86_400 + 5), "30d 0:00:05");
        assert_eq!(countdown(Lang::KO, 86_400), "1일 0:00:00");
        assert_eq!(countdown(Lang::EN, -5), "0:00");
    }
}
