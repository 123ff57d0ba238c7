//! `serve --tui`: the server answers on the runtime's threads while the terminal UI
//! runs on this one, showing each exchange as a step of a transcript that grows
//! (`tui::app::live`). The UI owns the terminal, so nothing is printed per exchange.

use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::runtime::Runtime;

use super::lines::Started;
use super::state::Shared;
use super::{Ended, Options, connection};
use crate::scenario::Loaded;
use crate::sim::Transcript;
use crate::tui::app::{App, Serving};
use crate::tui::theme::Theme;

/// Serves in the background and shows the flow until the person quits or a signal
/// ends the UI; the terminal is given back either way (`tui::run_live`).
///
/// # Errors
///
/// The terminal cannot be used.
pub fn show(
    runtime: &Runtime,
    listener: TcpListener,
    shared: &Arc<Shared>,
    loaded: &Loaded,
    head: Transcript,
    started: &Started,
    options: &Options,
) -> anyhow::Result<Ended> {
    shared.keep_arrived();
    let server = Arc::clone(shared);
    let header_timeout = options.header_timeout;
    runtime.spawn(async move {
        connection::accept_until_signal(&listener, &server, header_timeout).await
    });
    let app = App::live(
        loaded.clone(),
        head,
        serving(started),
        options.lang,
        Theme::from_env(),
    );
    let ended = crate::tui::run_live(app, &mut |app| {
        let arrived = shared.take_arrived();
        let grew = !arrived.is_empty();
        app.grow(arrived);
        grew
    })?;
    Ok(match ended {
        crate::tui::Ended::Quit => Ended::Quit,
        crate::tui::Ended::Signal(signal) => Ended::Signal(signal),
    })
}

/// What the live view shows until the first request arrives: the addresses and the
/// test credentials of the first line on standard output, which the UI hides.
fn serving(started: &Started) -> Serving {
    Serving {
        authorization_server: started.authorization_server.clone(),
        api: started.api.clone(),
        metadata: started.metadata.clone(),
        clients: started
            .clients
            .iter()
            .map(|c| (c.client_id.clone(), c.client_secret.clone()))
            .collect(),
        user: (started.user.username.clone(), started.user.password.clone()),
    }
}
