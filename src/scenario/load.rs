//! Reading scenario files and built-ins, and turning serde's errors into messages
//! that say where the problem is and what was probably meant.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

use serde_path_to_error::Segment;

use super::error::ScenarioError;
use super::{Loaded, Scenario, languages, locate};
use crate::sim::{self, check_order, closest};

include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

/// Scenario files are small; anything larger is refused before it is read whole.
pub const MAX_FILE_SIZE: u64 = 1024 * 1024;

/// The names of the built-in scenarios, sorted.
pub fn builtin_names() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().map(|(name, _)| *name)
}

/// A built-in scenario by name.
pub fn builtin(name: &str) -> Option<Result<Loaded, ScenarioError>> {
    let (name, text) = BUILTINS.iter().find(|(n, _)| *n == name)?;
    let file = format!("builtin:{name}");
    Some(parse(&file, text.as_bytes()).map(|scenario| Loaded { file, scenario }))
}

/// A command-line argument: an existing file, or else a built-in's name.
///
/// # Errors
///
/// The file cannot be used, or no built-in has that name.
pub fn resolve(argument: &str) -> Result<Loaded, ScenarioError> {
    let path = Path::new(argument);
    let json_extension = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let looks_like_file = path.exists() || json_extension || argument.contains(['/', '\\']);
    if looks_like_file {
        return load_file(path);
    }
    builtin(argument).unwrap_or_else(|| {
        let hint = closest(argument, builtin_names())
            .map(|n| format!(" (did you mean {n}?)"))
            .unwrap_or_default();
        Err(ScenarioError::file(
            argument,
            format!(
                "no such file or built-in scenario{hint}; `oauth-sim list` names the built-ins"
            ),
        ))
    })
}

/// Reads and parses a scenario file.
///
/// # Errors
///
/// The file is missing, a directory or anything else that is not a regular file,
/// over 1 MiB, or not a valid scenario.
pub fn load_file(path: &Path) -> Result<Loaded, ScenarioError> {
    let file = path.display().to_string();
    let bytes = read_bounded(path).map_err(|message| ScenarioError::file(&file, message))?;
    let scenario = parse(&file, &bytes)?;
    Ok(Loaded { file, scenario })
}

/// The bytes of a regular file of at most [`MAX_FILE_SIZE`], or why not.
///
/// The file is opened without blocking (a FIFO would otherwise wait in `open()` for
/// a writer, POSIX `open`, `O_NONBLOCK`), its type is read from the open file (not
/// from the path, which could change in between), and at most one byte more than
/// the limit is read, so `/dev/zero` or a file that grows cannot be read without end.
fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    let opened = open_without_blocking(path).map_err(|e| io_message(&e))?;
    let metadata = opened.metadata().map_err(|e| io_message(&e))?;
    if metadata.is_dir() {
        return Err("is a directory, not a scenario file".into());
    }
    if !metadata.is_file() {
        return Err("not a regular file".into());
    }
    if metadata.len() > MAX_FILE_SIZE {
        return Err(too_large(&format!("{} bytes", metadata.len())));
    }
    read_at_most_the_limit(opened)
}

/// Reads up to one byte past [`MAX_FILE_SIZE`]: enough to know the text is too long,
/// however long the source really is (a file still growing, a `/proc` file whose
/// size says 0).
fn read_at_most_the_limit(source: impl Read) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    source
        .take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(too_large(&format!("more than {MAX_FILE_SIZE} bytes")));
    }
    Ok(bytes)
}

fn too_large(size: &str) -> String {
    format!("file is {size}; scenario files may be at most 1 MiB ({MAX_FILE_SIZE} bytes)")
}

#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

fn io_message(error: &std::io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => "no such file".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::IsADirectory => "is a directory, not a scenario file".into(),
        _ => error.to_string(),
    }
}

/// Parses scenario text; `file` names it in errors.
///
/// # Errors
///
/// The text is over 1 MiB, not UTF-8, empty, not JSON, or not a valid scenario.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Scenario, ScenarioError> {
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(ScenarioError::file(file, "text is larger than 1 MiB"));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = position_of(bytes, e.valid_up_to());
        ScenarioError {
            position: Some((line, column)),
            ..ScenarioError::file(file, "the file is not UTF-8 text (save it as UTF-8)")
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ScenarioError::file(
            file,
            "the file is empty; a scenario needs at least {\"title\": \"…\"}",
        ));
    }
    if let Some((at, found)) = text.char_indices().find(|(_, c)| !c.is_whitespace())
        && found != '{'
    {
        let (line, column) = position_of(text.as_bytes(), at);
        return Err(ScenarioError {
            position: Some((line, column)),
            ..ScenarioError::file(
                file,
                "a scenario is one JSON object: {\"title\": \"…\", \"steps\": […]}",
            )
        });
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let mut scenario: Scenario = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| from_serde(file, e.inner(), path_text(e.path())))?;
    // A list read from JSON grows by doubling; a long scenario is held for the whole
    // session (the TUI keeps it to re-run what-ifs), so give back the spare room.
    if let Some(steps) = &mut scenario.steps {
        steps.shrink_to_fit();
    }
    deserializer
        .end()
        .map_err(|e| from_serde(file, &e, String::new()))?;
    if let Some(steps) = &scenario.steps
        && let Err(misplaced) = check_order(steps)
    {
        return Err(ScenarioError {
            position: locate::position(text, &misplaced.path),
            path: Some(sim::path_text(&misplaced.path)),
            ..ScenarioError::file(file, misplaced.message)
        });
    }
    if let Some((path, message)) = languages::given_twice(&scenario) {
        return Err(ScenarioError {
            position: locate::position(text, &path),
            path: Some(sim::path_text(&path)),
            ..ScenarioError::file(file, message)
        });
    }
    Ok(scenario)
}

