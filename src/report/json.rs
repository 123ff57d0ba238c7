//! The JSON report: one object per scenario on one line, with the fields
//! `scenario-format.md` promises and, as extensions, time, topic, memory changes,
//! and every party's memory once, at the end.
//!
//! It is written as the run goes: the line's head, then each step as it is made,
//! then the result and the memory. A step carries what changed, never a copy of
//! everything remembered, so the output grows with the steps, not with their square.

use std::borrow::Cow;
use std::io;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::Verdict;
use crate::escape::JsonFormatter;
use crate::explain::{self, Lang, explain};
use crate::scenario::ScenarioError;
use crate::sim::{
    Action, Actor, By, Change, ErrorCode, Expect, HeaderName, Item, Memory, Message, Method,
    Mismatch, Payload, Problem, Run, StepRecord, Topic, Transcript,
};

/// What the JSON report includes besides the steps themselves.
#[derive(Debug, Clone, Copy)]
pub struct JsonOptions {
    pub lang: Lang,
    /// Each step's explanation (headline, why, next), which is most of a step's text.
    pub explain: bool,
}

/// Writes a run as one JSON line, step by step, and says how it ended.
///
/// # Errors
///
/// Writing to `out` failed.
pub fn write_json(
    mut run: Run,
    file: &str,
    options: JsonOptions,
    out: &mut impl io::Write,
) -> io::Result<Verdict> {
    let mut report = JsonReport::open(run.head(), file, options, out)?;
    for step in run.by_ref() {
        report.step(&step)?;
    }
    report.close()
}

/// A whole transcript as one line of JSON: what [`write_json`] writes for its run.
pub fn json_line(transcript: &Transcript, file: &str, options: JsonOptions) -> String {
    let mut bytes = Vec::new();
    let written = JsonReport::open(transcript, file, options, &mut bytes).and_then(|mut report| {
        for step in &transcript.steps {
            report.step(step)?;
        }
        report.close()
    });
    // Writing to memory fails only if a value cannot be serialized, which these cannot.
    written.map_or_else(
        |_| String::new(),
        |_| String::from_utf8(bytes).unwrap_or_default(),
    )
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
struct JsonReport<'a, W: io::Write> {
    out: &'a mut W,
    options: JsonOptions,
    memory: Memory,
    steps: usize,
    passed: bool,
    /// The step (1-based) whose problem stopped the run, and the problem.
    stopped: Option<(usize, Problem)>,
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
    stopped: &'a Option<Stopped>,
    memory: MemoryOut<'a>,
}

impl<'a, W: io::Write> JsonReport<'a, W> {
    fn open(
        head: &Transcript,
        file: &str,
        options: JsonOptions,
        out: &'a mut W,
    ) -> io::Result<Self> {
        let text = value_text(&Head {
            scenario: &head.title.en,
            file,
            seed: head.seed,
        })?;
        let fields = text.strip_suffix('}').unwrap_or(&text);
        write!(out, "{fields},\"steps\":[")?;
        Ok(Self {
            out,
            options,
            memory: head.memory_after(None),
            steps: 0,
            passed: true,
            stopped: None,
        })
    }

    fn step(&mut self, step: &StepRecord) -> io::Result<()> {
        self.memory.apply(&step.changes);
        self.passed &= step.met() != Some(false);
        if let Some(problem) = &step.problem {
            self.stopped = Some((step.index, problem.clone()));
        }
        if self.steps > 0 {
            self.out.write_all(b",")?;
        }
        self.steps += 1;
        let text = value_text(&StepOut::of(step, self.options))?;
        self.out.write_all(text.as_bytes())
    }

