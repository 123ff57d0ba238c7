//! Text from a scenario or a message, made safe inside a Mermaid statement.
//!
//! Mermaid's sequence-diagram lexer ends a message or note text at `;`, `#` and the
//! line feed, reads `%%{…}%%` anywhere as a directive that changes the diagram's
//! configuration, and hands the text to the browser as HTML. So every character that
//! means something there is written as a Mermaid entity code, `#59;` for `;`, which
//! Mermaid turns back into the character only when it draws the text (Mermaid's
//! "Entity codes to escape characters"). Control characters are shown as `\u{1b}`, as
//! everywhere else ([`crate::escape`]).

use crate::escape::{visible, visible_line};
use crate::report::text::wrap;

/// How wide a note may grow, in display columns, before it takes another line: a
/// note as wide as the whole diagram would push the lifelines apart.
const NOTE_WIDTH: usize = 60;

/// `text` on one line, every special character as an entity: for an arrow's label,
/// a title or a participant's name.
pub fn line(text: &str) -> String {
    unwrapped(entities(&visible_line(text)))
}

/// `text` as a note: wrapped at [`NOTE_WIDTH`] columns and at its own line feeds,
/// the lines joined with `<br>`, which Mermaid draws as a line break.
pub fn note(text: &str) -> String {
    let lines = visible(text)
        .lines()
        .flat_map(|paragraph| wrap(paragraph, NOTE_WIDTH))
        .map(|part| entities(&part))
        .collect::<Vec<_>>()
        .join("<br>");
    unwrapped(lines)
}

/// Mermaid reads a text that starts with `wrap:` or `nowrap:` as an instruction to
/// wrap it or not, and drops those words; their colon as an entity keeps them text.
fn unwrapped(text: String) -> String {
    let lower = text.to_ascii_lowercase();
    let word = ["wrap:", "nowrap:"]
        .into_iter()
        .find(|word| lower.starts_with(word));
    match word {
        Some(word) => format!("{}#58;{}", &text[..word.len() - 1], &text[word.len()..]),
        None => text,
    }
}

/// Each character that Mermaid or HTML would act on, as its decimal entity code.
fn entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            ';' | '#' | '%' | '<' | '>' | '&' | '"' | '`' => {
                out.push('#');
                out.push_str(&u32::from(c).to_string());
                out.push(';');
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_breakers_become_entity_codes() {
        assert_eq!(line("a;b#c"), "a#59;b#35;c");
        assert_eq!(line("%%{init: {}}%%"), "#37;#37;{init: {}}#37;#37;");
        assert_eq!(line("<b>&`\"</b>"), "#60;b#62;#38;#96;#34;#60;/b#62;");
    }

    #[test]
    fn a_label_stays_on_one_line_and_shows_control_characters() {
        assert_eq!(line("two\nlines\u{1b}[2J"), "two\\u{a}lines\\u{1b}[2J");
    }

    #[test]
    fn a_note_breaks_at_its_line_feeds_and_at_sixty_columns() {
        assert_eq!(note("one\ntwo; three"), "one<br>two#59; three");
        let long = "word ".repeat(20);
        let lines = note(&long);
        assert!(
            lines.split("<br>").all(|l| l.len() <= NOTE_WIDTH),
            "{lines}"
        );
        assert_eq!(lines.split("<br>").count(), 2);
    }

    #[test]
    fn a_text_that_starts_like_a_wrap_instruction_stays_text() {
        assert_eq!(line("wrap: hello"), "wrap#58; hello");
        assert_eq!(note("NoWrap:x"), "NoWrap#58;x");
        assert_eq!(line("unwrap: x"), "unwrap: x");
    }

    #[test]
    fn plain_and_korean_text_pass_unchanged() {
        assert_eq!(
            line("POST /token → 400 invalid_grant"),
            "POST /token → 400 invalid_grant"
        );
        assert_eq!(line("인가 서버"), "인가 서버");
    }
}
