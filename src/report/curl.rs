//! The `curl` report: every request of a run as the command line that would send it
//! to a real server at that host ([`crate::curl::command`]), one per line, each
//! under a `# step N: from → to` comment, so the run can be replayed against real
//! servers or pasted into a bug report. Responses are what servers answer, so they
//! are not commands and are left out. Written step by step as the run goes.

use std::io;

use super::Verdict;
use super::model::{Renderer, Tally, render};
use crate::curl::command;
use crate::escape::visible_line;
use crate::explain::Lang;
use crate::sim::{Memory, Run, StepRecord, Transcript};
use crate::text::{self, Arg};

/// Runs `run` and writes its requests as curl commands to `out`; returns how the
/// run ended.
///
/// # Errors
///
/// `out` refused what was written.
pub fn write_curl(
    run: Run,
    file: &str,
    lang: Lang,
    out: &mut impl io::Write,
) -> io::Result<Verdict> {
    render(run, file, &mut CurlRenderer { out, lang })
}

struct CurlRenderer<'a, W: io::Write> {
    out: &'a mut W,
    lang: Lang,
}

impl<W: io::Write> Renderer for CurlRenderer<'_, W> {
    /// `# title (file)`: the commands of several files stay apart.
    fn head(&mut self, head: &Transcript, file: &str, _planned: usize) -> io::Result<()> {
        writeln!(
            self.out,
            "# {} ({})",
            visible_line(head.title.get(self.lang)),
            visible_line(file)
        )
    }

    fn step(&mut self, step: &StepRecord, _tally: &Tally) -> io::Result<()> {
        for message in &step.messages {
            let Some(line) = command(message) else {
                continue;
            };
            writeln!(
                self.out,
                "# {}: {} → {}\n{line}",
                step_word(self.lang, step.index),
                crate::explain::party(self.lang, message.from),
                crate::explain::party(self.lang, message.to),
            )?;
        }
        Ok(())
    }

    fn end(&mut self, _tally: &Tally, _memory: &Memory) -> io::Result<()> {
        Ok(())
    }
}

/// `step 3` / `3단계`.
fn step_word(lang: Lang, index: usize) -> String {
    text::format(lang, "curl-step", &[("index", Arg::from(index))])
}
