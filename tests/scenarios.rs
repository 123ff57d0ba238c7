//! Every built-in scenario is a golden test: it runs, meets every expectation it
//! states, and its text transcript matches the committed snapshot byte for byte.

use oauth_sim::explain::Lang;
use oauth_sim::report::{self, TextOptions};
use oauth_sim::scenario;

#[test]
fn there_are_at_least_25_builtins_including_the_lesson() {
    let names: Vec<&str> = scenario::builtin_names().collect();
    assert!(names.len() >= 25, "{} built-ins", names.len());
    assert!(names.contains(&"standard-flow"));
}

#[test]
fn every_builtin_meets_its_expectations_and_matches_its_snapshot() {
    for name in scenario::builtin_names() {
        let loaded = match scenario::builtin(name) {
            Some(Ok(loaded)) => loaded,
            other => panic!("{name} does not load: {other:?}"),
        };
        let transcript = loaded.scenario.run(None);
        let text = report::text(
            &transcript,
            &loaded.file,
            TextOptions {
                brief: false,
                lang: Lang::EN,
            },
        );
        assert!(transcript.passed(), "{name} failed:\n{text}");
        assert!(
            transcript.steps.iter().any(|s| s.step.expect.is_some()),
            "{name} checks nothing"
        );
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn every_builtin_has_a_title_and_a_summary_that_teaches() {
    for name in scenario::builtin_names() {
        let Some(Ok(loaded)) = scenario::builtin(name) else {
            panic!("{name} does not load");
        };
        assert!(!loaded.scenario.title.en().is_empty(), "{name}");
        assert!(
            loaded.scenario.summary.en().contains("RFC"),
            "{name}: the summary cites no RFC"
        );
    }
}

#[test]
fn same_seed_same_transcript_other_seed_other_secrets() {
    let Some(Ok(loaded)) = scenario::builtin("standard-flow") else {
        panic!("standard-flow does not load");
    };
    let json = |seed| {
        report::json_line(
            &loaded.scenario.run(seed),
            &loaded.file,
            report::JsonOptions {
                lang: Lang::EN,
                explain: true,
                strict: None,
            },
        )
    };
    assert_eq!(json(None), json(None));
    let (one, two) = (json(Some(1)), json(Some(2)));
    let values = |line: &str| -> Vec<String> {
        let value: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
        value["steps"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|s| s["changes"].as_array().cloned().unwrap_or_default())
            .filter_map(|c| c["item"]["key"].as_str().map(str::to_owned))
            .filter(|k| k.len() >= 22 && !k.contains(' '))
            .collect()
    };
    let (first, second) = (values(&one), values(&two));
    assert!(first.len() >= 8, "{first:?}");
    for value in &first {
        assert!(
            !second.contains(value),
            "{value} did not change with the seed"
        );
    }
}

#[test]
fn every_builtin_speaks_korean_too() {
    let hangul = |text: &str| text.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c));
    for name in scenario::builtin_names() {
        let Some(Ok(loaded)) = scenario::builtin(name) else {
            panic!("{name} does not load");
        };
        let scenario = &loaded.scenario;
        assert!(
            scenario.title_ko.as_deref().is_some_and(hangul),
            "{name}: title_ko"
        );
        assert!(
            scenario.summary_ko.as_deref().is_some_and(hangul),
            "{name}: summary_ko"
        );
        for (i, step) in scenario.steps().iter().enumerate() {
            if step.note.is_some() {
                assert!(
                    step.note_ko.as_deref().is_some_and(hangul),
                    "{name}: steps[{i}].note_ko"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// Raw HTTP control (`headers`, `method`, `token_in`): what each step really sends.
// ---------------------------------------------------------------------------------

mod raw_http_control {
    use std::path::Path;

    use oauth_sim::scenario;
    use oauth_sim::sim::{Body, Method, Request, Transcript};

    /// `tests/fixtures/valid/raw-http-control.json`, run with its own seed.
    fn transcript() -> Transcript {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/valid/raw-http-control.json");
        match scenario::load_file(&path) {
            Ok(loaded) => loaded.scenario.run(None),
            Err(error) => panic!("the fixture loads: {error}"),
        }
    }

    /// The request the step's actor sent first, after the step's edits (for
    /// `authorize`, the browser's request to the authorization server).
    fn sent(transcript: &Transcript, step: usize) -> Request {
        let record = &transcript.steps[step - 1];
        let request = record.messages.iter().find_map(|m| m.request());
        request
            .cloned()
            .unwrap_or_else(|| panic!("step {step} sent a request"))
    }

    fn headers(request: &Request) -> Vec<(&str, &str)> {
        request
            .headers
            .iter()
            .map(|(name, value)| (name.as_ref(), value.as_ref()))
            .collect()
    }

    /// The access token the token step (5) answered with.
    fn access_token(transcript: &Transcript) -> String {
        let answer = transcript.steps[4].messages.last().map(|m| m.body().text());
        let json: serde_json::Value = answer
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        json["access_token"].as_str().unwrap_or_default().to_owned()
    }

    #[test]
    fn a_header_on_authorize_rides_the_browsers_request_to_the_server() {
        let transcript = transcript();
        let request = transcript.steps[0]
            .messages
            .iter()
            .filter_map(|m| m.request())
            .find(|r| r.path == "/authorize")
            .cloned()
            .expect("the browser's GET /authorize");
        assert_eq!(request.path, "/authorize");
        assert_eq!(
            headers(&request),
            [("Referer", "https://evil.example/page")]
        );
    }

    #[test]
    fn a_new_header_is_added_beside_what_the_client_sends() {
        let request = sent(&transcript(), 5);
        assert_eq!(headers(&request), [("X-Request-Id", "42")]);
        assert_eq!(
            request.body.form().value("grant_type"),
            Some("authorization_code")
        );
    }

    #[test]
    fn token_in_query_sends_the_token_in_the_url_and_no_authorization_header() {
        let transcript = transcript();
        let request = sent(&transcript, 6);
        assert_eq!(request.method, Method::Get);
        assert!(!access_token(&transcript).is_empty());
        assert_eq!(
            request.target(),
            format!("/photos?access_token={}", access_token(&transcript))
        );
        assert_eq!(request.header_value("Authorization"), None);
    }

    #[test]
    fn token_in_form_posts_the_token_with_the_other_with_names() {
        let transcript = transcript();
        let request = sent(&transcript, 7);
        assert_eq!(request.method, Method::Post);
        assert_eq!(request.target(), "/photos");
        assert_eq!(
            request.body.text(),
            format!("access_token={}&fields=title", access_token(&transcript))
        );
        assert_eq!(request.header_value("Authorization"), None);
    }

    #[test]
    fn access_token_null_sends_no_token_anywhere() {
        let request = sent(&transcript(), 8);
        assert_eq!(request.target(), "/photos");
        assert!(request.headers.is_empty());
        assert_eq!(request.body, Body::Empty);
    }

    #[test]
    fn a_header_replaces_the_clients_own_in_its_place_and_an_array_repeats_one() {
        let request = sent(&transcript(), 9);
        assert_eq!(
            headers(&request),
            [
                ("authorization", "Bearer not-a-token"),
                ("Cookie", "a=1"),
                ("Cookie", "b=2")
            ]
        );
    }

    #[test]
    fn a_method_override_keeps_the_body_and_a_content_type_replaces_the_derived_one() {
        let transcript = transcript();
        let request = sent(&transcript, 10);
        assert_eq!(request.method, Method::Get);
        assert_eq!(
            request.body.form().value("grant_type"),
            Some("refresh_token")
        );
        let message = &transcript.steps[9].messages[0];
        let content_types: Vec<String> = message
            .headers()
            .into_iter()
            .filter(|(name, _)| name.eq_ignore_ascii_case("Content-Type"))
            .map(|(_, value)| value)
            .collect();
        assert_eq!(content_types, ["text/plain"]);
        assert!(
            message
                .wire()
                .starts_with("GET /token HTTP/1.1\nHost: auth.example\n"),
            "{}",
            message.wire()
        );
    }
}

/// `send` with `raw`: the request goes exactly as written, from whoever `by` names,
/// and the network routes it by its `Host`.
mod raw_requests {
    use oauth_sim::scenario;
    use oauth_sim::sim::Actor;

    #[test]
    fn a_raw_request_goes_as_written_from_its_sender_to_the_host_it_names() {
        let file = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/valid/raw-request.json"
        );
        let text = std::fs::read(file).expect("the fixture");
        let transcript = scenario::parse(file, &text).expect("loads").run(None);
        assert!(transcript.passed());
        let api_call = &transcript.steps[6].messages[0];
        assert_eq!(
            (api_call.from, api_call.to),
            (Actor::Attacker, Actor::ResourceServer)
        );
        let request = api_call.request().expect("a request");
        assert!(request.query.value("access_token").is_some());
        assert!(request.header_value("Authorization").is_none());
        let refresh = transcript.steps[7].messages[0]
            .request()
            .expect("a request");
        assert_eq!(refresh.path, "/token");
        assert!(
            refresh.header_value("Authorization").is_none(),
            "nothing is added"
        );
        assert_eq!(
            refresh.body.form().value("grant_type"),
            Some("refresh_token")
        );
    }

    #[test]
    fn the_api_answers_404_off_its_resource_path_before_it_looks_for_a_token() {
        let file = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/valid/api-other-path.json"
        );
        let text = std::fs::read(file).expect("the fixture");
        let transcript = scenario::parse(file, &text).expect("loads").run(None);
        assert!(transcript.passed());
        assert_eq!(transcript.steps[0].messages.len(), 2, "no introspection");
    }
}
