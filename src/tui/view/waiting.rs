//! What a panel shows before there is any step: for a scenario with none, that it has
//! none; for the live view of `serve --tui`, that it waits for the first request, and
//! where to send it with which test credentials (the first line `serve` printed is
//! behind the UI).

use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::text::{Key, t};
use crate::tui::width;

/// The lines of an empty panel `columns` wide.
pub fn lines(app: &App, columns: usize) -> Vec<Line<'static>> {
    let lang = app.lang();
    let Some(serving) = app.serving() else {
        return vec![Line::raw(t(lang, Key::NoSteps))];
    };
    let mut out: Vec<Line<'static>> = width::wrap(t(lang, Key::WaitingForRequests), columns)
        .into_iter()
        .map(Line::raw)
        .collect();
    out.push(Line::raw(""));
    // Where to send the first request and what to sign in with come first: at 80×24
    // they are what fits above the fold.
    let mut rows = vec![(
        Key::ServingAuthorizationServer,
        serving.authorization_server.clone(),
    )];
    rows.extend(serving.clients.iter().map(|(id, secret)| {
        let value = match secret {
            Some(secret) => format!("{id} / {secret}"),
            None => format!("{id} ({})", t(lang, Key::ServingPublicClient)),
        };
        (Key::ServingClient, value)
    }));
    rows.extend([
        (
            Key::ServingUser,
            format!("{} / {}", serving.user.0, serving.user.1),
        ),
        (Key::ServingApi, serving.api.clone()),
        (Key::ServingMetadata, serving.metadata.clone()),
    ]);
    let theme = app.theme();
    for (key, value) in rows {
        out.push(Line::styled(t(lang, key), theme.dim));
        out.extend(
            width::chunks(&value, columns.saturating_sub(2).max(1))
                .into_iter()
                .map(|chunk| Line::from(vec![Span::raw("  "), Span::raw(chunk.to_owned())])),
        );
    }
    out
}
