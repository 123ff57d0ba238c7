//! A loaded scenario → TUI frames at a fuzzed size on ratatui's `TestBackend`, after a
//! few fuzzed keys: no size (0×0 and 1×1 included), key sequence or scenario may
//! panic the view or `App::update`.
//!
//! Input layout: byte 0 is the width, byte 1 the height, byte 2 the options (bit 0
//! Korean, bit 1 colour), byte 3 the number of inputs (low 4 bits), then one byte per
//! input (an index into [`INPUTS`]), then the scenario bytes. A frame is drawn first
//! and after every input, as the event loop does, so the viewport each frame measures
//! feeds the next input's scrolling.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oauth_sim::explain::Lang;
use oauth_sim::scenario::{self, Loaded};
use oauth_sim::tui::action::Action;
use oauth_sim::tui::app::App;
use oauth_sim::tui::keymap;
use oauth_sim::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};

/// What one input byte can stand for: a key through the real keymap, a wheel notch,
/// or the autoplay timer.
#[derive(Clone, Copy)]
enum Input {
    Key(KeyCode),
    Wheel(MouseEventKind),
    Tick,
}

/// Every key the keymap binds in some mode (read through the mode the app is in, as
/// the event loop does), one it does not, the wheel and the timer. `w` is left out:
/// it writes a file into the current directory.
const INPUTS: [Input; 45] = [
    Input::Key(KeyCode::Right),
    Input::Key(KeyCode::Left),
    Input::Key(KeyCode::Char(' ')),
    Input::Key(KeyCode::Backspace),
    Input::Key(KeyCode::Home),
    Input::Key(KeyCode::End),
    Input::Key(KeyCode::Down),
    Input::Key(KeyCode::Up),
    Input::Key(KeyCode::Tab),
    Input::Key(KeyCode::BackTab),
    Input::Key(KeyCode::Char('1')),
    Input::Key(KeyCode::Char('2')),
    Input::Key(KeyCode::Char('3')),
    Input::Key(KeyCode::Char('4')),
    Input::Key(KeyCode::PageDown),
    Input::Key(KeyCode::PageUp),
    Input::Key(KeyCode::Char('a')),
    Input::Key(KeyCode::Char('+')),
    Input::Key(KeyCode::Char('-')),
    Input::Key(KeyCode::Char('r')),
    Input::Key(KeyCode::Char('o')),
    Input::Key(KeyCode::Enter),
    Input::Key(KeyCode::Esc),
    Input::Key(KeyCode::Char('L')),
    Input::Key(KeyCode::Char('?')),
    Input::Key(KeyCode::Char('y')),
    Input::Key(KeyCode::Char('d')),
    Input::Key(KeyCode::Char('g')),
    Input::Key(KeyCode::Char('G')),
    Input::Key(KeyCode::Char('x')),
    Input::Key(KeyCode::Char('[')),
    Input::Key(KeyCode::Char(']')),
    Input::Key(KeyCode::Char('z')),
    Input::Key(KeyCode::Char('s')),
    Input::Key(KeyCode::Char('p')),
    Input::Key(KeyCode::Char('t')),
    Input::Key(KeyCode::Char('e')),
    Input::Key(KeyCode::Char('u')),
    Input::Key(KeyCode::Char('c')),
    Input::Key(KeyCode::Char('인')),
    Input::Key(KeyCode::Delete),
    Input::Wheel(MouseEventKind::ScrollDown),
    Input::Wheel(MouseEventKind::ScrollUp),
    Input::Tick,
    Input::Key(KeyCode::Char('q')),
];

fn action(app: &App, input: Input) -> Option<Action> {
    match input {
        Input::Key(code) => keymap::action_for(app.mode(), KeyEvent::new(code, KeyModifiers::NONE)),
        Input::Wheel(kind) => keymap::action_for_mouse(MouseEvent {
            kind,
            column: 0,
            row: 0,
            modifiers: KeyModifiers::NONE,
        }),
        Input::Tick => Some(Action::Tick),
    }
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    let Ok(_) = terminal.draw(|frame| frame.render_widget(app, frame.area()));
}

fuzz_target!(|bytes: &[u8]| {
    let [width, height, options, count, rest @ ..] = bytes else {
        return;
    };
    let count = usize::from(count & 0x0f).min(rest.len());
    let (inputs, scenario_bytes) = rest.split_at(count);
    let Ok(scenario) = scenario::parse("fuzz.json", scenario_bytes) else {
        return;
    };
    let lang = if options & 1 == 0 { Lang::EN } else { Lang::KO };
    let loaded = Loaded {
        file: "fuzz.json".into(),
        scenario,
    };
    let mut app = App::new(loaded, lang, None, Theme::new(options & 2 != 0));
    // A `TestBackend` cannot fail (its error type is `Infallible`).
    let Ok(mut terminal) = Terminal::new(TestBackend::new(u16::from(*width), u16::from(*height)));
    draw(&mut terminal, &app);
    for &byte in inputs {
        if let Some(action) = action(&app, INPUTS[usize::from(byte) % INPUTS.len()]) {
            app.update(action);
        }
        draw(&mut terminal, &app);
    }
});
