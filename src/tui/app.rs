//! The TUI's state and the one place it changes: `App::update(Action)`.
//!
//! The transcript is recorded once per scenario run; the step cursor only moves over
//! it, so stepping back is a smaller index, never an undo. A "what if" at a consent
//! step is a new run of a changed scenario (`Scenario::with_param`), with the cursor
//! kept where it was. Everything a frame needs that costs more than a lookup (row
//! offsets, the memory after the step) is computed here when it changes.

mod access;
mod consent;
mod picker;
mod recall;
#[cfg(test)]
mod tests;
mod timeline;

use std::cell::Cell;
use std::path::PathBuf;

pub use consent::Choice;
pub use picker::{Entry, Picker, Source};
pub use timeline::Timeline;

use consent::Script;
use recall::Recall;

use super::action::{Action, Decision, Tab};
use super::theme::Theme;
use crate::explain::Lang;
use crate::scenario::{Loaded, Scenario};
use crate::sim::Transcript;

/// Autoplay intervals, slowest first.
const SPEEDS_MS: [u64; 5] = [4000, 2000, 1000, 500, 250];
/// The interval autoplay starts with (1 s).
const DEFAULT_SPEED: usize = 2;

/// Everything the screen shows.
#[derive(Debug)]
pub struct App {
    /// The scenario as opened, which `Restart` goes back to.
    opened: Loaded,
    /// A "what if" of `opened` now run in its place, if any.
    branch: Option<Scenario>,
    transcript: Transcript,
    timeline: Timeline,
    recall: Recall,
    /// Alice's answers as the scenario opened scripted them.
    script: Script,
    /// Whether a consent step now runs with another answer than the script's.
    what_if: bool,
    step: usize,
    message: usize,
    tab: Tab,
    lang: Lang,
    theme: Theme,
    autoplay: bool,
    speed: usize,
    diagram_offset: isize,
    detail_scroll: u16,
    overlay: Overlay,
    dir: Option<PathBuf>,
    /// What the event loop, which owns the terminal, is asked to do.
    ask: Ask,
    /// What the last frame measured, so scrolling stops at the ends.
    view: Cell<Viewport>,
}

/// What the app asks of the event loop. Quitting is final; a suspend is asked once per
/// Ctrl-Z; a copy once per `c`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ask {
    Nothing,
    Suspend,
    /// Put this text on the terminal's clipboard.
    Copy(String),
    Quit,
}

/// What is drawn over the screen and takes the keys.
#[derive(Debug)]
enum Overlay {
    None,
    Help,
    Picker(Picker),
    /// The selected message as a curl command; none when it is not a request.
    Curl(Option<String>),
}

/// Sizes known only when a frame is drawn.
#[derive(Debug, Clone, Copy, Default)]
pub struct Viewport {
    /// Rows of steps the diagram showed.
    pub diagram_rows: usize,
    /// How far the detail pane could scroll.
    pub detail_max: u16,
}

