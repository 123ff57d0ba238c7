//! The JWT view (`v`): the token the selected message carries, in its three parts,
//! each header field and claim on one line with what it means, then whether the
//! signature verifies with the keys the client fetched and how long the token is
//! valid on the simulated clock. Any key closes it.
//!
//! ```text
//! ┌ JWT ─────────────────────────────────────────────────────────┐
//! │ id_token · header                                            │
//! │   alg        EdDSA            how it is signed               │
//! │ payload                                                      │
//! │   iss        https://auth.example   who issued it            │
//! │ signature    EI6ahrIc3q…  ✓ verifies with the fetched JWKS   │
//! │ exp          valid for 300 s on the simulated clock          │
//! └──────────────────────────────────────────────────────────────┘
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::{App, JwtView, SignatureCheck};
use crate::tui::text::{Key, t};
use crate::tui::width;

/// The widest the window grows.
const MAX_WIDTH: u16 = 110;
/// The column of a name.
const NAME_WIDTH: usize = 11;
/// The most cells a value takes before its explanation.
const VALUE_WIDTH: usize = 44;
/// The fewest cells a value gets, however narrow the window.
const MIN_VALUE_WIDTH: usize = 8;

pub fn render(app: &App, view: Option<&JwtView>, area: Rect, buf: &mut Buffer) {
    let inner = super::window(app, area, MAX_WIDTH, Key::Jwt, buf);
    let lines = match view {
        Some(view) => lines(app, view, usize::from(inner.width)),
        None => width::wrap(t(app.lang(), Key::JwtNone), usize::from(inner.width))
            .into_iter()
            .map(Line::raw)
            .collect(),
    };
    for (line, y) in lines.iter().zip(inner.top()..inner.bottom()) {
        buf.set_line(inner.x, y, line, inner.width);
    }
}

/// Every line of the view.
fn lines(app: &App, view: &JwtView, room: usize) -> Vec<Line<'static>> {
    let lang = app.lang();
    let theme = app.theme();
    let mut out = vec![Line::styled(
        format!("{} · {}", view.source, t(lang, Key::JwtHeader)),
        theme.title,
    )];
    let value_room = value_room(app, view, room);
    for (name, value) in &view.header {
        out.push(member(app, name, value, header_key(name), value_room));
    }
    out.push(Line::styled(t(lang, Key::JwtPayload), theme.title));
    for (name, value) in &view.claims {
        out.push(member(app, name, value, claim_key(name), value_room));
    }
    let (verdict, style) = match view.check {
        SignatureCheck::Verified => (Key::JwtVerified, theme.met),
        SignatureCheck::Failed => (Key::JwtFailed, theme.failure),
        SignatureCheck::NoKeys => (Key::JwtNoKeys, theme.dim),
    };
    let signature = width::split(&view.signature, 12).0.to_owned() + "…";
    out.push(Line::from(vec![
        Span::styled(pad(t(lang, Key::JwtSignature), NAME_WIDTH), theme.title),
        Span::styled(signature, theme.value),
        Span::raw("  "),
        Span::styled(t(lang, verdict), style),
    ]));
    if let Some(seconds) = view.expires_in {
        let (words, style) = if seconds > 0 {
            (t(lang, Key::JwtValidFor), theme.met)
        } else {
            (t(lang, Key::JwtExpiredAgo), theme.failure)
        };
        out.push(Line::from(vec![
            Span::styled(pad("exp", NAME_WIDTH), theme.title),
            Span::styled(format!("{words} {} s", seconds.abs()), style),
        ]));
    }
    out
}

/// The cells for the values: what the widest value wants, up to `VALUE_WIDTH`, and
/// never so much that the widest explanation is cut; a long value is shortened
/// with `…` instead (it is whole in the Message tab), since a cut explanation
/// loses its sense.
fn value_room(app: &App, view: &JwtView, room: usize) -> usize {
    let lang = app.lang();
    let members = || {
        let header = view.header.iter().map(|(n, v)| (v, header_key(n)));
        header.chain(view.claims.iter().map(|(n, v)| (v, claim_key(n))))
    };
    let widest_value = members().map(|(v, _)| width::of(v)).max().unwrap_or(0);
    let widest_meaning = members()
        .filter_map(|(_, key)| key.map(|key| width::of(t(lang, key))))
        .max()
        .unwrap_or(0);
    let left = room.saturating_sub(2 + NAME_WIDTH + 1 + widest_meaning);
    widest_value.min(VALUE_WIDTH).min(left).max(MIN_VALUE_WIDTH)
}

/// One header field or claim: its name, its value cut to `value_room`, what it
/// means.
fn member(
    app: &App,
    name: &str,
    value: &str,
    meaning: Option<Key>,
    value_room: usize,
) -> Line<'static> {
    let theme = app.theme();
    let value = width::truncate(value, value_room);
    let mut spans = vec![
        Span::raw("  "),
        Span::styled(pad(name, NAME_WIDTH), theme.name),
        Span::styled(pad(&value, value_room + 1), theme.value),
    ];
    if let Some(key) = meaning {
        spans.push(Span::styled(t(app.lang(), key), theme.dim));
    }
    Line::from(spans)
}

fn pad(text: &str, cells: usize) -> String {
    let fill = cells.saturating_sub(width::of(text)).max(1);
    format!("{text}{}", " ".repeat(fill))
}

fn header_key(name: &str) -> Option<Key> {
    Some(match name {
        "alg" => Key::JwtHeaderAlg,
        "kid" => Key::JwtHeaderKid,
        "typ" => Key::JwtHeaderTyp,
        _ => return None,
    })
}

fn claim_key(name: &str) -> Option<Key> {
    Some(match name {
        "iss" => Key::JwtClaimIss,
        "sub" => Key::JwtClaimSub,
        "aud" => Key::JwtClaimAud,
        "exp" => Key::JwtClaimExp,
        "iat" => Key::JwtClaimIat,
        "auth_time" => Key::JwtClaimAuthTime,
        "nonce" => Key::JwtClaimNonce,
        "at_hash" => Key::JwtClaimAtHash,
        _ => return None,
    })
}
