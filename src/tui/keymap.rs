//! Keys and mouse events to actions: a pure table (architecture principle 4), so it is
//! tested without a terminal and the help overlay can promise exactly what it does.
//! The same key means the same intent everywhere; what an intent does while the
//! picker or the help is open is `App::update`'s business.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

use super::action::{Action, Decision, Tab};

/// How many rows one notch of the mouse wheel moves the diagram.
const WHEEL_ROWS: i16 = 3;
/// How many lines PgUp/PgDn move the detail pane.
const PAGE_LINES: i16 = 8;

/// The action a key asks for, or none. Releases are ignored (Windows reports both).
pub fn action_for(key: KeyEvent) -> Option<Action> {
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
    let action = match key.code {
        KeyCode::Right | KeyCode::Char('l' | ' ') => Action::NextStep,
        KeyCode::Left | KeyCode::Char('h') | KeyCode::Backspace => Action::PreviousStep,
        KeyCode::Home | KeyCode::Char('g') => Action::FirstStep,
        KeyCode::End | KeyCode::Char('G') => Action::LastStep,
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
        KeyCode::Char('r') => Action::Restart,
        KeyCode::Char('o') => Action::OpenPicker,
        KeyCode::Char('c') => Action::ShowCurl,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('L') => Action::ToggleLanguage,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Char('y') => Action::Decide(Decision::Allow),
        KeyCode::Char('d') => Action::Decide(Decision::Deny),
        KeyCode::Char('q') => Action::Quit,
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

/// The action a mouse event asks for: the wheel scrolls the diagram.
pub fn action_for_mouse(mouse: MouseEvent) -> Option<Action> {
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::ScrollDiagram(WHEEL_ROWS)),
        MouseEventKind::ScrollUp => Some(Action::ScrollDiagram(-WHEEL_ROWS)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyEventState;

    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn every_documented_key_maps_to_its_action() {
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
            (K::Char('r'), A::Restart),
            (K::Char('o'), A::OpenPicker),
            (K::Char('c'), A::ShowCurl),
            (K::Enter, A::Confirm),
            (K::Esc, A::Back),
            (K::Char('L'), A::ToggleLanguage),
            (K::Char('?'), A::ToggleHelp),
            (K::Char('y'), A::Decide(Decision::Allow)),
            (K::Char('d'), A::Decide(Decision::Deny)),
            (K::Char('q'), A::Quit),
        ];
        for (code, action) in table {
            assert_eq!(action_for(key(code)), Some(action), "{code:?}");
        }
    }

    #[test]
    fn ctrl_c_quits_ctrl_z_suspends_and_other_keys_do_nothing() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_c), Some(Action::Quit));
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_z), Some(Action::Suspend));
        let ctrl_l = KeyEvent::new(KeyCode::Char('l'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_l), None);
        assert_eq!(action_for(key(KeyCode::Char('x'))), None);
        assert_eq!(action_for(key(KeyCode::Char('5'))), None);
        assert_eq!(action_for(key(KeyCode::F(1))), None);
    }

    #[test]
    fn a_release_is_not_a_second_press() {
        let release = KeyEvent {
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
            ..key(KeyCode::Right)
        };
        assert_eq!(action_for(release), None);
    }

    #[test]
    fn the_wheel_scrolls_the_diagram() {
        let wheel = |kind| MouseEvent {
            kind,
            column: 0,
            row: 0,
            modifiers: KeyModifiers::NONE,
        };
        assert_eq!(
            action_for_mouse(wheel(MouseEventKind::ScrollDown)),
            Some(Action::ScrollDiagram(WHEEL_ROWS))
        );
        assert_eq!(
            action_for_mouse(wheel(MouseEventKind::ScrollUp)),
            Some(Action::ScrollDiagram(-WHEEL_ROWS))
        );
        assert_eq!(action_for_mouse(wheel(MouseEventKind::Moved)), None);
    }
}
