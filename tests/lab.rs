//! The attack lab: every attack is a pair of built-ins that differ only in one
//! defense. Both runs meet their expectations, and the attacker ends up holding
//! Alice's access token or her photos only when the defense is off. What the
//! attacker holds is read here from its memory at the end of the run, independently
//! of the library's own `Gain`.

use std::process::Command;

use oauth_sim::scenario::{self, Loaded};
use oauth_sim::sim::{Actor, ItemKind, Status, Transcript};
use serde_json::Value;

/// Every lab pair: (attack slug, undefended, defended).
fn pairs() -> Vec<(String, Loaded, Loaded)> {
    let undefended: Vec<String> = scenario::builtin_names()
        .filter_map(|n| n.strip_prefix("lab-")?.strip_suffix("-undefended"))
        .map(str::to_owned)
        .collect();
    undefended
        .into_iter()
        .map(|slug| {
            let load = |name: String| match scenario::builtin(&name) {
                Some(Ok(loaded)) => loaded,
                other => panic!("{name} does not load: {other:?}"),
            };
            let off = load(format!("lab-{slug}-undefended"));
            let on = load(format!("lab-{slug}-defended"));
            (slug, off, on)
        })
        .collect()
}

/// Whether the attacker's memory after the last step holds Alice's photos, or an
/// access token the authorization server still holds as live and unexpired.
fn attacker_holds_alices_token_or_photos(transcript: &Transcript) -> bool {
    let last = transcript.steps.len() - 1;
    let memory = transcript.memory_after(Some(last));
    let now = transcript.steps[last].at;
    let live_at_server = |key: &str| {
        memory.of(Actor::AuthorizationServer).any(|item| {
            item.kind == ItemKind::AccessToken
                && item.key == key
                && item.status == Status::Live
                && !item.is_expired(now)
        })
    };
    memory.of(Actor::Attacker).any(|item| match item.kind {
        ItemKind::Resource => item.key.starts_with("alice's photos"),
        ItemKind::AccessToken => live_at_server(&item.key),
        _ => false,
    })
}

#[test]
fn the_lab_has_at_least_eight_attacks_and_every_lab_builtin_has_its_partner() {
    let pairs = pairs();
    assert!(pairs.len() >= 8, "{} pairs", pairs.len());
    let lab_files = scenario::builtin_names()
        .filter(|n| n.starts_with("lab-"))
        .count();
    assert_eq!(
        lab_files,
        2 * pairs.len(),
        "a lab built-in without its pair"
    );
}

#[test]
fn each_attack_succeeds_only_with_its_defense_off() {
    for (slug, off, on) in pairs() {
        let undefended = off.scenario.run(None);
        let defended = on.scenario.run(None);
        assert!(undefended.passed(), "{slug}: the undefended run fails");
        assert!(defended.passed(), "{slug}: the defended run fails");
        assert!(
            attacker_holds_alices_token_or_photos(&undefended),
            "{slug}: with the defense off the attacker gains nothing"
        );
        assert!(
            !attacker_holds_alices_token_or_photos(&defended),
            "{slug}: with the defense on the attacker still gains"
        );
    }
}

#[test]
fn every_attack_ends_with_the_attacker_using_what_it_got() {
    for (slug, off, on) in pairs() {
        for loaded in [off, on] {
            let steps = loaded.scenario.steps();
            let last = steps
                .last()
                .map(|s| (s.action.as_str(), s.taker().as_str()));
            assert!(
                matches!(last, Some(("call_api" | "visit", "attacker"))),
                "{slug}: ends with {last:?}"
            );
        }
    }
}

#[test]
fn every_lab_step_teaches_with_a_note_in_both_languages() {
    for (slug, off, on) in pairs() {
        for loaded in [off, on] {
            for (i, step) in loaded.scenario.steps().iter().enumerate() {
                assert!(
                    step.note.is_some() && step.note_ko.is_some(),
                    "{slug}: steps[{i}] has no note in both languages"
                );
            }
        }
    }
}

