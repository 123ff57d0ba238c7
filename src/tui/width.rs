//! Display-width arithmetic: a Hangul syllable takes two terminal cells, `…` one, a
//! combining mark none, so every cut and every column is computed with
//! `unicode-width`, never with bytes or chars, and no wide glyph is ever cut in half.
//! Text from scenario files may hold control characters; they are made visible here
//! (line feeds and tabs become spaces) so they can neither move the cursor nor upset
//! the arithmetic.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::escape::visible_line;

/// The display width of `text`.
pub fn of(text: &str) -> usize {
    text.width()
}

/// A count as a terminal coordinate, saturating instead of wrapping.
pub fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// `text` ready for a cell: line feeds and tabs become spaces (the TUI lays text out
/// itself), every other control character the visible escape of
/// [`crate::escape::visible_line`], as in the headless report.
pub fn clean(text: &str) -> Cow<'_, str> {
    if text.contains(['\n', '\t']) {
        Cow::Owned(visible_line(&text.replace(['\n', '\t'], " ")).into_owned())
    } else {
        visible_line(text)
    }
}

/// The longest prefix of `text` at most `max` cells wide, and the rest.
pub fn split(text: &str, max: usize) -> (&str, &str) {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > max {
            return text.split_at(at);
        }
        used += w;
    }
    (text, "")
}

/// `text` cut to `max` cells, ending with `…` when something was cut.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    let text = clean(text);
    if of(&text) <= max {
        return text;
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let (head, _) = split(&text, max - 1);
    Cow::Owned(format!("{head}…"))
}

/// `text` cut into pieces of at most `max` cells, for values without spaces
/// (tokens, URLs) that must wrap anywhere.
pub fn chunks(text: &str, max: usize) -> Vec<&str> {
    let max = max.max(2);
    let mut rest = text;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (head, tail) = split(rest, max);
        if head.is_empty() {
            // A glyph wider than the space: give it a line of its own.
            let cut = rest.chars().next().map_or(rest.len(), char::len_utf8);
            out.push(&rest[..cut]);
            rest = &rest[cut..];
        } else {
            out.push(head);
            rest = tail;
        }
    }
    if out.is_empty() {
        out.push("");
    }
    out
}

/// Where wire text (URLs, query strings, headers, cookies, JSON) may break: after
/// these, a line still reads as a whole name or value.
const WIRE_BREAKS: [char; 6] = ['&', '=', ';', ',', '/', ' '];

/// Wire text cut into lines, the first at most `first` cells, the others at most
/// `rest`: each line ends after the last `&`, `=`, `;`, `,`, `/` or space that fits,
/// so `error_description=` and `SameSite=Lax` stay whole; a line is cut mid-word
/// only when no such break leaves it at least a quarter full. Every pane that
/// wraps what travels on the wire wraps it here.
pub fn wire(text: &str, first: usize, rest: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut remaining = text;
    let mut max = first.max(1);
    while !remaining.is_empty() {
        let (mut head, tail) = split(remaining, max);
        if !tail.is_empty()
            && let Some(at) = head.rfind(WIRE_BREAKS)
            && of(&head[..=at]) * 4 >= max
        {
            head = &head[..=at];
        }
        if head.is_empty() {
            // A glyph wider than the line: it gets a line of its own.
            let cut = remaining
                .chars()
                .next()
                .map_or(remaining.len(), char::len_utf8);
            head = &remaining[..cut];
        }
        out.push(head);
        remaining = &remaining[head.len()..];
        max = rest.max(1);
    }
    if out.is_empty() {
        out.push("");
    }
    out
}

/// Prose wrapped at spaces into lines of at most `max` cells; a word longer than a
/// line is cut into chunks.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let text = clean(text);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let needed = usize::from(!line.is_empty()) + of(word);
        if of(&line) + needed <= max {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut pieces = chunks(word, max);
        let last = pieces.pop().unwrap_or_default();
        lines.extend(pieces.into_iter().map(str::to_owned));
        line.push_str(last);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_cells_and_never_cuts_a_wide_glyph() {
        assert_eq!(truncate("인가 서버", 9), "인가 서버");
        assert_eq!(truncate("인가 서버", 6), "인가 …");
        // Four cells left after the ellipsis would split 서: it goes whole.
        assert_eq!(truncate("인가서버", 6), "인가…");
        assert_eq!(of(&truncate("인가서버", 6)), 5);
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn wrapping_keeps_words_and_cuts_only_long_ones() {
        assert_eq!(wrap("the code is gone", 8), ["the code", "is gone"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("만료까지 59:58", 8), ["만료까지", "59:58"]);
        assert_eq!(wrap("", 5), [""]);
    }

    #[test]
    fn wire_text_breaks_after_separators_before_it_cuts_a_word() {
        assert_eq!(
            wire("error=invalid_grant&error_description=expired", 30, 30),
            ["error=invalid_grant&", "error_description=expired"]
        );
        assert_eq!(
            wire("id=1; Path=/; SameSite=Lax", 22, 22),
            ["id=1; Path=/; ", "SameSite=Lax"]
        );
        assert_eq!(
            wire("https://printer.example/callback", 12, 20),
            ["https://", "printer.example/", "callback"]
        );
        assert_eq!(wire("abcdefghij", 4, 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wire("a=bcdefghijkl", 9, 9), ["a=bcdefgh", "ijkl"]);
        assert_eq!(wire("", 5, 5), [""]);
        assert_eq!(wire("가나다", 1, 1), ["가", "나", "다"]);
    }

    #[test]
    fn chunks_fit_and_control_characters_become_spaces() {
        assert_eq!(chunks("가나다", 3), ["가", "나", "다"]);
        assert_eq!(clean("a\tb\u{1b}[2J\nc"), "a b\\u{1b}[2J c");
    }
}
