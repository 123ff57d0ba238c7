//! Keys and mouse events to actions: a pure table per mode (architecture principle 5,
//! "a modal keymap"), so it is tested without a terminal and the help can promise
//! exactly what each window does. The window that is open decides what a key means:
//! typing in the picker's filter never steps the lesson. A new window is a new
//! [`Mode`] and one more table.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

use super::action::{Action, Decision, Tab};

/// How many rows one notch of the mouse wheel moves what is under the pointer.
pub const WHEEL_ROWS: i16 = 3;
/// How many lines PgUp/PgDn move the detail pane.
const PAGE_LINES: i16 = 8;

/// Which part of the UI takes the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The diagram and the detail pane, nothing open over them.
    Main,
    /// The help window: any key closes it.
    Help,
    /// The curl window: any key closes it.
    Curl,
    /// The scenario picker: typing filters the list.
    Picker,
    /// Predict mode asks about the step at the cursor: the numbers answer.
    Predict,
    /// The glossary: typing searches the terms.
    Glossary,
    /// The request editor: typing goes into the selected row.
    Editor,
    /// The defenses panel: the policies, flipped one at a time.
    Defenses,
    /// The JWT view: any key closes it.
    Jwt,
}

/// The action a key asks for in `mode`, or none. Releases are ignored (Windows
/// reports both). Ctrl-C quits and Ctrl-Z suspends in every mode.
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        // Raw mode turns off the terminal's own ^C and ^Z (POSIX `ISIG`), so the UI
        // does what they would have done.
        return match key.code {
            KeyCode::Char('c') => Some(Action::Quit),
            KeyCode::Char('z') => Some(Action::Suspend),
            _ => None,
        };
    }
    match mode {
        Mode::Main => main(key.code),
        Mode::Help | Mode::Curl | Mode::Jwt => Some(Action::Close),
        Mode::Picker => picker(key.code),
        Mode::Predict => predict(key.code),
        Mode::Glossary => glossary(key.code),
        Mode::Editor => editor(key.code),
        Mode::Defenses => defenses(key.code),
    }
}

/// The main view: stepping, tabs, autoplay and the keys that open windows.
fn main(code: KeyCode) -> Option<Action> {
    let action = match code {
        KeyCode::Right | KeyCode::Char('l' | ' ') => Action::NextStep,
        KeyCode::Left | KeyCode::Char('h') | KeyCode::Backspace => Action::PreviousStep,
        KeyCode::Home | KeyCode::Char('g') => Action::FirstStep,
        KeyCode::End | KeyCode::Char('G') => Action::LastStep,
        KeyCode::Char(']') => Action::NextChapter,
        KeyCode::Char('[') => Action::PreviousChapter,
        KeyCode::Down | KeyCode::Char('j') => Action::SelectNext,
        KeyCode::Up | KeyCode::Char('k') => Action::SelectPrevious,
        KeyCode::Tab => Action::NextTab,
        KeyCode::BackTab => Action::PreviousTab,
        KeyCode::Char(digit @ '1'..='4') => Action::ShowTab(tab_for(digit)),
        KeyCode::PageDown => Action::ScrollDetail(PAGE_LINES),
        KeyCode::PageUp => Action::ScrollDetail(-PAGE_LINES),
        KeyCode::Char('a') => Action::ToggleAutoplay,
        KeyCode::Char('+' | '=') => Action::Faster,
        KeyCode::Char('-') => Action::Slower,
        KeyCode::Char('s') => Action::ToggleChapterPause,
        KeyCode::Char('z') => Action::ToggleZoom,
        KeyCode::Char('r') => Action::Restart,
        KeyCode::Char('o') => Action::OpenPicker,
        KeyCode::Char('c') => Action::ShowCurl,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc => Action::Close,
        KeyCode::Char('L') => Action::ToggleLanguage,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Char('y') => Action::Decide(Decision::Allow),
        KeyCode::Char('d') => Action::Decide(Decision::Deny),
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('p') => Action::TogglePredict,
        KeyCode::Char('t') => Action::OpenGlossary,
        KeyCode::Char('e') => Action::OpenEditor,
        KeyCode::Char('x') => Action::OpenDefenses,
        KeyCode::Char('u') => Action::Undo,
        KeyCode::Char('w') => Action::WriteBranch,
        KeyCode::Char('v') => Action::ShowJwt,
        _ => return None,
    };
    Some(action)
}

