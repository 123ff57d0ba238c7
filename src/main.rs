//! The `oauth-sim` binary: parse the command line, dispatch, map errors to exit codes.

use std::process::ExitCode;

use oauth_sim::cli::{self, Cli};

/// A transcript is many small allocations; mimalloc makes both building and freeing
/// them several times cheaper than the system allocator (see the README's
/// performance section).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::try_parse_checked().unwrap_or_else(|error| error.exit());
    match cli::main(cli) {
        Ok(code) => code,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(cli::EXIT_UNUSABLE)
        }
    }
}

/// The reader went away (`oauth-sim list | head`): stop quietly, as `cat` does.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
