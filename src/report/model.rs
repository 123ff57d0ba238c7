//! The one report model every output reads: a run is rendered step by step by a
//! [`Renderer`] (text, JSON and the other formats), which sees each step as a
//! [`StepView`] and the result as a [`Tally`]. What a step's fields are called, how
//! a message is labelled and how a verdict is reached is decided here once.
//!
//! The shape follows trippy, whose TUI and every report mode read one data model.

use std::borrow::Cow;
use std::io;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::Verdict;
use crate::explain::{self, Lang, explain_step};
use crate::sim::{
    Action, Actor, By, Change, ErrorCode, Expect, HeaderName, Memory, Message, Method, Mismatch,
    Payload, Problem, Run, Skip, StepRecord, Topic, Transcript,
};

/// An output format: it is told the run's head, then each step as the run makes it,
/// then the result, and writes as it goes.
pub trait Renderer {
    /// Before step 1: the title, seed, start and summary (`head` has no steps).
    ///
    /// # Errors
    ///
    /// Writing failed.
    fn head(&mut self, head: &Transcript, file: &str, planned: usize) -> io::Result<()>;

    /// One step, and the tally including it.
    ///
    /// # Errors
    ///
    /// Writing failed.
    fn step(&mut self, step: &StepRecord, tally: &Tally) -> io::Result<()>;

    /// After the last step: the result, and what everyone remembers at the end
    /// (empty unless [`Renderer::shows_memory`]).
    ///
    /// # Errors
    ///
    /// Writing failed.
    fn end(&mut self, tally: &Tally, memory: &Memory) -> io::Result<()>;

    /// Whether `end` shows the memory: only then is it kept up as the run goes, since
    /// it holds everything every party remembers.
    fn shows_memory(&self) -> bool {
        false
    }
}

/// Runs `run` through `renderer`, one step at a time, and says how it ended.
///
/// # Errors
///
/// The renderer could not write.
pub fn render(mut run: Run, file: &str, renderer: &mut impl Renderer) -> io::Result<Verdict> {
    let planned = run.total();
    renderer.head(run.head(), file, planned)?;
    let keep = renderer.shows_memory();
    let mut memory = if keep {
        run.head().memory_after(None)
    } else {
        Memory::default()
    };
    let mut tally = Tally::new(planned);
    for step in run.by_ref() {
        if keep {
            memory.apply(&step.changes);
        }
        tally.see(&step);
        renderer.step(&step, &tally)?;
    }
    renderer.end(&tally, &memory)?;
    Ok(tally.verdict())
}

/// Renders a whole transcript already made, as [`render`] would its run.
///
/// # Errors
///
/// The renderer could not write.
pub fn render_transcript(
    transcript: &Transcript,
    file: &str,
    renderer: &mut impl Renderer,
) -> io::Result<Verdict> {
    renderer.head(transcript, file, transcript.planned)?;
    let mut memory = transcript.memory_after(None);
    let mut tally = Tally::new(transcript.planned);
    for step in &transcript.steps {
        memory.apply(&step.changes);
        tally.see(step);
        renderer.step(step, &tally)?;
    }
    renderer.end(&tally, &memory)?;
    Ok(tally.verdict())
}

/// How the run is going: steps seen, expectations checked, which failed, and what
/// stopped it.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// How many steps the scenario has.
    pub planned: usize,
    pub steps: usize,
    /// Steps whose expectation was checked.
    pub checked: usize,
    /// The 1-based index of each step whose expectation did not hold.
    pub failed: Vec<usize>,
    /// The step (1-based) whose problem stopped the run, and the problem.
    pub stopped: Option<(usize, Problem)>,
    /// The lesson chapter of the step seen last ([`explain::Teller`]: it never goes
    /// back), which every format shows beside the step.
    chapter: Option<explain::Chapter>,
    /// What tells the chapters of the steps seen.
    teller: explain::Teller,
    /// Steps the client skipped (it had stopped its flow).
    pub skipped: usize,
    /// Skipped steps whose expectation was not checked (it did not say `skipped`).
    pub unchecked: usize,
}

impl Tally {
    pub fn new(planned: usize) -> Self {
        Self {
            planned,
            ..Self::default()
        }
    }

    /// Counts a step made, and the chapter it is told in.
    pub fn see(&mut self, step: &StepRecord) {
        self.steps += 1;
        self.chapter = Some(self.teller.tell(step));
        if let Some(problem) = &step.problem {
            self.stopped = Some((step.index, problem.clone()));
        }
        self.skipped += usize::from(step.skipped.is_some());
        self.unchecked += usize::from(step.unchecked());
        match step.met() {
            Some(true) => self.checked += 1,
            Some(false) => {
                self.checked += 1;
                self.failed.push(step.index);
            }
            None => {}
        }
    }

    /// The chapter `step` is told in: the one reached when it was seen, or its own
    /// when the tally has not seen it.
    pub fn chapter(&self, step: &StepRecord) -> explain::Chapter {
        self.chapter
            .filter(|_| self.steps == step.index)
            .unwrap_or_else(|| explain::next_chapter(None, step))
    }

    /// Whether every expectation so far held, nothing stopped the run, and the
    /// scenario did not have all its expectations on skipped steps.
    pub fn passed(&self) -> bool {
        self.failed.is_empty() && self.stopped.is_none() && !self.checked_nothing()
    }

