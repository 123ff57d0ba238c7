//! `JUnit` XML, as Jenkins, GitLab and most CI servers read it: one `<testsuite>`
//! for the run, one `<testcase>` per scenario (name = title, classname = file), a
//! `<failure>` listing each expectation not met, an `<error>` for a file that cannot
//! be used or a run stopped by a mistake in its file.
//!
//! The `<testsuite>` element carries the counts, so the test cases are kept as text
//! until the run ends (a few hundred bytes each) and written with it. `time` is "0":
//! it means the seconds the test took to run, and a simulated `wait` of an hour
//! took none; the report stays the same from run to run.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;

use super::suite::{Case, Outcome, Suite};
use crate::escape::visible_line;
use crate::explain::Lang;
use crate::scenario::ScenarioError;

/// The `JUnit` report of a run.
#[derive(Debug)]
pub struct Junit {
    lang: Lang,
    cases: String,
    tests: usize,
    failures: usize,
    errors: usize,
    skipped: usize,
}

impl Junit {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            cases: String::new(),
            tests: 0,
            failures: 0,
            errors: 0,
            skipped: 0,
        }
    }
}

impl Suite for Junit {
    fn case(&mut self, case: &Case, _out: &mut dyn io::Write) -> io::Result<()> {
        self.tests += 1;
        let _ = write!(
            self.cases,
            "    <testcase name=\"{}\" classname=\"{}\" time=\"0\"",
            attribute(&case.title),
            attribute(&case.file),
        );
        let (element, kind) = match case.outcome() {
            Outcome::Passed => {
                self.cases.push_str("/>\n");
                return Ok(());
            }
            Outcome::Skipped => {
                self.skipped += 1;
                let _ = write!(
                    self.cases,
                    ">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                    attribute(&case.summary(self.lang))
                );
                return Ok(());
            }
            Outcome::Failed => {
                self.failures += 1;
                ("failure", "expectation")
            }
            Outcome::Error => {
                self.errors += 1;
                ("error", "stopped")
            }
        };
        let mut body = String::new();
        for failure in &case.failures {
            body.push_str(&failure.line(self.lang));
            body.push('\n');
        }
        if let Some(problem) = &case.stopped {
            body.push_str(problem);
            body.push('\n');
        }
        let _ = write!(
            self.cases,
            ">\n      <{element} message=\"{}\" type=\"{kind}\">{}</{element}>\n    </testcase>\n",
            attribute(&case.summary(self.lang)),
            text(&body)
        );
        Ok(())
    }

    fn unusable(&mut self, error: &ScenarioError, _out: &mut dyn io::Write) -> io::Result<()> {
        self.tests += 1;
        self.errors += 1;
        let message = error.to_string();
        let _ = write!(
            self.cases,
            "    <testcase name=\"{file}\" classname=\"{file}\" time=\"0\">\n      \
             <error message=\"{message}\" type=\"unusable\">{message}</error>\n    </testcase>\n",
            file = attribute(&error.file),
            message = attribute(&message),
        );
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn io::Write) -> io::Result<()> {
        let counts = format!(
            "tests=\"{}\" failures=\"{}\" errors=\"{}\"",
            self.tests, self.failures, self.errors
        );
        write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <testsuites name=\"oauth-sim\" {counts} time=\"0\">\n  \
             <testsuite name=\"oauth-sim\" {counts} skipped=\"{}\" time=\"0\">\n{}  \
             </testsuite>\n</testsuites>\n",
            self.skipped, self.cases
        )
    }
}

/// Text for an attribute value: what [`text`] does, and the white space that
/// attribute-value normalization would turn into spaces kept as character
/// references (XML 1.0 §3.3.3).
fn attribute(value: &str) -> Cow<'_, str> {
    escape(value, true)
}

/// Text for element content: markup characters as entity references, a CR as a
/// character reference (line-end handling would drop it, XML 1.0 §2.11), and every
/// character XML 1.0 cannot carry at all (the C0 controls but tab, LF and CR;
/// U+FFFE, U+FFFF; §2.2, not even as `&#x1b;`) replaced by the text `\u{1b}`, as
/// [`crate::escape`] shows it everywhere. DEL and the C1 controls, which XML allows
/// but a terminal acts on, are shown the same way.
fn text(value: &str) -> Cow<'_, str> {
    escape(value, false)
}

fn escape(value: &str, in_attribute: bool) -> Cow<'_, str> {
    let special = |c: char| {
        matches!(c, '&' | '<' | '>' | '"' | '\'' | '\u{fffe}' | '\u{ffff}') || c.is_control()
    };
    let kept = |c: char| matches!(c, '\n' | '\t') && !in_attribute;
    if !value.chars().any(|c| special(c) && !kept(c)) {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len() + 16);
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\n' | '\t' if in_attribute => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
            '\n' | '\t' => out.push(c),
            '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c if c.is_control() => out.push_str(&visible_line(c.encode_utf8(&mut [0; 4]))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_forbidden_characters_are_replaced() {
        assert_eq!(
            text("a<b & \"c\"\u{1b}[2J\u{0}\u{ffff}\r\n\t"),
            "a&lt;b &amp; &quot;c&quot;\\u{1b}[2J\\u{0}\\u{ffff}&#13;\n\t"
        );
        assert_eq!(attribute("x\ny\tz'"), "x&#10;y&#9;z&apos;");
        assert!(matches!(attribute("인가 코드"), Cow::Borrowed(_)));
    }
}
