//! The Mermaid report: a run as a `sequenceDiagram`, one participant per party that
//! takes part, one arrow per message (a request `->>`, an answer `-->>`, a failed
//! answer or one the client refused `--x`), and notes for the scenario's notes, the
//! clock's waits, each expectation not met and the result. A step whose expectation
//! failed is shaded.
//!
//! It is written as the run goes. The four parties of every flow are declared at the
//! start; the attacker, who takes part only in some scenarios, is declared when it
//! first sends, receives or remembers something (Mermaid adds it as the rightmost
//! lifeline), so nothing has to look ahead and one step is held at a time.

mod escape;
pub(crate) mod words;

use std::fmt::Write as _;
use std::io;

pub use words::{mismatch, party, result, stopped};

use super::Verdict;
use super::model::{Renderer, Tally, parties, render, render_transcript};
use crate::explain::Lang;
use crate::explain::words::stopped_reason;
use crate::sim::{Actor, Memory, Message, Payload, Run, StepRecord, Transcript};

/// The most text Mermaid draws with its default configuration (`maxTextSize`); a
/// longer diagram shows an error instead, on GitHub too.
pub const MERMAID_MAX_TEXT: usize = 50_000;

/// Room kept under a size limit for the note that says where the diagram stops and
/// for the closing note.
const CLOSING_ROOM: usize = 1_000;

/// The fill of a step whose expectation failed: a light red that both the light and
/// the dark theme keep readable.
const FAILED_FILL: &str = "rgba(255, 80, 80, 0.15)";

/// Runs `run` and writes it as a Mermaid sequence diagram, step by step.
///
/// # Errors
///
/// `out` refused what was written.
pub fn write_mermaid(
    run: Run,
    file: &str,
    lang: Lang,
    out: &mut impl io::Write,
) -> io::Result<Verdict> {
    render(run, file, &mut Diagram::new(out, lang))
}

/// A whole transcript as the diagram [`write_mermaid`] writes for its run.
pub fn mermaid(transcript: &Transcript, file: &str, lang: Lang) -> String {
    let mut bytes = Vec::new();
    // Writing to memory cannot fail.
    let _ = render_transcript(transcript, file, &mut Diagram::new(&mut bytes, lang));
    String::from_utf8(bytes).unwrap_or_default()
}

/// The diagram as it is written.
pub struct Diagram<'a, W: io::Write> {
    out: &'a mut W,
    lang: Lang,
    /// Whether the diagram opens with the scenario's title (a document around it
    /// may already show the title).
    titled: bool,
    /// The most characters to write, when the diagram must stay drawable.
    limit: Option<usize>,
    written: usize,
    /// The parties declared so far, in lifeline order.
    declared: Vec<Actor>,
    /// Whether the limit was reached, so the steps after it are not drawn.
    cut: bool,
}

impl<'a, W: io::Write> Diagram<'a, W> {
    pub fn new(out: &'a mut W, lang: Lang) -> Self {
        Self {
            out,
            lang,
            titled: true,
            limit: None,
            written: 0,
            declared: Vec::new(),
            cut: false,
        }
    }

    /// The diagram for inside a document: no title of its own, and no longer than
    /// Mermaid draws ([`MERMAID_MAX_TEXT`]); the steps past that are left out and a
    /// note says so.
    pub fn embedded(out: &'a mut W, lang: Lang) -> Self {
        Self {
            titled: false,
            limit: Some(MERMAID_MAX_TEXT),
            ..Self::new(out, lang)
        }
    }

    fn write(&mut self, text: &str) -> io::Result<()> {
        self.written += text.len();
        self.out.write_all(text.as_bytes())
    }

    /// `Note over <first>,<last>: text`, across every lifeline declared so far.
    fn note(&self, out: &mut String, text: &str) {
        let first = self.declared.first().map_or("client", |a| a.as_str());
        let last = self.declared.last().map_or("client", |a| a.as_str());
        let _ = writeln!(out, "    Note over {first},{last}: {}", escape::note(text));
    }

    /// Declares `actor` if it is not yet.
    fn declare(&mut self, out: &mut String, actor: Actor) {
        if !self.declared.contains(&actor) {
            let _ = writeln!(
                out,
                "    participant {} as {}",
                actor.as_str(),
                escape::line(party(self.lang, actor))
            );
            self.declared.push(actor);
        }
    }

