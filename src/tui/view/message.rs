//! The Message tab: the selected message as it travels on the wire (start line,
//! headers, body), laid out to be read: query strings, form bodies and the query and
//! fragment of a `Location` become one `name = value` per line, names, values and credentials are
//! styled apart, and long values wrap under themselves at `&`, `=`, `;`, `,`, `/` or
//! a space (`width::wire`). A refusal the scenario expects is marked `⊘`, any other
//! failure `✗`.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::verdict::Verdict;
use crate::sim::StepRecord;
use crate::sim::{Body, Message, Params, is_credential, is_credential_header};
use crate::tui::app::App;
use crate::tui::text::{self, Key, t};
use crate::tui::theme::Theme;
use crate::tui::width;

/// Indent of a query's parameters under the line that carries it.
const QUERY_INDENT: usize = 4;

pub fn lines(app: &App, columns: usize) -> Vec<Line<'static>> {
    let theme = app.theme();
    let lang = app.lang();
    let Some(record) = app.current() else {
        return super::waiting::lines(app, columns);
    };
    let Some(message) = record.messages.get(app.message()) else {
        let mut out = vec![Line::styled(t(lang, Key::NoMessage), theme.dim)];
        if let Some(seconds) = record.step.seconds {
            let before = app
                .step()
                .checked_sub(1)
                .and_then(|i| app.transcript().steps.get(i))
                .map_or(app.transcript().start, |s| s.at);
            let clock = format!(
                "⏱ {} → {}  (+{seconds}{})",
                before.format("%Y-%m-%d %H:%M:%S"),
                record.at.format("%Y-%m-%d %H:%M:%S"),
                t(lang, Key::Seconds)
            );
            out.extend([Line::raw(""), Line::styled(clock, theme.wait)]);
            if record.clock_at_limit() {
                let mark = format!("⏱ {}", t(lang, Key::ClockAtLimit));
                out.push(Line::styled(mark, theme.wait));
            }
        }
        return out;
    };
    let mut out = vec![
        title(app, message, record.messages.len(), columns),
        Line::raw(""),
    ];
    start_line(lang, record, app.message(), theme, columns, &mut out);
    for (name, value) in message.headers() {
        header(&name, &value, theme, columns, &mut out);
    }
    match message.body() {
        Body::Empty => {}
        Body::Form(params) => {
            out.push(Line::raw(""));
            parameters(params, 0, theme, columns, &mut out);
        }
        Body::Json(_) | Body::Html(_) | Body::Text(_) => {
            out.push(Line::raw(""));
            for line in message.body().text().lines() {
                json_line(line, theme, columns, &mut out);
            }
        }
    }
    out
}

/// `Client → Authorization Server   1/2`.
fn title(app: &App, message: &Message, count: usize, columns: usize) -> Line<'static> {
    let lang = app.lang();
    let who = format!(
        "{} → {}",
        text::actor(lang, message.from),
        text::actor(lang, message.to)
    );
    let position = format!("{}/{count}", app.message() + 1);
    let room = columns.saturating_sub(width::of(&position) + 1);
    let who = width::truncate(&who, room).into_owned();
    let pad = columns.saturating_sub(width::of(&who) + width::of(&position));
    Line::from(vec![
        Span::styled(who, app.theme().title),
        Span::raw(" ".repeat(pad)),
        Span::styled(position, app.theme().dim),
    ])
}

/// The request line (its query below it) or the status line of message `index`.
fn start_line(
    lang: crate::explain::Lang,
    record: &StepRecord,
    index: usize,
    theme: &Theme,
    columns: usize,
    out: &mut Vec<Line<'static>>,
) {
    let Some(message) = record.messages.get(index) else {
        return;
    };
    if let Some(request) = message.request() {
        let query = if request.query.is_empty() { "" } else { "?…" };
        let text = format!(
            "{} {}{query} HTTP/1.1",
            request.method.as_str(),
            request.path
        );
        for piece in width::wire(&width::clean(&text), columns, columns) {
            out.push(Line::styled(piece.to_owned(), theme.title));
        }
        parameters(&request.query, QUERY_INDENT, theme, columns, out);
    } else {
        let verdict = Verdict::of_message(record, index);
        let style = verdict.map_or(theme.title, |v| v.style(theme));
        let mark = verdict.map_or(String::new(), |v| format!("  {}", v.mark()));
        out.push(Line::styled(
            format!("{}{mark}", message.start_line()),
            style,
        ));
        if let Some(verdict) = verdict {
            let key = match verdict {
                Verdict::Expected => Key::ExpectedRefusal,
                Verdict::Unexpected => Key::UnexpectedFailure,
            };
            for line in width::wrap(t(lang, key), columns) {
                out.push(Line::styled(line, theme.dim));
            }
        }
    }
}

