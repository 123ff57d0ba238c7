//! The `oauth-sim` binary: parse the command line, dispatch, map errors to exit codes.

use std::process::ExitCode;

use clap::Parser as _;
use oauth_sim::cli::{self, Cli};

fn main() -> ExitCode {
    match cli::main(Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(cli::EXIT_UNUSABLE)
        }
    }
}
