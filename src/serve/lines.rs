//! What `serve` prints. Standard output: first one JSON object with the base URLs and
//! the test credentials, so a script can read it; then one JSON line per exchange,
//! the same object as each step of `run --format json` (its `messages` hold the
//! request and the answer, its `changes` what the parties now remember), or a
//! `{"fault": …}` line when a fault answered instead. Standard error: one text line
//! per exchange, for a person watching.

use std::io::Write as _;

use serde::Serialize;

use super::Options;
use super::state::ClockMode;
use super::wire::{API_PREFIX, CONTROL_PATH};
use crate::escape::visible_line;
use crate::explain::Lang;
use crate::report::model::Tally;
use crate::report::{JsonOptions, step_line};
use crate::scenario::Scenario;
use crate::sim::{ChangeKind, ItemKind, Payload, StepRecord, Transcript, UserConfig};

/// The first line: where everything is, and what to sign in with.
#[derive(Debug, Serialize)]
pub struct Started {
    pub authorization_server: String,
    pub resource_server: String,
    /// RFC 8414 §3: the authorization server's metadata, for an issuer at the root.
    pub metadata: String,
    /// The protected resource itself.
    pub api: String,
    /// `--clock simulated` only: where to `POST ?seconds=N` to move time forward.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub control: Option<String>,
    pub clock: &'static str,
    pub seed: u64,
    pub clients: Vec<Registered>,
    pub user: UserConfig,
}

/// A client registered when serving starts, with the credentials it was given (the
/// file's, or ones made from the seed).
#[derive(Debug, Clone, Serialize)]
pub struct Registered {
    pub name: String,
    pub client_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    pub redirect_uris: Vec<String>,
    pub token_endpoint_auth_method: String,
}

impl Started {
    pub fn new(base: &str, head: &Transcript, scenario: &Scenario, options: &Options) -> Self {
        let simulated = options.clock == ClockMode::Simulated;
        Self {
            authorization_server: base.to_owned(),
            resource_server: format!("{base}{API_PREFIX}"),
            metadata: format!("{base}/.well-known/oauth-authorization-server"),
            api: format!("{base}{API_PREFIX}{}", scenario.resource.path),
            control: simulated.then(|| format!("{base}{CONTROL_PATH}")),
            clock: if simulated { "simulated" } else { "real" },
            seed: head.seed,
            clients: registered(head),
            user: scenario.user.clone(),
        }
    }
}

/// The clients the authorization server starts with, read from what it remembers.
fn registered(head: &Transcript) -> Vec<Registered> {
    head.initial
        .iter()
        .filter_map(|change| match &change.kind {
            ChangeKind::Added { item } if item.kind == ItemKind::Client => Some(item),
            _ => None,
        })
        .map(|item| {
            let detail = |name: &str| {
                item.details
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.clone())
            };
            Registered {
                name: detail("name").unwrap_or_default(),
                client_id: item.key.clone(),
                client_secret: detail("secret"),
                redirect_uris: detail("redirect_uris")
                    .unwrap_or_default()
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect(),
                token_endpoint_auth_method: detail("auth").unwrap_or_default(),
            }
        })
        .collect()
}

/// Prints the first line, and says on standard error where to point a client.
pub fn first(started: &Started) {
    let line = serde_json::to_string(started).unwrap_or_default();
    out(&format!("{line}\n"));
    err(&format!(
        "serving the authorization server at {} and the API at {} (Ctrl-C stops)",
        started.authorization_server, started.resource_server
    ));
}

/// Prints one exchange: its JSON line, and its text line.
pub fn exchange(record: &StepRecord, tally: &Tally, lang: Lang) {
    let options = JsonOptions {
        lang,
        explain: false,
        strict: None,
    };
    out(&step_line(record, tally, options));
    err(&summary(record));
}

/// The text line of an exchange: `#3 client POST /token -> 200 (the topic)`.
fn summary(record: &StepRecord) -> String {
    let request = record.messages.iter().find_map(|m| match &m.payload {
        Payload::Request(r) => Some((m.from, r)),
        Payload::Response(_) => None,
    });
    let (from, method, target) = request.map_or(("?", "?", String::new()), |(from, r)| {
        (from.as_str(), r.method.as_str(), r.target())
    });
    let status = record
        .outcome
        .status
        .map_or_else(|| "-".to_owned(), |s| s.to_string());
    format!(
        "#{} {from} {method} {target} -> {status} ({})",
        record.index,
        record.topic.description()
    )
}

/// Prints what a fault did to a request instead of the server's answer.
pub fn fault(endpoint: &str, nth: u64, what: &serde_json::Value) {
    let line = serde_json::json!({ "fault": what, "endpoint": endpoint, "nth": nth });
    out(&format!("{line}\n"));
    err(&format!("fault at {endpoint} (request {nth}): {what}"));
}

/// A warning on standard error.
pub fn warn(message: &str) {
    err(&format!("warning: {message}"));
}

/// Standard output, flushed at once so a script reading the pipe sees each line as
/// it happens; a reader that went away is not the server's problem.
fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

/// A line on standard error, with anything a terminal would act on made visible (a
/// request target is the client's text).
fn err(text: &str) {
    let line = format!("{}\n", visible_line(text));
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}
