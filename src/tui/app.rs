//! The TUI's state and the one place it changes: `App::update(Action)`.
//!
//! The transcript is recorded once per scenario run; the step cursor only moves over
//! it, so stepping back is a smaller index, never an undo. A "what if" (Alice's
//! answer at a consent step, an edited request, a flipped defense) is a new run of a
//! changed scenario, the opened one with a stack of edits applied (`what_if.rs`), with
//! the cursor kept where it was. Everything a frame needs that costs more than a lookup (row
//! offsets, the memory after the step) is computed here when it changes.

mod access;
mod consent;
mod defenses;
mod editor;
mod edits;
mod glossary;
mod jwt;
mod live;
mod picker;
mod predict;
mod recall;
#[cfg(test)]
mod tests;
mod timeline;
mod what_if;

use std::cell::Cell;
use std::path::PathBuf;
use std::rc::Rc;

use ratatui::layout::{Position, Rect};

pub use consent::Choice;
pub use glossary::Glossary;
pub use jwt::{JwtView, SignatureCheck};
pub use live::Serving;
pub use picker::{Entry, Picker, Source};
pub use predict::{Predict, Quiz};
pub use timeline::Timeline;

pub use defenses::{Defense, Defenses, Kind, all as defenses, shown};
pub use editor::{Editor, Field, Row};
pub use edits::{Change, Edit};
pub use what_if::Notice;

use consent::Script;
use recall::Recall;

use super::action::{Action, Decision, Tab};
use super::keymap::Mode;
use super::theme::Theme;
use crate::explain::Lang;
use crate::scenario::{Loaded, Scenario};
use crate::sim::{ItemKind, Transcript};

/// Autoplay intervals, slowest first: the slowest leave time to read an explanation
/// aloud to a class.
const SPEEDS_MS: [u64; 7] = [15_000, 8_000, 4_000, 2_000, 1_000, 500, 250];
/// The interval autoplay starts with (1 s).
const DEFAULT_SPEED: usize = 4;

/// Everything the screen shows.
#[derive(Debug)]
pub struct App {
    /// The scenario as opened, which `Restart` goes back to.
    opened: Loaded,
    /// A "what if" of `opened` now run in its place, if any.
    branch: Option<Scenario>,
    /// The edits that make the branch, oldest first (`u` takes the last back).
    edits: Vec<Edit>,
    /// The run of the scenario as opened, which a branch is compared with: shared
    /// with `transcript` until a branch replaces that, so a long run is kept once.
    baseline: Rc<Transcript>,
    /// What the last `w` did, shown until the next key.
    notice: Option<Notice>,
    /// What the attacker held in the run opened, after the step under the cursor
    /// (kind and value): empty unless a branch is shown.
    baseline_attacker: Vec<(ItemKind, String)>,
    transcript: Rc<Transcript>,
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
    autoplay: Autoplay,
    /// The presenter view: the detail pane on the whole screen.
    zoom: bool,
    state_cursor: StateCursor,
    diagram_offset: isize,
    detail_scroll: u16,
    overlay: Overlay,
    dir: Option<PathBuf>,
    /// What the event loop, which owns the terminal, is asked to do.
    ask: Ask,
    /// What the last frame measured, so scrolling stops at the ends.
    view: Cell<Viewport>,
    /// Counts the runs of a scenario (opening, restarting, a "what if"), so what
    /// was measured of one run is not taken for another's.
    run: u64,
    predict: Predict,
    /// Whether the transcript grows as requests arrive (`oauth-sim serve --tui`):
    /// then nothing reruns the scenario in its place (`live.rs`).
    live: Option<Serving>,
}

/// Autoplay: whether it runs, how fast, and whether it pauses at chapter ends.
#[derive(Debug, Clone, Copy)]
struct Autoplay {
    on: bool,
    /// An index into `SPEEDS_MS`.
    speed: usize,
    chapter_pause: bool,
}

/// The State tab's selection.
#[derive(Debug, Clone, Copy, Default)]
struct StateCursor {
    /// The selected thing, counted over every actor's items.
    row: usize,
    /// Whether it shows every detail.
    expanded: bool,
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
    Glossary(Box<Glossary>),
    Editor(Editor),
    Defenses(Defenses),
    /// The JWT the selected message carries, decoded; none when it carries none.
    Jwt(Option<Box<JwtView>>),
}

