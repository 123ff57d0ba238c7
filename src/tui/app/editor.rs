//! The request editor (`e`): a step's request as a small form: its method, who sends
//! it, its parameters (`name=value`) and its headers (`Name: value`), each row typed
//! into directly, and one empty row of each to add another. Enter turns the form
//! into [`Change`]s a scenario file can say (`with`, `headers`, `method`, `by`).

use crate::sim::{Action, Body, By, Message, Payload, Request, StepRecord};

use super::edits::Change;

/// Headers the format does not let a step set: where the request goes and how long
/// its body is (RFC 9110 §7.2, §8.6).
const FIXED_HEADERS: [&str; 2] = ["Host", "Content-Length"];

/// Whether a row holds a parameter or a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Param,
    Header,
}

impl Field {
    /// Between name and value, as the row is written.
    fn separator(self) -> &'static str {
        match self {
            Self::Param => "=",
            Self::Header => ": ",
        }
    }
}

/// One row of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// `GET` or `POST`.
    Method { original: String, value: String },
    /// Who sends the request, among those the action allows.
    Sender {
        choices: Vec<By>,
        original: By,
        value: By,
    },
    /// A parameter or a header as text; `original` is none for a row being added.
    Text {
        field: Field,
        original: Option<String>,
        text: String,
    },
}

impl Row {
    fn empty(field: Field) -> Self {
        Self::Text {
            field,
            original: None,
            text: String::new(),
        }
    }

    /// Whether the row now says something else than the request did.
    pub fn changed(&self) -> bool {
        match self {
            Self::Method { original, value } => original != value,
            Self::Sender {
                original, value, ..
            } => original != value,
            Self::Text { original, text, .. } => original.as_deref().unwrap_or("") != text,
        }
    }
}

/// The editor over one step's request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    /// The step, 0-based.
    pub step: usize,
    /// The message the form shows, in the step's messages.
    pub message: usize,
    pub rows: Vec<Row>,
    pub cursor: usize,
    /// Why the last Enter was refused, in the loader's words.
    pub refused: Option<String>,
}

/// The request a step's `with`, `headers` and `method` shape: the `/authorize` the
/// browser follows (for `lure` too), the form Alice posts on her account page, and
/// otherwise the step's first request (`sim/flow.rs`).
pub fn target(record: &StepRecord) -> Option<usize> {
    let mut requests = record
        .messages
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.payload, Payload::Request(_)));
    match record.step.action {
        Action::Authorize | Action::Lure | Action::WithdrawConsent | Action::Password => {
            requests.next_back()
        }
        Action::Roles | Action::Wait | Action::Steal | Action::Send => None,
        _ => requests.next(),
    }
    .map(|(i, _)| i)
}

impl Editor {
    /// The editor over step `step` (0-based), or none when the step sends no request
    /// a scenario can change (the roles, a wait, a theft, a raw `send`, a skipped
    /// step).
    pub fn open(step: usize, record: &StepRecord) -> Option<Self> {
        let message = target(record)?;
        let Some(Message {
            payload: Payload::Request(request),
            ..
        }) = record.messages.get(message)
        else {
            return None;
        };
        let method = request.method.as_str().to_owned();
        let mut rows = vec![Row::Method {
            original: method.clone(),
            value: method,
        }];
        let choices = record.step.action.takers().to_vec();
        if choices.len() > 1 {
            let taker = record.step.taker();
            rows.push(Row::Sender {
                choices,
                original: taker,
                value: taker,
            });
        }
        rows.extend(params(request).into_iter().map(|(name, value)| Row::Text {
            field: Field::Param,
            original: Some(format!("{name}={value}")),
            text: format!("{name}={value}"),
        }));
        rows.push(Row::empty(Field::Param));
        rows.extend(
            request
                .headers
                .iter()
                .filter(|(name, _)| !FIXED_HEADERS.iter().any(|f| name.eq_ignore_ascii_case(f)))
                .map(|(name, value)| Row::Text {
                    field: Field::Header,
                    original: Some(format!("{name}: {value}")),
                    text: format!("{name}: {value}"),
                }),
        );
        rows.push(Row::empty(Field::Header));
        Some(Self {
            step,
            message,
            rows,
            cursor: 0,
            refused: None,
        })
    }

    pub fn select_by(&mut self, delta: isize) {
        let last = self.rows.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(delta).min(last);
    }

    /// ←/→ on the method or the sender: the other method, the next sender.
    pub fn adjust(&mut self, delta: i8) {
        match self.rows.get_mut(self.cursor) {
            Some(Row::Method { value, .. }) => {
                let other = if value == "GET" { "POST" } else { "GET" };
                other.clone_into(value);
            }
            Some(Row::Sender { choices, value, .. }) => {
                let at = choices.iter().position(|c| c == value).unwrap_or(0);
                let len = choices.len();
                let next = if delta >= 0 { at + 1 } else { at + len - 1 };
                if let Some(next) = choices.get(next % len.max(1)) {
                    *value = *next;
                }
            }
            _ => {}
        }
    }

