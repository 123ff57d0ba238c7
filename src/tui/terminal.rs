//! The terminal itself: whether there is one the UI can use, and taking it and giving
//! it back (raw mode, the alternate screen, mouse reporting, the cursor), also around
//! a suspend. Everything here runs on the main thread.

use std::fmt;
use std::io::{self, IsTerminal as _, Write as _, stdout};
use std::mem::ManuallyDrop;

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

/// Why there is no terminal the UI can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoTerminal {
    /// Standard output goes to a file or a pipe, which would get the escape codes.
    Output,
    /// `TERM=dumb`: the terminal declares that it understands no escape codes.
    Dumb,
    /// Standard input is not a terminal and there is no controlling terminal
    /// (`/dev/tty`, POSIX XBD 10.1) either, so no key can be read.
    Keyboard,
}

impl fmt::Display for NoTerminal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Output => "standard output is not a terminal",
            Self::Dumb => "TERM=dumb",
            Self::Keyboard => "there is no controlling terminal to read keys from",
        })
    }
}

/// Checks, without writing a byte, that the UI has a terminal to draw on and to read
/// keys from.
///
/// # Errors
///
/// The first reason the UI cannot run.
pub fn check() -> Result<(), NoTerminal> {
    if !io::stdout().is_terminal() {
        return Err(NoTerminal::Output);
    }
    if std::env::var_os("TERM").is_some_and(|term| term == "dumb") {
        return Err(NoTerminal::Dumb);
    }
    if !io::stdin().is_terminal() && !controlling_terminal_opens() {
        return Err(NoTerminal::Keyboard);
    }
    Ok(())
}

/// crossterm reads keys from standard input when it is a terminal, and otherwise from
/// `/dev/tty`, which opens only in a process that has a controlling terminal.
#[cfg(unix)]
fn controlling_terminal_opens() -> bool {
    std::fs::File::options()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .is_ok()
}

/// Elsewhere crossterm opens the console itself.
#[cfg(not(unix))]
fn controlling_terminal_opens() -> bool {
    true
}

/// The terminal while the UI holds it.
pub struct Held {
    /// Never dropped: [`Held::give_back`] shows the cursor itself, and ratatui's `Drop`
    /// would show it again and report a failure with `eprintln!`, which panics (and so
    /// aborts) when stderr is a terminal that hung up. It holds only memory.
    terminal: ManuallyDrop<DefaultTerminal>,
    /// Given back for a suspend, and not taken again yet.
    suspended: bool,
}

impl Held {
    /// Takes the terminal: raw mode, the alternate screen, mouse reporting. On failure
    /// whatever was already changed is given back.
    ///
    /// # Errors
    ///
    /// When the terminal cannot be read or written.
    pub fn take() -> io::Result<Self> {
        let taken = ratatui::try_init()
            .and_then(|terminal| execute!(stdout(), EnableMouseCapture).map(|()| terminal));
        match taken {
            Ok(terminal) => {
                release_on_panic();
                Ok(Self {
                    terminal: ManuallyDrop::new(terminal),
                    suspended: false,
                })
            }
            Err(error) => {
                restore();
                Err(error)
            }
        }
    }

    /// The terminal, to draw on.
    pub fn terminal(&mut self) -> &mut DefaultTerminal {
        &mut self.terminal
    }

    /// Gives the terminal back as it was, unless a suspend already did. Used on quit,
    /// on error and on a terminating signal.
    pub fn give_back(self) {
        if !self.suspended {
            restore();
        }
    }
}

/// Job control (POSIX): giving the terminal back for a stop, and taking it again.
#[cfg(unix)]
impl Held {
    /// Gives the terminal back before the process stops, so the shell gets a usable
    /// one.
    ///
    /// # Errors
    ///
    /// When the terminal cannot be written.
    pub fn suspend(&mut self) -> io::Result<()> {
        execute!(stdout(), DisableMouseCapture, Show)?;
        ratatui::crossterm::terminal::disable_raw_mode()?;
        execute!(stdout(), ratatui::crossterm::terminal::LeaveAlternateScreen)?;
        self.suspended = true;
        Ok(())
    }

    /// Takes the terminal again after the process was continued, whoever stopped it:
    /// the shell may have reset the modes meanwhile, so raw mode is set anew rather than
    /// assumed, and the next frame paints every cell, at the size the terminal has now.
    /// The alternate screen is entered only if a suspend left it: entering it twice
    /// would overwrite the shell's cursor position that leaving it restores.
    ///
    /// # Errors
    ///
    /// When the terminal cannot be read or written.
    pub fn resume(&mut self) -> io::Result<()> {
        use ratatui::crossterm::terminal::{
            EnterAlternateScreen, disable_raw_mode, enable_raw_mode,
        };
        // crossterm only remembers that raw mode is on: forget it, so the next line
        // sets it.
        disable_raw_mode()?;
        enable_raw_mode()?;
        if self.suspended {
            execute!(stdout(), EnterAlternateScreen)?;
            self.suspended = false;
        }
        execute!(stdout(), EnableMouseCapture)?;
        // `resize` clears the screen and forgets the last frame like `clear`, without
        // asking the terminal where its cursor is (which fails where no answer comes).
        let size = self.terminal.size()?;
        self.terminal
            .resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
    }
}

/// Chains a hook before the one `ratatui::try_init` installed (which leaves raw mode
/// and the alternate screen), so a panic also stops mouse reporting and shows the
/// cursor.
fn release_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, Show);
        previous(info);
    }));
}

/// Mouse reporting off, the cursor shown, raw mode off, the main screen. The terminal
/// may already be gone (`SIGHUP`), so a failure is only reported, and only where it
/// can be: `eprintln!` would panic on a terminal that hung up.
fn restore() {
    let _ = execute!(stdout(), DisableMouseCapture, Show);
    if let Err(error) = ratatui::try_restore() {
        let _ = writeln!(
            io::stderr(),
            "error: the terminal could not be restored: {error}"
        );
    }
}