impl App {
    /// Opens `loaded` at step 1.
    pub fn new(loaded: Loaded, lang: Lang, dir: Option<PathBuf>, theme: Theme) -> Self {
        let transcript = loaded.scenario.run(None);
        let mut app = Self {
            branch: None,
            timeline: Timeline::new(&transcript),
            recall: Recall::new(&transcript, 0),
            script: Script::new(&loaded.scenario.steps()),
            what_if: false,
            transcript,
            opened: loaded,
            step: 0,
            message: 0,
            tab: Tab::default(),
            lang,
            theme,
            autoplay: false,
            speed: DEFAULT_SPEED,
            diagram_offset: 0,
            detail_scroll: 0,
            overlay: Overlay::None,
            dir,
            ask: Ask::Nothing,
            view: Cell::default(),
        };
        app.go_to(0);
        app
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.ask = Ask::Quit,
            Action::Suspend if self.ask == Ask::Nothing => self.ask = Ask::Suspend,
            Action::Suspend => {}
            Action::Tick => self.tick(),
            Action::ScrollDiagram(rows) => self.scroll_diagram(rows),
            _ => match self.overlay {
                Overlay::Help | Overlay::Curl(_) => self.overlay = Overlay::None,
                Overlay::Picker(_) => self.update_picker(action),
                Overlay::None => self.update_main(action),
            },
        }
    }

    /// The text to copy to the clipboard, if a copy was asked for since the last
    /// call. The event loop writes it, since it owns the terminal.
    pub fn take_copy(&mut self) -> Option<String> {
        match std::mem::replace(&mut self.ask, Ask::Nothing) {
            Ask::Copy(text) => Some(text),
            other => {
                self.ask = other;
                None
            }
        }
    }

    /// Whether a suspend was asked for since the last call. The event loop asks, and
    /// does the suspending itself, since it owns the terminal.
    pub fn take_suspend(&mut self) -> bool {
        let asked = self.ask == Ask::Suspend;
        if asked {
            self.ask = Ask::Nothing;
        }
        asked
    }

    fn update_main(&mut self, action: Action) {
        match action {
            Action::NextStep => self.go_to(self.step.saturating_add(1)),
            Action::PreviousStep => self.go_to(self.step.saturating_sub(1)),
            Action::FirstStep => self.go_to(0),
            Action::LastStep => self.go_to(usize::MAX),
            Action::SelectNext => self.select_message(self.message.saturating_add(1)),
            Action::SelectPrevious => self.select_message(self.message.saturating_sub(1)),
            Action::NextTab => self.show_tab(self.tab.next()),
            Action::PreviousTab => self.show_tab(self.tab.previous()),
            Action::ShowTab(tab) => self.show_tab(tab),
            Action::ToggleAutoplay => self.toggle_autoplay(),
            Action::Faster => self.speed = (self.speed + 1).min(SPEEDS_MS.len() - 1),
            Action::Slower => self.speed = self.speed.saturating_sub(1),
            Action::Restart => self.open(self.opened.clone()),
            Action::OpenPicker => {
                let picker = Picker::open(self.dir.as_deref(), &self.opened.file, self.lang);
                self.overlay = Overlay::Picker(picker);
            }
            Action::Back => self.ask = Ask::Quit,
            Action::ToggleLanguage => {
                self.lang = match self.lang {
                    Lang::En => Lang::Ko,
                    Lang::Ko => Lang::En,
                };
            }
            Action::ToggleHelp => self.overlay = Overlay::Help,
            Action::Decide(decision) => self.decide(decision),
            Action::ShowCurl => self.show_curl(),
            Action::ScrollDetail(lines) => self.scroll_detail(lines),
            Action::Confirm
            | Action::Tick
            | Action::ScrollDiagram(_)
            | Action::Suspend
            | Action::Quit => {}
        }
    }

    fn update_picker(&mut self, action: Action) {
        let Overlay::Picker(picker) = &mut self.overlay else {
            return;
        };
        match action {
            Action::SelectNext => picker.select_by(1),
            Action::SelectPrevious => picker.select_by(-1),
            Action::ScrollDetail(lines) => picker.select_by(isize::from(lines)),
            Action::FirstStep => picker.select_by(isize::MIN),
            Action::LastStep => picker.select_by(isize::MAX),
            Action::Confirm => {
                if let Some(loaded) = picker.load() {
                    self.overlay = Overlay::None;
                    self.open(loaded);
                }
            }
            Action::Back | Action::OpenPicker => self.overlay = Overlay::None,
            _ => {}
        }
    }

    /// Shows `loaded` from step 1, forgetting any "what if".
    fn open(&mut self, loaded: Loaded) {
        self.branch = None;
        self.opened = loaded;
        self.step = 0;
        self.message = 0;
        self.script = Script::new(&self.opened.scenario.steps());
        self.rerun();
        self.go_to(0);
    }

    /// The scenario as now run: the "what if", or the one opened.
    fn scenario(&self) -> &Scenario {
        self.branch.as_ref().unwrap_or(&self.opened.scenario)
    }

    /// Runs the scenario again and keeps the cursor on the same step.
    fn rerun(&mut self) {
        self.transcript = self.scenario().run(None);
        self.timeline = Timeline::new(&self.transcript);
        self.step = self.step.min(self.last_step());
        self.recall = Recall::new(&self.transcript, self.step);
        self.message = self.message.min(self.messages_len().saturating_sub(1));
        // A branch whose client stopped and skipped steps differs from the run opened
        // even when every answer is back to the script's.
        let skips = !self.opened.scenario.client_stops
            && self.transcript.steps.iter().any(|s| s.skipped.is_some());
        self.what_if = self.script.differs(&self.transcript) || skips;
    }

    fn go_to(&mut self, step: usize) {
        let step = step.min(self.last_step());
        if step != self.step {
            self.step = step;
            self.recall.move_to(&self.transcript, step);
        }
        self.message = 0;
        self.detail_scroll = 0;
        self.diagram_offset = 0;
    }

    fn last_step(&self) -> usize {
        self.transcript.steps.len().saturating_sub(1)
    }

    fn messages_len(&self) -> usize {
        self.current().map_or(0, |s| s.messages.len())
    }

    fn select_message(&mut self, message: usize) {
        self.message = message.min(self.messages_len().saturating_sub(1));
        self.detail_scroll = 0;
    }

    fn show_tab(&mut self, tab: Tab) {
        self.tab = tab;
        self.detail_scroll = 0;
    }

    fn toggle_autoplay(&mut self) {
        self.autoplay = !self.autoplay;
        if self.autoplay && self.step >= self.last_step() {
            self.go_to(0);
        }
    }

    fn tick(&mut self) {
        if !self.autoplay {
            return;
        }
        if self.step < self.last_step() {
            self.go_to(self.step + 1);
        } else {
            self.autoplay = false;
        }
    }

    /// Replays the scenario with Alice deciding otherwise at this consent step.
    fn decide(&mut self, decision: Decision) {
        let Some(choice) = self.choice() else {
            return;
        };
        if choice.current != Some(decision) {
            self.branch = Some(self.scenario().with_param(
                self.step,
                "decision",
                decision.as_param(),
            ));
            self.rerun();
        }
    }

    /// Shows the selected message as curl and asks for it on the clipboard.
    fn show_curl(&mut self) {
        let command = self
            .current()
            .and_then(|step| step.messages.get(self.message))
            .and_then(crate::curl::command);
        if let (Some(command), Ask::Nothing) = (&command, &self.ask) {
            self.ask = Ask::Copy(command.clone());
        }
        self.overlay = Overlay::Curl(command);
    }

    fn scroll_diagram(&mut self, rows: i16) {
        let height = self.view.get().diagram_rows;
        let auto = self.timeline.top(self.step, height, 0);
        let max_top = self.timeline.total(self.step).saturating_sub(height);
        let top = auto
            .saturating_add_signed(self.diagram_offset)
            .saturating_add_signed(isize::from(rows))
            .min(max_top);
        self.diagram_offset = isize::try_from(top).unwrap_or(isize::MAX)
            - isize::try_from(auto).unwrap_or(isize::MAX);
    }

    fn scroll_detail(&mut self, lines: i16) {
        self.detail_scroll = self
            .detail_scroll
            .saturating_add_signed(lines)
            .min(self.view.get().detail_max);
    }
}
