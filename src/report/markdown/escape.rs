//! Text from a scenario or a message, made safe inside a Markdown document.
//!
//! A title, a note or a value may hold `*`, `|`, backticks, `$` or HTML. Put into a
//! document as it is, it would turn into emphasis, a table cell, code, GitHub's math
//! or a tag, and could end a table or a fenced block early. `CommonMark` lets any ASCII
//! punctuation be escaped with a backslash (`CommonMark` 0.31 §2.4), so every character
//! that starts markup is written as `\*`; a line that would open a list, a quote or a
//! heading has its first character escaped; code spans and fenced blocks take more
//! backticks than the text holds (§6.1, §4.5). Control characters are shown as
//! `\u{1b}` first, as everywhere else ([`crate::escape`]).

use crate::escape::{visible, visible_line};

/// Characters that start markup wherever they stand: emphasis, code, links, HTML,
/// entities, headings' closing `#`, table cells, strikethrough and GitHub's math.
const MARKUP: [char; 13] = [
    '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '$',
];

/// `text` on one line, as plain text inside a paragraph, a heading or a table cell.
pub fn inline(text: &str) -> String {
    line_start(&visible_line(text))
}

/// `text` as paragraphs: its line feeds kept, each line plain text.
pub fn block(text: &str) -> String {
    visible(text)
        .lines()
        .map(line_start)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` as an inline code span, fenced with more backticks than any run in it.
pub fn code(text: &str) -> String {
    let text = visible_line(text);
    let fence = "`".repeat(longest_run(&text, '`') + 1);
    let pad = if text.starts_with(['`', ' ']) || text.ends_with(['`', ' ']) {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// `text` as a fenced code block with the info string `info`, fenced with more
/// backticks than any run in it, so no line of it can close the block.
pub fn fenced(text: &str, info: &str) -> String {
    let text = visible(text);
    let fence = "`".repeat((longest_run(&text, '`') + 1).max(3));
    let newline = if text.ends_with('\n') { "" } else { "\n" };
    format!("{fence}{info}\n{text}{newline}{fence}\n")
}

/// One line with its markup escaped and its indentation dropped (four spaces would
/// make it code); a first character that would open a block is escaped as well.
fn line_start(line: &str) -> String {
    let line = line.trim_start();
    let opener = block_opener(line);
    let mut out = String::with_capacity(line.len() + 8);
    for (at, c) in line.char_indices() {
        if MARKUP.contains(&c) || opener == Some(at) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Where the character stands that makes `line` a list item, a heading underline or
/// a thematic break: a leading `-`, `+` or `=`, or the `.` or `)` after a leading
/// number. (`*`, `>` and `#` are escaped wherever they stand.)
fn block_opener(line: &str) -> Option<usize> {
    if line.starts_with(['-', '+', '=']) {
        return Some(0);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && line[digits..].starts_with(['.', ')'])).then_some(digits)
}

fn longest_run(text: &str, mark: char) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == mark { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_title_is_shown_as_written() {
        assert_eq!(
            inline("**bold** | `code` <b>x</b> &amp; $a$ ~s~ #"),
            r"\*\*bold\*\* \| \`code\` \<b\>x\</b\> \&amp; \$a\$ \~s\~ \#"
        );
    }

    #[test]
    fn a_line_that_would_open_a_block_is_escaped() {
        assert_eq!(
            block("- item\n1. first\n  = x\nplain"),
            "\\- item\n1\\. first\n\\= x\nplain"
        );
        assert_eq!(inline("12) twelve"), "12\\) twelve");
    }

    #[test]
    fn a_code_span_takes_more_backticks_than_its_text() {
        assert_eq!(code("GET /a"), "`GET /a`");
        assert_eq!(code("a``b"), "```a``b```");
        assert_eq!(code("`x"), "`` `x ``");
    }

    #[test]
    fn a_fenced_block_cannot_be_closed_by_its_text() {
        assert_eq!(fenced("a\n```\nb", "http"), "````http\na\n```\nb\n````\n");
        assert_eq!(fenced("plain\n", "http"), "```http\nplain\n```\n");
    }

    #[test]
    fn control_characters_are_visible_and_lines_stay_lines() {
        assert_eq!(inline("a\nb\u{1b}"), "a\\\\u{a}b\\\\u{1b}");
        assert_eq!(block("a\u{1b}\nb"), "a\\\\u{1b}\nb");
    }
}
