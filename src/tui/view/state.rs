//! The State tab: what each actor remembers after the step, from the memory the app
//! folded when the cursor moved. What this step added is marked `+`, what it changed
//! `~`, and what it deleted is still listed, struck through and marked `−` with its
//! reason, because "both sides delete the code" is the lesson. Expiry is counted from
//! the step's clock: "expires in 59:58", or "expired". Under each thing the attacker
//! holds, an indented line says which message gave it (`↳ step 4: GET /pixel.gif from
//! Resource Owner, in the Referer header`), wrapped rather than cut at 80 columns.
//!
//! Values and reasons use the whole width and wrap under themselves. ↑/↓ select a
//! thing (`▶`), Enter expands it to every detail the memory keeps of it (for a code:
//! client, user, scope, redirect URI, challenge, expiry), one per line.
//!
//! The memory can hold thousands of items (retired refresh tokens): lines are built
//! only for the rows in sight, and the count of all lines, which scrolling needs, is
//! measured once per step, width, language and selection, then kept in the viewport.

use chrono::{DateTime, Utc};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::Page;
use crate::explain::Lang;
use crate::sim::{Actor, Change, ChangeKind, Item, ItemKind, StepRecord};
use crate::tui::app::{App, StateMeasure, Viewport};
use crate::tui::text::{self, Key, t};
use crate::tui::width;

/// The column of item kinds: the longest kind name (`code_verifier`) and a space.
const KIND_WIDTH: usize = 14;
/// Cells before an item's kind: the selection mark, the change mark, spaces.
const HEAD_WIDTH: usize = 4;

/// How much of an item's key (a code, a token) is shown before `…`: enough to tell
/// two apart; the whole key is one Enter away.
fn key_width(columns: usize) -> usize {
    (columns.saturating_sub(KIND_WIDTH + HEAD_WIDTH) / 3).clamp(8, 24)
}