/// The 1-based line and column of a byte offset.
fn position_of(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.split(|b| *b == b'\n').count();
    let column = offset
        - before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, column)
}

/// Words a serde error for a person: the path, the place, and a suggestion.
fn from_serde(file: &str, inner: &serde_json::Error, mut path: String) -> ScenarioError {
    let position = (inner.line() > 0).then(|| (inner.line(), inner.column().max(1)));
    let raw = inner.to_string();
    let raw = raw
        .rsplit_once(" at line ")
        .map_or(raw.as_str(), |(message, _)| message);
    let message = match inner.classify() {
        serde_json::error::Category::Eof => format!("the file ends too early (truncated?): {raw}"),
        serde_json::error::Category::Syntax => format!("not valid JSON: {raw}"),
        _ => explain_data_error(raw, &mut path),
    };
    let message = if path == "start" {
        format!("{message} (expected an RFC 3339 time such as 2026-01-01T09:00:00Z)")
    } else {
        message
    };
    ScenarioError {
        file: file.to_owned(),
        position,
        path: (!path.is_empty()).then_some(path),
        message,
    }
}

/// The path as the format writes it: `steps[1].with.code`.
fn path_text(path: &serde_path_to_error::Path) -> String {
    let mut text = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => text = format!("{text}[{index}]"),
            Segment::Map { key } | Segment::Enum { variant: key } => push_field(&mut text, key),
            Segment::Unknown => {}
        }
    }
    text
}

fn push_field(text: &mut String, name: &str) {
    if !text.is_empty() {
        text.push('.');
    }
    text.push_str(name);
}

/// `a whole number from 0 to 4294967295` for serde's `u32`: serde names a field's
/// Rust integer type (`expected u16`), which says nothing to the person writing the
/// file, so every integer type of the format is said as its range. A number out of
/// range for its field is refused at load, never wrapped.
fn whole_numbers(type_name: &str) -> Option<String> {
    let (min, max): (i128, i128) = match type_name {
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        "usize" => (0, usize::MAX.try_into().ok()?),
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" => (i64::MIN.into(), i64::MAX.into()),
        "isize" => (isize::MIN.try_into().ok()?, isize::MAX.try_into().ok()?),
        _ => return None,
    };
    Some(format!("a whole number from {min} to {max}"))
}

