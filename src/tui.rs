//! The terminal UI: the event loop only. State and its changes live in [`app`], key
//! bindings in [`keymap`], drawing in `view`; this file owns the terminal, which it
//! always gives back (on quit, on error, and on panic through the hook
//! `ratatui::init` installs, extended here to release the mouse).

pub mod action;
pub mod app;
pub mod keymap;
mod text;
pub mod theme;
mod view;
mod width;

use std::io::stdout;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;

use self::action::Action;
use self::app::App;
use self::theme::Theme;
use crate::explain::Lang;
use crate::scenario::Loaded;

/// How long the loop waits for an event when autoplay is off.
const IDLE_POLL: Duration = Duration::from_millis(500);

/// Opens the TUI on `loaded`; `dir` adds its `.json` files to the scenario picker.
///
/// # Errors
///
/// When the terminal cannot be read or written.
pub fn run(loaded: Loaded, lang: Lang, dir: Option<PathBuf>) -> anyhow::Result<()> {
    let mut app = App::new(loaded, lang, dir, Theme::from_env());
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(error) => {
            ratatui::restore();
            return Err(error.into());
        }
    };
    release_mouse_on_panic();
    let result = execute!(stdout(), EnableMouseCapture)
        .map_err(anyhow::Error::from)
        .and_then(|()| event_loop(&mut terminal, &mut app));
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// Chains a hook before ratatui's (which leaves raw mode and the alternate screen)
/// so a panic also stops mouse reporting.
fn release_mouse_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        previous(info);
    }));
}

/// Draws when something changed, then waits for a key, a mouse event, a resize or
/// the autoplay timer, whichever comes first.
fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> anyhow::Result<()> {
    let mut next_tick: Option<Instant> = None;
    let mut dirty = true;
    while !app.should_quit() {
        if dirty {
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
            dirty = false;
        }
        next_tick = match (app.autoplay(), next_tick) {
            (Some(interval), None) => Some(Instant::now() + interval),
            (Some(_), at) => at,
            (None, _) => None,
        };
        let timeout =
            next_tick.map_or(IDLE_POLL, |at| at.saturating_duration_since(Instant::now()));
        if event::poll(timeout)? {
            // Every event may change the screen: a resize needs no action, only a frame.
            dirty = true;
            let action = match event::read()? {
                Event::Key(key) => keymap::action_for(key),
                Event::Mouse(mouse) => keymap::action_for_mouse(mouse),
                _ => None,
            };
            if let Some(action) = action {
                app.update(action);
            }
        }
        if next_tick.is_some_and(|at| Instant::now() >= at) {
            app.update(Action::Tick);
            next_tick = None;
            dirty = true;
        }
    }
    Ok(())
}
