//! `run --strict`: a scenario that checks nothing cannot fail, so in CI it would pass
//! whatever the simulated servers do. Strict runs count it as failed and say why (the
//! text report in a last line, the JSON report in its `strict` field).

use crate::scenario::Scenario;

/// Why `scenario` fails `--strict`, when it does: it has no steps (`"steps": []`),
/// or none of its steps has an `expect`.
pub fn fault(scenario: &Scenario) -> Option<&'static str> {
    let steps = scenario.steps();
    if steps.is_empty() {
        Some("the scenario has no steps, so it tests nothing")
    } else if steps.iter().all(|step| step.expect.is_none()) {
        Some("no step has an \"expect\", so nothing is checked")
    } else {
        None
    }
}

/// The line the text report ends with for a scenario that fails `--strict`.
pub fn text(fault: &str) -> String {
    format!("Strict: FAILED · {fault} (--strict)\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::parse;

    fn fault_of(text: &str) -> Option<&'static str> {
        parse("x.json", text.as_bytes())
            .ok()
            .as_ref()
            .and_then(fault)
    }

    #[test]
    fn an_empty_step_list_tests_nothing() {
        assert_eq!(
            fault_of(r#"{"title": "t", "steps": []}"#),
            Some("the scenario has no steps, so it tests nothing")
        );
    }

    #[test]
    fn steps_without_any_expect_check_nothing() {
        assert_eq!(
            fault_of(r#"{"title": "t", "steps": [{"do": "register"}]}"#),
            Some("no step has an \"expect\", so nothing is checked")
        );
    }

    #[test]
    fn one_expect_is_enough() {
        let text = r#"{"title": "t", "steps": [{"do": "register"},
            {"do": "authorize", "expect": {"status": 302}}]}"#;
        assert_eq!(fault_of(text), None);
    }
}
