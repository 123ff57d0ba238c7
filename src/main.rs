//! The `oauth-sim` binary: parse the command line, dispatch, map errors to exit codes
//! (`cli::exit_for`: a closed pipe is quiet, output that cannot be written is 4).

use std::process::ExitCode;

use oauth_sim::cli::{self, Cli};

/// A transcript is many small allocations; mimalloc makes both building and freeing
/// them several times cheaper than the system allocator (see the README's
/// performance section).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match Cli::try_parse_checked() {
        Ok(cli) => cli::main(cli).unwrap_or_else(|error| cli::exit_for(&error)),
        Err(error) => cli::clap_exit(&error),
    }
}