/// The paths where two JSON values differ, as `a.b[2].c`.
fn differences(a: &Value, b: &Value, path: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                let null = Value::Null;
                let next = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                differences(
                    x.get(key).unwrap_or(&null),
                    y.get(key).unwrap_or(&null),
                    &next,
                    out,
                );
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                differences(p, q, &format!("{path}[{i}]"), out);
            }
        }
        _ if a != b => out.push(path.to_owned()),
        _ => {}
    }
}

/// A scenario as JSON without what may differ within a pair: its words, its lab
/// object, and each step's expectation and note.
fn comparable(loaded: &Loaded) -> Value {
    let mut value = serde_json::to_value(&loaded.scenario).expect("a scenario serializes");
    if let Some(object) = value.as_object_mut() {
        for key in ["title", "title_ko", "summary", "summary_ko", "lab"] {
            object.remove(key);
        }
    }
    if let Some(steps) = value.get_mut("steps").and_then(Value::as_array_mut) {
        for step in steps.iter_mut().filter_map(Value::as_object_mut) {
            for key in ["expect", "note", "note_ko"] {
                step.remove(key);
            }
        }
    }
    value
}

#[test]
fn the_two_halves_of_a_pair_differ_only_in_the_defense_field() {
    for (slug, off, on) in pairs() {
        let (Some(lab_off), Some(lab_on)) = (&off.scenario.lab, &on.scenario.lab) else {
            panic!("{slug}: a half has no lab object");
        };
        assert!(
            !lab_off.defended && lab_on.defended,
            "{slug}: defended flags"
        );
        assert_eq!(
            (&lab_off.attack, &lab_off.section, &lab_off.defense),
            (&lab_on.attack, &lab_on.section, &lab_on.defense),
            "{slug}: the halves describe different attacks"
        );
        let mut found = Vec::new();
        differences(&comparable(&off), &comparable(&on), "", &mut found);
        assert_eq!(found, std::slice::from_ref(&lab_off.defense), "{slug}");
    }
}

fn list_lab(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(["list", "--lab"])
        .args(args)
        .output()
        .expect("the binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn list_lab_json_reports_what_each_run_gave_the_attacker() {
    let (code, stdout, stderr) = list_lab(&["--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let rows: Vec<Value> = serde_json::from_str(&stdout).expect("one JSON array");
    assert_eq!(rows.len(), pairs().len());
    for row in &rows {
        let gained = |half: &str| row[half]["gained"].as_str().unwrap_or_default().to_owned();
        assert!(
            ["resource", "access_token"].contains(&gained("undefended").as_str()),
            "{row}"
        );
        assert_eq!(gained("defended"), "nothing", "{row}");
        assert_eq!(row["undefended"]["passed"], true, "{row}");
        assert_eq!(row["defended"]["passed"], true, "{row}");
        let section = row["section"].as_str().unwrap_or_default();
        assert!(section.starts_with("§4."), "{row}");
        let defense = row["defense"].as_str().unwrap_or_default();
        assert!(
            ["client.", "server.", "resource."]
                .iter()
                .any(|p| defense.starts_with(p)),
            "{row}"
        );
    }
}

#[test]
fn list_lab_text_has_a_header_and_one_row_per_attack_in_both_languages() {
    let (code, english, _) = list_lab(&[]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = english.lines().collect();
    assert!(lines[0].starts_with("attack"), "{english}");
    assert_eq!(lines.len(), 1 + pairs().len(), "{english}");
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.ends_with("attack fails") && l.contains("attacker ")),
        "{english}"
    );
    let (code, korean, _) = list_lab(&["--lang", "ko"]);
    assert_eq!(code, 0);
    assert!(korean.starts_with("공격"), "{korean}");
    assert!(korean.contains("인가 코드 주입"), "{korean}");
}

#[test]
fn format_without_lab_is_a_usage_error() {
    let output = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(["list", "--format", "json"])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--lab"), "{stderr}");
}
