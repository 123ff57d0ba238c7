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
use crate::tui::theme::Theme;

/// Where the served parties answer and what to sign in with: a live view shows it
/// until the first request arrives, as the UI covers the first line `serve` printed.
#[derive(Debug, Clone, Default)]
pub struct Serving {
    pub authorization_server: String,
    pub api: String,
    /// RFC 8414 §3: the authorization server's metadata.
    pub metadata: String,
    /// Each registered client's id, and its secret unless it is a public client.
    pub clients: Vec<(String, Option<String>)>,
    /// The resource owner's username and password.
    pub user: (String, String),
}

impl App {
    /// A live view of `loaded` served, starting from `head` (no steps yet).
    pub fn live(
        loaded: Loaded,
        head: Transcript,
        serving: Serving,
        lang: Lang,
        theme: Theme,
    ) -> Self {
        let mut app = Self::showing(loaded, head, lang, None, &theme);
        app.live = Some(serving);
        app
    }

    /// What a live view serves; none when the app shows a scenario's own run.
    pub(crate) fn serving(&self) -> Option<&Serving> {
        self.live.as_ref()
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
        // The baseline is the same transcript (nothing is re-run here): let go of it
        // so the steps are extended in place, not copied at every request.
        self.baseline = Rc::new(Transcript {
            title: self.transcript.title.clone(),
            summary: self.transcript.summary.clone(),
            seed: self.transcript.seed,
            start: self.transcript.start,
            initial: Vec::new(),
            planned: 0,
            steps: Vec::new(),
        });
        let transcript = Rc::make_mut(&mut self.transcript);
        transcript.steps.extend(steps);
        transcript.planned = transcript.steps.len();
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
