//! Invariants of the simulated world, checked with proptest over generated valid
//! scenarios (`invariants/generate.rs`): random policies, client settings, step
//! orders, waits and `with` values, written as JSON and loaded through
//! `scenario::parse` like any file. Each invariant is stated under the policy in
//! force, since the attack lab switches defenses off on purpose, and is read from
//! the transcript alone: the messages of each step and what every party remembers
//! before and after it. A failing case shrinks, and its message holds the scenario
//! as JSON, ready to save as a file and run.
//!
//! 64 cases per property by default; `PROPTEST_CASES` sets another number.

#[path = "invariants/generate.rs"]
mod generate;

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use oauth_sim::explain::Lang;
use oauth_sim::report::{self, TextOptions};
use oauth_sim::scenario::{self, Scenario};
use oauth_sim::sim::{
    Actor, ChangeKind, Item, ItemKind, Memory, Payload, Reason, Request, Response, StepRecord,
    Topic, Transcript,
};
use proptest::prelude::*;
use serde_json::Value;

/// The name the generated scenario goes by in reports and errors.
const FILE: &str = "generated.json";

fn config() -> ProptestConfig {
    let config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_some() {
        config
    } else {
        ProptestConfig {
            cases: 64,
            ..config
        }
    }
}

/// The generated scenario as the file a person would save.
fn file_text(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// What a check found wrong, or nothing.
type Verdict = Result<(), String>;

/// Loads `json` through the real loader, runs it with its own seed and applies
/// `check`; a generated scenario that does not load is itself a failure.
fn verdict(json: &str, check: impl Fn(&Scenario, &Transcript) -> Verdict) -> Verdict {
    let scenario = scenario::parse(FILE, json.as_bytes())
        .map_err(|error| format!("a valid generated scenario does not load: {error}"))?;
    check(&scenario, &scenario.run(None))
}

/// One request and the answer to it, within a step.
struct Exchange<'a> {
    /// Who asked.
    from: Actor,
    /// Who answered.
    to: Actor,
    request: &'a Request,
    response: &'a Response,
    at: DateTime<Utc>,
}

impl Exchange<'_> {
    /// A `200` from the authorization server's token endpoint for `grant_type`.
    fn granted(&self, grant_type: &str) -> bool {
        self.to == Actor::AuthorizationServer
            && self.request.path == "/token"
            && self.response.status == 200
            && self.form("grant_type") == Some(grant_type)
    }

    /// A `200` from the resource server: the API served the call.
    fn served(&self) -> bool {
        self.to == Actor::ResourceServer && self.response.status == 200
    }

    fn form(&self, name: &str) -> Option<&str> {
        self.request.body.form().value(name)
    }

    /// The bearer token of an API call (RFC 6750 §2.1), when it sent exactly one.
    fn bearer(&self) -> Option<&str> {
        let mut headers = self
            .request
            .headers
            .iter()
            .filter(|(name, _)| name.eq_ignore_ascii_case("Authorization"));
        match (headers.next(), headers.next()) {
            (Some((_, value)), None) => value.split_once(' ').map(|(_, token)| token.trim()),
            _ => None,
        }
    }
}

/// Every answer in a step, paired with the request it answers: the nearest earlier
/// request that went the other way.
fn exchanges(step: &StepRecord) -> Vec<Exchange<'_>> {
    let mut found = Vec::new();
    for (i, message) in step.messages.iter().enumerate() {
        let Payload::Response(response) = &message.payload else {
            continue;
        };
        let request = step.messages[..i]
            .iter()
            .rev()
            .find_map(|earlier| match &earlier.payload {
                Payload::Request(r) if earlier.from == message.to && earlier.to == message.from => {
                    Some(r)
                }
                _ => None,
            });
        if let Some(request) = request {
            found.push(Exchange {
                from: message.to,
                to: message.from,
                request,
                response,
                at: message.at,
            });
        }
    }
    found
}

/// What the authorization server remembers under `kind` and `key`.
fn at_server<'m>(memory: &'m Memory, kind: ItemKind, key: &str) -> Option<&'m Item> {
    memory
        .of(Actor::AuthorizationServer)
        .find(|item| item.kind == kind && item.key == key)
}