/// One row of the tab, before it is drawn (a row may take several lines).
enum Row<'a> {
    Legend,
    Actor(Actor),
    /// The `index`-th thing listed, counted over every actor.
    Item(Actor, &'a Item, usize),
    /// One line of where the attacker got the item above.
    Source(String),
    Removed(&'a Change),
    Nothing,
}

pub fn page(app: &App, columns: usize, scroll: usize, height: usize) -> Page {
    let Some(record) = app.current() else {
        return Page::from_all(super::waiting::lines(app, columns), scroll, height);
    };
    let actors = actors(app);
    let measure = measure(app, record, &actors, columns);
    let view = app.viewport().get();
    // The selection stays in sight; the view moves only when it would leave it, and
    // the first thing selected shows the legend above it.
    let (selected, _) = app.state_selection();
    let first = if selected == 0 {
        0
    } else {
        view.state_first
            .min(measure.selected.0)
            .max(measure.selected.1.saturating_sub(height))
    }
    .min(measure.total.saturating_sub(height));
    app.viewport().set(Viewport {
        state_first: first,
        ..app.viewport().get()
    });
    let mut lines = Vec::with_capacity(height);
    let mut at = 0;
    for row in rows(app, record, &actors, columns) {
        if at >= first + height {
            break;
        }
        let row_lines = row_lines(app, record, &row, columns);
        let count = row_lines.len();
        if at + count > first {
            lines.extend(row_lines.into_iter().skip(first.saturating_sub(at)));
        }
        at += count;
    }
    lines.truncate(height);
    Page {
        total: measure.total,
        first,
        lines,
    }
}

/// The count of all lines and where the selected thing is, from the last frame when
/// nothing it depends on changed.
fn measure(app: &App, record: &StepRecord, actors: &[Actor], columns: usize) -> StateMeasure {
    let (selected, expanded) = app.state_selection();
    let key = (
        app.step(),
        columns,
        app.lang(),
        selected,
        expanded,
        app.run(),
    );
    if let Some((known, measure)) = app.viewport().get().state_measure
        && known == key
    {
        return measure;
    }
    let (mut total, mut start, mut end) = (0, 0, 0);
    let mut in_selection = false;
    for row in rows(app, record, actors, columns) {
        let count = row_lines(app, record, &row, columns).len();
        match row {
            Row::Item(_, _, index) if index == selected => {
                (start, in_selection) = (total, true);
            }
            Row::Source(_) => {}
            _ => in_selection = false,
        }
        total += count;
        if in_selection {
            end = total;
        }
    }
    let measure = StateMeasure {
        total,
        selected: (start, end),
    };
    app.viewport().set(Viewport {
        state_measure: Some((key, measure)),
        ..app.viewport().get()
    });
    measure
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
    let counts: Vec<usize> = actors
        .iter()
        .scan(0, |before, &actor| {
            let first = *before;
            *before += app.memory().count_of(actor);
            Some(first)
        })
        .collect();
    let sections = actors.iter().zip(counts).flat_map(move |(&actor, first)| {
        let empty = app.memory().count_of(actor) == 0 && removed(record, actor).next().is_none();
        std::iter::once(Row::Actor(actor))
            .chain(
                app.memory()
                    .of(actor)
                    .enumerate()
                    .flat_map(move |(i, item)| {
                        let mut sources = if actor == Actor::Attacker {
                            source_lines(app, item, columns)
                        } else {
                            Vec::new()
                        };
                        if actor == Actor::Attacker && app.new_in_branch(item) {
                            let lead = " ".repeat(SOURCE_INDENT);
                            sources.push(format!("{lead}★ {}", t(app.lang(), Key::NewInBranch)));
                        }
                        std::iter::once(Row::Item(actor, item, first + i))
                            .chain(sources.into_iter().map(Row::Source))
                    }),
            )
            .chain(removed(record, actor).map(Row::Removed))
            .chain(empty.then_some(Row::Nothing))
    });
    std::iter::once(Row::Legend).chain(sections)
}

fn row_lines(app: &App, record: &StepRecord, row: &Row, columns: usize) -> Vec<Line<'static>> {
    let theme = app.theme();
    let lang = app.lang();
    match row {
        Row::Legend => vec![
            Line::styled(t(lang, Key::Legend), theme.dim),
            Line::styled(t(lang, Key::SelectHint), theme.dim),
        ],
        Row::Actor(actor) => vec![Line::styled(
            text::actor(lang, *actor),
            theme.lane.patch(theme.title),
        )],
        Row::Item(actor, item, index) => {
            let (mark, note, style) = mark_of(app, record, *actor, item);
            let (selected, expanded) = app.state_selection();
            let chosen = *index == selected;
            let tail = note.unwrap_or_else(|| describe(lang, item, record.at));
            let head = Head {
                chosen,
                mark,
                kind: item.kind,
                style,
            };
            let mut lines = if chosen && expanded {
                head.line(app, &item.key, "", columns)
            } else {
                head.line(app, &item.key, &tail, columns)
            };
            if chosen && expanded {
                lines.extend(details(app, item, record.at, style, columns));
            }
            lines
        }
        Row::Source(text) => vec![Line::styled(text.clone(), theme.dim)],
        Row::Removed(change) => {
            let ChangeKind::Removed { kind, key, reason } = &change.kind else {
                return Vec::new();
            };
            let tail = format!("{}{}", t(lang, Key::Deleted), text::reason(lang, *reason));
            let head = Head {
                chosen: false,
                mark: "−",
                kind: *kind,
                style: theme.deleted,
            };
            head.line(app, key, &tail, columns)
        }
        Row::Nothing => vec![Line::styled(
            format!("  {}", t(lang, Key::Nothing)),
            theme.dim,
        )],
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

/// The start of an item's line: whether it is selected, its change mark, its kind.
struct Head {
    chosen: bool,
    mark: &'static str,
    kind: ItemKind,
    style: Style,
}

impl Head {
    /// `▶ + code           efAVyXxKdvLdQ_…  expires in 9:58 · client photo-printer`,
    /// the tail wrapped under itself at the width there is.
    fn line(&self, app: &App, key: &str, tail: &str, columns: usize) -> Vec<Line<'static>> {
        let lang = app.lang();
        let kind_label = width::truncate(text::item_kind(lang, self.kind), KIND_WIDTH);
        let kind_pad = KIND_WIDTH.saturating_sub(width::of(&kind_label));
        let key_width = key_width(columns);
        let key = width::truncate(key, key_width);
        let key_pad = key_width.saturating_sub(width::of(&key));
        let pointer = if self.chosen { "▶" } else { " " };
        let head = format!(
            "{pointer} {} {kind_label}{}",
            self.mark,
            " ".repeat(kind_pad)
        );
        let head_style = if self.chosen {
            self.style.patch(app.theme().selected)
        } else {
            self.style
        };
        let key_cell = format!(" {key}{}  ", " ".repeat(key_pad));
        let indent = width::of(&head) + 1;
        let first_room = columns.saturating_sub(width::of(&head) + width::of(&key_cell));
        let tail = width::clean(tail);
        let mut pieces = width::wire(&tail, first_room, columns.saturating_sub(indent)).into_iter();
        let mut lines = vec![Line::from(vec![
            Span::styled(head, head_style),
            Span::styled(key_cell, self.style),
            Span::styled(pieces.next().unwrap_or_default().to_owned(), self.style),
        ])];
        lines.extend(pieces.map(|piece| {
            Line::from(vec![
                Span::raw(" ".repeat(indent)),
                Span::styled(piece.to_owned(), self.style),
            ])
        }));
        lines
    }
}

/// Every detail of an expanded item, one `name  value` per line under its kind: the
/// whole key, its status, its expiry as a date and a countdown, and each fact the
/// memory keeps (for a code: client, user, scope, redirect URI, challenge).
fn details(
    app: &App,
    item: &Item,
    now: DateTime<Utc>,
    style: Style,
    columns: usize,
) -> Vec<Line<'static>> {
    let lang = app.lang();
    let mut facts: Vec<(String, String)> = vec![(t(lang, Key::Value).to_owned(), item.key.clone())];
    if let Some(status) = text::status(lang, item.status) {
        facts.push((t(lang, Key::Status).to_owned(), status.to_owned()));
    }
    if let Some(at) = item.expires_at {
        let left = if item.is_expired(now) {
            t(lang, Key::Expired).to_owned()
        } else {
            format!(
                "{}{}",
                t(lang, Key::ExpiresIn),
                countdown(lang, (at - now).num_seconds())
            )
        };
        let date = at.format("%Y-%m-%d %H:%M:%S");
        facts.push((t(lang, Key::Expiry).to_owned(), format!("{date} ({left})")));
    }
    facts.extend(
        item.details
            .iter()
            .map(|(name, value)| (text::detail(lang, name).to_owned(), value.clone())),
    );
    let indent = HEAD_WIDTH + 2;
    let name_width = facts
        .iter()
        .map(|(name, _)| width::of(name))
        .max()
        .unwrap_or(0)
        .min(columns / 3);
    let value_room = columns.saturating_sub(indent + name_width + 2).max(1);
    let mut lines = Vec::new();
    for (name, value) in facts {
        let name = width::truncate(&name, name_width).into_owned();
        let pad = name_width.saturating_sub(width::of(&name));
        let value = width::clean(&value).into_owned();
        for (i, piece) in width::wire(&value, value_room, value_room)
            .into_iter()
            .enumerate()
        {
            let label = if i == 0 {
                format!("{}{name}{}  ", " ".repeat(indent), " ".repeat(pad))
            } else {
                " ".repeat(indent + name_width + 2)
            };
            lines.push(Line::from(vec![
                Span::styled(label, app.theme().name),
                Span::styled(
                    piece.to_owned(),
                    style.remove_modifier(Modifier::CROSSED_OUT),
                ),
            ]));
        }
    }
    lines
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