/// The request editor: ↑/↓ choose a row, ←/→ change the method or the sender,
/// printable characters and Backspace edit the row, Delete empties it, Enter runs
/// the branch, Esc closes without a change.
fn editor(code: KeyCode) -> Option<Action> {
    let action = match code {
        KeyCode::Down | KeyCode::Tab => Action::SelectNext,
        KeyCode::Up | KeyCode::BackTab => Action::SelectPrevious,
        KeyCode::Right => Action::Adjust(1),
        KeyCode::Left => Action::Adjust(-1),
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc => Action::Close,
        KeyCode::Backspace => Action::Erase,
        KeyCode::Delete => Action::Remove,
        KeyCode::Char(c) if !c.is_control() => Action::Type(c),
        _ => return None,
    };
    Some(action)
}

/// The defenses panel: ↑/↓ choose, Space or Enter flips, +/− (and ←/→) step a
/// lifetime or a choice, Esc closes.
fn defenses(code: KeyCode) -> Option<Action> {
    let action = match code {
        KeyCode::Down | KeyCode::Char('j') => Action::SelectNext,
        KeyCode::Up | KeyCode::Char('k') => Action::SelectPrevious,
        KeyCode::Enter | KeyCode::Char(' ') => Action::Confirm,
        KeyCode::Right | KeyCode::Char('+' | '=') => Action::Adjust(1),
        KeyCode::Left | KeyCode::Char('-') => Action::Adjust(-1),
        KeyCode::Char('u') => Action::Undo,
        KeyCode::Esc | KeyCode::Char('x' | 'q') => Action::Close,
        _ => return None,
    };
    Some(action)
}

/// The picker: arrows and pages choose, Enter opens, Esc closes, and every
/// printable character goes to the filter.
fn picker(code: KeyCode) -> Option<Action> {
    let action = match code {
        KeyCode::Down => Action::SelectNext,
        KeyCode::Up => Action::SelectPrevious,
        KeyCode::PageDown => Action::ScrollDetail(PAGE_LINES),
        KeyCode::PageUp => Action::ScrollDetail(-PAGE_LINES),
        KeyCode::Home => Action::FirstStep,
        KeyCode::End => Action::LastStep,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc => Action::Close,
        KeyCode::Backspace => Action::Erase,
        KeyCode::Char(c) if !c.is_control() => Action::Type(c),
        _ => return None,
    };
    Some(action)
}

/// A question of predict mode: `1`–`4` choose, Esc skips, Enter (or → or Space)
/// goes on once answered, PgDn/PgUp scroll an explanation longer than the pane;
/// every other key does nothing, so a stray key never shows the answer.
fn predict(code: KeyCode) -> Option<Action> {
    let action = match code {
        KeyCode::Char(digit @ '1'..='4') => Action::Answer(digit as u8 - b'0'),
        KeyCode::Esc => Action::SkipQuestion,
        KeyCode::Enter | KeyCode::Right | KeyCode::Char(' ') => Action::Continue,
        KeyCode::PageDown => Action::ScrollDetail(PAGE_LINES),
        KeyCode::PageUp => Action::ScrollDetail(-PAGE_LINES),
        _ => return None,
    };
    Some(action)
}

/// The glossary: every printable character goes to the search, Backspace erases,
/// ↑/↓ select a term, Esc closes (and never quits).
fn glossary(code: KeyCode) -> Option<Action> {
    let action = match code {
        KeyCode::Down => Action::SelectNext,
        KeyCode::Up => Action::SelectPrevious,
        KeyCode::Esc => Action::Close,
        KeyCode::Backspace => Action::Erase,
        KeyCode::Char(c) if !c.is_control() => Action::Type(c),
        _ => return None,
    };
    Some(action)
}

fn tab_for(digit: char) -> Tab {
    match digit {
        '2' => Tab::Explain,
        '3' => Tab::State,
        '4' => Tab::Expect,
        _ => Tab::Message,
    }
}

