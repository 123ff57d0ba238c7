//! What the view (and the tests) may read of the app: accessors only, so every
//! change still goes through `App::update`.

use std::cell::Cell;
use std::time::Duration;

use super::JwtView;
use super::{
    App, Ask, Choice, Glossary, Overlay, Picker, Predict, Quiz, SPEEDS_MS, Timeline, Viewport,
};
use crate::explain::knowledge::Knowledge;
use crate::explain::{Chapter, Lang};
use crate::sim::{Memory, StepRecord, Transcript};
use crate::tui::action::Tab;
use crate::tui::theme::Theme;

impl App {
    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }

    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// The cursor: a 0-based position in `transcript().steps`.
    pub fn step(&self) -> usize {
        self.step
    }

    pub fn current(&self) -> Option<&StepRecord> {
        self.transcript.steps.get(self.step)
    }

    /// The chapter the current step is told in: the latest the lesson has reached
    /// (`explain::chapters`), computed once per transcript by the timeline.
    pub fn chapter(&self) -> Option<Chapter> {
        self.timeline.chapter(self.step)
    }

    /// The selected message of the current step (0-based).
    pub fn message(&self) -> usize {
        self.message
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// What every actor remembers after the current step.
    pub fn memory(&self) -> &Memory {
        self.recall.memory()
    }

    /// What the attacker knows after the current step, and how it learned it.
    pub fn knowledge(&self) -> &Knowledge {
        self.recall.knowledge()
    }

    /// Whether autoplay runs, and how long it waits between steps.
    pub fn autoplay(&self) -> Option<Duration> {
        let speed = self.autoplay.speed.min(SPEEDS_MS.len() - 1);
        self.autoplay
            .on
            .then(|| Duration::from_millis(SPEEDS_MS[speed]))
    }

    /// Whether autoplay pauses at the end of each chapter.
    pub fn chapter_pause(&self) -> bool {
        self.autoplay.chapter_pause
    }

    /// Whether the detail pane has the whole screen (the presenter view).
    pub fn zoomed(&self) -> bool {
        self.zoom
    }

    /// The selected thing of the State tab (counted over the items listed), and
    /// whether it shows every detail.
    pub fn state_selection(&self) -> (usize, bool) {
        (self.state_cursor.row, self.state_cursor.expanded)
    }

    /// Which run of the scenario is shown: it changes with every new transcript.
    pub fn run(&self) -> u64 {
        self.run
    }

    pub fn help_open(&self) -> bool {
        matches!(self.overlay, Overlay::Help)
    }

    /// The curl window, when open: the command, or none when the selected message
    /// is not a request.
    pub fn curl(&self) -> Option<Option<&str>> {
        match &self.overlay {
            Overlay::Curl(command) => Some(command.as_deref()),
            _ => None,
        }
    }

    /// The JWT view, when open: the decoded token, or none when the selected
    /// message carries no JWT.
    pub fn jwt(&self) -> Option<Option<&JwtView>> {
        match &self.overlay {
            Overlay::Jwt(view) => Some(view.as_deref()),
            _ => None,
        }
    }

    /// Whether the selected message carries a JWT, so that `v` has one to show.
    pub fn selection_carries_jwt(&self) -> bool {
        super::jwt::carries_jwt(&self.transcript.steps, self.step, self.message)
    }

    pub fn picker(&self) -> Option<&Picker> {
        match &self.overlay {
            Overlay::Picker(picker) => Some(picker),
            _ => None,
        }
    }

    pub fn should_quit(&self) -> bool {
        self.ask == Ask::Quit
    }

    /// Rows the diagram is moved from where the cursor alone would put it.
    pub fn diagram_offset(&self) -> isize {
        self.diagram_offset
    }

    pub fn detail_scroll(&self) -> u16 {
        self.detail_scroll
    }

    /// Where the view reports what the last frame measured.
    pub fn viewport(&self) -> &Cell<Viewport> {
        &self.view
    }

    /// Whether the transcript shown is a "what if": a consent answered otherwise
    /// than the scenario scripted it.
    pub fn what_if(&self) -> bool {
        self.what_if
    }

    /// Alice's choice when the current step is a consent step.
    pub fn choice(&self) -> Option<Choice> {
        self.script.choice(self.step, self.current()?)
    }

    /// Predict mode: whether it is on, and its score.
    pub fn predict(&self) -> &Predict {
        &self.predict
    }

    /// The questions being asked about the step at the cursor, if any.
    pub fn quiz(&self) -> Option<&Quiz> {
        self.predict.quiz()
    }

    /// The first message of `step` (0-based) kept out of sight because predict mode
    /// is asking about the step; none when the whole step is shown.
    pub fn hidden_from(&self, step: usize) -> Option<usize> {
        let quiz = self.predict.quiz().filter(|q| q.step() == step)?;
        self.transcript
            .steps
            .get(quiz.step())
            .map(Quiz::first_hidden)
    }

    pub fn glossary(&self) -> Option<&Glossary> {
        match &self.overlay {
            Overlay::Glossary(glossary) => Some(glossary),
            _ => None,
        }
    }
}