/// Rewords serde's data errors: unknown names get a "did you mean", a missing or
/// duplicate field is named in the path, an integer type is said as its range.
fn explain_data_error(raw: &str, path: &mut String) -> String {
    let quoted: Vec<&str> = raw.split('`').skip(1).step_by(2).collect();
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let (name, why) = rest.split_once('`').unwrap_or((rest, ""));
        push_field(path, name);
        let why = if name == "title" {
            " (every scenario needs a title)"
        } else {
            why
        };
        return format!("missing field{why}");
    }
    if let Some(rest) = raw.strip_prefix("duplicate field `") {
        let (name, _) = rest.split_once('`').unwrap_or((rest, ""));
        push_field(path, name);
        return "duplicate field (each field may be given only once)".to_owned();
    }
    if let Some((before, type_name)) = raw.rsplit_once(", expected ")
        && let Some(range) = whole_numbers(type_name)
    {
        return format!("{before}, expected {range}");
    }
    let what = if raw.starts_with("unknown field") {
        "unknown field"
    } else if raw.starts_with("unknown variant") {
        if path.rsplit('.').next() == Some("do") {
            "unknown action"
        } else {
            "unknown value"
        }
    } else {
        return raw.to_owned();
    };
    let Some((given, expected)) = quoted.split_first() else {
        return raw.to_owned();
    };
    match closest(given, expected.iter().copied()) {
        Some(best) => format!("{what} `{given}` (did you mean `{best}`?)"),
        None if expected.is_empty() => format!("{what} `{given}`"),
        None => format!("{what} `{given}`; expected one of: {}", expected.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(text: &str) -> String {
        match parse("x.json", text.as_bytes()) {
            Ok(_) => panic!("{text} should not parse"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn a_misspelt_field_names_its_place_and_the_right_name() {
        assert_eq!(
            error_of("{\"title\": \"t\",\n \"sumary\": \"s\"}"),
            "x.json:2:9: sumary: unknown field `sumary` (did you mean `summary`?)"
        );
    }

    #[test]
    fn an_unknown_action_suggests_the_nearest() {
        let message = error_of(r#"{"title": "t", "steps": [{"do": "autorize"}]}"#);
        assert!(
            message.contains("steps[0].do: unknown action `autorize` (did you mean `authorize`?)"),
            "{message}"
        );
    }

    #[test]
    fn an_unknown_variable_suggests_the_nearest() {
        let message =
            error_of(r#"{"title": "t", "steps": [{"do": "token", "with": {"code": "$cod"}}]}"#);
        assert!(
            message.contains("steps[0].with.code: unknown variable $cod (did you mean $code?)"),
            "{message}"
        );
    }

    #[test]
    fn a_missing_title_is_named() {
        assert_eq!(
            error_of("{}"),
            "x.json:1:2: title: missing field (every scenario needs a title)"
        );
    }

    #[test]
    fn not_utf8_gives_the_place_of_the_bad_byte() {
        let error = parse("x.json", b"{\"title\":\n \"\xff\"}").unwrap_err();
        assert_eq!(error.position, Some((2, 3)));
    }

    #[test]
    fn trailing_text_after_the_object_is_an_error() {
        assert!(error_of(r#"{"title": "t"} {"#).contains("x.json:1:"));
    }

    #[test]
    fn a_wait_without_seconds_is_explained() {
        let message = error_of(r#"{"title": "t", "steps": [{"do": "wait"}]}"#);
        assert!(
            message.contains("steps[0]: a wait step needs \"seconds\""),
            "{message}"
        );
    }

    #[test]
    fn korean_title_summary_and_notes_are_read() {
        let text = r#"{"title": "t", "title_ko": "제목", "summary_ko": "요약",
            "steps": [{"do": "register", "note": "n", "note_ko": "메모"}]}"#;
        let Ok(scenario) = parse("x.json", text.as_bytes()) else {
            panic!("the Korean fields are part of the format");
        };
        assert_eq!(scenario.title_ko.as_deref(), Some("제목"));
        assert_eq!(scenario.summary_ko.as_deref(), Some("요약"));
        let steps = scenario.steps();
        assert_eq!(steps[0].note_in(crate::text::Lang::KO), Some("메모"));
        assert_eq!(steps[0].note_in(crate::text::Lang::EN), Some("n"));
    }

    #[test]
    fn title_summary_and_notes_may_be_maps_of_languages() {
        let text = r#"{"title": {"en": "t", "ko": "제목", "ja": "題"}, "summary": {"en": "s"},
            "summary_ko": "요약",
            "steps": [{"do": "register", "note": {"ko": "메모", "en": "n"}}]}"#;
        let Ok(scenario) = parse("x.json", text.as_bytes()) else {
            panic!("a map of languages is part of the format");
        };
        assert_eq!(scenario.title_in("ko"), "제목");
        assert_eq!(scenario.title_in("ja"), "題");
        assert_eq!(scenario.title_in("de"), "t");
        assert_eq!(scenario.summary_words().get("ko"), "요약");
        let steps = scenario.steps();
        assert_eq!(steps[0].note_in("ko"), Some("메모"));
        assert_eq!(steps[0].note_in("en"), Some("n"));
        let transcript = scenario.run(None);
        let json = serde_json::to_string(&transcript.title).unwrap();
        assert_eq!(json, r#"{"en":"t","ja":"題","ko":"제목"}"#);
    }

    #[test]
    fn an_endless_source_is_read_only_to_one_byte_past_the_limit() {
        let error = read_at_most_the_limit(std::io::repeat(b' ')).unwrap_err();
        assert_eq!(
            error,
            "file is more than 1048576 bytes; scenario files may be at most 1 MiB (1048576 bytes)"
        );
        let fits = read_at_most_the_limit(std::io::repeat(b' ').take(MAX_FILE_SIZE));
        assert_eq!(fits.map(|b| b.len() as u64), Ok(MAX_FILE_SIZE));
    }

    #[test]
    fn every_integer_type_is_said_as_its_range_never_by_its_rust_name() {
        for (type_name, range) in [
            ("u8", "0 to 255"),
            ("u16", "0 to 65535"),
            ("u32", "0 to 4294967295"),
            ("u64", "0 to 18446744073709551615"),
            ("usize", "0 to 18446744073709551615"),
            ("i64", "-9223372036854775808 to 9223372036854775807"),
        ] {
            let mut path = String::from("x");
            let raw = format!("invalid value: integer `-1`, expected {type_name}");
            assert_eq!(
                explain_data_error(&raw, &mut path),
                format!("invalid value: integer `-1`, expected a whole number from {range}"),
                "{type_name}"
            );
        }
    }

    #[test]
    fn a_status_out_of_range_says_the_range_of_a_status() {
        assert_eq!(
            error_of(r#"{"title": "t", "steps": [{"do": "token", "expect": {"status": 70000}}]}"#),
            "x.json:1:67: steps[0].expect.status: invalid value: integer `70000`, \
             expected a whole number from 0 to 65535"
        );
    }

    #[test]
    fn every_builtin_loads() {
        for name in builtin_names() {
            assert!(matches!(builtin(name), Some(Ok(_))), "{name}");
        }
    }
}
