//! The rules of Mermaid's sequence-diagram syntax that oauth-sim's diagrams must
//! keep, checked in Rust, so that `cargo test` needs no Node. Mermaid's own parser
//! (`parse.mjs` beside this file) checks the same files when
//! `OAUTH_SIM_MERMAID_CHECK=1`; these rules are the ones its lexer enforces on what
//! oauth-sim writes: one statement per line, a text that ends at `;`, `#` or a line
//! feed, so those appear only as entity codes (`#59;`), and no `%`, quote, backtick
//! or HTML but the `<br>` of a note.

use std::collections::HashSet;

/// The arrows oauth-sim draws: a request, an answer, a failed answer.
const ARROWS: [&str; 3] = ["-->>", "--x", "->>"];

/// Checks a whole diagram; the error names the line (1-based) and what is wrong.
pub fn check(diagram: &str) -> Result<(), String> {
    let mut lines = diagram.lines().enumerate();
    match lines.next() {
        Some((_, "sequenceDiagram")) => {}
        other => return Err(format!("line 1 is not `sequenceDiagram`: {other:?}")),
    }
    let mut declared = HashSet::new();
    let mut shaded = false;
    for (at, line) in lines {
        statement(line, &mut declared, &mut shaded)
            .map_err(|e| format!("line {}: {e}: {line}", at + 1))?;
    }
    if shaded {
        return Err("a `rect` is never closed with `end`".to_owned());
    }
    Ok(())
}

/// One line: a title, a participant, an arrow, a note, or a shaded block's edge.
fn statement(line: &str, declared: &mut HashSet<String>, shaded: &mut bool) -> Result<(), String> {
    let line = line
        .strip_prefix("    ")
        .ok_or("a statement is indented by four spaces")?;
    if let Some(title) = line.strip_prefix("title ") {
        return text(title);
    }
    if let Some(rest) = line.strip_prefix("participant ") {
        let (id, name) = rest.split_once(" as ").ok_or("a participant has no `as`")?;
        identifier(id)?;
        if !declared.insert(id.to_owned()) {
            return Err(format!("{id} is declared twice"));
        }
        return text(name);
    }
    if let Some(rest) = line.strip_prefix("Note over ") {
        let (span, note) = rest.split_once(": ").ok_or("a note has no `: `")?;
        let (first, last) = span.split_once(',').ok_or("a note spans no two parties")?;
        known(first, declared)?;
        known(last, declared)?;
        return text(&note.replace("<br>", " "));
    }
    if line.starts_with("rect ") || line == "end" {
        if *shaded == line.starts_with("rect ") {
            return Err("a `rect` and its `end` do not pair".to_owned());
        }
        *shaded = !*shaded;
        return Ok(());
    }
    let (arrow, label) = line
        .split_once(": ")
        .ok_or("not a statement oauth-sim writes")?;
    let (from, to) = ARROWS
        .iter()
        .find_map(|shape| arrow.split_once(shape))
        .ok_or("an arrow that is not ->>, -->> or --x")?;
    known(from, declared)?;
    known(to, declared)?;
    text(label)
}

fn identifier(id: &str) -> Result<(), String> {
    if !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        Ok(())
    } else {
        Err(format!("`{id}` is not an identifier"))
    }
}

fn known(id: &str, declared: &HashSet<String>) -> Result<(), String> {
    if declared.contains(id) {
        Ok(())
    } else {
        Err(format!("{id} is not declared before its use"))
    }
}

/// A message, note, title or name text: not empty, no `wrap:` at its start, and
/// every `;` or `#` part of an entity code `#NNN;`, nothing else that Mermaid or
/// HTML reads.
fn text(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("an empty text".to_owned());
    }
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("wrap:") || lower.starts_with("nowrap:") {
        return Err("a text that Mermaid reads as `wrap:`".to_owned());
    }
    let mut rest = text;
    while let Some(at) = rest.find(['#', ';']) {
        let after = &rest[at..];
        let digits = after[1..].chars().take_while(char::is_ascii_digit).count();
        if !after.starts_with('#') || digits == 0 || !after[1 + digits..].starts_with(';') {
            return Err(format!("a raw `;` or `#` at «{after}»"));
        }
        rest = &after[digits + 2..];
    }
    if let Some(bad) = text
        .chars()
        .find(|c| "%<>&\"`".contains(*c) || c.is_control())
    {
        return Err(format!("a raw {bad:?}"));
    }
    Ok(())
}

/// `text` as Mermaid draws it: every entity code `#NNN;` as its character.
pub fn decoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        let code = after[..digits].parse::<u32>().ok().and_then(char::from_u32);
        match code {
            Some(c) if after[digits..].starts_with(';') => {
                out.push(c);
                rest = &after[digits + 1..];
            }
            _ => {
                out.push('#');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn the_rules_refuse_what_mermaid_refuses() {
    let head = "sequenceDiagram\n    participant client as Client\n";
    let with = |line: &str| format!("{head}    {line}\n");
    assert_eq!(check(&with("client->>client: a#59; b")), Ok(()));
    for bad in [
        "client->>client: a; b",
        "client->>client: a # b",
        "client->>client: 50%",
        "client->>client: <b>",
        "client->>client: wrap: x",
        "client->>nobody: x",
        "Note over client,client: ",
        "rect rgb(0, 0, 0)",
        "client-)client: x",
    ] {
        assert!(check(&with(bad)).is_err(), "{bad}");
    }
    assert!(check("graph TD\n").is_err());
    assert_eq!(decoded("a#59;b#35;c#x"), "a;b#c#x");
}
