//! The last line of `run`: how many scenarios passed, failed, or could not be used,
//! so a CI log shows the total without counting transcripts.

use crate::explain::Lang;
use crate::report::Verdict;
use crate::text::{self, Arg};

/// How the scenarios of one `run` ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    scenarios: usize,
    passed: usize,
    failed: usize,
    /// Files that could not be loaded, and runs stopped by a mistake in their file
    /// (both exit 2).
    unusable: usize,
}

impl Tally {
    /// Counts one scenario that ran.
    pub fn ran(&mut self, verdict: &Verdict) {
        self.scenarios += 1;
        match verdict {
            Verdict::Passed => self.passed += 1,
            Verdict::Failed => self.failed += 1,
            Verdict::Stopped(_) => self.unusable += 1,
        }
    }

    /// Counts one scenario that passed but fails `--strict`.
    pub fn failed_strict(&mut self) {
        self.scenarios += 1;
        self.failed += 1;
    }

    /// Counts one file or name that could not be used.
    pub fn unusable(&mut self) {
        self.scenarios += 1;
        self.unusable += 1;
    }

    /// `46 scenarios: 45 passed, 1 failed, 0 unusable`, with its line feed; in
    /// Korean with `--lang ko`.
    pub fn text(&self, lang: Lang) -> String {
        let line = text::format(
            lang,
            "cli-tally",
            &[
                ("scenarios", Arg::from(self.scenarios)),
                ("passed", Arg::from(self.passed)),
                ("failed", Arg::from(self.failed)),
                ("unusable", Arg::from(self.unusable)),
            ],
        );
        format!("{line}\n")
    }

    /// `{"summary": {"scenarios": 46, "passed": 45, "failed": 1, "unusable": 0}}` on
    /// one line, the last of a JSON-lines run.
    pub fn json(&self) -> String {
        format!(
            "{{\"summary\":{{\"scenarios\":{},\"passed\":{},\"failed\":{},\"unusable\":{}}}}}\n",
            self.scenarios, self.passed, self.failed, self.unusable
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_scenario_is_singular_and_every_count_is_shown() {
        let mut tally = Tally::default();
        tally.ran(&Verdict::Passed);
        assert_eq!(
            tally.text(Lang::EN),
            "1 scenario: 1 passed, 0 failed, 0 unusable\n"
        );
    }

    #[test]
    fn each_ending_is_counted_where_it_belongs() {
        let mut tally = Tally::default();
        tally.ran(&Verdict::Passed);
        tally.ran(&Verdict::Failed);
        tally.failed_strict();
        tally.unusable();
        assert_eq!(
            tally.text(Lang::EN),
            "4 scenarios: 1 passed, 2 failed, 1 unusable\n"
        );
        assert_eq!(
            tally.json(),
            "{\"summary\":{\"scenarios\":4,\"passed\":1,\"failed\":2,\"unusable\":1}}\n"
        );
        assert_eq!(
            tally.text(Lang::KO),
            "시나리오 4개: 통과 1, 실패 2, 사용 불가 1\n"
        );
    }
}
