//! Text from a scenario file or the command line, made safe to print.
//!
//! A title, a note, a `with` value or a file name may hold control characters: ESC
//! and the C1 controls start ECMA-48 sequences that clear the screen, set the window
//! title or leave the alternate screen, BEL rings, CR overwrites the line. Wherever
//! such text reaches a terminal or a stream read as text, each control character
//! (`char::is_control`: C0, DEL and C1) is shown instead as the escape Rust writes
//! for it, `\u{1b}`, so the reader sees what the file holds and nothing acts on it.
//! This module is the one place that decides it: the text report, error messages,
//! `check`, `list`, the TUI and the JSON report all go through it.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;

/// `text` with every control character but the line feed escaped: for prose that
/// is multi-line by design (a summary, a note, the wire text of a message).
pub fn visible(text: &str) -> Cow<'_, str> {
    escape(text, |c| c == '\n')
}

/// `text` with every control character escaped, the line feed too: for what must
/// stay on one line (a title, a file name, an error message, a value).
pub fn visible_line(text: &str) -> Cow<'_, str> {
    escape(text, |_| false)
}

fn escape(text: &str, keep: fn(char) -> bool) -> Cow<'_, str> {
    let hidden = |c: char| c.is_control() && !keep(c);
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A `serde_json` formatter that also escapes DEL and the C1 controls, which JSON
/// allows raw (RFC 8259 §7 requires only U+0000–U+001F to be escaped) and
/// `serde_json` writes raw, as `\u007f` … `\u009f`: a JSON line read on a terminal
/// can then start no escape sequence either. The JSON means the same.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonFormatter;

impl serde_json::ser::Formatter for JsonFormatter {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|(_, c)| c.is_control()) {
            writer.write_all(&rest.as_bytes()[..at])?;
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }
}

/// `value` as one line of JSON written with [`JsonFormatter`].
pub fn json(value: &impl serde::Serialize) -> String {
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, JsonFormatter);
    // Serializing a value to memory cannot fail (no I/O, string keys only).
    let _ = value.serialize(&mut serializer);
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_text() {
        assert_eq!(
            visible_line("a\u{1b}[2J\u{7}b\u{7f}\u{9b}c"),
            "a\\u{1b}[2J\\u{7}b\\u{7f}\\u{9b}c"
        );
        assert_eq!(visible_line("two\nlines\r\t"), "two\\u{a}lines\\u{d}\\u{9}");
        assert_eq!(visible("two\nlines\u{1b}"), "two\nlines\\u{1b}");
    }

    #[test]
    fn printable_text_is_borrowed_unchanged() {
        assert!(matches!(
            visible_line("인가 코드 ✓"),
            Cow::Borrowed("인가 코드 ✓")
        ));
    }

    #[test]
    fn json_escapes_del_and_c1_and_still_means_the_same() {
        let value = serde_json::json!({"t": "a\u{1b}b\u{7f}c\u{9b}d"});
        let line = json(&value);
        assert_eq!(line, r#"{"t":"a\u001bb\u007fc\u009bd"}"#);
        let back: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
        assert_eq!(back, value);
    }
}
