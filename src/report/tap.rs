//! TAP 14 (the Test Anything Protocol, testanything.org): the version line, one
//! test point per scenario (`ok 1 - title` / `not ok 2 - title`), a YAML
//! diagnostic block under each test point that did not pass, and the plan `1..N`.
//!
//! Each test point is written as soon as its scenario has run, so the plan comes
//! last, which TAP 14 allows ("the plan … may appear at the end"): the number of
//! scenarios is known only then. Strings in the YAML block are written as JSON
//! strings, which YAML 1.2 reads as the same double-quoted scalars, with every
//! control character escaped.

use std::fmt::Write as _;
use std::io;

use super::suite::{Case, Outcome, Suite};
use crate::escape::{self, visible_line};
use crate::explain::Lang;
use crate::scenario::ScenarioError;

/// The TAP report of a run.
#[derive(Debug)]
pub struct Tap {
    lang: Lang,
    /// Test points written so far; the version line is written before the first.
    points: usize,
}

impl Tap {
    pub fn new(lang: Lang) -> Self {
        Self { lang, points: 0 }
    }

    /// `ok N - description` (the version line first, once).
    fn point(&mut self, ok: bool, description: &str, out: &mut dyn io::Write) -> io::Result<()> {
        self.point_with(ok, description, "", out)
    }

    /// A test point with a directive after its description (`# SKIP why`).
    fn point_with(
        &mut self,
        ok: bool,
        description: &str,
        directive: &str,
        out: &mut dyn io::Write,
    ) -> io::Result<()> {
        if self.points == 0 {
            out.write_all(b"TAP version 14\n")?;
        }
        self.points += 1;
        let status = if ok { "ok" } else { "not ok" };
        writeln!(
            out,
            "{status} {} - {}{directive}",
            self.points,
            description_text(description)
        )
    }
}

impl Suite for Tap {
    fn case(&mut self, case: &Case, out: &mut dyn io::Write) -> io::Result<()> {
        let outcome = case.outcome();
        if outcome == Outcome::Skipped {
            let why = description_text(&case.summary(self.lang));
            return self.point_with(true, &case.title, &format!(" # SKIP {why}"), out);
        }
        self.point(outcome == Outcome::Passed, &case.title, out)?;
        if outcome == Outcome::Passed {
            return Ok(());
        }
        let mut block = format!(
            "  ---\n  message: {}\n  severity: {}\n  file: {}\n",
            yaml(&case.summary(self.lang)),
            if outcome == Outcome::Error {
                "error"
            } else {
                "fail"
            },
            yaml(&case.file),
        );
        if !case.failures.is_empty() {
            block.push_str("  failures:\n");
        }
        for failure in &case.failures {
            let _ = write!(
                block,
                "    - step: {}\n      do: {}\n      field: {}\n      expected: {}\n      actual: {}\n",
                failure.step,
                yaml(failure.action),
                yaml(&failure.field),
                yaml(&failure.expected),
                yaml(&failure.actual),
            );
        }
        block.push_str("  ...\n");
        out.write_all(block.as_bytes())
    }

    fn unusable(&mut self, error: &ScenarioError, out: &mut dyn io::Write) -> io::Result<()> {
        self.point(false, &error.file, out)?;
        let mut block = format!(
            "  ---\n  message: {}\n  severity: error\n  file: {}\n",
            yaml(&error.message),
            yaml(&error.file)
        );
        if let Some((line, column)) = error.position {
            let _ = write!(block, "  line: {line}\n  column: {column}\n");
        }
        if let Some(path) = &error.path {
            let _ = writeln!(block, "  path: {}", yaml(path));
        }
        block.push_str("  ...\n");
        out.write_all(block.as_bytes())
    }

    /// The plan; a run with no scenario is still a valid TAP document (`1..0`).
    fn finish(&mut self, out: &mut dyn io::Write) -> io::Result<()> {
        if self.points == 0 {
            out.write_all(b"TAP version 14\n")?;
        }
        writeln!(out, "1..{}", self.points)
    }
}

/// A test point's description on one line, with `#` (which starts a directive)
/// and `\` escaped as TAP 14 asks.
fn description_text(text: &str) -> String {
    visible_line(text).replace('\\', r"\\").replace('#', r"\#")
}

/// A YAML double-quoted scalar: JSON's string syntax, which YAML 1.2 shares.
fn yaml(text: &str) -> String {
    escape::json(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_in_a_title_is_not_a_directive() {
        assert_eq!(description_text(r"a # TODO \ b"), r"a \# TODO \\ b");
        assert_eq!(description_text("a\nb"), r"a\\u{a}b");
    }

    #[test]
    fn yaml_strings_are_quoted_and_escaped() {
        assert_eq!(yaml("a: \"b\"\n\u{1b}"), r#""a: \"b\"\n\u001b""#);
    }
}
