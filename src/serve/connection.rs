//! Accepting connections and answering each request: hyper reads HTTP/1.1 within the
//! limits of `limits.rs`, and [`handle`] sends each request where it goes.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use super::limits::{MAX_CONNECTIONS, MAX_HEADER_BYTES, MAX_HEADERS};
use super::state::Shared;
use super::wire::{self, Reply, Route};
use super::{Ended, approve, control, faults};
use crate::sim::{By, Method};

/// Accepts connections until a signal asks the server to stop; at most
/// [`MAX_CONNECTIONS`] are served at once, the next waiting to be accepted.
///
/// # Errors
///
/// None in practice: the connection semaphore is never closed.
pub async fn accept_until_signal(
    listener: &TcpListener,
    shared: &Arc<Shared>,
    header_timeout: Duration,
) -> anyhow::Result<Ended> {
    let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let stop = signal();
    tokio::pin!(stop);
    loop {
        let permit = tokio::select! {
            signal = &mut stop => return Ok(Ended::Signal(signal)),
            permit = Arc::clone(&permits).acquire_owned() => permit?,
        };
        let accepted = tokio::select! {
            signal = &mut stop => return Ok(Ended::Signal(signal)),
            accepted = listener.accept() => accepted,
        };
        let Ok((stream, peer)) = accepted else {
            // Out of file descriptors, or a connection reset before it was
            // accepted: wait a moment rather than spin, and go on.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let shared = Arc::clone(shared);
        tokio::spawn(async move {
            let _permit = permit;
            let service = service_fn(move |request| {
                let shared = Arc::clone(&shared);
                async move { Ok::<_, Infallible>(handle(&shared, peer, request).await) }
            });
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .max_buf_size(MAX_HEADER_BYTES)
                .max_headers(MAX_HEADERS);
            // A connection that breaks the protocol was answered (400, 431) or
            // closed by hyper; nothing is left to do about it here.
            let _ = builder
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Answers one request: the control endpoint, a fault, or the simulated parties.
async fn handle(shared: &Shared, peer: SocketAddr, request: hyper::Request<Incoming>) -> Reply {
    let path = request.uri().path().to_owned();
    let route = Route::of(&path);
    if route == Route::Control {
        let query = request.uri().query().unwrap_or_default();
        return control::answer(shared, peer, request.method(), query);
    }
    let hit = shared.faults_for(&path);
    if let Some(delay) = hit.delay {
        tokio::time::sleep(delay).await;
    }
    let request = match wire::read(request, &route).await {
        Ok(request) => request,
        Err(reply) => return reply,
    };
    if hit.revoke {
        faults::revoke_carried(shared, &request, &path, hit.nth);
    }
    if let Some(answer) = &hit.answer {
        return faults::answer(answer, &path, hit.nth, shared.prints);
    }
    let authorize = route == Route::AuthorizationServer("/authorize".to_owned())
        && request.method == Method::Get;
    let (response, topic) = if shared.auto_approve && authorize {
        approve::authorize(shared, request)
    } else {
        shared.answer(sender(&route), request)
    };
    wire::reply(&response, topic, &shared.base, &shared.user.username)
}

/// Who sends a request from outside, as the transcript shows it: the pages Alice
/// opens in her browser, or the client app (its back channel and the API).
fn sender(route: &Route) -> By {
    let browser_pages = ["/authorize", "/login", "/consent", "/account"];
    match route {
        Route::AuthorizationServer(path)
            if browser_pages.iter().any(|page| path.starts_with(page)) =>
        {
            By::ResourceOwner
        }
        _ => By::Client,
    }
}

/// The number of the signal that asks the server to stop: SIGINT (Ctrl-C), SIGTERM
/// or SIGHUP.
async fn signal() -> u8 {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let kinds = [
            (SignalKind::interrupt(), 2),
            (SignalKind::terminate(), 15),
            (SignalKind::hangup(), 1),
        ];
        let mut streams = Vec::new();
        for (kind, number) in kinds {
            if let Ok(stream) = signal(kind) {
                streams.push((stream, number));
            }
        }
        if let [(int, i), (term, t), (hup, h)] = streams.as_mut_slice() {
            return tokio::select! {
                _ = int.recv() => *i,
                _ = term.recv() => *t,
                _ = hup.recv() => *h,
            };
        }
    }
    let _ = tokio::signal::ctrl_c().await;
    2
}
