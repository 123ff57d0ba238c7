//! "What if" anywhere: the editor over a request (`e`), the defenses panel (`x`),
//! undo (`u`) and saving the branch as a scenario file (`w`). Every edit goes on a
//! stack; the branch shown is the opened scenario with the whole stack applied
//! (`edits::branch`), run again with the same seed, so undo is a pop and a rerun,
//! never a reverse edit.

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::defenses::{self, Defenses};
use super::editor::Editor;
use super::edits::{self, Change, Edit};
use super::{App, Overlay};
use crate::scenario::write;
use crate::sim::{Actor, Item, Transcript};
use crate::tui::action::Action;

/// What the last `w` did, shown on the bottom line until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The branch was written to this file.
    Written(PathBuf),
    /// Nothing was written, for this reason.
    NotWritten(String),
}

impl App {
    /// `e`: the editor over the request of the step under the cursor; nothing when
    /// the step sends none that a scenario can change.
    pub(super) fn open_editor(&mut self) {
        let Some(record) = self.current().filter(|r| r.skipped.is_none()) else {
            return;
        };
        if let Some(editor) = Editor::open(self.step, record) {
            self.message = editor.message;
            self.overlay = Overlay::Editor(editor);
        }
    }

    pub(super) fn update_editor(&mut self, action: Action) {
        let Overlay::Editor(editor) = &mut self.overlay else {
            return;
        };
        match action {
            Action::SelectNext => editor.select_by(1),
            Action::SelectPrevious => editor.select_by(-1),
            Action::Adjust(delta) => editor.adjust(delta),
            Action::Type(c) => editor.type_char(c),
            Action::Erase => editor.erase(),
            Action::Remove => editor.remove(),
            Action::Close => self.overlay = Overlay::None,
            Action::Confirm => {
                let changes = editor.changes();
                if changes.is_empty() {
                    self.overlay = Overlay::None;
                    return;
                }
                match self.push_edit(Edit(changes)) {
                    Ok(()) => self.overlay = Overlay::None,
                    Err(refused) => {
                        if let Overlay::Editor(editor) = &mut self.overlay {
                            editor.refused = Some(refused);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    pub(super) fn open_defenses(&mut self) {
        self.overlay = Overlay::Defenses(Defenses::open());
    }

    pub(super) fn update_defenses(&mut self, action: Action) {
        let Overlay::Defenses(panel) = &mut self.overlay else {
            return;
        };
        let step = match action {
            Action::SelectNext => return panel.select_by(1),
            Action::SelectPrevious => return panel.select_by(-1),
            Action::Close => {
                self.overlay = Overlay::None;
                return;
            }
            Action::Undo => {
                self.undo();
                return;
            }
            Action::Confirm => 1,
            Action::Adjust(delta) => delta,
            _ => return,
        };
        let Some(defense) = panel.selected().cloned() else {
            return;
        };
        let current = defenses::value_of(self.scenario(), &defense.path);
        let Some(change) = defense.flip(&current, step) else {
            return;
        };
        let refused = self.push_edit(Edit(vec![change])).err();
        if let Overlay::Defenses(panel) = &mut self.overlay {
            panel.refused = refused;
        }
    }

    /// Adds `edit` to the stack and runs the branch; an edit the format refuses is
    /// taken off again and its reason returned.
    pub(super) fn push_edit(&mut self, edit: Edit) -> Result<(), String> {
        self.edits.push(edit);
        match edits::branch(&self.opened.scenario, &self.edits) {
            Ok(branch) => {
                self.branch = Some(branch);
                self.rerun();
                Ok(())
            }
            Err(refused) => {
                self.edits.pop();
                Err(refused)
            }
        }
    }

    /// `u`: the branch without its last edit; with none left, the scenario opened.
    pub(super) fn undo(&mut self) {
        if self.edits.pop().is_none() {
            return;
        }
        self.branch = if self.edits.is_empty() {
            None
        } else {
            edits::branch(&self.opened.scenario, &self.edits).ok()
        };
        self.rerun();
    }

    /// `w`: the branch as a scenario file, its outcomes as `expect`, in the picker's
    /// directory or the current one, under a name not yet taken.
    pub(super) fn write_branch(&mut self) {
        self.notice = Some(match self.written() {
            Ok(path) => Notice::Written(path),
            Err(reason) => Notice::NotWritten(reason),
        });
    }

    fn written(&self) -> Result<PathBuf, String> {
        if let Some(problem) = self.transcript.stopped() {
            return Err(crate::tui::text::problem(self.lang, problem));
        }
        let saved = write::with_outcomes(self.scenario(), &self.transcript);
        let text = write::to_json(&saved).map_err(|e| e.to_string())?;
        let dir = self.dir.as_deref().unwrap_or(Path::new("."));
        write::save_new(dir, &self.file_stem(), &text)
            .map_err(|e| format!("{}: {e}", dir.display()))
    }

    /// `NAME-what-if`, after the file or built-in opened.
    fn file_stem(&self) -> String {
        let file = self.opened.file.trim_start_matches("builtin:");
        let name = Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("scenario");
        format!("{name}-what-if")
    }

    /// Keeps what the attacker held in the run opened after the step under the
    /// cursor, so the State tab can mark what it holds only in the branch.
    pub(super) fn recall_baseline(&mut self) {
        self.baseline_attacker = if self.branch.is_some() {
            let step = self.step.min(self.baseline.steps.len().saturating_sub(1));
            self.baseline
                .memory_after(Some(step))
                .of(Actor::Attacker)
                .map(|item| (item.kind, item.key.clone()))
                .collect()
        } else {
            Vec::new()
        };
    }

    /// Whether the attacker holds `item` in the branch but did not at this step of
    /// the run opened.
    pub fn new_in_branch(&self, item: &Item) -> bool {
        self.branch.is_some()
            && !self
                .baseline_attacker
                .iter()
                .any(|(kind, key)| *kind == item.kind && *key == item.key)
    }

    /// The run of the scenario as opened, which a branch is compared with.
    pub fn baseline(&self) -> &Transcript {
        &self.baseline
    }

    /// The value of a policy (`server.require_pkce`) in the scenario now run.
    pub fn policy(&self, path: &str) -> Value {
        defenses::value_of(self.scenario(), path)
    }

    /// The value of a policy in the scenario as opened.
    pub fn policy_opened(&self, path: &str) -> Value {
        defenses::value_of(&self.opened.scenario, path)
    }

    /// The edits of the branch, oldest first.
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// The last change made, for the header (`what if: step 7 redirect_uri changed`).
    pub fn last_change(&self) -> Option<&Change> {
        self.edits.last().and_then(|edit| edit.0.first())
    }

    pub fn editor(&self) -> Option<&Editor> {
        match &self.overlay {
            Overlay::Editor(editor) => Some(editor),
            _ => None,
        }
    }

    pub fn defenses(&self) -> Option<&Defenses> {
        match &self.overlay {
            Overlay::Defenses(panel) => Some(panel),
            _ => None,
        }
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }
}
