//! Where each step sits in the sequence diagram, computed once per transcript so a
//! frame only touches the rows it shows: a transcript of 10,000 messages costs a
//! binary search per frame, not a walk over every step.
//!
//! A step the cursor has reached takes one row per message (at least one: a `wait`,
//! or a step that could not run); a step not reached yet takes one dotted row, so the
//! student sees how far there is to go without seeing what comes. A step that starts
//! a chapter of the lesson takes one more row above it: the chapter's band
//! (`── 3 · Owner approval ──`).

use std::sync::OnceLock;

use unicode_width::UnicodeWidthStr;

use crate::explain::{self, Chapter, Lang, knowledge};
use crate::sim::{Actor, Transcript};

/// Row positions of a transcript's steps and the lanes they need.
#[derive(Debug, Clone)]
pub struct Timeline {
    lanes: Vec<Actor>,
    /// `starts[i]`: the first row of step `i` (its band, if any) when every step
    /// before it is revealed; `starts[len]`: the rows of the whole transcript revealed.
    starts: Vec<usize>,
    /// The chapter of each step.
    chapters: Vec<Chapter>,
    /// `bands_before[i]`: how many of the steps before step `i` start a chapter.
    bands_before: Vec<usize>,
    /// For each pair of neighbouring lanes, the cells its widest arrow label needs
    /// (0 when no arrow goes only between them), in each language, whose labels
    /// have other widths: measured when a language is first shown, so a class that
    /// stays in one language never builds the others' words.
    gap_wants: Vec<OnceLock<Vec<usize>>>,
}

/// Cells an arrow needs around its label: `├─ ` and ` ─▶`.
pub const ARROW_CELLS: usize = 6;

impl Timeline {
    pub fn new(transcript: &Transcript) -> Self {
        let chapters = crate::explain::chapters(&transcript.steps);
        let mut starts = Vec::with_capacity(transcript.steps.len() + 1);
        let mut bands_before = Vec::with_capacity(transcript.steps.len() + 1);
        let (mut row, mut bands) = (0, 0);
        starts.push(row);
        bands_before.push(bands);
        for (i, step) in transcript.steps.iter().enumerate() {
            let band = usize::from(starts_chapter(&chapters, i));
            row += band + step.messages.len().max(1);
            bands += band;
            starts.push(row);
            bands_before.push(bands);
        }
        let attacked = transcript
            .initial
            .iter()
            .any(|c| c.actor == Actor::Attacker)
            || transcript.steps.iter().any(knowledge::takes_part);
        let phoned = transcript
            .steps
            .iter()
            .flat_map(|s| &s.messages)
            .any(|m| m.from == Actor::Phone || m.to == Actor::Phone);
        let lanes = Actor::lanes(|actor| match actor {
            Actor::Attacker => attacked,
            _ => phoned,
        });
        let gap_wants = Lang::all().map(|_| OnceLock::new()).collect();
        Self {
            lanes,
            starts,
            chapters,
            bands_before,
            gap_wants,
        }
    }

    /// The chapter `step` is told in (`explain::chapters`); none past the end.
    pub fn chapter(&self, step: usize) -> Option<Chapter> {
        self.chapters.get(step).copied()
    }

    /// The chapter step `step` starts, when it starts one: its band is drawn above it.
    pub fn band(&self, step: usize) -> Option<Chapter> {
        starts_chapter(&self.chapters, step).then(|| self.chapters[step])
    }

    /// The first step after `step` that starts a chapter.
    pub fn next_chapter(&self, step: usize) -> Option<usize> {
        (step + 1..self.chapters.len()).find(|&s| starts_chapter(&self.chapters, s))
    }

    /// The last step before `step` that starts a chapter: the start of the chapter
    /// `step` is in, or of the one before when `step` starts one; 0 at the start.
    pub fn previous_chapter(&self, step: usize) -> usize {
        (1..step.min(self.chapters.len()))
            .rev()
            .find(|&s| starts_chapter(&self.chapters, s))
            .unwrap_or(0)
    }

