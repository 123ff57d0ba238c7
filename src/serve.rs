//! `oauth-sim serve`: the scenario's authorization server and API answer real
//! HTTP/1.1, so a tester's own client can run the flow against them.
//!
//! The HTTP layer only translates. hyper parses each request; [`wire`] turns it into
//! the simulation's [`Request`](crate::sim::Request) for the authorization server's or
//! the API's host and hands it to the one delivery point
//! ([`Simulation::answer_outside`]), whose answer it turns back into HTTP. The rules,
//! answers, memory and explanations are the simulation's own; each exchange is a step
//! of a transcript that grows as requests arrive, printed as the JSON report prints a
//! step ([`lines`]).
//!
//! One port serves both parties: paths under `/api` go to the API (the prefix is
//! taken off), every other path to the authorization server ([`wire::Route`]).
//!
//! Bad input over the wire is bounded ([`limits`]): headers past 16 KiB are refused
//! by hyper with 431, bodies past 64 KiB with 413, a request whose headers do not
//! arrive in time is closed (slowloris), and at most [`limits::MAX_CONNECTIONS`]
//! connections are served at once.

mod approve;
mod connection;
mod control;
mod faults;
mod limits;
mod lines;
#[cfg(feature = "tui")]
mod live;
mod pages;
mod state;
mod wire;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;

pub use state::ClockMode;

use crate::explain::Lang;
use crate::scenario::Loaded;
use crate::sim::{Simulation, Transcript};

/// How `serve` was asked to run.
#[derive(Debug, Clone)]
pub struct Options {
    pub bind: IpAddr,
    /// 0 lets the system pick a free port (the first line says which).
    pub port: u16,
    pub seed: Option<u64>,
    pub auto_approve: bool,
    pub clock: ClockMode,
    /// How long a client may take to send a request's headers.
    pub header_timeout: Duration,
    pub lang: Lang,
    /// Show the flow live in the terminal UI instead of printing it.
    pub tui: bool,
}

/// Why serving ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The person quit the live view.
    Quit,
    /// A signal (its number) asked the server to stop.
    Signal(u8),
}

/// Serves the scenario until a signal stops it, or the live view is quit.
///
/// # Errors
///
/// The address cannot be bound, the runtime cannot start, or the live view's
/// terminal fails.
pub fn run(loaded: &Loaded, options: &Options) -> anyhow::Result<Ended> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the server's runtime")?;
    let (listener, shared, head, started) = runtime.block_on(start(loaded, options))?;
    if options.tui {
        return show_live(&runtime, listener, &shared, loaded, head, &started, options);
    }
    runtime.block_on(connection::accept_until_signal(
        &listener,
        &shared,
        options.header_timeout,
    ))
}

/// `--tui`: serves in the background and shows the flow live (`live.rs`).
#[cfg(feature = "tui")]
fn show_live(
    runtime: &tokio::runtime::Runtime,
    listener: tokio::net::TcpListener,
    shared: &Arc<state::Shared>,
    loaded: &Loaded,
    head: Transcript,
    started: &lines::Started,
    options: &Options,
) -> anyhow::Result<Ended> {
    live::show(runtime, listener, shared, loaded, head, started, options)
}

/// `--tui` in a build without the terminal UI.
#[cfg(not(feature = "tui"))]
fn show_live(
    _: &tokio::runtime::Runtime,
    _: tokio::net::TcpListener,
    _: &Arc<state::Shared>,
    _: &Loaded,
    _: Transcript,
    _: &lines::Started,
    _: &Options,
) -> anyhow::Result<Ended> {
    anyhow::bail!("this oauth-sim was built without the `tui` feature; serve without --tui")
}

/// Binds the address, sets the world up and prints the first line.
async fn start(
    loaded: &Loaded,
    options: &Options,
) -> anyhow::Result<(
    tokio::net::TcpListener,
    Arc<state::Shared>,
    Transcript,
    lines::Started,
)> {
    let address = SocketAddr::new(options.bind, options.port);
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .with_context(|| format!("binding {address}"))?;
    let local = listener.local_addr().context("reading the bound address")?;
    if !options.bind.is_loopback() {
        lines::warn(&format!(
            "serving on {local}, which is not loopback: anyone who can reach it can use \
             these test servers and their test credentials"
        ));
    }
    let scenario = &loaded.scenario;
    let seed = options.seed.unwrap_or(scenario.seed);
    let start = match options.clock {
        ClockMode::Real => state::wall_clock(),
        ClockMode::Simulated => scenario.start,
    };
    let (mut sim, head) = Simulation::serving(
        &scenario.title_words(),
        &scenario.summary_words(),
        &scenario.world(),
        seed,
        start,
    );
    let base = format!("http://{local}");
    sim.issue_as(&base);
    let started = lines::Started::new(&base, &head, scenario, options);
    lines::first(&started);
    let client = started
        .clients
        .iter()
        .find(|c| c.name == scenario.client.name)
        .cloned();
    let shared = Arc::new(state::Shared::new(
        sim,
        &head,
        scenario.world().user,
        scenario.faults.clone(),
        options,
        base,
        client,
    ));
    Ok((listener, shared, head, started))
}