    /// Whether the scenario's expectations were all on skipped steps, none saying
    /// `"skipped": true`: it tested nothing, so it does not pass (`Transcript::passed`).
    pub fn checked_nothing(&self) -> bool {
        self.checked == 0 && self.unchecked > 0
    }

    pub fn verdict(&self) -> Verdict {
        match &self.stopped {
            Some((_, problem)) => Verdict::Stopped(problem.clone()),
            None if self.passed() => Verdict::Passed,
            None => Verdict::Failed,
        }
    }
}

/// One step, its fields named and ordered as every format shows them.
#[derive(Serialize)]
pub struct StepView<'a> {
    pub index: usize,
    #[serde(rename = "do")]
    pub action: Action,
    pub by: By,
    pub status: Option<u16>,
    pub error: Option<ErrorCode>,
    pub redirect: Option<bool>,
    pub expect: Option<&'a Expect>,
    pub met: Option<bool>,
    pub mismatches: &'a [Mismatch],
    pub captured: Captured<'a>,
    pub problem: Option<String>,
    /// Why the client did not take the step; left out when it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<Skip>,
    pub note: Option<&'a str>,
    pub at: DateTime<Utc>,
    pub clock_at_limit: bool,
    pub topic: Topic,
    pub chapter: u8,
    pub rfc: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<explain::Text>,
    pub messages: Vec<MessageView<'a>>,
    pub changes: &'a [Change],
}

impl<'a> StepView<'a> {
    /// The view of a step in `lang`, told in `chapter`; the explanation only when
    /// asked for. Its messages' labels stay English: this view is the JSON line, data
    /// for tools.
    pub fn of(
        step: &'a StepRecord,
        chapter: explain::Chapter,
        lang: Lang,
        with_explanation: bool,
    ) -> Self {
        let explanation = explain_step(step);
        Self {
            index: step.index,
            action: step.step.action,
            by: step.step.taker(),
            status: step.outcome.status,
            error: step.outcome.error,
            redirect: step.outcome.redirect,
            expect: step.step.expect.as_deref(),
            met: step.met(),
            mismatches: &step.mismatches,
            captured: Captured(&step.captured),
            problem: step.problem.as_ref().map(ToString::to_string),
            skipped: step.skipped.as_deref().copied(),
            note: step.step.note_in(lang),
            at: step.at,
            clock_at_limit: step.clock_at_limit(),
            topic: step.topic,
            chapter: chapter.number(),
            rfc: explanation.rfc,
            explain: with_explanation.then(|| explanation.text(lang)),
            messages: step
                .messages
                .iter()
                .map(|m| MessageView::of(m, Lang::EN))
                .collect(),
            changes: &step.changes,
        }
    }
}

/// What a step captured: `{"name": value or null}`, in the step's order.
pub struct Captured<'a>(pub &'a [(String, Option<String>)]);

impl Serialize for Captured<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// One message as it went: who to whom, when, the arrow's label, its start line's
/// parts, the headers in wire order and the body text.
#[derive(Serialize)]
pub struct MessageView<'a> {
    pub from: Actor,
    pub to: Actor,
    pub at: DateTime<Utc>,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    pub headers: WireHeaders,
    pub body: Cow<'a, str>,
    /// A failed answer: a 4xx/5xx status or an OAuth error.
    #[serde(skip)]
    pub failure: bool,
    /// The request or status line, as on the wire.
    #[serde(skip)]
    pub start_line: String,
}

impl<'a> MessageView<'a> {
    /// The view of `message`, its arrow labelled in `lang`.
    pub fn of(message: &'a Message, lang: Lang) -> Self {
        let (method, target, status) = match &message.payload {
            Payload::Request(request) => (Some(request.method), Some(request.target()), None),
            Payload::Response(response) => (None, None, Some(response.status)),
        };
        Self {
            from: message.from,
            to: message.to,
            at: message.at,
            label: explain::label(lang, message),
            method,
            target,
            status,
            headers: WireHeaders(message.headers()),
            body: message.body().text(),
            failure: message.is_failure(),
            start_line: message.start_line(),
        }
    }
}

/// Headers in wire order. As JSON, an object whose repeated header has an array of
/// its values, in order (RFC 9110 §5.3: the lines are kept, not combined).
pub struct WireHeaders(pub Vec<(HeaderName, String)>);

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

/// A step's outcome in the scenario file's words: `status 400`, `error
/// invalid_request`, `redirect false`, each present only when the step has it.
pub fn outcome_parts(step: &StepRecord) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(status) = step.outcome.status {
        parts.push(format!("status {status}"));
        let error = step.outcome.error.map_or("null", |e| e.as_str());
        parts.push(format!("error {error}"));
    }
    if let Some(redirect) = step.outcome.redirect {
        parts.push(format!("redirect {redirect}"));
    }
    parts
}

/// The parties a transcript shows: the four of every flow, and Alice's phone and
/// the attacker when they take part (a message to or from them, or anything they
/// remember).
pub fn parties(transcript: &Transcript) -> Vec<Actor> {
    Actor::lanes(|actor| {
        let in_messages = transcript
            .steps
            .iter()
            .any(|s| s.messages.iter().any(|m| m.from == actor || m.to == actor));
        let remembers = transcript
            .steps
            .iter()
            .flat_map(|s| &s.changes)
            .chain(&transcript.initial)
            .any(|c| c.actor == actor);
        in_messages || remembers
    })
}