/// Sizes and places known only when a frame is drawn.
#[derive(Debug, Clone, Copy, Default)]
pub struct Viewport {
    /// Rows of steps the diagram showed.
    pub diagram_rows: usize,
    /// How far the detail pane could scroll.
    pub detail_max: u16,
    /// Where the diagram was drawn (empty when it was not), for the mouse wheel.
    pub diagram_area: Rect,
    /// Where the detail pane was drawn, for the mouse wheel.
    pub detail_area: Rect,
    /// The first line of the State tab in sight, so the selection moves the view
    /// only when it would leave it.
    pub state_first: usize,
    /// The State tab's lines, counted for the step, width, language, selection and
    /// run it names (`StateKey`), kept until one of them changes.
    pub state_measure: Option<(StateKey, StateMeasure)>,
}

/// What the State tab's line count depends on: step, columns, language, selected
/// row, whether it is expanded, and which run of the scenario is shown.
pub type StateKey = (usize, usize, Lang, usize, bool, u64);

/// The State tab's lines: how many, and which show the selected thing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StateMeasure {
    pub total: usize,
    /// The first line of the selected thing and the line after it.
    pub selected: (usize, usize),
}

impl App {
    /// Opens `loaded` at step 1.
    pub fn new(loaded: Loaded, lang: Lang, dir: Option<PathBuf>, theme: Theme) -> Self {
        let transcript = loaded.scenario.run(None);
        Self::showing(loaded, transcript, lang, dir, &theme)
    }

    /// Opens `loaded` at step 1, showing `transcript` as its run.
    fn showing(
        loaded: Loaded,
        transcript: Transcript,
        lang: Lang,
        dir: Option<PathBuf>,
        theme: &Theme,
    ) -> Self {
        let transcript = Rc::new(transcript);
        let mut app = Self {
            branch: None,
            edits: Vec::new(),
            baseline: Rc::clone(&transcript),
            notice: None,
            baseline_attacker: Vec::new(),
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
            theme: *theme,
            autoplay: Autoplay {
                on: false,
                speed: DEFAULT_SPEED,
                chapter_pause: false,
            },
            zoom: false,
            state_cursor: StateCursor::default(),
            diagram_offset: 0,
            detail_scroll: 0,
            overlay: Overlay::None,
            dir,
            ask: Ask::Nothing,
            view: Cell::default(),
            run: 0,
            predict: Predict::default(),
            live: None,
        };
        app.go_to(0);
        app
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if action != Action::Tick {
            self.notice = None;
        }
        match action {
            Action::Quit => self.ask = Ask::Quit,
            Action::Suspend if self.ask == Ask::Nothing => self.ask = Ask::Suspend,
            Action::Suspend => {}
            Action::Tick => self.tick(),
            Action::ScrollDiagram(rows) => self.scroll_diagram(rows),
            _ => match self.overlay {
                Overlay::Help | Overlay::Curl(_) | Overlay::Jwt(_) => {
                    if action == Action::Close {
                        self.overlay = Overlay::None;
                    }
                }
                Overlay::Picker(_) => self.update_picker(action),
                Overlay::Glossary(_) => self.update_glossary(action),
                Overlay::None if self.predict.quiz().is_some() => self.update_predict(action),
                Overlay::Editor(_) => self.update_editor(action),
                Overlay::Defenses(_) => self.update_defenses(action),
                Overlay::None => self.update_main(action),
            },
        }
    }