/// The grant ("family") a code or token belongs to.
fn family(item: &Item) -> Option<&str> {
    item.details
        .iter()
        .find(|(name, _)| *name == "family")
        .map(|(_, value)| value.as_str())
}

/// Calls `check` with each step and what everyone remembered before and after it.
fn each_step(
    transcript: &Transcript,
    mut check: impl FnMut(&StepRecord, &Memory, &Memory) -> Verdict,
) -> Verdict {
    let mut memory = transcript.memory_after(None);
    for step in &transcript.steps {
        let before = memory.clone();
        memory.apply(&step.changes);
        check(step, &before, &memory)
            .map_err(|why| format!("step {} ({}): {why}", step.index, step.step.action))?;
    }
    Ok(())
}

/// The resource server answers 200 only to an access token that the authorization
/// server holds, live and unexpired, at that moment.
fn api_serves_only_live_tokens(_: &Scenario, transcript: &Transcript) -> Verdict {
    each_step(transcript, |step, before, _| {
        for exchange in exchanges(step).iter().filter(|e| e.served()) {
            let token = exchange
                .bearer()
                .ok_or("served a call without one bearer token")?;
            let item = at_server(before, ItemKind::AccessToken, token)
                .ok_or_else(|| format!("served {token}, which the server does not hold"))?;
            if item.status != oauth_sim::sim::Status::Live {
                return Err(format!("served {token}, which is {:?}", item.status));
            }
            if item.is_expired(exchange.at) {
                return Err(format!("served {token}, expired at {:?}", item.expires_at));
            }
        }
        Ok(())
    })
}

/// Nothing expired is ever accepted: not an access token at the API, not a refresh
/// token or a code at the token endpoint.
fn nothing_expired_is_accepted(_: &Scenario, transcript: &Transcript) -> Verdict {
    each_step(transcript, |step, before, _| {
        for exchange in exchanges(step) {
            let presented = if exchange.served() {
                exchange.bearer().map(|t| (ItemKind::AccessToken, t))
            } else if exchange.granted("refresh_token") {
                exchange
                    .form("refresh_token")
                    .map(|t| (ItemKind::RefreshToken, t))
            } else if exchange.granted("authorization_code") {
                exchange.form("code").map(|c| (ItemKind::Code, c))
            } else {
                None
            };
            let Some((kind, key)) = presented else {
                continue;
            };
            if at_server(before, kind, key).is_some_and(|item| item.is_expired(exchange.at)) {
                return Err(format!("accepted the expired {} {key}", kind.as_str()));
            }
        }
        Ok(())
    })
}

/// With `one_time_codes` on, no code is exchanged for tokens twice (RFC 6749
/// §4.1.2). With it off, a second redemption may succeed: that is the lesson.
fn codes_are_redeemed_once(scenario: &Scenario, transcript: &Transcript) -> Verdict {
    if scenario.server.one_time_codes {
        no_code_redeemed_twice(transcript)
    } else {
        Ok(())
    }
}

/// Whether every code the token endpoint exchanged, it exchanged once.
fn no_code_redeemed_twice(transcript: &Transcript) -> Verdict {
    let mut redeemed = HashSet::new();
    each_step(transcript, |step, _, _| {
        for exchange in exchanges(step) {
            if let Some(code) = exchange
                .form("code")
                .filter(|_| exchange.granted("authorization_code"))
                && !redeemed.insert(code.to_owned())
            {
                return Err(format!("the code {code} was exchanged a second time"));
            }
        }
        Ok(())
    })
}

