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
                lang: Lang::En,
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
        assert!(!loaded.scenario.title.is_empty(), "{name}");
        assert!(
            loaded.scenario.summary.contains("RFC"),
            "{name}: the summary cites no RFC"
        );
    }
}

#[test]
fn same_seed_same_transcript_other_seed_other_secrets() {
    let Some(Ok(loaded)) = scenario::builtin("standard-flow") else {
        panic!("standard-flow does not load");
    };
    let json = |seed| report::json_line(&loaded.scenario.run(seed), &loaded.file, Lang::En);
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