/// The action a mouse event asks for: the wheel scrolls what is under the pointer,
/// which `App::update` finds from where the last frame drew each region.
pub fn action_for_mouse(mouse: MouseEvent) -> Option<Action> {
    let rows = match mouse.kind {
        MouseEventKind::ScrollDown => WHEEL_ROWS,
        MouseEventKind::ScrollUp => -WHEEL_ROWS,
        _ => return None,
    };
    Some(Action::Wheel {
        column: mouse.column,
        row: mouse.row,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyEventState;

    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn every_documented_main_view_key_maps_to_its_action() {
        use Action as A;
        use KeyCode as K;
        let table = [
            (K::Right, A::NextStep),
            (K::Char('l'), A::NextStep),
            (K::Char(' '), A::NextStep),
            (K::Left, A::PreviousStep),
            (K::Char('h'), A::PreviousStep),
            (K::Backspace, A::PreviousStep),
            (K::Home, A::FirstStep),
            (K::Char('g'), A::FirstStep),
            (K::End, A::LastStep),
            (K::Char('G'), A::LastStep),
            (K::Char(']'), A::NextChapter),
            (K::Char('['), A::PreviousChapter),
            (K::Down, A::SelectNext),
            (K::Char('j'), A::SelectNext),
            (K::Up, A::SelectPrevious),
            (K::Char('k'), A::SelectPrevious),
            (K::Tab, A::NextTab),
            (K::BackTab, A::PreviousTab),
            (K::Char('1'), A::ShowTab(Tab::Message)),
            (K::Char('2'), A::ShowTab(Tab::Explain)),
            (K::Char('3'), A::ShowTab(Tab::State)),
            (K::Char('4'), A::ShowTab(Tab::Expect)),
            (K::PageDown, A::ScrollDetail(PAGE_LINES)),
            (K::PageUp, A::ScrollDetail(-PAGE_LINES)),
            (K::Char('a'), A::ToggleAutoplay),
            (K::Char('+'), A::Faster),
            (K::Char('='), A::Faster),
            (K::Char('-'), A::Slower),
            (K::Char('s'), A::ToggleChapterPause),
            (K::Char('z'), A::ToggleZoom),
            (K::Char('r'), A::Restart),
            (K::Char('o'), A::OpenPicker),
            (K::Char('c'), A::ShowCurl),
            (K::Enter, A::Confirm),
            (K::Esc, A::Close),
            (K::Char('L'), A::ToggleLanguage),
            (K::Char('?'), A::ToggleHelp),
            (K::Char('y'), A::Decide(Decision::Allow)),
            (K::Char('d'), A::Decide(Decision::Deny)),
            (K::Char('q'), A::Quit),
            (K::Char('e'), A::OpenEditor),
            (K::Char('x'), A::OpenDefenses),
            (K::Char('u'), A::Undo),
            (K::Char('w'), A::WriteBranch),
            (K::Char('v'), A::ShowJwt),
        ];
        for (code, action) in table {
            assert_eq!(action_for(Mode::Main, key(code)), Some(action), "{code:?}");
        }
    }

    #[test]
    fn typing_in_the_editor_edits_the_row_instead_of_acting() {
        use Action as A;
        use KeyCode as K;
        let table = [
            (K::Char('q'), A::Type('q')),
            (K::Char('e'), A::Type('e')),
            (K::Char('='), A::Type('=')),
            (K::Char(' '), A::Type(' ')),
            (K::Backspace, A::Erase),
            (K::Delete, A::Remove),
            (K::Left, A::Adjust(-1)),
            (K::Right, A::Adjust(1)),
            (K::Down, A::SelectNext),
            (K::Up, A::SelectPrevious),
            (K::Enter, A::Confirm),
            (K::Esc, A::Close),
        ];
        for (code, action) in table {
            assert_eq!(
                action_for(Mode::Editor, key(code)),
                Some(action),
                "{code:?}"
            );
        }
    }

    #[test]
    fn the_defenses_panel_flips_steps_and_closes() {
        use Action as A;
        use KeyCode as K;
        let table = [
            (K::Char(' '), A::Confirm),
            (K::Enter, A::Confirm),
            (K::Char('+'), A::Adjust(1)),
            (K::Char('-'), A::Adjust(-1)),
            (K::Down, A::SelectNext),
            (K::Up, A::SelectPrevious),
            (K::Char('u'), A::Undo),
            (K::Esc, A::Close),
            (K::Char('x'), A::Close),
        ];
        for (code, action) in table {
            assert_eq!(
                action_for(Mode::Defenses, key(code)),
                Some(action),
                "{code:?}"
            );
        }
        assert_eq!(action_for(Mode::Defenses, key(K::Char('z'))), None);
    }

    #[test]
    fn keys_left_free_for_later_modes_do_nothing_in_the_main_view() {
        for free in ['5', 'b'] {
            assert_eq!(action_for(Mode::Main, key(KeyCode::Char(free))), None);
        }
        assert_eq!(action_for(Mode::Main, key(KeyCode::F(1))), None);
    }

    #[test]
    fn typing_in_the_picker_filters_instead_of_acting() {
        use Action as A;
        use KeyCode as K;
        let table = [
            (K::Char('q'), A::Type('q')),
            (K::Char('l'), A::Type('l')),
            (K::Char('o'), A::Type('o')),
            (K::Char('L'), A::Type('L')),
            (K::Char(' '), A::Type(' ')),
            (K::Char('인'), A::Type('인')),
            (K::Backspace, A::Erase),
            (K::Down, A::SelectNext),
            (K::Up, A::SelectPrevious),
            (K::Home, A::FirstStep),
            (K::End, A::LastStep),
            (K::Enter, A::Confirm),
            (K::Esc, A::Close),
        ];
        for (code, action) in table {
            assert_eq!(
                action_for(Mode::Picker, key(code)),
                Some(action),
                "{code:?}"
            );
        }
    }

    #[test]
    fn any_key_closes_the_help_and_the_curl_window() {
        for mode in [Mode::Help, Mode::Curl, Mode::Jwt] {
            for code in [
                KeyCode::Char('x'),
                KeyCode::Char('z'),
                KeyCode::Char('5'),
                KeyCode::Char('q'),
                KeyCode::Esc,
                KeyCode::Enter,
                KeyCode::F(1),
            ] {
                assert_eq!(action_for(mode, key(code)), Some(Action::Close), "{code:?}");
            }
        }
    }

    #[test]
    fn p_toggles_predict_mode_and_t_opens_the_glossary() {
        assert_eq!(
            action_for(Mode::Main, key(KeyCode::Char('p'))),
            Some(Action::TogglePredict)
        );
        assert_eq!(
            action_for(Mode::Main, key(KeyCode::Char('t'))),
            Some(Action::OpenGlossary)
        );
    }

    #[test]
    fn in_a_question_the_numbers_answer_esc_skips_and_other_keys_do_nothing() {
        use Action as A;
        use KeyCode as K;
        let table = [
            (K::Char('1'), A::Answer(1)),
            (K::Char('2'), A::Answer(2)),
            (K::Char('3'), A::Answer(3)),
            (K::Char('4'), A::Answer(4)),
            (K::Esc, A::SkipQuestion),
            (K::Enter, A::Continue),
            (K::Right, A::Continue),
            (K::Char(' '), A::Continue),
        ];
        for (code, action) in table {
            assert_eq!(
                action_for(Mode::Predict, key(code)),
                Some(action),
                "{code:?}"
            );
        }
        for idle in ['5', '0', 'q', 'p', 'r', 'L', '?', 'h'] {
            assert_eq!(action_for(Mode::Predict, key(KeyCode::Char(idle))), None);
        }
        assert_eq!(action_for(Mode::Predict, key(KeyCode::Left)), None);
        assert_eq!(action_for(Mode::Predict, key(KeyCode::Tab)), None);
    }

    #[test]
    fn typing_in_the_glossary_searches_and_esc_closes_it() {
        use Action as A;
        use KeyCode as K;
        let table = [
            (K::Char('q'), A::Type('q')),
            (K::Char('t'), A::Type('t')),
            (K::Char('인'), A::Type('인')),
            (K::Char(' '), A::Type(' ')),
            (K::Backspace, A::Erase),
            (K::Down, A::SelectNext),
            (K::Up, A::SelectPrevious),
            (K::Esc, A::Close),
        ];
        for (code, action) in table {
            assert_eq!(
                action_for(Mode::Glossary, key(code)),
                Some(action),
                "{code:?}"
            );
        }
        assert_eq!(action_for(Mode::Glossary, key(KeyCode::Enter)), None);
    }

    #[test]
    fn ctrl_c_quits_in_a_question_and_in_the_glossary() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in [Mode::Predict, Mode::Glossary] {
            assert_eq!(action_for(mode, ctrl_c), Some(Action::Quit));
        }
    }

    #[test]
    fn ctrl_c_quits_and_ctrl_z_suspends_in_every_mode() {
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        for mode in [
            Mode::Main,
            Mode::Help,
            Mode::Curl,
            Mode::Jwt,
            Mode::Picker,
            Mode::Editor,
            Mode::Defenses,
        ] {
            assert_eq!(action_for(mode, ctrl('c')), Some(Action::Quit));
            assert_eq!(action_for(mode, ctrl('z')), Some(Action::Suspend));
            assert_eq!(action_for(mode, ctrl('l')), None);
        }
    }

    #[test]
    fn a_release_is_not_a_second_press() {
        let release = KeyEvent {
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
            ..key(KeyCode::Right)
        };
        assert_eq!(action_for(Mode::Main, release), None);
        assert_eq!(action_for(Mode::Help, release), None);
    }

    #[test]
    fn the_wheel_says_where_the_pointer_is() {
        let wheel = |kind| MouseEvent {
            kind,
            column: 7,
            row: 9,
            modifiers: KeyModifiers::NONE,
        };
        assert_eq!(
            action_for_mouse(wheel(MouseEventKind::ScrollDown)),
            Some(Action::Wheel {
                column: 7,
                row: 9,
                rows: WHEEL_ROWS
            })
        );
        assert_eq!(
            action_for_mouse(wheel(MouseEventKind::ScrollUp)),
            Some(Action::Wheel {
                column: 7,
                row: 9,
                rows: -WHEEL_ROWS
            })
        );
        assert_eq!(action_for_mouse(wheel(MouseEventKind::Moved)), None);
    }
}