/// The families a replay was detected in at this step: what the replay revoked, and
/// the family of the replayed code or refresh token itself (which may have had
/// nothing live left to revoke).
fn replayed_families(step: &StepRecord, before: &Memory) -> Vec<String> {
    let mut families: Vec<String> = step
        .changes
        .iter()
        .filter_map(|change| match &change.kind {
            ChangeKind::Updated { item, reason } if *reason == Reason::ReplayDetected => {
                family(item).map(str::to_owned)
            }
            _ => None,
        })
        .collect();
    let replayed = match step.topic {
        Topic::CodeReplayed => Some((ItemKind::UsedCode, "code")),
        Topic::RefreshTokenReplayed => Some((ItemKind::RefreshToken, "refresh_token")),
        _ => None,
    };
    if let Some((kind, field)) = replayed {
        for exchange in exchanges(step) {
            if let Some(item) = exchange
                .form(field)
                .and_then(|k| at_server(before, kind, k))
            {
                families.extend(family(item).map(str::to_owned));
            }
        }
    }
    families
}

/// Once a replay is detected, no token of that grant is accepted again: not at the
/// API, not at the token endpoint (RFC 6749 §10.5, RFC 9700 §4.14.2).
fn a_replayed_grant_stays_dead(_: &Scenario, transcript: &Transcript) -> Verdict {
    let mut dead: HashSet<String> = HashSet::new();
    each_step(transcript, |step, before, _| {
        for exchange in exchanges(step) {
            let presented = if exchange.served() {
                exchange.bearer().map(|t| (ItemKind::AccessToken, t))
            } else if exchange.granted("refresh_token") {
                exchange
                    .form("refresh_token")
                    .map(|t| (ItemKind::RefreshToken, t))
            } else {
                None
            };
            let family = presented
                .and_then(|(kind, key)| at_server(before, kind, key))
                .and_then(family);
            if let Some(family) = family.filter(|f| dead.contains(*f)) {
                return Err(format!("accepted a token of {family} after its replay"));
            }
        }
        dead.extend(replayed_families(step, before));
        Ok(())
    })
}

/// The client forgets a code in the step it exchanges it, and holds it again only
/// if a later callback delivers it anew (a replayed or injected callback, which the
/// client cannot tell from a fresh one without `state`).
fn the_client_drops_an_exchanged_code(_: &Scenario, transcript: &Transcript) -> Verdict {
    let mut exchanged: HashSet<String> = HashSet::new();
    each_step(transcript, |step, _, after| {
        for exchange in exchanges(step) {
            if exchange.from == Actor::Client && exchange.granted("authorization_code") {
                exchanged.extend(exchange.form("code").map(str::to_owned));
            }
            if exchange.to == Actor::Client
                && exchange.response.status == 200
                && let Some(code) = exchange.request.query.value("code")
            {
                exchanged.remove(code);
            }
        }
        match after
            .of(Actor::Client)
            .find(|item| item.kind == ItemKind::Code && exchanged.contains(&item.key))
        {
            Some(item) => Err(format!(
                "the client still holds the exchanged code {}",
                item.key
            )),
            None => Ok(()),
        }
    })
}

/// The client forgets a code only when it trades it for tokens (a `200` to its
/// authorization code grant) or a newer code replaces it: a refresh, a revocation or
/// a refused exchange leaves the code it holds alone.
fn the_client_forgets_a_code_only_by_using_it(_: &Scenario, transcript: &Transcript) -> Verdict {
    each_step(transcript, |step, _, _| {
        let exchanged = exchanges(step)
            .iter()
            .any(|e| e.from == Actor::Client && e.granted("authorization_code"));
        for change in &step.changes {
            if let ChangeKind::Removed { kind, key, reason } = &change.kind
                && change.actor == Actor::Client
                && *kind == ItemKind::Code
                && !(exchanged && *reason == Reason::Exchanged || *reason == Reason::Replaced)
            {
                return Err(format!(
                    "the client forgot the code {key} ({}) without exchanging it",
                    reason.as_str()
                ));
            }
        }
        Ok(())
    })
}

