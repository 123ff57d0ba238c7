//! The signals the terminal UI answers, so that none leaves the terminal in raw mode on
//! the alternate screen (POSIX.1-2017, `<signal.h>` and XBD 11.1.2 "Job Control"):
//! a terminating signal ends the UI through the same path as `q`, and `SIGTSTP` /
//! `SIGCONT` suspend and resume it the way a shell's `fg` expects.
//!
//! A handler may do almost nothing safely, so the handlers only record the signal
//! (signal-hook's self-pipe); the event loop collects what arrived between two polls
//! and does all terminal I/O itself, on the main thread.

use std::io;
use std::time::Duration;

use signal_hook::consts::signal::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGSTOP, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

/// The signals that end the UI.
const TERMINATING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];
/// Every signal the UI answers; the others keep their default action.
const ANSWERED: [i32; 6] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT];

/// How long the event loop has to answer a terminating signal before the process ends
/// without it. The loop answers within a poll unless it is stuck inside crossterm,
/// which reads a terminal that has gone away (a closed window, `SIGHUP`) forever
/// without returning (crossterm issue 793); then there is no terminal to give back.
const GRACE: Duration = Duration::from_secs(2);

/// What a signal asks of the event loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// Give the terminal back and end; the process then exits with 128 + this signal
    /// number, the status a shell reports for a process the signal killed.
    End(u8),
    /// Give the terminal back and stop (`SIGTSTP`, sent by `kill -TSTP`).
    Suspend,
    /// Take the terminal again and draw all of it (`SIGCONT`, sent by `fg` or `bg`).
    Resume,
}

/// The signals caught since the UI started; dropping it restores their defaults.
pub struct Watch {
    signals: Signals,
}

impl Watch {
    /// Catches [`ANSWERED`] from now on.
    ///
    /// # Errors
    ///
    /// When a handler cannot be installed.
    pub fn register() -> io::Result<Self> {
        let signals = Signals::new(ANSWERED)?;
        watchdog()?;
        Ok(Self { signals })
    }

    /// What the signals that arrived since the last call ask for, all told (see
    /// [`settle`]), or `None` when none arrived; never waits.
    pub fn pending(&mut self) -> Option<Request> {
        settle(self.signals.pending().filter_map(request_for))
    }
}

/// One answer to several signals that arrived together: ending wins over everything,
/// otherwise the last of stop and continue counts (a stop already followed by a
/// continue needs no stop).
fn settle(requests: impl IntoIterator<Item = Request>) -> Option<Request> {
    requests
        .into_iter()
        .fold(None, |settled, request| match settled {
            Some(Request::End(_)) => settled,
            _ => Some(request),
        })
}

/// Starts a thread that ends the process [`GRACE`] after a terminating signal, with
/// the same exit code as the event loop would. It never touches the terminal; when the
/// loop answers in time, the process is gone before the thread wakes.
fn watchdog() -> io::Result<()> {
    let mut signals = Signals::new(TERMINATING)?;
    std::thread::Builder::new()
        .name("signal watchdog".to_owned())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                std::thread::sleep(GRACE);
                signal_hook::low_level::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// Stops the whole process until a `SIGCONT`. `SIGSTOP` rather than `SIGTSTP`: a
/// `SIGTSTP` that would stop a member of an orphaned process group is discarded
/// (POSIX XSH 2.4.3), as when the UI leads its own session, and this one is caught
/// anyway; `SIGSTOP` cannot be caught or discarded, so the UI is sure to stop.
///
/// # Errors
///
/// When the signal cannot be sent.
pub fn stop() -> io::Result<()> {
    signal_hook::low_level::raise(SIGSTOP)
}

fn request_for(signal: i32) -> Option<Request> {
    match signal {
        SIGTSTP => Some(Request::Suspend),
        SIGCONT => Some(Request::Resume),
        _ if TERMINATING.contains(&signal) => u8::try_from(signal).ok().map(Request::End),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminating_signals_end_with_their_number() {
        assert_eq!(request_for(SIGTERM), Some(Request::End(15)));
        assert_eq!(request_for(SIGHUP), Some(Request::End(1)));
        assert_eq!(request_for(SIGINT), Some(Request::End(2)));
        assert_eq!(request_for(SIGQUIT), Some(Request::End(3)));
    }

    #[test]
    fn job_control_signals_suspend_and_resume() {
        assert_eq!(request_for(SIGTSTP), Some(Request::Suspend));
        assert_eq!(request_for(SIGCONT), Some(Request::Resume));
    }

    #[test]
    fn ending_wins_over_the_signals_around_it() {
        let requests = [
            Request::Suspend,
            Request::End(1),
            Request::End(15),
            Request::Resume,
        ];
        assert_eq!(settle(requests), Some(Request::End(1)));
    }

    #[test]
    fn the_last_of_stop_and_continue_counts() {
        assert_eq!(
            settle([Request::Suspend, Request::Resume]),
            Some(Request::Resume)
        );
        assert_eq!(
            settle([Request::Resume, Request::Suspend]),
            Some(Request::Suspend)
        );
        assert_eq!(settle([]), None);
    }

    #[test]
    fn every_answered_signal_asks_for_something() {
        for signal in ANSWERED {
            assert!(request_for(signal).is_some(), "signal {signal}");
        }
    }
}
