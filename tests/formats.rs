//! The Markdown and Mermaid reports. Golden files of the lesson and of a run whose
//! expectation fails, in English and Korean; the diagram of every built-in written
//! to `target/` and checked against Mermaid's syntax rules, and, when
//! `OAUTH_SIM_MERMAID_CHECK=1` (as `.ci/run` sets it), read by Mermaid's own parser
//! in Node (`tests/mermaid/parse.mjs`), which must see every party, arrow and label
//! as meant; markup in a scenario's text that must stay text in Markdown.

#[path = "mermaid/syntax.rs"]
mod syntax;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use oauth_sim::escape::{visible, visible_line};
use oauth_sim::explain::Lang;
use oauth_sim::report::{self, MERMAID_MAX_TEXT};
use oauth_sim::scenario::{self, Loaded};
use oauth_sim::sim::{Actor, Transcript};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

const WRONG: &str = "tests/fixtures/valid/wrong-expectation.json";
const MARKUP: &str = "tests/fixtures/valid/markup-in-text.json";
/// A client that stops after Alice denies: skipped steps in every format.
const STOPS: &str = "consent-denied-client-stops";
const LANGS: [(Lang, &str); 2] = [(Lang::EN, "en"), (Lang::KO, "ko")];

fn load(argument: &str) -> Loaded {
    match scenario::resolve(argument) {
        Ok(loaded) => loaded,
        Err(error) => panic!("{argument} does not load: {error}"),
    }
}

/// The Mermaid block of a Markdown report (inside its `mermaid` fence).
fn embedded_diagram(markdown: &str) -> &str {
    let start = markdown
        .find("```mermaid\n")
        .map_or(0, |at| at + "```mermaid\n".len());
    let length = markdown[start..].find("\n```\n").map_or(0, |at| at + 1);
    &markdown[start..start + length]
}

#[test]
fn the_lesson_and_a_failing_run_match_their_golden_files() {
    for argument in ["standard-flow", WRONG, STOPS] {
        let Loaded { file, scenario } = load(argument);
        let transcript = scenario.run(None);
        let name = Path::new(argument)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or(argument);
        for (lang, code) in LANGS {
            let mermaid = report::mermaid(&transcript, &file, lang);
            insta::assert_snapshot!(format!("mermaid-{name}-{code}"), mermaid);
            let markdown = report::markdown(&transcript, &file, lang);
            insta::assert_snapshot!(format!("markdown-{name}-{code}"), markdown);
        }
        let text = report::text(&transcript, &file, report::TextOptions::default());
        insta::assert_snapshot!(format!("text-{name}-en"), text);
        // The JSON line, pretty-printed so a change reads as a diff of fields.
        let options = report::JsonOptions {
            lang: Lang::EN,
            explain: false,
            strict: None,
        };
        let line = report::json_line(&transcript, &file, options);
        let value: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");
        let pretty = serde_json::to_string_pretty(&value).expect("JSON prints");
        insta::assert_snapshot!(format!("json-{name}"), pretty);
    }
}

#[test]
fn a_failed_expectation_is_a_crossed_shaded_step_with_expected_and_actual() {
    let Loaded { file, scenario } = load(WRONG);
    let transcript = scenario.run(None);
    let mermaid = report::mermaid(&transcript, &file, Lang::EN);
    assert!(mermaid.contains("authorization_server--xresource_owner: 400 invalid_request"));
    assert!(mermaid.contains("    rect rgba("));
    assert!(mermaid.contains("Note over client,resource_server: ✗ status expected 302, got 400"));
    let markdown = report::markdown(&transcript, &file, Lang::EN);
    assert!(markdown.contains("### Step 2 · authorize ✗"));
    assert!(markdown.contains("| status | 302 | 400 |"));
    assert!(markdown.contains("- Step 2 · authorize: status expected 302, got 400"));
    let korean = report::markdown(&transcript, &file, Lang::KO);
    assert!(korean.contains("| | 기대 | 실제 |"));
    assert!(korean.contains("- 2단계 · authorize: status: 기대 302, 실제 400"));
}

