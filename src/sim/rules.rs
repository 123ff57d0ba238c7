//! One test per rule of `rules.md`, grouped by its sections and named for the
//! rule, driving whole simulations the way a scenario file would.

mod account;
mod authorization_endpoint;
mod client_checks;
mod client_credentials;
mod device;
mod implicit_grant;
mod introspection;
mod password_grant;
mod refresh;
mod registration;
mod resource_server;
mod revocation;
mod token_endpoint;

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{ErrorCode, Outcome, Step, Transcript, World, run};

/// Steps written as in a scenario file.
pub fn steps(json: Value) -> Vec<Step> {
    match serde_json::from_value(json) {
        Ok(steps) => steps,
        Err(error) => panic!("test steps do not parse: {error}"),
    }
}

pub fn start() -> DateTime<Utc> {
    DateTime::from_timestamp(1_767_258_000, 0).unwrap_or_default()
}

/// Runs steps in the default world.
pub fn play(json: Value) -> Transcript {
    play_in(&World::default(), json)
}

/// Runs steps in a given world.
pub fn play_in(world: &World, json: Value) -> Transcript {
    let title = super::Words::english("test");
    run(
        &title,
        &super::Words::default(),
        world,
        &steps(json),
        1,
        start(),
    )
}

/// A world where a second app, `gallery` (secret `g`), is registered already: the
/// other client whose credentials a step borrows.
pub fn world_with_gallery() -> World {
    let mut world = World::default();
    world.other_clients.push(super::ClientConfig {
        client_id: Some("gallery".into()),
        client_secret: Some("g".into()),
        ..super::ClientConfig::default()
    });
    world
}

/// The steps that take the default client to a code in hand.
pub fn to_callback() -> Vec<Value> {
    ["authorize", "login", "consent", "callback"]
        .into_iter()
        .map(|action| serde_json::json!({ "do": action }))
        .collect()
}

/// `to_callback` followed by `more`.
pub fn after_callback(more: Value) -> Value {
    let mut all = to_callback();
    if let Value::Array(rest) = more {
        all.extend(rest);
    }
    Value::Array(all)
}

/// The steps to a code in hand, the code exchanged for tokens, then `more`.
pub fn after_token(more: Value) -> Transcript {
    let mut steps = vec![serde_json::json!({ "do": "token" })];
    if let Value::Array(rest) = more {
        steps.extend(rest);
    }
    play(after_callback(Value::Array(steps)))
}

/// The outcome of the last step.
pub fn last(transcript: &Transcript) -> &Outcome {
    &transcript.steps.last().expect("at least one step").outcome
}

/// Status and error of the last step.
pub fn answer(transcript: &Transcript) -> (Option<u16>, Option<ErrorCode>) {
    let outcome = last(transcript);
    (outcome.status, outcome.error)
}

/// The value of a header in the last message of the last step.
pub fn last_header(transcript: &Transcript, name: &str) -> Option<String> {
    let step = transcript.steps.last()?;
    let message = step.messages.last()?;
    message
        .headers()
        .into_iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// The JSON body of the last message of the last step (`null` when it has none).
pub fn last_body(transcript: &Transcript) -> Value {
    transcript
        .steps
        .last()
        .and_then(|step| step.messages.last())
        .and_then(|message| message.body().parse_json())
        .unwrap_or_default()
}

/// Registers a client that may not use the code flow: only the refresh grant, no
/// response type (RFC 7591 §2.1 allows it; the endpoints then refuse the flow).
pub fn register_without_code() -> Value {
    serde_json::json!({
        "do": "register",
        "with": { "grant_types": ["refresh_token"], "response_types": [] },
    })
}