/// `Name: value`, wrapped under the value; a `Location`'s query and fragment are
/// listed below it.
fn header(name: &str, value: &str, theme: &Theme, columns: usize, out: &mut Vec<Line<'static>>) {
    let secret = is_credential_header(name);
    let value_style = if secret { theme.secret } else { theme.value };
    let (shown, lists) = match location(value) {
        Some((shown, lists)) if name.eq_ignore_ascii_case("location") => (shown, lists),
        _ => (value.to_owned(), Vec::new()),
    };
    let label = format!("{name}: ");
    labelled(&label, theme.name, &shown, value_style, columns, out);
    for list in &lists {
        parameters(list, QUERY_INDENT, theme, columns, out);
    }
}

/// A redirect address shortened to `base?…`, `base#…` or `base?…#…`, and the
/// parameters of its query and of its fragment, in that order. The implicit grant
/// returns the access token in the fragment (RFC 6749 §4.2.2), and a token there is
/// a credential like any other, so it is listed and styled as one.
fn location(value: &str) -> Option<(String, Vec<Params>)> {
    let at = value.find(['?', '#'])?;
    let (base, rest) = value.split_at(at);
    let (query, fragment) = match rest.strip_prefix('?') {
        Some(rest) => match rest.split_once('#') {
            Some((query, fragment)) => (Some(query), Some(fragment)),
            None => (Some(rest), None),
        },
        None => (None, rest.strip_prefix('#')),
    };
    let shown = format!(
        "{base}{}{}",
        if query.is_some() { "?…" } else { "" },
        if fragment.is_some() { "#…" } else { "" }
    );
    let lists = [query, fragment]
        .into_iter()
        .flatten()
        .map(Params::decode)
        .collect();
    Some((shown, lists))
}

/// One `name = value` per line, names padded to one column, values wrapped.
fn parameters(
    params: &Params,
    indent: usize,
    theme: &Theme,
    columns: usize,
    out: &mut Vec<Line<'static>>,
) {
    let widest = params.iter().map(|(n, _)| width::of(n)).max().unwrap_or(0);
    let name_width = widest.min(columns / 3);
    for (name, value) in params.iter() {
        let name = width::truncate(name, name_width);
        let pad = name_width.saturating_sub(width::of(&name));
        let label = format!("{}{name}{} = ", " ".repeat(indent), " ".repeat(pad));
        let style = if is_credential(name.as_ref()) {
            theme.secret
        } else {
            theme.value
        };
        labelled(&label, theme.name, value, style, columns, out);
    }
}

/// A line of a JSON (or HTML) body: `"key": value` styled as name and value.
fn json_line(line: &str, theme: &Theme, columns: usize, out: &mut Vec<Line<'static>>) {
    let Some((key, value)) = line.split_once("\": ") else {
        labelled("", theme.name, line, theme.value, columns, out);
        return;
    };
    let label = format!("{key}\": ");
    let name = key.trim_start().trim_start_matches('"');
    let style = if is_credential(name) {
        theme.secret
    } else {
        theme.value
    };
    labelled(&label, theme.name, value, style, columns, out);
}

/// `label` then `value`, the value wrapped into the room right of the label (or
/// under it, two cells in, when the label leaves too little room).
fn labelled(
    label: &str,
    label_style: Style,
    value: &str,
    value_style: Style,
    columns: usize,
    out: &mut Vec<Line<'static>>,
) {
    let label = width::clean(label).into_owned();
    let value = width::clean(value);
    let label_width = width::of(&label);
    let indent = if label_width + 12 <= columns {
        label_width
    } else {
        2
    };
    let first_room = columns.saturating_sub(label_width).max(1);
    let mut pieces = width::wire(&value, first_room, columns.saturating_sub(indent)).into_iter();
    out.push(Line::from(vec![
        Span::styled(label, label_style),
        Span::styled(pieces.next().unwrap_or_default().to_owned(), value_style),
    ]));
    for piece in pieces {
        out.push(Line::from(vec![
            Span::raw(" ".repeat(indent)),
            Span::styled(piece.to_owned(), value_style),
        ]));
    }
}