    /// The step's statements: the phone's and the attacker's declarations when they
    /// first take part,
    /// the waits and notes, the arrows, and what failed, shaded when it did.
    fn step_text(&mut self, step: &StepRecord) -> String {
        let mut out = String::new();
        for late in [Actor::Phone, Actor::Attacker] {
            let joins = step.messages.iter().any(|m| m.from == late || m.to == late)
                || step.changes.iter().any(|c| c.actor == late);
            if joins {
                self.declare(&mut out, late);
            }
        }
        let failed = step.met() == Some(false);
        if failed {
            let _ = writeln!(out, "    rect {FAILED_FILL}");
        }
        let number = format!("{} · ", step.index);
        let mut numbered = false;
        let mut numbered_note = |text: &str| {
            let prefix = if numbered { "" } else { &number };
            numbered = true;
            format!("{prefix}{text}")
        };
        if let Some(seconds) = step.step.seconds {
            self.note(&mut out, &numbered_note(&words::waited(self.lang, seconds)));
            if step.clock_at_limit() {
                self.note(&mut out, words::clock_at_limit(self.lang));
            }
        }
        if let Some(note) = step
            .step
            .note_in(self.lang)
            .filter(|n| !n.trim().is_empty())
        {
            self.note(&mut out, &numbered_note(note));
        }
        for (index, message) in step.messages.iter().enumerate() {
            arrow(
                &mut out,
                message,
                crate::explain::drawn_as_refusal(step, index),
                &numbered_note(&crate::explain::label(self.lang, message)),
            );
        }
        if let Some(skip) = &step.skipped {
            let text = format!(
                "{}: {}",
                crate::explain::words::skipped(self.lang),
                crate::explain::words::skip_reason(self.lang, skip)
            );
            self.note(&mut out, &numbered_note(&text));
        }
        if let Some(problem) = &step.problem {
            let text = words::stopped(self.lang, &stopped_reason(self.lang, problem));
            self.note(&mut out, &numbered_note(&format!("✗ {text}")));
        }
        for mismatch in &step.mismatches {
            let text = words::mismatch(self.lang, mismatch);
            self.note(&mut out, &numbered_note(&format!("✗ {text}")));
        }
        if failed {
            out.push_str("    end\n");
        }
        out
    }
}

/// One message as an arrow from its sender to its receiver, labelled as every
/// format labels it; `refused` draws an answer as a refusal
/// (`explain::drawn_as_refusal`).
fn arrow(out: &mut String, message: &Message, refused: bool, label: &str) {
    let shape = match &message.payload {
        Payload::Request(_) => "->>",
        Payload::Response(_) if refused => "--x",
        Payload::Response(_) => "-->>",
    };
    let _ = writeln!(
        out,
        "    {}{shape}{}: {}",
        message.from.as_str(),
        message.to.as_str(),
        escape::line(label)
    );
}

impl<W: io::Write> Renderer for Diagram<'_, W> {
    fn head(&mut self, head: &Transcript, _file: &str, _planned: usize) -> io::Result<()> {
        let mut out = String::from("sequenceDiagram\n");
        if self.titled {
            let _ = writeln!(out, "    title {}", escape::line(head.title.get(self.lang)));
        }
        for actor in parties(head) {
            self.declare(&mut out, actor);
        }
        self.write(&out)
    }

    fn step(&mut self, step: &StepRecord, tally: &Tally) -> io::Result<()> {
        if self.cut {
            return Ok(());
        }
        let declared = self.declared.len();
        let text = self.step_text(step);
        let fits = self
            .limit
            .is_none_or(|limit| self.written + text.len() + CLOSING_ROOM <= limit);
        if fits {
            return self.write(&text);
        }
        self.declared.truncate(declared);
        self.cut = true;
        let mut out = String::new();
        self.note(&mut out, &words::cut(self.lang, step.index, tally.planned));
        self.write(&out)
    }

    fn end(&mut self, tally: &Tally, _memory: &Memory) -> io::Result<()> {
        let mut out = String::new();
        self.note(&mut out, &words::result(self.lang, tally));
        self.write(&out)
    }
}
