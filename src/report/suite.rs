//! The formats that count a whole run, `JUnit` XML and TAP: each scenario is one test
//! case, passed, failed (expectations not met) or in error (a file that cannot be
//! used, or a run stopped by a mistake in its file). A [`Suite`] is told each case
//! as the run makes it and closes the report at the end, so a run of many files
//! holds one line per failure, never a transcript.

use std::io;

use super::Verdict;
use super::model::{Renderer, Tally, render};
use crate::explain::Lang;
use crate::explain::words::stopped_reason;
use crate::scenario::ScenarioError;
use crate::sim::{Memory, Run, StepRecord, Transcript};
use crate::text::{self, Arg};

/// One scenario's result, as a suite reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// The scenario's title in the run's language.
    pub title: String,
    pub file: String,
    pub steps: usize,
    /// Expectations checked.
    pub checked: usize,
    /// Each expectation that did not hold.
    pub failures: Vec<Failure>,
    /// Why the run stopped: a mistake in the file at a step, said in full.
    pub stopped: Option<String>,
    /// Expectations on steps the client skipped, not checked.
    pub unchecked: usize,
}

/// One expectation not met: at which step, which field, what was expected and what
/// happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub step: usize,
    pub action: &'static str,
    pub field: String,
    pub expected: String,
    pub actual: String,
}

/// How a case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Failed,
    /// The file was wrong at a step, so the run stopped there.
    Error,
    /// Every expectation was on a step the client skipped: nothing was tested. It
    /// does not pass (`run` exits 1), and CI shows it as a skipped test.
    Skipped,
}

impl Case {
    pub fn outcome(&self) -> Outcome {
        if self.stopped.is_some() {
            Outcome::Error
        } else if !self.failures.is_empty() {
            Outcome::Failed
        } else if self.checked == 0 && self.unchecked > 0 {
            Outcome::Skipped
        } else {
            Outcome::Passed
        }
    }

    /// Why a case is skipped: `no expectation checked: 2 on skipped steps`.
    fn skipped_summary(&self, lang: Lang) -> String {
        let unchecked = [("unchecked", Arg::from(self.unchecked))];
        text::format(lang, "suite-unchecked", &unchecked)
    }

    /// The one-line reason a case did not pass, in `lang`: the stopping problem, or
    /// `2 of 5 expectations not met`.
    pub fn summary(&self, lang: Lang) -> String {
        if let Some(problem) = &self.stopped {
            return problem.clone();
        }
        if self.outcome() == Outcome::Skipped {
            return self.skipped_summary(lang);
        }
        let (failed, checked) = (self.failures.len(), self.checked);
        text::format(
            lang,
            "suite-summary",
            &[
                ("failed", Arg::from(failed)),
                ("checked", Arg::from(checked)),
            ],
        )
    }
}

impl Failure {
    /// `step 2 (authorize) status: expected 302, actual 400`, in `lang`.
    pub fn line(&self, lang: Lang) -> String {
        let Self {
            step,
            action,
            field,
            expected,
            actual,
        } = self;
        text::format(
            lang,
            "suite-failure",
            &[
                ("step", Arg::from(*step)),
                ("action", Arg::from(*action)),
                ("field", Arg::from(field.as_str())),
                ("expected", Arg::from(expected.as_str())),
                ("actual", Arg::from(actual.as_str())),
            ],
        )
    }
}

/// Runs `run` and says how each expectation went, holding only the failures.
pub fn case_of(run: Run, file: &str, lang: Lang) -> (Case, Verdict) {
    let mut collector = Collector {
        lang,
        case: Case {
            title: String::new(),
            file: file.to_owned(),
            steps: 0,
            checked: 0,
            failures: Vec::new(),
            stopped: None,
            unchecked: 0,
        },
    };
    // The collector writes nothing, so rendering cannot fail; a verdict from the
    // tally is kept either way.
    let verdict = render(run, file, &mut collector).unwrap_or(Verdict::Failed);
    (collector.case, verdict)
}

/// A [`Renderer`] that keeps what a suite reports of a run.
struct Collector {
    lang: Lang,
    case: Case,
}

impl Renderer for Collector {
    fn head(&mut self, head: &Transcript, _file: &str, _planned: usize) -> io::Result<()> {
        head.title.get(self.lang).clone_into(&mut self.case.title);
        Ok(())
    }

    fn step(&mut self, step: &StepRecord, _tally: &Tally) -> io::Result<()> {
        if let Some(problem) = &step.problem {
            self.case.stopped = Some(stopped_reason(self.lang, problem));
        }
        self.case
            .failures
            .extend(step.mismatches.iter().map(|m| Failure {
                step: step.index,
                action: step.step.action.as_str(),
                field: m.field.clone(),
                expected: m.expected.clone(),
                actual: m.actual.clone(),
            }));
        Ok(())
    }

    fn end(&mut self, tally: &Tally, _memory: &Memory) -> io::Result<()> {
        self.case.steps = tally.steps;
        self.case.checked = tally.checked;
        self.case.unchecked = tally.unchecked;
        Ok(())
    }
}

/// A report over every file of a run: told each case or unusable file in order,
/// then finished once.
pub trait Suite {
    /// A scenario that ran.
    ///
    /// # Errors
    ///
    /// Writing to `out` failed.
    fn case(&mut self, case: &Case, out: &mut dyn io::Write) -> io::Result<()>;

    /// A file that could not be used: it counts as a test in error, so a reader
    /// counts every file it was given.
    ///
    /// # Errors
    ///
    /// Writing to `out` failed.
    fn unusable(&mut self, error: &ScenarioError, out: &mut dyn io::Write) -> io::Result<()>;

    /// After the last file.
    ///
    /// # Errors
    ///
    /// Writing to `out` failed.
    fn finish(&mut self, out: &mut dyn io::Write) -> io::Result<()>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario;

    fn case(name: &str) -> Case {
        let loaded = scenario::resolve(name).unwrap_or_else(|e| panic!("{e}"));
        case_of(loaded.scenario.start_run(None), &loaded.file, Lang::EN).0
    }

    #[test]
    fn a_passing_scenario_has_no_failures() {
        let case = case("standard-flow");
        assert_eq!(case.outcome(), Outcome::Passed);
        assert!(case.checked > 0 && case.steps >= case.checked);
    }

    #[test]
    fn a_failing_scenario_keeps_each_expectation_not_met() {
        let case = case("tests/fixtures/valid/wrong-expectation.json");
        assert_eq!(case.outcome(), Outcome::Failed);
        assert_eq!(
            case.failures
                .iter()
                .map(|f| f.line(Lang::EN))
                .collect::<Vec<_>>(),
            ["step 2 (authorize) status: expected 302, actual 400",]
        );
        assert_eq!(case.summary(Lang::EN), "1 of 2 expectations not met");
        assert_eq!(case.summary(Lang::KO), "기대 결과 2개 중 1개 미충족");
    }

    #[test]
    fn a_stopped_run_is_an_error_that_says_where() {
        let case = case("tests/fixtures/valid/variable-without-value.json");
        assert_eq!(case.outcome(), Outcome::Error);
        assert!(case.summary(Lang::EN).contains("has no value yet"));
    }
}