    /// Which window takes the keys now.
    pub fn mode(&self) -> Mode {
        match self.overlay {
            Overlay::None if self.predict.quiz().is_some() => Mode::Predict,
            Overlay::None => Mode::Main,
            Overlay::Help => Mode::Help,
            Overlay::Curl(_) => Mode::Curl,
            Overlay::Picker(_) => Mode::Picker,
            Overlay::Glossary(_) => Mode::Glossary,
            Overlay::Editor(_) => Mode::Editor,
            Overlay::Defenses(_) => Mode::Defenses,
            Overlay::Jwt(_) => Mode::Jwt,
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
        if self.live.is_some() && live::reruns(action) {
            return;
        }
        match action {
            Action::NextStep => self.go_to(self.step.saturating_add(1)),
            Action::PreviousStep => self.go_to(self.step.saturating_sub(1)),
            Action::FirstStep => self.go_to(0),
            Action::LastStep => self.go_to(usize::MAX),
            Action::NextChapter => {
                if let Some(step) = self.timeline.next_chapter(self.step) {
                    self.go_to(step);
                }
            }
            Action::PreviousChapter => self.go_to(self.timeline.previous_chapter(self.step)),
            Action::SelectNext => self.select_by(1),
            Action::SelectPrevious => self.select_by(-1),
            Action::NextTab => self.show_tab(self.tab.next()),
            Action::PreviousTab => self.show_tab(self.tab.previous()),
            Action::ShowTab(tab) => self.show_tab(tab),
            Action::ToggleAutoplay => self.toggle_autoplay(),
            Action::Faster => {
                self.autoplay.speed = (self.autoplay.speed + 1).min(SPEEDS_MS.len() - 1);
            }
            Action::Slower => self.autoplay.speed = self.autoplay.speed.saturating_sub(1),
            Action::ToggleChapterPause => {
                self.autoplay.chapter_pause = !self.autoplay.chapter_pause;
            }
            Action::ToggleZoom => self.zoom = !self.zoom,
            Action::Restart => self.open(self.opened.clone()),
            Action::OpenPicker => {
                let picker = Picker::open(self.dir.as_deref(), &self.opened.file, self.lang);
                self.overlay = Overlay::Picker(picker);
            }
            Action::Confirm if self.tab == Tab::State => {
                self.state_cursor.expanded = !self.state_cursor.expanded;
            }
            Action::Close => {
                self.zoom = false;
                self.state_cursor.expanded = false;
            }
            Action::ToggleLanguage => {
                self.lang = self.lang.next();
            }
            Action::ToggleHelp => self.overlay = Overlay::Help,
            Action::Decide(decision) => self.decide(decision),
            Action::ShowCurl => self.show_curl(),
            Action::ShowJwt => {
                let view = JwtView::of(&self.transcript.steps, self.step, self.message);
                self.overlay = Overlay::Jwt(view.map(Box::new));
            }
            Action::OpenEditor => self.open_editor(),
            Action::OpenDefenses => self.open_defenses(),
            Action::Undo => self.undo(),
            Action::WriteBranch => self.write_branch(),
            Action::ScrollDetail(lines) => self.scroll_detail(lines),
            Action::Wheel { column, row, rows } => self.wheel(Position::new(column, row), rows),
            Action::TogglePredict => self.predict.toggle(),
            Action::OpenGlossary => self.overlay = Overlay::Glossary(Box::new(Glossary::open())),
            Action::Confirm
            | Action::Answer(_)
            | Action::SkipQuestion
            | Action::Continue
            | Action::Type(_)
            | Action::Erase
            | Action::Remove
            | Action::Adjust(_)
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
            Action::Wheel { rows, .. } => picker.select_by(isize::from(rows)),
            Action::FirstStep => picker.select_by(isize::MIN),
            Action::LastStep => picker.select_by(isize::MAX),
            Action::Type(c) => picker.type_char(c),
            Action::Erase => picker.erase(),
            Action::Confirm => {
                if let Some(loaded) = picker.load() {
                    self.overlay = Overlay::None;
                    self.open(loaded);
                }
            }
            Action::Close => self.overlay = Overlay::None,
            _ => {}
        }
    }

    /// A question of predict mode is on screen: it takes the keys until answered
    /// or skipped; the wheel still scrolls.
    fn update_predict(&mut self, action: Action) {
        match action {
            Action::Answer(number) => self.predict.answer(number),
            Action::SkipQuestion => self.predict.skip(),
            Action::Continue => self.predict.proceed(),
            Action::ScrollDetail(lines) => self.scroll_detail(lines),
            Action::Wheel { column, row, rows } => self.wheel(Position::new(column, row), rows),
            _ => return,
        }
        self.detail_scroll = 0;
    }

    fn update_glossary(&mut self, action: Action) {
        let Overlay::Glossary(glossary) = &mut self.overlay else {
            return;
        };
        match action {
            Action::SelectNext => glossary.select_by(1),
            Action::SelectPrevious => glossary.select_by(-1),
            Action::Wheel { rows, .. } => glossary.select_by(isize::from(rows)),
            Action::Type(c) => glossary.type_char(c),
            Action::Erase => glossary.erase(),
            Action::Close => self.overlay = Overlay::None,
            _ => {}
        }
    }

    /// Shows `loaded` from step 1, forgetting any "what if" and predict mode's
    /// score and questions asked (a new run); in predict mode, the first step is
    /// asked about.
    fn open(&mut self, loaded: Loaded) {
        self.branch = None;
        self.edits.clear();
        self.opened = loaded;
        self.step = 0;
        self.message = 0;
        self.script = Script::new(&self.opened.scenario.steps());
        self.rerun();
        self.baseline = Rc::clone(&self.transcript);
        self.go_to(0);
        self.predict.restart();
        self.arrive(0);
    }

    /// The cursor moved forward onto `step`: predict mode may ask about it, and
    /// autoplay stops at a question.
    fn arrive(&mut self, step: usize) {
        if self.predict.arrive(&self.transcript, step) {
            self.autoplay.on = false;
        }
    }

    /// The scenario as now run: the "what if", or the one opened.
    fn scenario(&self) -> &Scenario {
        self.branch.as_ref().unwrap_or(&self.opened.scenario)
    }

    /// Runs the scenario again and keeps the cursor on the same step.
    fn rerun(&mut self) {
        self.run += 1;
        self.transcript = Rc::new(self.scenario().run(None));
        self.timeline = Timeline::new(&self.transcript);
        self.step = self.step.min(self.last_step());
        self.recall = Recall::new(&self.transcript, self.step);
        self.message = self.message.min(self.messages_len().saturating_sub(1));
        // A branch whose client stopped and skipped steps differs from the run opened
        // even when every answer is back to the script's.
        let skips = !self.opened.scenario.client_stops
            && self.transcript.steps.iter().any(|s| s.skipped.is_some());
        let edited = self
            .edits
            .iter()
            .flat_map(|edit| &edit.0)
            .any(|change| change.subject() != "decision");
        self.what_if = self.script.differs(&self.transcript) || skips || edited;
        self.recall_baseline();
        // The steps after the cursor have new answers: predict mode may ask again.
        self.predict.forget_after(self.step);
    }

    fn go_to(&mut self, step: usize) {
        let step = step.min(self.last_step());
        if step != self.step {
            let forward = step > self.step;
            self.step = step;
            self.recall.move_to(&self.transcript, step);
            if forward {
                self.arrive(step);
            }
        }
        self.message = 0;
        self.detail_scroll = 0;
        self.diagram_offset = 0;
        self.state_cursor = StateCursor::default();
        self.recall_baseline();
    }

    fn last_step(&self) -> usize {
        self.transcript.steps.len().saturating_sub(1)
    }

    fn messages_len(&self) -> usize {
        self.current().map_or(0, |s| s.messages.len())
    }

    /// ↑/↓: a message of the step, or on the State tab a remembered thing.
    fn select_by(&mut self, delta: isize) {
        if self.tab == Tab::State {
            let last = self.state_rows().saturating_sub(1);
            let row = self.state_cursor.row.saturating_add_signed(delta).min(last);
            self.state_cursor = StateCursor {
                row,
                expanded: false,
            };
        } else {
            let last = self.messages_len().saturating_sub(1);
            self.message = self.message.saturating_add_signed(delta).min(last);
            self.detail_scroll = 0;
        }
    }

    /// How many things the State tab lists that can be selected.
    fn state_rows(&self) -> usize {
        let memory = self.recall.memory();
        memory.actors().map(|actor| memory.count_of(actor)).sum()
    }

    /// The wheel scrolls the region under the pointer, as drawn in the last frame.
    fn wheel(&mut self, at: Position, rows: i16) {
        let view = self.view.get();
        if view.detail_area.contains(at) {
            self.scroll_detail(rows);
        } else if view.diagram_area.contains(at) {
            self.scroll_diagram(rows);
        }
    }

    fn show_tab(&mut self, tab: Tab) {
        self.tab = tab;
        self.detail_scroll = 0;
    }

    fn toggle_autoplay(&mut self) {
        self.autoplay.on = !self.autoplay.on;
        if self.autoplay.on && self.step >= self.last_step() {
            self.go_to(0);
        }
    }

    /// Autoplay's next step; at the end, or at a chapter's end when asked to pause
    /// there, autoplay stops (`a` goes on).
    fn tick(&mut self) {
        if !self.autoplay.on {
            return;
        }
        if self.step < self.last_step() {
            self.go_to(self.step + 1);
        }
        let chapter_ends = self.timeline.next_chapter(self.step) == Some(self.step + 1);
        if self.step >= self.last_step() || (self.autoplay.chapter_pause && chapter_ends) {
            self.autoplay.on = false;
        }
    }

    /// Replays the scenario with Alice deciding otherwise at this consent step.
    fn decide(&mut self, decision: Decision) {
        let Some(choice) = self.choice() else {
            return;
        };
        if choice.current != Some(decision) {
            let _ = self.push_edit(Edit(vec![Change::Param {
                step: self.step,
                name: "decision".to_owned(),
                value: Some(decision.as_param().to_owned()),
            }]));
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

    /// PgUp/PgDn: the State tab, a list, moves its selection a page; the others
    /// scroll.
    fn scroll_detail(&mut self, lines: i16) {
        if self.tab == Tab::State {
            self.select_by(isize::from(lines));
            return;
        }
        self.detail_scroll = self
            .detail_scroll
            .saturating_add_signed(lines)
            .min(self.view.get().detail_max);
    }
}
