//! Inputs as large as the format allows behave as small ones do: every parameter of a
//! 100,000-parameter step is sent, in order; a scope of 60,000 values is granted as
//! asked; a long run of refreshes and replays ends as it should. Each of these took
//! seconds to minutes while a cost grew with the square of its input (a parameter, a
//! scope value, a remembered token looked up by a walk over the others); the times
//! themselves are measured by `cargo bench`, not here.

use oauth_sim::scenario;
use oauth_sim::sim::{Payload, Transcript};

fn run(text: &str) -> Transcript {
    match scenario::parse("scale.json", text.as_bytes()) {
        Ok(scenario) => scenario.run(None),
        Err(error) => panic!("the scenario does not load: {error}"),
    }
}

/// The query of the browser's `GET /authorize` at step `index` (0-based).
fn authorize_query(transcript: &Transcript, index: usize) -> Vec<(String, String)> {
    transcript.steps[index]
        .messages
        .iter()
        .find_map(|m| match &m.payload {
            Payload::Request(r) if r.path == "/authorize" => Some(
                r.query
                    .iter()
                    .map(|(n, v)| (n.to_owned(), v.to_owned()))
                    .collect(),
            ),
            _ => None,
        })
        .unwrap_or_default()
}

/// A three-character name for `i` (0 to 62³ − 1), so that 100,000 parameters fit in
/// the 1 MiB a file may hold.
fn short_name(i: usize) -> String {
    let alphabet: Vec<char> = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
    let n = alphabet.len();
    [i / (n * n), i / n % n, i % n]
        .iter()
        .map(|d| alphabet[*d])
        .collect()
}

#[test]
fn every_one_of_a_hundred_thousand_parameters_is_sent_in_file_order() {
    let names: Vec<String> = (0..100_000).map(short_name).collect();
    let with: Vec<String> = names.iter().map(|n| format!(r#""{n}":"""#)).collect();
    let text = format!(
        r#"{{"title":"Wide","steps":[{{"do":"register"}},{{"do":"authorize","with":{{{},"state":null}}}}]}}"#,
        with.join(",")
    );
    let transcript = run(&text);
    let query = authorize_query(&transcript, 1);
    let sent: Vec<&str> = query.iter().map(|(n, _)| n.as_str()).collect();
    let first = sent
        .iter()
        .position(|n| *n == names[0])
        .unwrap_or(sent.len());
    let added = &sent[first..];
    assert_eq!(added.len(), names.len());
    assert!(added.iter().zip(&names).all(|(a, b)| a == b));
    assert!(
        query.iter().all(|(n, _)| n != "state"),
        "null leaves it out"
    );
    assert!(query.iter().any(|(n, _)| n == "client_id"));
}

#[test]
fn a_parameter_given_twice_among_many_is_still_found() {
    let with: Vec<String> = (0..50_000).map(|i| format!(r#""p{i}":"v""#)).collect();
    let text = format!(
        r#"{{"title":"Twice","steps":[{{"do":"register"}},{{"do":"authorize","with":{{{},"p7":"again"}}}}]}}"#,
        with.join(",")
    );
    match scenario::parse("twice.json", text.as_bytes()) {
        Ok(_) => panic!("a parameter given twice must be refused"),
        Err(error) => assert!(
            error.to_string().contains("parameter `p7` is given twice"),
            "{error}"
        ),
    }
}

#[test]
fn a_scope_of_sixty_thousand_values_is_granted_as_asked() {
    let values: Vec<String> = (0..60_000).map(|i| format!("s{i}")).collect();
    let scopes = serde_json::to_string(&values).unwrap_or_default();
    let scope = values.join(" ");
    let text = format!(
        r#"{{"title":"Broad","server":{{"scopes":{scopes}}},"client":{{"scope":"{scope}"}},
            "resource":{{"required_scope":"s59999"}},
            "steps":[{{"do":"register"}},{{"do":"authorize"}},{{"do":"login"}},{{"do":"consent"}},
                     {{"do":"callback"}},{{"do":"token","expect":{{"status":200}}}},
                     {{"do":"call_api","expect":{{"status":200}}}}]}}"#
    );
    let transcript = run(&text);
    assert!(transcript.passed());
    let token_answer = transcript.steps[5].messages[1].body().text().into_owned();
    assert!(token_answer.contains(&scope), "the whole scope is granted");
}

#[test]
fn thousands_of_refreshes_then_a_replay_revoke_the_whole_family() {
    let mut steps: Vec<&str> = vec![
        r#"{"do":"register"}"#,
        r#"{"do":"authorize"}"#,
        r#"{"do":"login"}"#,
        r#"{"do":"consent"}"#,
        r#"{"do":"callback"}"#,
        r#"{"do":"token"}"#,
    ];
    steps.extend(std::iter::repeat_n(r#"{"do":"refresh"}"#, 5_000));
    steps.push(
        r#"{"do":"refresh","with":{"refresh_token":"$previous_refresh_token"},
            "expect":{"status":400,"error":"invalid_grant"}}"#,
    );
    steps.push(r#"{"do":"call_api","expect":{"status":401,"error":"invalid_token"}}"#);
    let text = format!(r#"{{"title":"Long","steps":[{}]}}"#, steps.join(","));
    let transcript = run(&text);
    assert!(transcript.passed(), "the replay revokes the live token");
}
