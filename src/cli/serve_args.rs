//! `oauth-sim serve`: its arguments, and how its end becomes an exit code.

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use clap::ValueEnum;

use super::{EXIT_SIGNAL_BASE, EXIT_UNUSABLE, output, report_error};
use crate::explain::Lang;
use crate::scenario;
use crate::serve::{self, ClockMode, Ended, Options};

/// The arguments of `serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// A built-in scenario name or a scenario file: its clients, user, policy,
    /// resource and faults [default: standard-flow].
    #[arg(value_name = "NAME|FILE")]
    pub scenario: Option<String>,
    /// The port to listen on; 0 picks a free one (the first line says which).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// The address to listen on. Anything but loopback lets other machines use
    /// the test credentials, so it prints a warning.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub bind: IpAddr,
    /// Make codes, tokens and generated client credentials from this seed instead
    /// of the file's.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Sign in and allow as the scenario's user at once, with no browser (for CI).
    #[arg(long)]
    pub auto_approve: bool,
    /// Where time comes from: the machine's clock, or the scenario's start, moved
    /// forward only through the control endpoint (loopback only).
    #[arg(long, value_enum, default_value = "real")]
    pub clock: ClockArg,
    /// Seconds a client may take to send a request's headers, and an idle
    /// keep-alive connection is kept.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Draw each exchange live in the terminal UI (sequence diagram and tabs)
    /// instead of printing it; the first line is still printed.
    #[arg(long)]
    pub tui: bool,
}

/// `--clock`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClockArg {
    Real,
    Simulated,
}

/// Runs `serve` and returns the exit code.
pub fn serve(args: ServeArgs, lang: Lang) -> u8 {
    let argument = args.scenario.unwrap_or_else(|| "standard-flow".to_owned());
    let loaded = match scenario::resolve(&argument) {
        Ok(loaded) => loaded,
        Err(error) => {
            report_error(&error);
            return EXIT_UNUSABLE;
        }
    };
    let options = Options {
        bind: args.bind,
        port: args.port,
        seed: args.seed,
        auto_approve: args.auto_approve,
        clock: match args.clock {
            ClockArg::Real => ClockMode::Real,
            ClockArg::Simulated => ClockMode::Simulated,
        },
        header_timeout: Duration::from_secs(args.header_timeout),
        lang,
        tui: args.tui,
    };
    #[cfg(feature = "tui")]
    if let Some(reason) = options
        .tui
        .then(crate::tui::terminal::check)
        .and_then(Result::err)
    {
        output::say_error(&format_args!(
            "the live view needs a terminal ({reason}); serve without --tui prints each exchange"
        ));
        return super::EXIT_NO_TERMINAL;
    }
    match serve::run(&loaded, &options) {
        Ok(Ended::Quit) => super::EXIT_PASSED,
        Ok(Ended::Signal(signal)) => EXIT_SIGNAL_BASE.saturating_add(signal),
        Err(error) => {
            output::say_error(&format_args!("{error:#}"));
            EXIT_UNUSABLE
        }
    }
}
