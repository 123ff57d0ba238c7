//! A scenario's own question on a step (`ask`): asked in predict mode before the
//! step's answer is revealed, beside the questions generated from the transcript
//! (`crate::predict`). Each text is English with an optional Korean twin, like
//! `note` and `note_ko`.

use serde::{Deserialize, Serialize};

use crate::sim::Words;
use crate::sim::checked::checked_map;

/// Fewest and most choices a question may offer: the TUI numbers them from 1 and
/// picks one with a digit key.
pub const CHOICES: std::ops::RangeInclusive<usize> = 2..=4;

/// `ask` as written in the file, before the checks that span its fields.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[derive(schemars::JsonSchema)]
#[schemars(rename = "Ask")]
struct RawAsk {
    /// The question, asked before the step runs.
    question: String,
    #[serde(default)]
    question_ko: Option<String>,
    /// Two to four choices, numbered from 1 on screen.
    #[schemars(length(min = 2, max = 4))]
    choices: Vec<String>,
    /// The choices in Korean, in the same order, when the file gives them.
    #[serde(default)]
    #[schemars(length(min = 2, max = 4))]
    choices_ko: Option<Vec<String>>,
    /// The number of the right choice, counted from 1 as the screen numbers them.
    #[schemars(range(min = 1, max = 4))]
    answer: usize,
    /// Why that choice is right, shown once the student has answered.
    explanation: String,
    #[serde(default)]
    explanation_ko: Option<String>,
}

/// A question a scenario asks at one of its steps, with its one right choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[schemars(with = "RawAsk")]
pub struct Ask {
    pub question: Words,
    pub choices: Vec<Words>,
    /// The right choice, 0-based (the file counts from 1).
    pub answer: usize,
    pub explanation: Words,
}

impl<'de> Deserialize<'de> for Ask {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        checked_map(
            deserializer,
            "a question such as {\"question\": …, \"choices\": […], \"answer\": 1, \"explanation\": …}",
            Ask::check,
        )
    }
}

impl Ask {
    /// The rules that span the fields: a choice count the TUI can number, no two
    /// choices alike (else two would be right), Korean choices matching the English
    /// ones, and an answer that names one of them.
    fn check(raw: RawAsk) -> Result<Self, String> {
        let count = raw.choices.len();
        if !CHOICES.contains(&count) {
            return Err(format!(
                "ask has {count} choice(s); give {} to {}",
                CHOICES.start(),
                CHOICES.end()
            ));
        }
        if let Some(empty) = [
            ("question", &raw.question),
            ("explanation", &raw.explanation),
        ]
        .into_iter()
        .chain(raw.choices.iter().map(|c| ("a choice", c)))
        .find(|(_, text)| text.trim().is_empty())
        {
            return Err(format!("{} cannot be empty", empty.0));
        }
        if let Some((first, second)) = first_repeat(&raw.choices) {
            return Err(format!(
                "choices {first} and {second} are the same; each choice must differ"
            ));
        }
        if let Some(ko) = &raw.choices_ko
            && ko.len() != count
        {
            return Err(format!(
                "choices_ko has {} choice(s) but choices has {count}; give one Korean text \
                 per choice, in the same order",
                ko.len()
            ));
        }
        if !(1..=count).contains(&raw.answer) {
            return Err(format!(
                "answer {} is not a choice: choices are numbered 1 to {count}",
                raw.answer
            ));
        }
        let mut choices_ko = raw.choices_ko.map(Vec::into_iter);
        let choices = raw
            .choices
            .into_iter()
            .map(|en| words(en, choices_ko.as_mut().and_then(Iterator::next)))
            .collect();
        Ok(Self {
            question: words(raw.question, raw.question_ko),
            choices,
            answer: raw.answer - 1,
            explanation: words(raw.explanation, raw.explanation_ko),
        })
    }
}

/// English words, with their Korean twin (`*_ko`) when the file gives one.
fn words(en: String, ko: Option<String>) -> Words {
    let english = Words::english(en);
    match ko {
        Some(ko) => english.with("ko", ko),
        None => english,
    }
}

/// The numbers (from 1) of the first two choices with the same text, if any.
fn first_repeat(choices: &[String]) -> Option<(usize, usize)> {
    choices.iter().enumerate().find_map(|(i, choice)| {
        choices[..i]
            .iter()
            .position(|earlier| earlier.trim() == choice.trim())
            .map(|earlier| (earlier + 1, i + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<Ask, String> {
        serde_json::from_str::<Ask>(json).map_err(|e| e.to_string())
    }

    #[test]
    fn an_answer_counted_from_one_is_kept_from_zero() {
        let ask = parse(
            r#"{"question": "Who?", "choices": ["a", "b", "c"], "choices_ko": ["가", "나", "다"],
                "answer": 3, "explanation": "c it is"}"#,
        );
        let ask = ask.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ask.answer, 2);
        assert_eq!(ask.choices[2], Words::english("c").with("ko", "다"));
    }

    #[test]
    fn an_answer_past_the_last_choice_is_refused() {
        let error = parse(
            r#"{"question": "Who?", "choices": ["a", "b"], "answer": 3, "explanation": "x"}"#,
        );
        assert!(
            error.as_ref().is_err_and(
                |e| e.starts_with("answer 3 is not a choice: choices are numbered 1 to 2")
            ),
            "{error:?}"
        );
    }

    #[test]
    fn two_choices_alike_are_refused() {
        let error = parse(
            r#"{"question": "Who?", "choices": ["a", "b", " a"], "answer": 1, "explanation": "x"}"#,
        );
        assert!(
            error
                .as_ref()
                .is_err_and(|e| e.starts_with("choices 1 and 3 are the same")),
            "{error:?}"
        );
    }

    #[test]
    fn korean_choices_must_match_the_english_ones_in_number() {
        let error = parse(
            r#"{"question": "Who?", "choices": ["a", "b"], "choices_ko": ["가"], "answer": 1,
                "explanation": "x"}"#,
        );
        assert!(
            error
                .as_ref()
                .is_err_and(|e| e.starts_with("choices_ko has 1 choice(s) but choices has 2")),
            "{error:?}"
        );
    }

    #[test]
    fn one_choice_or_five_are_refused() {
        for choices in [r#"["a"]"#, r#"["a", "b", "c", "d", "e"]"#] {
            let json = format!(
                r#"{{"question": "Who?", "choices": {choices}, "answer": 1, "explanation": "x"}}"#
            );
            let error = parse(&json);
            assert!(
                error.as_ref().is_err_and(|e| e.contains("give 2 to 4")),
                "{error:?}"
            );
        }
    }
}
