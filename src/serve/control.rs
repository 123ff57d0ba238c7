//! The control endpoint, `POST /_oauth-sim/clock?seconds=N`: with `--clock
//! simulated`, a test moves the servers' time forward instead of sleeping, so a
//! token's expiry is seen at once. Only a loopback peer may use it: it is for the
//! tester's own machine, never for whoever else reaches a `--bind` address.

use std::net::SocketAddr;

use hyper::StatusCode;
use serde_json::json;

use super::state::{ClockMode, Shared};
use super::wire::{Reply, json};

/// Answers a request to the control endpoint.
pub fn answer(shared: &Shared, peer: SocketAddr, method: &hyper::Method, query: &str) -> Reply {
    let refuse = |status: StatusCode, why: &str| json(status, &json!({ "error": why }));
    if !peer.ip().is_loopback() {
        return refuse(
            StatusCode::FORBIDDEN,
            "the control endpoint is for loopback only",
        );
    }
    if shared.clock != ClockMode::Simulated {
        return refuse(
            StatusCode::NOT_FOUND,
            "the clock is real; start serve with --clock simulated to move it",
        );
    }
    match *method {
        hyper::Method::GET => json(StatusCode::OK, &json!({ "now": shared.now() })),
        hyper::Method::POST => {
            let seconds = form_urlencoded::parse(query.as_bytes())
                .find(|(name, _)| name == "seconds")
                .and_then(|(_, value)| value.parse::<u64>().ok());
            match seconds {
                Some(seconds) => json(StatusCode::OK, &json!({ "now": shared.advance(seconds) })),
                None => refuse(
                    StatusCode::BAD_REQUEST,
                    "say how far to move the clock: ?seconds=N, a whole number",
                ),
            }
        }
        _ => refuse(
            StatusCode::METHOD_NOT_ALLOWED,
            "GET reads the clock, POST moves it",
        ),
    }
}