    /// A character typed into the selected text row; typing into an empty row
    /// opens another below it, so any number can be added.
    pub fn type_char(&mut self, c: char) {
        let Some(Row::Text {
            field,
            original,
            text,
        }) = self.rows.get_mut(self.cursor)
        else {
            return;
        };
        let opens = original.is_none() && text.is_empty();
        let field = *field;
        text.push(c);
        if opens {
            self.rows.insert(self.cursor + 1, Row::empty(field));
        }
    }

    /// Backspace: the last character of the selected text row.
    pub fn erase(&mut self) {
        if let Some(Row::Text { text, .. }) = self.rows.get_mut(self.cursor) {
            text.pop();
        }
    }

    /// Delete: the whole selected row, so the request goes without it.
    pub fn remove(&mut self) {
        if let Some(Row::Text { text, .. }) = self.rows.get_mut(self.cursor) {
            text.clear();
        }
    }

    /// What the form changes, as a scenario file says it.
    pub fn changes(&self) -> Vec<Change> {
        let step = self.step;
        let mut changes = Vec::new();
        for row in self.rows.iter().filter(|r| r.changed()) {
            match row {
                Row::Method { value, .. } => changes.push(Change::Method {
                    step,
                    method: value.clone(),
                }),
                Row::Sender { value, .. } => changes.push(Change::By {
                    step,
                    by: value.as_str().to_owned(),
                }),
                Row::Text {
                    field,
                    original,
                    text,
                } => text_changes(step, *field, original.as_deref(), text, &mut changes),
            }
        }
        changes
    }
}

/// A text row's changes: the old name left out when it is gone or renamed, the new
/// name with its value.
fn text_changes(
    step: usize,
    field: Field,
    original: Option<&str>,
    text: &str,
    changes: &mut Vec<Change>,
) {
    let split = |row: &str| -> (String, String) {
        match row.split_once(field.separator().trim()) {
            Some((name, value)) => (name.trim().to_owned(), value.trim_start().to_owned()),
            None => (row.trim().to_owned(), String::new()),
        }
    };
    let change = |name: String, value: Option<String>| match field {
        Field::Param => Change::Param { step, name, value },
        Field::Header => Change::Header { step, name, value },
    };
    let new = (!text.trim().is_empty()).then(|| split(text));
    if let Some((old, _)) = original.map(split)
        && new.as_ref().is_none_or(|(name, _)| *name != old)
    {
        changes.push(change(old, None));
    }
    if let Some((name, value)) = new {
        changes.push(change(name, Some(value)));
    }
}

/// The request's parameters, in wire order: its query, then its form, or the
/// top-level string fields of its JSON body (a registration's metadata).
fn params(request: &Request) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = request
        .query
        .iter()
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    match &request.body {
        Body::Form(form) => out.extend(form.iter().map(|(n, v)| (n.to_owned(), v.to_owned()))),
        Body::Json(text) => {
            if let Ok(serde_json::Value::Object(fields)) = serde_json::from_str(text) {
                out.extend(fields.into_iter().filter_map(|(name, value)| {
                    value.as_str().map(|v| (name.clone(), v.to_owned()))
                }));
            }
        }
        Body::Empty | Body::Html(_) | Body::Text(_) => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(field: Field, original: Option<&str>, text: &str) -> Editor {
        Editor {
            step: 3,
            message: 0,
            rows: vec![Row::Text {
                field,
                original: original.map(str::to_owned),
                text: text.to_owned(),
            }],
            cursor: 0,
            refused: None,
        }
    }

    #[test]
    fn a_changed_value_is_one_change_and_a_renamed_one_leaves_the_old_name_out() {
        let changed = row(Field::Param, Some("scope=a"), "scope=b").changes();
        assert_eq!(
            changed,
            [Change::Param {
                step: 3,
                name: "scope".into(),
                value: Some("b".into())
            }]
        );
        let renamed = row(Field::Header, Some("Accept: x"), "Origin: y").changes();
        assert_eq!(renamed.len(), 2);
        assert!(renamed[0].removes());
        assert_eq!(renamed[1].subject(), "Origin");
    }

    #[test]
    fn an_emptied_row_removes_and_an_untouched_one_changes_nothing() {
        let removed = row(Field::Param, Some("state=s"), "").changes();
        assert_eq!(removed.len(), 1);
        assert!(removed[0].removes());
        assert!(
            row(Field::Param, Some("state=s"), "state=s")
                .changes()
                .is_empty()
        );
        assert!(row(Field::Param, None, "").changes().is_empty());
    }

    #[test]
    fn typing_into_the_empty_row_opens_another() {
        let mut editor = row(Field::Header, None, "");
        editor.type_char('X');
        assert_eq!(editor.rows.len(), 2);
        editor.type_char(':');
        assert_eq!(editor.rows.len(), 2);
    }
}
