//! `oauth-sim list --lab`: the attack lab's pairs side by side. Each row is computed
//! by running both built-ins of a pair, so what it says the attacker gained is what
//! the runs did, not what a file claims.

use unicode_width::UnicodeWidthStr;

use crate::escape::visible_line;
use crate::explain::Lang;
use crate::scenario::{Gain, LabPair, LabRun};
use crate::text::{self, Arg};

/// The table as text, one row per attack, columns padded to display width (Hangul
/// is two columns wide).
pub fn table(pairs: &[LabPair], lang: Lang) -> String {
    let head = ["attack", "section", "defense", "defense-off", "defense-on"]
        .map(|column| text::named(lang, "lab-column", column));
    let mut rows: Vec<[String; 5]> = vec![head.map(str::to_owned)];
    rows.extend(pairs.iter().map(|pair| {
        [
            visible_line(pair.attack_in(lang)).into_owned(),
            visible_line(&pair.section).into_owned(),
            visible_line(&pair.defense).into_owned(),
            outcome(&pair.undefended, lang),
            outcome(&pair.defended, lang),
        ]
    }));
    let mut widths = [0; 5];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let mut text = String::new();
    for row in &rows {
        let mut line = String::new();
        for (i, (cell, width)) in row.iter().zip(widths).enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.push_str(&" ".repeat(width - cell.width() + 2));
            }
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// What one run ended with, in words; a run whose expectations did not hold says so.
fn outcome(run: &LabRun, lang: Lang) -> String {
    let gained = match run.gained {
        Gain::Resource => "resource",
        Gain::AccessToken => "access-token",
        Gain::Nothing => "nothing",
    };
    let gained = text::named(lang, "lab-gained", gained);
    if run.passed {
        gained.to_owned()
    } else {
        text::format(
            lang,
            "lab-not-met",
            &[
                ("gained", Arg::from(gained)),
                ("scenario", Arg::from(run.scenario.as_str())),
            ],
        )
    }
}

/// The same as data: one JSON array, one object per attack, on one line.
///
/// # Errors
///
/// Only if serde cannot write the values, which plain strings and booleans never make
/// it do.
pub fn json(pairs: &[LabPair]) -> serde_json::Result<String> {
    serde_json::to_string(pairs).map(|line| line + "\n")
}