    /// The end of the steps array, the result, the memory and the newline; how the
    /// run ended.
    fn close(self) -> io::Result<Verdict> {
        let stopped = self.stopped.as_ref().map(|(step, problem)| Stopped {
            step: *step,
            path: problem.path(),
            message: problem.to_string(),
        });
        let text = value_text(&End {
            passed: self.passed && stopped.is_none(),
            stopped: &stopped,
            memory: MemoryOut(&self.memory),
        })?;
        let fields = text.strip_prefix('{').unwrap_or(&text);
        writeln!(self.out, "],{fields}")?;
        Ok(match self.stopped {
            Some((_, problem)) => Verdict::Stopped(problem),
            None if self.passed => Verdict::Passed,
            None => Verdict::Failed,
        })
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

/// One step, its fields in the order a reader wants them.
#[derive(Serialize)]
struct StepOut<'a> {
    index: usize,
    #[serde(rename = "do")]
    action: Action,
    by: By,
    status: Option<u16>,
    error: Option<ErrorCode>,
    redirect: Option<bool>,
    expect: &'a Option<Expect>,
    met: Option<bool>,
    mismatches: &'a [Mismatch],
    captured: Captured<'a>,
    problem: Option<String>,
    note: Option<&'a str>,
    at: DateTime<Utc>,
    clock_at_limit: bool,
    topic: Topic,
    chapter: u8,
    rfc: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<explain::Text>,
    messages: Vec<MessageOut<'a>>,
    changes: &'a [Change],
}

impl<'a> StepOut<'a> {
    fn of(step: &'a StepRecord, options: JsonOptions) -> Self {
        let explanation = explain(step.topic);
        Self {
            index: step.index,
            action: step.step.action,
            by: step.step.taker(),
            status: step.outcome.status,
            error: step.outcome.error,
            redirect: step.outcome.redirect,
            expect: &step.step.expect,
            met: step.met(),
            mismatches: &step.mismatches,
            captured: Captured(&step.captured),
            problem: step.problem.as_ref().map(ToString::to_string),
            note: step.step.note_in(options.lang),
            at: step.at,
            clock_at_limit: step.clock_at_limit(),
            topic: step.topic,
            chapter: explanation.chapter.number(),
            rfc: explanation.rfc,
            explain: options.explain.then(|| *explanation.text(options.lang)),
            messages: step.messages.iter().map(MessageOut::of).collect(),
            changes: &step.changes,
        }
    }
}

/// What a step captured: `{"name": value or null}`, in the step's order.
struct Captured<'a>(&'a [(String, Option<String>)]);

impl Serialize for Captured<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// One message as it went: who to whom, when, its start line's parts, headers in
/// wire order and the body text.
#[derive(Serialize)]
struct MessageOut<'a> {
    from: Actor,
    to: Actor,
    at: DateTime<Utc>,
    label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    method: Option<Method>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<u16>,
    headers: WireHeaders,
    body: Cow<'a, str>,
}

impl<'a> MessageOut<'a> {
    fn of(message: &'a Message) -> Self {
        let (method, target, status) = match &message.payload {
            Payload::Request(request) => (Some(request.method), Some(request.target()), None),
            Payload::Response(response) => (None, None, Some(response.status)),
        };
        Self {
            from: message.from,
            to: message.to,
            at: message.at,
            label: message.label(),
            method,
            target,
            status,
            headers: WireHeaders(message.headers()),
            body: message.body().text(),
        }
    }
}

/// Headers as an object in wire order; a header sent more than once has an array of
/// its values, in order (RFC 9110 §5.3: the lines are kept, not combined).
struct WireHeaders(Vec<(HeaderName, String)>);

impl Serialize for WireHeaders {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut names: Vec<&str> = Vec::with_capacity(self.0.len());
        for (name, _) in &self.0 {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                names.push(name);
            }
        }
        let mut map = serializer.serialize_map(Some(names.len()))?;
        for name in names {
            let values: Vec<&str> = self
                .0
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
                .collect();
            match values.as_slice() {
                [one] => map.serialize_entry(name, one)?,
                many => map.serialize_entry(name, many)?,
            }
        }
        map.end()
    }
}

/// What each party remembers; the attacker appears only once it holds something.
struct MemoryOut<'a>(&'a Memory);

impl Serialize for MemoryOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let attacker = Some(Actor::Attacker).filter(|a| self.0.of(*a).next().is_some());
        let mut map = serializer.serialize_map(None)?;
        for actor in Actor::PARTIES.into_iter().chain(attacker) {
            let items: Vec<&Item> = self.0.of(actor).collect();
            map.serialize_entry(actor.as_str(), &items)?;
        }
        map.end()
    }
}
