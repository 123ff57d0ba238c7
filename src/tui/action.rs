//! What a person can ask the TUI to do, named for the intent rather than the key
//! (architecture principle 4): the keymap produces these, `App::update` consumes them,
//! so the key bindings can change without touching the state logic.

/// The panes of the detail area, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The wire text of the selected message.
    #[default]
    Message,
    /// What the step teaches and why.
    Explain,
    /// What each actor remembers after the step.
    State,
    /// Every expectation of the scenario, met or not.
    Expect,
}

impl Tab {
    /// Every tab, in the order of the tab bar and of the keys 1–4.
    pub const ALL: [Tab; 4] = [Self::Message, Self::Explain, Self::State, Self::Expect];

    /// The position in [`Tab::ALL`].
    pub fn index(self) -> usize {
        match self {
            Self::Message => 0,
            Self::Explain => 1,
            Self::State => 2,
            Self::Expect => 3,
        }
    }

    /// The tab after this one, wrapping around.
    #[must_use]
    pub fn next(self) -> Self {
        Self::ALL[(self.index() + 1) % Self::ALL.len()]
    }

    /// The tab before this one, wrapping around.
    #[must_use]
    pub fn previous(self) -> Self {
        Self::ALL[(self.index() + Self::ALL.len() - 1) % Self::ALL.len()]
    }
}

/// Alice's answer on the consent page, as the TUI can replay it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Deny,
}

impl Decision {
    /// The value of the consent step's `decision` parameter (`scenario-format.md`).
    pub fn as_param(self) -> &'static str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
        }
    }
}

/// One intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextStep,
    PreviousStep,
    FirstStep,
    LastStep,
    /// The first step of the next chapter of the lesson.
    NextChapter,
    /// The first step of the chapter the cursor is in, or of the one before when
    /// the cursor is already there.
    PreviousChapter,
    /// The next message of the step, or the next scenario in the picker.
    SelectNext,
    /// The previous message of the step, or the previous scenario in the picker.
    SelectPrevious,
    NextTab,
    PreviousTab,
    ShowTab(Tab),
    ToggleAutoplay,
    Faster,
    Slower,
    /// Whether autoplay pauses at the end of each chapter.
    ToggleChapterPause,
    /// The presenter view: the detail pane on the whole screen, and back.
    ToggleZoom,
    /// The autoplay timer fired (sent by the event loop, never by a key).
    Tick,
    /// Back to step 1 of the scenario as it was opened, forgetting any "what if".
    Restart,
    OpenPicker,
    /// Opens the picker's selected scenario, or expands the selected State row.
    Confirm,
    /// Closes the open window; in the main view, leaves the presenter view and
    /// folds an expanded State row. Never quits (`q` and Ctrl-C do).
    Close,
    /// Adds a character to the picker's filter or the glossary's search.
    Type(char),
    /// Takes the last character off the picker's filter or the glossary's search.
    Erase,
    ToggleLanguage,
    ToggleHelp,
    /// Replays the scenario with Alice answering this way at the consent step.
    Decide(Decision),
    /// Shows the selected request as a curl command and copies it to the clipboard.
    ShowCurl,
    /// Moves the diagram by this many rows.
    ScrollDiagram(i16),
    /// The mouse wheel at this cell (column, row), this many rows: the diagram or the
    /// detail pane, whichever is under the pointer.
    Wheel {
        column: u16,
        row: u16,
        rows: i16,
    },
    /// Moves the detail pane by this many lines.
    ScrollDetail(i16),
    /// Opens the editor over the selected step's request.
    OpenEditor,
    /// Opens the defenses panel.
    OpenDefenses,
    /// Takes back the last edit of the "what if".
    Undo,
    /// Writes the "what if" as a scenario file.
    WriteBranch,
    /// Removes the selected row of the editor.
    Remove,
    /// Moves a choice or a number onwards (> 0) or back: the method or sender in the
    /// editor, a policy in the defenses panel.
    Adjust(i8),
    /// Gives the terminal back and stops until the shell continues the UI (`fg`);
    /// the event loop does it, since it owns the terminal.
    Suspend,
    Quit,
    /// Predict mode on or off: a question before each step's answer is shown.
    TogglePredict,
    /// Answers the question with the choice numbered so on screen (1 is the first).
    Answer(u8),
    /// Leaves the question unanswered and unscored, and goes on.
    SkipQuestion,
    /// After an answer: the step's next question, or the step itself.
    Continue,
    /// Opens the glossary window.
    OpenGlossary,
    // The JWT view (issue 11, part C).
    /// Shows the JWT the selected message carries, decoded and checked.
    ShowJwt,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_cycle_both_ways() {
        assert_eq!(Tab::Expect.next(), Tab::Message);
        assert_eq!(Tab::Message.previous(), Tab::Expect);
        for tab in Tab::ALL {
            assert_eq!(tab.next().previous(), tab);
        }
    }
}
