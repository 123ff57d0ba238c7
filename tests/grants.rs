//! The lessons of the other grants (issue 11, part A) in every output format: the
//! client credentials and device flow lessons as text, JSON, Mermaid and Markdown in
//! both languages, where the phone joins the diagram only once it takes part.

use oauth_sim::explain::Lang;
use oauth_sim::report;
use oauth_sim::scenario::{self, Loaded};

const LESSONS: [&str; 2] = ["client-credentials", "device-flow"];
const LANGS: [(Lang, &str); 2] = [(Lang::EN, "en"), (Lang::KO, "ko")];

fn load(name: &str) -> Loaded {
    match scenario::resolve(name) {
        Ok(loaded) => loaded,
        Err(error) => panic!("{name} does not load: {error}"),
    }
}

#[test]
fn the_lessons_of_the_other_grants_match_their_golden_files_in_every_format() {
    for name in LESSONS {
        let Loaded { file, scenario } = load(name);
        let transcript = scenario.run(None);
        assert!(transcript.passed(), "{name}");
        for (lang, code) in LANGS {
            let mermaid = report::mermaid(&transcript, &file, lang);
            insta::assert_snapshot!(format!("mermaid-{name}-{code}"), mermaid);
            let markdown = report::markdown(&transcript, &file, lang);
            insta::assert_snapshot!(format!("markdown-{name}-{code}"), markdown);
            let options = report::TextOptions { brief: false, lang };
            let text = report::text(&transcript, &file, options);
            insta::assert_snapshot!(format!("text-{name}-{code}"), text);
        }
        let options = report::JsonOptions {
            lang: Lang::EN,
            explain: false,
            strict: None,
        };
        let line = report::json_line(&transcript, &file, options);
        let value: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");
        let pretty = serde_json::to_string_pretty(&value).expect("JSON prints");
        insta::assert_snapshot!(format!("json-{name}"), pretty);
    }
}

#[test]
fn the_phone_joins_the_diagram_only_in_the_device_flow() {
    let device = load("device-flow").scenario.run(None);
    let mermaid = report::mermaid(&device, "device-flow", Lang::EN);
    assert!(mermaid.contains("participant phone as "), "{mermaid}");
    let memory = report::json_line(
        &device,
        "device-flow",
        report::JsonOptions {
            lang: Lang::EN,
            explain: false,
            strict: None,
        },
    );
    assert!(memory.contains("\"phone\":"), "{memory}");
    let credentials = load("client-credentials").scenario.run(None);
    let mermaid = report::mermaid(&credentials, "client-credentials", Lang::EN);
    assert!(!mermaid.contains("participant phone"), "{mermaid}");
}

#[test]
fn each_flow_opens_with_the_parties_that_take_part_in_it() {
    use oauth_sim::sim::Topic;
    for (name, topic) in [
        ("standard-flow", Topic::RolesIntroduced),
        ("client-credentials", Topic::RolesWithoutOwner),
        ("device-flow", Topic::RolesWithPhone),
    ] {
        let transcript = load(name).scenario.run(None);
        assert_eq!(transcript.steps[0].topic, topic, "{name}");
    }
}
