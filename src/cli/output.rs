//! Writing to standard output and standard error without ever panicking.
//!
//! `println!` and `eprintln!` panic when the stream is closed (`oauth-sim check … |
//! head -1`) or full (`> /dev/full`). Every write of the command line goes through
//! here instead: a reader that went away stops the program quietly, as `cat` does
//! (POSIX `write`, `EPIPE`); any other failure to write standard output is said in
//! one line on standard error and ends with [`EXIT_NO_OUTPUT`]; and when standard
//! error cannot take a message either, there is nowhere left to say it, so it is
//! dropped.

use std::fmt::Display;
use std::io::{self, Write};
use std::process::ExitCode;

use super::{EXIT_NO_OUTPUT, EXIT_UNUSABLE};
use crate::escape::visible_line;

/// Standard output refused what was written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the output")]
pub struct OutputError(#[source] pub io::Error);

/// Writes `text` to `out` (standard output).
///
/// # Errors
///
/// The stream refused it: closed, full, or failing.
pub fn print(out: &mut impl Write, text: &str) -> Result<(), OutputError> {
    out.write_all(text.as_bytes()).map_err(OutputError)
}

/// Makes sure everything written so far has left the buffer.
///
/// # Errors
///
/// As [`print`].
pub fn flush(out: &mut impl Write) -> Result<(), OutputError> {
    out.flush().map_err(OutputError)
}

/// Says `error: MESSAGE` on one line of standard error, control characters
/// escaped; a standard error that cannot take it is left alone.
pub fn say_error(message: &dyn Display) {
    let line = format!("error: {}\n", visible_line(&message.to_string()));
    let _ = io::stderr().lock().write_all(line.as_bytes());
}

/// The exit code for an error that stopped a command, after saying it (except a
/// closed pipe, which ends the program quietly with 0, as before).
pub fn exit_for(error: &anyhow::Error) -> ExitCode {
    if is_broken_pipe(error) {
        return ExitCode::SUCCESS;
    }
    say_error(&format_args!("{error:#}"));
    ExitCode::from(code_for(error))
}

/// Output that could not be written is [`EXIT_NO_OUTPUT`]; anything else stopped the
/// program before it could do its work.
fn code_for(error: &anyhow::Error) -> u8 {
    if error.is::<OutputError>() {
        EXIT_NO_OUTPUT
    } else {
        EXIT_UNUSABLE
    }
}

/// The reader went away (`oauth-sim list | head`).
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Prints a command-line error (or `--help`, `--version`) where clap would, and
/// returns its exit code. clap's own `exit()` ignores a failed write and exits 0
/// after a `--help` that nobody received; here a failed `--help` is an output error.
pub fn clap_exit(error: &clap::Error) -> ExitCode {
    let code = u8::try_from(error.exit_code()).unwrap_or(EXIT_UNUSABLE);
    match error.print() {
        Err(failure) if !error.use_stderr() => exit_for(&OutputError(failure).into()),
        _ => ExitCode::from(code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stream that refuses every write the way `/dev/full` does.
    struct Full;

    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from_raw_os_error(28))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_refused_write_is_an_output_error_and_exits_4() {
        let error = anyhow::Error::from(print(&mut Full, "x").unwrap_err());
        assert!(!is_broken_pipe(&error));
        assert_eq!(code_for(&error), EXIT_NO_OUTPUT);
        assert!(format!("{error:#}").starts_with("cannot write the output: "));
    }

    #[test]
    fn a_closed_pipe_ends_quietly() {
        let closed = OutputError(io::Error::from(io::ErrorKind::BrokenPipe));
        assert!(is_broken_pipe(&closed.into()));
    }
}