    /// Rows of bands of the steps in `from..to`.
    fn bands_between(&self, from: usize, to: usize) -> usize {
        let at = |i: usize| self.bands_before.get(i).copied().unwrap_or(0);
        at(to).saturating_sub(at(from))
    }

    /// How many cells each gap between neighbouring lanes would like with the labels
    /// in `lang`, so the view can give the busy gaps more room than the quiet ones.
    /// `transcript` is the one this timeline was made for.
    pub fn gap_wants(&self, transcript: &Transcript, lang: Lang) -> &[usize] {
        self.gap_wants.get(lang.index()).map_or(&[], |wants| {
            wants.get_or_init(|| gap_wants(transcript, &self.lanes, lang))
        })
    }

    /// The actors with a lane, in diagram order: the attacker only when it takes
    /// part (a step it takes, a message to or from it, anything it holds).
    pub fn lanes(&self) -> &[Actor] {
        &self.lanes
    }

    /// The number of steps.
    pub fn steps(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The rows step `step` takes with the cursor at `cursor`, its band included.
    pub fn height(&self, step: usize, cursor: usize) -> usize {
        if step > cursor {
            return 1 + self.bands_between(step, step + 1);
        }
        match (self.starts.get(step), self.starts.get(step + 1)) {
            (Some(start), Some(end)) => end - start,
            _ => 0,
        }
    }

    /// The first row of step `step` with the cursor at `cursor`.
    pub fn start(&self, step: usize, cursor: usize) -> usize {
        let revealed = self.revealed_rows(cursor);
        if step <= cursor {
            self.starts.get(step).copied().unwrap_or(revealed)
        } else {
            revealed + (step - cursor - 1) + self.bands_between(cursor + 1, step)
        }
    }

    /// Every row of the diagram with the cursor at `cursor`.
    pub fn total(&self, cursor: usize) -> usize {
        let reached = (cursor + 1).min(self.steps());
        self.revealed_rows(cursor)
            + (self.steps() - reached)
            + self.bands_between(reached, self.steps())
    }

    fn revealed_rows(&self, cursor: usize) -> usize {
        let end = (cursor + 1).min(self.steps());
        self.starts.get(end).copied().unwrap_or(0)
    }

    /// The step shown at `row` and the row's place within it.
    pub fn step_at(&self, row: usize, cursor: usize) -> Option<(usize, usize)> {
        let revealed = self.revealed_rows(cursor);
        if row < revealed {
            let end = (cursor + 2).min(self.starts.len());
            let step = self.starts[..end]
                .partition_point(|&s| s <= row)
                .saturating_sub(1);
            return Some((step, row - self.starts[step]));
        }
        // Future steps take one row and their band: the last one starting at or
        // before `row`.
        let first = cursor + 1;
        let (mut low, mut high) = (first, self.steps());
        while low < high {
            let middle = low + (high - low) / 2;
            if self.start(middle, cursor) <= row {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        let step = low.checked_sub(1).filter(|&s| s >= first)?;
        (row < self.start(step, cursor) + self.height(step, cursor))
            .then(|| (step, row - self.start(step, cursor)))
    }

    /// The top row that keeps the current step in sight: near the bottom of the view,
    /// under the steps that led to it, with a few dotted future rows below; then moved
    /// by `offset` rows (the mouse wheel), within the diagram.
    pub fn top(&self, cursor: usize, height: usize, offset: isize) -> usize {
        let total = self.total(cursor);
        let max_top = total.saturating_sub(height);
        let start = self.start(cursor, cursor);
        let end = start + self.height(cursor, cursor);
        let ahead = (height / 4).min(total.saturating_sub(end));
        let auto = if end - start >= height {
            start
        } else {
            (end + ahead).saturating_sub(height)
        };
        auto.saturating_add_signed(offset).min(max_top)
    }
}

/// Whether step `step` starts a chapter: the first step, or one whose chapter is not
/// the one before it.
fn starts_chapter(chapters: &[Chapter], step: usize) -> bool {
    match step.checked_sub(1) {
        None => !chapters.is_empty(),
        Some(before) => chapters.get(step).is_some() && chapters.get(before) != chapters.get(step),
    }
}

/// The widest label in `lang` of the arrows between each pair of neighbouring lanes.
fn gap_wants(transcript: &Transcript, lanes: &[Actor], lang: Lang) -> Vec<usize> {
    let mut wants = vec![0; lanes.len().saturating_sub(1)];
    let lane_of = |actor: Actor| lanes.iter().position(|a| *a == actor);
    let messages = transcript
        .steps
        .iter()
        .flat_map(|s| s.messages.iter().enumerate().map(move |(i, m)| (s, i, m)));
    for (record, index, message) in messages {
        let (Some(from), Some(to)) = (lane_of(message.from), lane_of(message.to)) else {
            continue;
        };
        if from.abs_diff(to) == 1 {
            let mark = if explain::drawn_as_refusal(record, index) {
                2
            } else {
                0
            };
            let needed = explain::label(lang, message).width() + mark + ARROW_CELLS;
            let gap = &mut wants[from.min(to)];
            *gap = (*gap).max(needed);
        }
    }
    wants
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario;

    fn standard() -> Timeline {
        let loaded = scenario::builtin("standard-flow").and_then(Result::ok);
        Timeline::new(
            &loaded
                .expect("standard-flow is built in")
                .scenario
                .run(None),
        )
    }

    #[test]
    fn revealed_steps_take_a_row_per_message_and_future_steps_one() {
        let timeline = standard();
        assert_eq!(timeline.lanes().len(), 4);
        let bands = (0..timeline.steps())
            .filter(|&s| timeline.band(s).is_some())
            .count();
        assert!(timeline.band(0).is_some(), "the first step opens a chapter");
        // roles: its band and one row; register: its band, the request and the answer
        assert_eq!(timeline.height(0, 1), 1 + 1);
        assert_eq!(timeline.height(1, 1), 1 + 2);
        let one = usize::from(timeline.band(2).is_some());
        assert_eq!(timeline.height(2, 1), one + 1); // not reached yet
        let total = 1 + 2 + 10 + bands;
        assert_eq!(timeline.total(1), total);
        assert_eq!(timeline.step_at(0, 1), Some((0, 0)));
        assert_eq!(timeline.step_at(1, 1), Some((0, 1)));
        assert_eq!(timeline.step_at(2, 1), Some((1, 0)));
        assert_eq!(timeline.step_at(4, 1), Some((1, 2)));
        assert_eq!(timeline.step_at(5, 1), Some((2, 0)));
        assert_eq!(timeline.step_at(total - 1, 1).map(|s| s.0), Some(11));
        assert_eq!(timeline.step_at(total, 1), None);
    }

    #[test]
    fn chapters_start_where_the_chapter_changes() {
        let timeline = standard();
        let starts: Vec<usize> = (0..timeline.steps())
            .filter(|&s| timeline.band(s).is_some())
            .collect();
        assert_eq!(starts[0], 0);
        for pair in starts.windows(2) {
            assert_eq!(timeline.next_chapter(pair[0]), Some(pair[1]));
            assert_eq!(timeline.previous_chapter(pair[1]), pair[0]);
        }
        let last = starts[starts.len() - 1];
        assert_eq!(timeline.next_chapter(last), None);
        assert_eq!(timeline.previous_chapter(0), 0);
    }

    #[test]
    fn rows_and_steps_agree_at_every_cursor() {
        let timeline = standard();
        for cursor in 0..timeline.steps() {
            for step in 0..timeline.steps() {
                let start = timeline.start(step, cursor);
                assert_eq!(timeline.step_at(start, cursor), Some((step, 0)));
            }
            assert_eq!(timeline.step_at(timeline.total(cursor), cursor), None);
        }
    }

    #[test]
    fn the_current_step_stays_in_view() {
        let timeline = standard();
        for cursor in 0..timeline.steps() {
            let top = timeline.top(cursor, 5, 0);
            let start = timeline.start(cursor, cursor);
            assert!(
                top <= start && start < top + 5,
                "cursor {cursor}: top {top}"
            );
        }
        assert_eq!(timeline.top(10, 5, -1000), 0);
    }
}
