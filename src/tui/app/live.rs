//! The live view of `oauth-sim serve --tui`: the transcript is what real requests
//! made so far, and it grows as more arrive. Stepping back works on what arrived;
//! the cursor follows each new step while it is on the last one, and stays put when
//! the person went back to read. What would run the scenario in place of the
//! requests (restart, the picker, a "what if", the editor, the defenses) does
//! nothing here: the requests, not the file's steps, make this transcript.

use std::rc::Rc;

use super::{App, Recall, Timeline};
use crate::explain::Lang;
use crate::scenario::Loaded;
use crate::sim::{StepRecord, Transcript};
use crate::tui::action::Action;
use crate::tui::text::Key;
use crate::tui::theme::Theme;

impl App {
    /// A live view of `loaded` served, starting from `head` (no steps yet).
    pub fn live(loaded: Loaded, head: Transcript, lang: Lang, theme: Theme) -> Self {
        let mut app = Self::showing(loaded, head, lang, None, &theme);
        app.live = true;
        app
    }

    /// What the panels say while there is no step: a live view waits for requests.
    pub(crate) fn no_steps(&self) -> Key {
        if self.live {
            Key::WaitingForRequests
        } else {
            Key::NoSteps
        }
    }

    /// How many steps the view has.
    pub fn steps_shown(&self) -> usize {
        self.transcript.steps.len()
    }

    /// Adds the steps that arrived since the last call.
    pub fn grow(&mut self, steps: Vec<StepRecord>) {
        if steps.is_empty() {
            return;
        }
        let following = self.step + 1 >= self.transcript.steps.len();
        let mut transcript = (*self.transcript).clone();
        transcript.steps.extend(steps);
        transcript.planned = transcript.steps.len();
        self.transcript = Rc::new(transcript);
        self.baseline = Rc::clone(&self.transcript);
        self.timeline = Timeline::new(&self.transcript);
        self.recall = Recall::new(&self.transcript, self.step);
        self.run += 1;
        if following {
            self.go_to(usize::MAX);
        }
    }
}

/// Whether an action would run the scenario in place of what arrived.
pub(super) fn reruns(action: Action) -> bool {
    matches!(
        action,
        Action::Restart
            | Action::OpenPicker
            | Action::Decide(_)
            | Action::OpenEditor
            | Action::OpenDefenses
            | Action::Undo
            | Action::WriteBranch
    )
}