/// A scenario that only waits, `steps` times: each wait is a note in the diagram.
fn waiting(steps: usize) -> Transcript {
    let waits = vec![r#"{"do":"wait","seconds":60}"#; steps].join(",");
    let text = format!(r#"{{"title":"Waiting","steps":[{waits}]}}"#);
    match scenario::parse("waiting.json", text.as_bytes()) {
        Ok(scenario) => scenario.run(None),
        Err(error) => panic!("the scenario does not load: {error}"),
    }
}

#[test]
fn a_long_run_keeps_the_diagram_in_markdown_drawable_and_lists_every_step() {
    let transcript = waiting(1_000);
    let markdown = report::markdown(&transcript, "waiting.json", Lang::EN);
    let diagram = embedded_diagram(&markdown);
    assert!(
        diagram.len() <= MERMAID_MAX_TEXT,
        "{} characters",
        diagram.len()
    );
    assert!(diagram.contains(": … steps 815 to 1000 are not drawn: Mermaid draws at most"));
    assert!(diagram.ends_with("✓ passed · 1000 steps · 0 expectations met\n"));
    assert_eq!(syntax::check(diagram), Ok(()));
    assert!(markdown.contains("\n### Step 1000 · wait\n"));
    let whole = report::mermaid(&transcript, "waiting.json", Lang::EN);
    assert!(whole.contains("1000 · ⏱ 60 s later"));
}

/// Markdown events of `markdown`, with GitHub's extensions on.
fn events(markdown: &str) -> Vec<Event<'_>> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_MATH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    Parser::new_ext(markdown, options).collect()
}

/// The text of each heading and paragraph in order, and whether anything but plain
/// text (code, emphasis, a link, HTML) stood in it.
fn texts(events: &[Event<'_>]) -> Vec<(String, bool)> {
    let mut texts = Vec::new();
    let mut current: Option<(String, bool)> = None;
    for event in events {
        match (event, current.as_mut()) {
            (Event::Start(Tag::Heading { .. } | Tag::Paragraph), None) => {
                current = Some((String::new(), false));
            }
            (Event::End(TagEnd::Heading(_) | TagEnd::Paragraph), Some(_)) => {
                texts.extend(current.take());
            }
            (Event::Text(text), Some((shown, _))) => shown.push_str(text),
            (Event::SoftBreak, Some((shown, _))) => shown.push('\n'),
            (_, Some((_, markup))) => *markup = true,
            (_, None) => {}
        }
    }
    texts
}

#[test]
fn markup_in_a_scenarios_text_stays_text_in_markdown() {
    let Loaded { file, scenario } = load(MARKUP);
    let transcript = scenario.run(None);
    for (lang, _) in LANGS {
        let markdown = report::markdown(&transcript, &file, lang);
        let events = events(&markdown);
        let texts = texts(&events);
        let title = (visible_line(transcript.title.get(lang)).into_owned(), false);
        assert_eq!(texts[0], title, "the title changed or became markup");
        let lines: Vec<&str> = transcript
            .summary
            .get(lang)
            .lines()
            .map(str::trim_start)
            .collect();
        assert_eq!(
            texts[2],
            (lines.join("\n"), false),
            "the summary changed or became markup"
        );
        assert!(
            !events.iter().any(|e| matches!(
                e,
                Event::Html(_) | Event::InlineHtml(_) | Event::InlineMath(_)
            )),
            "HTML or math in the document"
        );
        let blocks: Vec<String> = events
            .iter()
            .filter_map(|e| match e {
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => Some(info.to_string()),
                _ => None,
            })
            .collect();
        let messages: usize = transcript.steps.iter().map(|s| s.messages.len()).sum();
        assert_eq!(blocks.iter().filter(|i| *i == "mermaid").count(), 1);
        assert_eq!(blocks.iter().filter(|i| *i == "http").count(), messages);
        assert_eq!(blocks.len(), messages + 1);
        assert_eq!(
            first_row(&events),
            ["headers.Cache-Control", "a|b *c* `d` <e>", "no-store"]
        );
    }
}

/// The text of each cell of a document's first table row under its header.
fn first_row(events: &[Event<'_>]) -> Vec<String> {
    let mut cells = Vec::new();
    let row = events
        .iter()
        .skip_while(|e| !matches!(e, Event::Start(Tag::TableRow)))
        .take_while(|e| !matches!(e, Event::End(TagEnd::TableRow)));
    for event in row {
        match event {
            Event::Start(Tag::TableCell) => cells.push(String::new()),
            Event::Text(text) => cells.last_mut().into_iter().for_each(|c| c.push_str(text)),
            _ => {}
        }
    }
    cells
}

/// A diagram written to `target/` and what Mermaid's parser must read in it.
struct Written {
    path: PathBuf,
    /// The run it draws, unless it is a document's diagram, cut to size.
    meant: Option<Meant>,
}

/// What a whole diagram of a transcript says.
struct Meant {
    title: String,
    parties: Vec<Actor>,
    /// Each message: sender, receiver and label.
    arrows: Vec<(Actor, Actor, String)>,
    /// Each note of the scenario, its whitespace folded.
    notes: Vec<String>,
}

impl Meant {
    fn of(transcript: &Transcript, lang: Lang) -> Self {
        Self {
            title: visible_line(transcript.title.get(lang)).into_owned(),
            parties: oauth_sim::report::model::parties(transcript),
            arrows: transcript
                .steps
                .iter()
                .flat_map(|s| &s.messages)
                .map(|m| {
                    (
                        m.from,
                        m.to,
                        visible_line(&oauth_sim::explain::label(lang, m)).into_owned(),
                    )
                })
                .collect(),
            notes: transcript
                .steps
                .iter()
                .filter_map(|s| s.step.note_in(lang))
                .map(|n| folded(&visible(n)))
                .collect(),
        }
    }
}

fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes the diagram of every built-in, of the fixtures and of a long run, whole
/// and as a Markdown report embeds it, in both languages, into `target/`.
fn write_every_diagram(dir: &Path) -> Vec<Written> {
    let _ = std::fs::remove_dir_all(dir);
    if let Err(error) = std::fs::create_dir_all(dir) {
        panic!("cannot make {}: {error}", dir.display());
    }
    let mut runs: Vec<(String, String, Transcript)> = scenario::builtin_names()
        .chain([WRONG, MARKUP])
        .map(|argument| {
            let Loaded { file, scenario } = load(argument);
            let name = Path::new(argument)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or(argument);
            (name.to_owned(), file, scenario.run(None))
        })
        .collect();
    runs.push((
        "waiting".to_owned(),
        "waiting.json".to_owned(),
        waiting(1_000),
    ));
    let mut written = Vec::new();
    for (name, file, transcript) in &runs {
        for (lang, code) in LANGS {
            let whole = dir.join(format!("{name}.{code}.mmd"));
            let embedded = dir.join(format!("{name}.{code}.md.mmd"));
            let markdown = report::markdown(transcript, file, lang);
            let files = [
                (&whole, report::mermaid(transcript, file, lang)),
                (&embedded, embedded_diagram(&markdown).to_owned()),
            ];
            for (path, text) in files {
                if let Err(error) = std::fs::write(path, text) {
                    panic!("cannot write {}: {error}", path.display());
                }
            }
            written.push(Written {
                path: whole,
                meant: Some(Meant::of(transcript, lang)),
            });
            written.push(Written {
                path: embedded,
                meant: None,
            });
        }
    }
    written
}

#[test]
fn every_diagram_is_mermaid_that_draws_every_party_arrow_and_label() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("mermaid");
    let written = write_every_diagram(&dir);
    for file in &written {
        let text = std::fs::read_to_string(&file.path).unwrap_or_default();
        if let Err(error) = syntax::check(&text) {
            panic!("{}: {error}", file.path.display());
        }
    }
    if std::env::var_os("OAUTH_SIM_MERMAID_CHECK").is_some_and(|v| v == "1") {
        mermaid_reads(&written);
    }
}

/// What `parse.mjs` printed for one file.
#[derive(serde::Deserialize)]
struct Parsed {
    file: PathBuf,
    ok: bool,
    #[serde(default)]
    error: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    participants: Vec<Participant>,
    #[serde(default)]
    arrows: Vec<Arrow>,
    #[serde(default)]
    notes: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Participant {
    id: String,
    name: String,
}

#[derive(serde::Deserialize)]
struct Arrow {
    from: String,
    to: String,
    text: String,
}

/// Runs Mermaid's own parser on every file and compares what it read with what the
/// diagram means.
fn mermaid_reads(written: &[Written]) {
    let checker = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mermaid/parse.mjs");
    let output = Command::new("node")
        .arg(&checker)
        .args(written.iter().map(|w| &w.path))
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!("OAUTH_SIM_MERMAID_CHECK=1 but node does not run: {error}"),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let parsed: HashMap<PathBuf, Parsed> = stdout
        .lines()
        .filter_map(|line| serde_json::from_str::<Parsed>(line).ok())
        .map(|p| (p.file.clone(), p))
        .collect();
    assert!(
        output.status.success() && parsed.len() == written.len(),
        "Mermaid's parser refused a diagram ({} of {} read):\n{}\n{}",
        parsed.len(),
        written.len(),
        stdout
            .lines()
            .filter(|l| l.contains(r#""ok":false"#))
            .collect::<Vec<_>>()
            .join("\n"),
        String::from_utf8_lossy(&output.stderr)
    );
    for file in written {
        let Some(read) = parsed.get(&file.path) else {
            panic!("{}: not read", file.path.display());
        };
        assert!(read.ok, "{}: {}", file.path.display(), read.error);
        if let Some(meant) = &file.meant {
            compare(&file.path, read, meant);
        }
    }
}

fn compare(path: &Path, read: &Parsed, meant: &Meant) {
    let path = path.display();
    assert_eq!(read.title, meant.title, "{path}: title");
    let ids: Vec<&str> = read.participants.iter().map(|p| p.id.as_str()).collect();
    let parties: Vec<&str> = meant.parties.iter().map(|a| a.as_str()).collect();
    assert_eq!(ids, parties, "{path}: participants");
    let text = std::fs::read_to_string(read.file.as_path()).unwrap_or_default();
    for participant in &read.participants {
        let line = format!("    participant {} as ", participant.id);
        let declared = text
            .lines()
            .find_map(|l| l.strip_prefix(line.as_str()))
            .unwrap_or_default();
        assert_eq!(
            participant.name,
            syntax::decoded(declared),
            "{path}: a party's name"
        );
    }
    assert_eq!(read.arrows.len(), meant.arrows.len(), "{path}: arrows");
    for (arrow, (from, to, label)) in read.arrows.iter().zip(&meant.arrows) {
        assert_eq!(
            (arrow.from.as_str(), arrow.to.as_str()),
            (from.as_str(), to.as_str()),
            "{path}"
        );
        assert!(
            arrow.text.ends_with(label.as_str()),
            "{path}: «{}» is not «{label}»",
            arrow.text
        );
    }
    let notes: Vec<String> = read
        .notes
        .iter()
        .map(|n| folded(&n.replace("<br>", " ")))
        .collect();
    for note in &meant.notes {
        assert!(
            notes.iter().any(|n| n.ends_with(note.as_str())),
            "{path}: the note «{note}» is missing"
        );
    }
}

#[test]
fn run_writes_markdown_and_mermaid_and_exits_as_the_run_ended() {
    let run = |args: &[&str]| match Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(args)
        .output()
    {
        Ok(output) => output,
        Err(error) => panic!("oauth-sim does not start: {error}"),
    };
    let failing = run(&["run", "--format", "mermaid", WRONG]);
    assert_eq!(failing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failing.stdout).starts_with("sequenceDiagram\n"));
    let lesson = run(&[
        "run",
        "--format",
        "markdown",
        "--lang",
        "ko",
        "standard-flow",
    ]);
    assert_eq!(lesson.status.code(), Some(0));
    let Loaded { file, scenario } = load("standard-flow");
    let stdout = String::from_utf8_lossy(&lesson.stdout);
    let report = report::markdown(&scenario.run(None), &file, Lang::KO);
    assert!(stdout.starts_with(&report), "{stdout}");
    assert_eq!(
        stdout[report.len()..]
            .lines()
            .filter(|l| !l.is_empty())
            .count(),
        1
    );
    let lab = run(&["list", "--lab", "--format", "markdown"]);
    assert_eq!(lab.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&lab.stderr).contains("[possible values: text, json]"),
        "{}",
        String::from_utf8_lossy(&lab.stderr)
    );
}
