//! Writing a scenario back as a file: the TUI saves a "what if" branch as a test that
//! `oauth-sim run` passes. The file is the scenario's own serde form, so whatever the
//! loader reads back is exactly the scenario that was run (same steps, same world,
//! same seed), and the outcomes the run produced become each step's `expect`.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::Scenario;
use crate::sim::{Expect, Outcome, StepRecord, Transcript};

/// How many numbered names `save_new` tries before it gives up.
const MAX_NAMES: usize = 1000;

/// `scenario` with every step's `expect` replaced by what `transcript` (a run of
/// it) produced: a skipped step must be skipped, a step that answered must answer
/// the same status, error and redirect. Steps that send nothing keep no `expect`.
#[must_use]
pub fn with_outcomes(scenario: &Scenario, transcript: &Transcript) -> Scenario {
    let mut steps = scenario.steps().into_owned();
    for (step, record) in steps.iter_mut().zip(&transcript.steps) {
        std::sync::Arc::make_mut(step).expect = expect_of(record).map(Box::new);
    }
    let mut saved = scenario.clone();
    saved.steps = Some(steps);
    saved
}

/// What a step must produce to be the step that ran.
fn expect_of(record: &StepRecord) -> Option<Expect> {
    if record.skipped.is_some() {
        return Some(Expect {
            skipped: Some(true),
            ..Expect::default()
        });
    }
    let Outcome {
        status,
        error,
        redirect,
    } = record.outcome;
    let status = status?;
    Some(Expect {
        status: Some(status),
        error: Some(error),
        redirect,
        ..Expect::default()
    })
}

/// The scenario as the JSON text of a file: pretty, with a final line feed, and
/// without `lab` (a branch is no longer one half of an attack-lab pair: its defense
/// may have been flipped).
///
/// # Errors
///
/// Never for a scenario that was loaded; serde's error is passed on all the same.
pub fn to_json(scenario: &Scenario) -> serde_json::Result<String> {
    let mut value = to_value(scenario)?;
    if let Value::Object(fields) = &mut value {
        fields.remove("lab");
    }
    serde_json::to_string_pretty(&value).map(|text| text + "\n")
}

/// The scenario as a JSON value, with its steps written out (the standard flow too),
/// so a step can be edited by index.
///
/// # Errors
///
/// As [`to_json`].
pub fn to_value(scenario: &Scenario) -> serde_json::Result<Value> {
    let mut full = scenario.clone();
    full.steps = Some(scenario.steps().into_owned());
    serde_json::to_value(&full)
}

/// Writes `text` to a new file in `dir` named after `stem` (`stem.json`, or
/// `stem-2.json`, `stem-3.json`, … when taken), never over an existing file: the
/// file is created with `O_EXCL` (POSIX `open`), so a name taken meanwhile is not
/// overwritten either.
///
/// # Errors
///
/// The directory cannot be written (read-only, missing), or every name is taken.
pub fn save_new(dir: &Path, stem: &str, text: &str) -> io::Result<PathBuf> {
    for n in 1..=MAX_NAMES {
        let name = if n == 1 {
            format!("{stem}.json")
        } else {
            format!("{stem}-{n}.json")
        };
        let path = dir.join(name);
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                file.write_all(text.as_bytes())?;
                return Ok(path);
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{stem}.json and {MAX_NAMES} numbered names are taken"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{TextOptions, text};
    use crate::scenario::{builtin, builtin_names, parse};
    use crate::text::Lang;

    fn report(scenario: &Scenario) -> String {
        let options = TextOptions {
            brief: false,
            lang: Lang::EN,
        };
        text(&scenario.run(None), "f", options)
    }

    #[test]
    fn every_builtin_written_out_loads_back_and_runs_to_the_same_bytes() {
        for name in builtin_names() {
            let Some(Ok(loaded)) = builtin(name) else {
                panic!("{name} does not load");
            };
            let json = to_json(&loaded.scenario).unwrap_or_default();
            let back = parse(name, json.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(report(&back), report(&loaded.scenario), "{name}");
        }
    }

    #[test]
    fn a_saved_branch_expects_what_it_produced_and_passes() {
        let Some(Ok(loaded)) = builtin("standard-flow") else {
            panic!("standard-flow does not load");
        };
        let branch = loaded.scenario.with_param(4, "decision", "deny");
        let saved = with_outcomes(&branch, &branch.run(None));
        let json = to_json(&saved).unwrap_or_default();
        let back = parse("saved", json.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        let run = back.run(None);
        assert!(run.passed());
        assert!(run.steps.iter().any(|s| s.skipped.is_some()));
        assert_eq!(report(&back), report(&saved));
    }

    #[test]
    fn saving_never_overwrites_a_file() {
        let dir = std::env::temp_dir().join(format!("oauth-sim-write-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let first = save_new(&dir, "b", "1").ok();
        let second = save_new(&dir, "b", "2").ok();
        let kept = std::fs::read_to_string(dir.join("b.json")).ok();
        std::fs::remove_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(first, Some(dir.join("b.json")));
        assert_eq!(second, Some(dir.join("b-2.json")));
        assert_eq!(kept.as_deref(), Some("1"));
    }

    #[test]
    fn a_directory_that_cannot_be_written_is_an_error_not_a_panic() {
        let missing = Path::new("/nonexistent-oauth-sim-dir");
        assert!(save_new(missing, "b", "x").is_err());
    }
}