/// Two runs of the same file with the same seed give the same text report and the
/// same JSON line, byte for byte; the second run writes its text step by step as
/// `oauth-sim run` does.
fn same_seed_same_bytes(json: &str) -> Verdict {
    let load = || {
        scenario::parse(FILE, json.as_bytes())
            .map_err(|error| format!("a valid generated scenario does not load: {error}"))
    };
    let options = TextOptions {
        brief: false,
        lang: Lang::EN,
    };
    let first = load()?.run(None);
    let second = load()?;
    if report::text(&first, FILE, options) != streamed_text(&second, options) {
        return Err("the text reports of two runs differ".into());
    }
    let json_line = |transcript: &Transcript| {
        report::json_line(
            transcript,
            FILE,
            report::JsonOptions {
                lang: Lang::EN,
                explain: true,
                strict: None,
            },
        )
    };
    if json_line(&first) != json_line(&second.run(None)) {
        return Err("the JSON lines of two runs differ".into());
    }
    Ok(())
}

/// The text report as `oauth-sim run` writes it: the header, each step as the run
/// makes it, the result.
fn streamed_text(scenario: &Scenario, options: TextOptions) -> String {
    let mut out = Vec::new();
    let _ = report::write_text(scenario.start_run(None), FILE, options, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Fails the case when `check` finds something wrong with the scenario, with the
/// scenario as JSON in the message, ready to save as a file and run.
fn holds(value: &Value, check: impl Fn(&str) -> Verdict) -> Result<(), TestCaseError> {
    let json = file_text(value);
    check(&json).map_err(|why| TestCaseError::fail(format!("{why}\nscenario:\n{json}")))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_same_seed_gives_the_same_bytes(value in generate::scenario()) {
        holds(&value, same_seed_same_bytes)?;
    }

    #[test]
    fn the_api_serves_only_tokens_the_server_holds_live(value in generate::scenario()) {
        holds(&value, |json| verdict(json, api_serves_only_live_tokens))?;
    }

    #[test]
    fn nothing_expired_is_ever_accepted(value in generate::scenario()) {
        holds(&value, |json| verdict(json, nothing_expired_is_accepted))?;
    }

    #[test]
    fn a_code_is_never_redeemed_twice_while_codes_are_one_time(value in generate::scenario()) {
        holds(&value, |json| verdict(json, codes_are_redeemed_once))?;
    }

    #[test]
    fn no_token_of_a_replayed_grant_is_accepted(value in generate::scenario()) {
        holds(&value, |json| verdict(json, a_replayed_grant_stays_dead))?;
    }

    #[test]
    fn the_client_never_holds_a_code_after_exchanging_it(value in generate::scenario()) {
        holds(&value, |json| verdict(json, the_client_drops_an_exchanged_code))?;
    }

    #[test]
    fn the_client_forgets_a_code_only_when_it_exchanges_it(value in generate::scenario()) {
        holds(&value, |json| verdict(json, the_client_forgets_a_code_only_by_using_it))?;
    }
}

/// The properties are only as strong as the worlds they see: over a fixed sample the
/// generator must reach the situations they are about (served calls, expired
/// tokens, replays of codes and of refresh tokens, second redemptions with one-time
/// codes off), or they would pass without checking anything.
#[test]
fn generated_scenarios_reach_what_the_invariants_are_about() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let wanted = [
        Topic::ResourceServed,
        Topic::AccessTokenInactive,
        Topic::CodeReplayed,
        Topic::RefreshTokenReplayed,
        Topic::Refreshed,
        Topic::TokenRevoked,
    ];
    let mut reached = HashSet::new();
    let mut second_redemption = false;
    let mut runner = TestRunner::deterministic();
    let strategy = generate::scenario();
    for _ in 0..1500 {
        let value = match strategy.new_tree(&mut runner) {
            Ok(tree) => tree.current(),
            Err(reason) => panic!("the generator gave up: {reason}"),
        };
        let json = file_text(&value);
        let scenario = match scenario::parse(FILE, json.as_bytes()) {
            Ok(scenario) => scenario,
            Err(error) => panic!("a valid generated scenario does not load: {error}\n{json}"),
        };
        let transcript = scenario.run(None);
        reached.extend(transcript.steps.iter().map(|s| s.topic));
        second_redemption |= no_code_redeemed_twice(&transcript).is_err();
    }
    for topic in wanted {
        assert!(reached.contains(&topic), "no sample reached {topic:?}");
    }
    assert!(
        second_redemption,
        "no sample redeemed a code twice with one-time codes off"
    );
}
