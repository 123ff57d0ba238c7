//! The terminal UI: the event loop only. State and its changes live in [`app`], key
//! bindings in [`keymap`], drawing in `view`, the terminal's modes in [`terminal`];
//! this file owns the loop, which always gives the terminal back: on quit, on error,
//! on a terminating signal, before a stop (`SIGTSTP`, Ctrl-Z), and on panic through
//! the hook `ratatui::init` installs.

pub mod action;
pub mod app;
pub mod keymap;
#[cfg(unix)]
mod signals;
pub mod terminal;
pub(crate) mod text;
pub mod theme;
mod view;
mod width;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};

use self::action::Action;
use self::app::App;
use self::terminal::Held;
use self::theme::Theme;
use crate::explain::Lang;
use crate::scenario::Loaded;

/// The longest the loop waits for an event, so that a signal is answered within it.
const SIGNAL_POLL: Duration = Duration::from_millis(100);

/// How the UI ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The person quit.
    Quit,
    /// A terminating signal (`SIGTERM`, `SIGHUP`, `SIGINT`, `SIGQUIT`) with this number.
    Signal(u8),
}

/// Opens the TUI on `loaded`; `dir` adds its `.json` files to the scenario picker.
/// Call [`terminal::check`] first: this takes the terminal whatever it is.
///
/// # Errors
///
/// When the terminal cannot be read or written, or a signal handler cannot be
/// installed.
pub fn run(loaded: Loaded, lang: Lang, dir: Option<PathBuf>) -> anyhow::Result<Ended> {
    let app = App::new(loaded, lang, dir, Theme::from_env());
    drive(app, &mut |_| false)
}

/// Opens a live view (`oauth-sim serve --tui`): each turn of the loop, `grow` adds
/// what arrived to the app and says whether anything did.
/// Call [`terminal::check`] first.
///
/// # Errors
///
/// As [`run`].
pub fn run_live(app: App, grow: &mut dyn FnMut(&mut App) -> bool) -> anyhow::Result<Ended> {
    drive(app, grow)
}

/// Takes the terminal, runs the loop, and gives the terminal back however it ends.
fn drive(mut app: App, grow: &mut dyn FnMut(&mut App) -> bool) -> anyhow::Result<Ended> {
    // Caught from before the terminal is taken, so no signal can leave it taken.
    #[cfg(unix)]
    let mut watch = signals::Watch::register()?;
    let mut held = Held::take()?;
    let ended = event_loop(
        &mut held,
        &mut app,
        grow,
        #[cfg(unix)]
        &mut watch,
    );
    held.give_back();
    // A terminal that hangs up fails a write and sends SIGHUP: the signal ended the UI.
    #[cfg(unix)]
    let ended = ended.or_else(|error| match watch.pending() {
        Some(signals::Request::End(signal)) => Ok(Ended::Signal(signal)),
        _ => Err(error),
    });
    ended
}

/// Answers signals, draws when something changed, then waits for a key, a mouse
/// event, a resize or the autoplay timer, whichever comes first, but never longer than
/// [`SIGNAL_POLL`].
fn event_loop(
    held: &mut Held,
    app: &mut App,
    grow: &mut dyn FnMut(&mut App) -> bool,
    #[cfg(unix)] watch: &mut signals::Watch,
) -> anyhow::Result<Ended> {
    let mut next_tick: Option<Instant> = None;
    let mut dirty = true;
    loop {
        #[cfg(unix)]
        match answer_signals(watch, held)? {
            Answer::End(signal) => return Ok(Ended::Signal(signal)),
            Answer::Redraw => dirty = true,
            Answer::Nothing => {}
        }
        if app.should_quit() {
            return Ok(Ended::Quit);
        }
        if app.take_suspend() {
            // Stopped until a SIGCONT, which the next turn answers by taking the
            // terminal again.
            #[cfg(unix)]
            suspend(held)?;
            continue;
        }
        if grow(app) {
            dirty = true;
        }
        if let Some(text) = app.take_copy() {
            copy_to_clipboard(held, &text)?;
        }
        if dirty {
            held.terminal()
                .draw(|frame| frame.render_widget(&*app, frame.area()))?;
            dirty = false;
        }
        next_tick = match (app.autoplay(), next_tick) {
            (Some(interval), None) => Some(Instant::now() + interval),
            (Some(_), at) => at,
            (None, _) => None,
        };
        let timeout = next_tick.map_or(SIGNAL_POLL, |at| {
            at.saturating_duration_since(Instant::now())
                .min(SIGNAL_POLL)
        });
        if handle_event(app, timeout)? {
            dirty = true;
        }
        if next_tick.is_some_and(|at| Instant::now() >= at) {
            app.update(Action::Tick);
            next_tick = None;
            dirty = true;
        }
    }
}

/// Waits up to `timeout` for a key, a mouse event or a resize, and applies what it
/// asks for. True when one came: every event may change the screen (a resize needs no
/// action, only a frame).
fn handle_event(app: &mut App, timeout: Duration) -> std::io::Result<bool> {
    if !event::poll(timeout)? {
        return Ok(false);
    }
    let action = match event::read()? {
        Event::Key(key) => keymap::action_for(app.mode(), key),
        Event::Mouse(mouse) => keymap::action_for_mouse(mouse),
        _ => None,
    };
    if let Some(action) = action {
        app.update(action);
    }
    Ok(true)
}

/// Puts `text` on the clipboard of the terminal the person sits at, which may be
/// on another machine (SSH): OSC 52, written through the terminal backend. tmux
/// passes it on with `set -g set-clipboard on`; a terminal that does not know the
/// sequence ignores it.
fn copy_to_clipboard(held: &mut Held, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let backend = held.terminal().backend_mut();
    backend.write_all(osc52(text).as_bytes())?;
    backend.flush()
}

/// `ESC ] 52 ; c ; base64(text) BEL`: "set the clipboard (`c`) to this" in xterm's
/// control sequences. Only base64 travels, so nothing in `text` reaches the
/// terminal as a control character.
fn osc52(text: &str) -> String {
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\u{1b}]52;c;{encoded}\u{7}")
}

/// What the signals since the last turn ask of the loop.
#[cfg(unix)]
enum Answer {
    Nothing,
    /// The terminal was taken again: draw every cell.
    Redraw,
    End(u8),
}

/// Answers every signal that has arrived, stopping the process when one asks for it.
#[cfg(unix)]
fn answer_signals(watch: &mut signals::Watch, held: &mut Held) -> std::io::Result<Answer> {
    use signals::Request;
    let mut answer = Answer::Nothing;
    loop {
        match watch.pending() {
            None => return Ok(answer),
            Some(Request::End(signal)) => return Ok(Answer::End(signal)),
            // The SIGCONT that continues the process is the next request.
            Some(Request::Suspend) => suspend(held)?,
            Some(Request::Resume) => {
                held.resume()?;
                answer = Answer::Redraw;
            }
        }
    }
}

/// Gives the terminal back and stops until a `SIGCONT` (POSIX job control): the shell
/// shows its prompt, and `fg` continues the UI.
#[cfg(unix)]
fn suspend(held: &mut Held) -> std::io::Result<()> {
    held.suspend()?;
    signals::stop()
}

#[cfg(test)]
mod tests {
    use super::osc52;

    #[test]
    fn the_clipboard_gets_base64_in_an_osc_52_sequence() {
        assert_eq!(osc52("curl 'x'\n"), "\u{1b}]52;c;Y3VybCAneCcK\u{7}");
    }
}
