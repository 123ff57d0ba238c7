//! Scenario text may give a language in two ways: in a map of languages
//! (`"title": {"en": "…", "ko": "…"}`) or, for Korean, in the older `title_ko`
//! field. A file may use either, never both for the same text: which one would
//! win is a guess, and a teacher editing one would not see the other change.

use super::Scenario;
use crate::sim::{Localized, Segment};

/// The first text whose Korean is given twice: the path of its `*_ko` field, and
/// why that is refused.
pub fn given_twice(scenario: &Scenario) -> Option<(Vec<Segment>, String)> {
    let fields = [
        ("title", Some(&scenario.title), &scenario.title_ko),
        ("summary", Some(&scenario.summary), &scenario.summary_ko),
    ];
    for (field, text, ko) in fields {
        if twice(text, ko.as_deref()) {
            return Some((vec![Segment::Key(format!("{field}_ko"))], message(field)));
        }
    }
    let steps = scenario.steps.as_deref().unwrap_or_default();
    steps.iter().enumerate().find_map(|(index, step)| {
        twice(step.note.as_ref(), step.note_ko.as_deref()).then(|| {
            let path = vec![
                Segment::Key("steps".into()),
                Segment::Index(index),
                Segment::Key("note_ko".into()),
            ];
            (path, message("note"))
        })
    })
}

fn twice(text: Option<&Localized>, ko: Option<&str>) -> bool {
    ko.is_some() && text.is_some_and(|text| text.get("ko").is_some())
}

fn message(field: &str) -> String {
    format!(
        "`{field}` already gives \"ko\" in its map of languages; give Korean there or in \
         `{field}_ko`, not both"
    )
}
