//! The JSON report: one object per scenario on one line, with the fields
//! `scenario-format.md` promises and, as extensions, time, topic, memory changes,
//! and every party's memory once, at the end.
//!
//! It is written as the run goes: the line's head, then each step as it is made,
//! then the result and the memory. A step carries what changed, never a copy of
//! everything remembered, so the output grows with the steps, not with their square.

use std::io;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::Verdict;
use super::model::{Renderer, StepView, Tally, render, render_transcript};
use crate::escape::JsonFormatter;
use crate::explain::Lang;
use crate::scenario::ScenarioError;
use crate::sim::{Actor, Item, Memory, Run, StepRecord, Transcript};

/// What the JSON report includes besides the steps themselves.
#[derive(Debug, Clone, Copy)]
pub struct JsonOptions {
    pub lang: Lang,
    /// Each step's explanation (headline, why, next), which is most of a step's text.
    pub explain: bool,
    /// `run --strict`: why the scenario fails even when every expectation holds (it
    /// checks nothing); said in the line's `strict` field, with `passed` false.
    pub strict: Option<&'static str>,
}

/// Writes a run as one JSON line, step by step, and says how it ended.
///
/// # Errors
///
/// Writing to `out` failed.
pub fn write_json(
    run: Run,
    file: &str,
    options: JsonOptions,
    out: &mut impl io::Write,
) -> io::Result<Verdict> {
    render(run, file, &mut JsonRenderer { out, options })
}

/// A whole transcript as one line of JSON: what [`write_json`] writes for its run.
pub fn json_line(transcript: &Transcript, file: &str, options: JsonOptions) -> String {
    let mut bytes = Vec::new();
    let mut renderer = JsonRenderer {
        out: &mut bytes,
        options,
    };
    // Writing to memory fails only if a value cannot be serialized, which these cannot.
    match render_transcript(transcript, file, &mut renderer) {
        Ok(_) => String::from_utf8(bytes).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// One step as a line of JSON, the same object as each element of a run's `steps`
/// (`tally` has seen the step): what `oauth-sim serve` prints for each exchange.
pub fn step_line(step: &StepRecord, tally: &Tally, options: JsonOptions) -> String {
    let view = StepView::of(step, tally.chapter(step), options.lang, options.explain);
    value_text(&view).map_or_else(|_| String::new(), |text| text + "\n")
}

/// The line of a file that could not be used, so a tool reading the stream counts
/// it: `{"file", "passed": false, "error": {"line", "column", "path", "message"}}`.
pub fn json_error_line(error: &ScenarioError) -> String {
    #[derive(Serialize)]
    struct Unusable<'a> {
        file: &'a str,
        passed: bool,
        error: Place<'a>,
    }
    #[derive(Serialize)]
    struct Place<'a> {
        line: Option<usize>,
        column: Option<usize>,
        path: Option<&'a str>,
        message: &'a str,
    }
    let line = Unusable {
        file: &error.file,
        passed: false,
        error: Place {
            line: error.position.map(|(line, _)| line),
            column: error.position.map(|(_, column)| column),
            path: error.path.as_deref(),
            message: &error.message,
        },
    };
    value_text(&line).map_or_else(|_| String::new(), |text| text + "\n")
}

/// One scenario's line while it is written: `{head…, "steps": [step, …], end…}`.
struct JsonRenderer<'a, W: io::Write> {
    out: &'a mut W,
    options: JsonOptions,
}

#[derive(Serialize)]
struct Head<'a> {
    scenario: &'a str,
    file: &'a str,
    seed: u64,
}

#[derive(Serialize)]
struct Stopped {
    step: usize,
    path: String,
    message: String,
}

#[derive(Serialize)]
struct End<'a> {
    passed: bool,
    stopped: Option<Stopped>,
    #[serde(skip_serializing_if = "Option::is_none")]
    strict: Option<&'static str>,
    memory: MemoryOut<'a>,
}

impl<W: io::Write> Renderer for JsonRenderer<'_, W> {
    fn head(&mut self, head: &Transcript, file: &str, _planned: usize) -> io::Result<()> {
        let text = value_text(&Head {
            scenario: head.title.en(),
            file,
            seed: head.seed,
        })?;
        let fields = text.strip_suffix('}').unwrap_or(&text);
        write!(self.out, "{fields},\"steps\":[")
    }

    fn step(&mut self, step: &StepRecord, tally: &Tally) -> io::Result<()> {
        if tally.steps > 1 {
            self.out.write_all(b",")?;
        }
        let chapter = tally.chapter(step);
        let view = StepView::of(step, chapter, self.options.lang, self.options.explain);
        self.out.write_all(value_text(&view)?.as_bytes())
    }

    /// The end of the steps array, the result, the memory and the newline.
    fn end(&mut self, tally: &Tally, memory: &Memory) -> io::Result<()> {
        let stopped = tally.stopped.as_ref().map(|(step, problem)| Stopped {
            step: *step,
            path: problem.path(),
            message: problem.to_string(),
        });
        let strict = self.options.strict.filter(|_| tally.passed());
        let text = value_text(&End {
            passed: tally.passed() && strict.is_none(),
            stopped,
            strict,
            memory: MemoryOut(memory),
        })?;
        let fields = text.strip_prefix('{').unwrap_or(&text);
        writeln!(self.out, "],{fields}")
    }

    fn shows_memory(&self) -> bool {
        true
    }
}

/// A value as JSON text, with every control character escaped (a terminal that
/// shows the line must not act on it).
fn value_text(value: &impl Serialize) -> io::Result<String> {
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, JsonFormatter);
    value.serialize(&mut serializer).map_err(io::Error::other)?;
    String::from_utf8(bytes).map_err(io::Error::other)
}

/// What each party remembers; Alice's phone and the attacker appear only once they
/// hold something.
struct MemoryOut<'a>(&'a Memory);

impl Serialize for MemoryOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for actor in Actor::lanes(|a| self.0.of(a).next().is_some()) {
            let items: Vec<&Item> = self.0.of(actor).collect();
            map.serialize_entry(actor.as_str(), &items)?;
        }
        map.end()
    }
}
