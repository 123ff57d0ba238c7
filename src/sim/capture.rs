//! Captures: a step names values of its final response (`"capture": {"my_code":
//! "location.query.code"}`), and the steps after it use them as `$my_code`
//! (`scenario-format.md`, "capture"). A capture is available only to later steps,
//! and may not take a built-in variable's name, so `$code` always means the same.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt::{self, Write as _};

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap as _, Serializer};
use serde::{Deserialize, Serialize};

use super::checks::{Check, Field};
use super::message::Message;
use super::step::{ParamValue, Step, Text};
use super::variables::{Seen, Var, closest};

/// A step's captures in file order: the name after `$`, and where its value is read.
#[derive(Debug, Clone, Default, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(with = "std::collections::BTreeMap<String, String>")]
pub struct Captures(pub Vec<(String, Field)>);

impl Captures {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Whether `name` can follow a `$`: ASCII letters, digits and `_`, not starting
/// with a digit, as the built-in names are written.
pub fn is_capture_name(name: &str) -> bool {
    name.bytes().next().is_some_and(|b| !b.is_ascii_digit())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Why a capture name cannot be used, if it cannot.
fn refuse_name(name: &str) -> Option<String> {
    if Var::from_name(name).is_some() {
        return Some(format!(
            "`{name}` is a built-in variable (${name}); give the capture another name"
        ));
    }
    (!is_capture_name(name)).then(|| {
        format!(
            "`{name}` cannot be a capture name: use letters, digits and `_`, not starting \
             with a digit"
        )
    })
}

impl Serialize for Captures {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, field) in &self.0 {
            map.serialize_entry(name, &field.source())?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Captures {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CapturesVisitor;
        impl<'de> Visitor<'de> for CapturesVisitor {
            type Value = Captures;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of names and sources such as \"location.query.code\"")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Captures, A::Error> {
                let mut captures = Vec::new();
                let mut names = HashSet::new();
                while let Some(name) = map.next_key::<String>()? {
                    if !names.insert(name.clone()) {
                        return Err(de::Error::custom(format!(
                            "`{name}` is captured twice in one step"
                        )));
                    }
                    let field = map.next_value_seed(Source { name: &name })?;
                    captures.push((name, field));
                }
                Ok(Captures(captures))
            }
        }
        deserializer.deserialize_map(CapturesVisitor)
    }
}

/// The source of the capture called `name`, read with the name's own checks, so
/// that an error about either names the capture in its path (`capture.my-code`).
struct Source<'a> {
    name: &'a str,
}

impl<'de> DeserializeSeed<'de> for Source<'_> {
    type Value = Field;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        deserializer.deserialize_str(self)
    }
}

/// Checked while the source is read, so the error is placed right after it.
impl Visitor<'_> for Source<'_> {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a source such as \"location.query.code\"")
    }

    fn visit_str<E: de::Error>(self, source: &str) -> Result<Field, E> {
        if let Some(why) = refuse_name(self.name) {
            return Err(E::custom(why));
        }
        Field::parse(source).map_err(E::custom)
    }
}

/// Reads each capture in `answer`, the step's final response, and keeps it in
/// `seen` for the steps after step `at`; returns what was captured, for the record.
pub fn take(
    captures: &Captures,
    answer: Option<&Message>,
    seen: &mut Seen,
    at: usize,
) -> Vec<(String, Option<String>)> {
    captures
        .0
        .iter()
        .map(|(name, field)| {
            let value = field.read(answer).into_text();
            seen.capture(name, value.clone(), at);
            (name.clone(), value)
        })
        .collect()
}

/// One step of a path into the scenario file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// A path into the scenario file as its errors write it: `steps[3].with.code`.
pub fn path_text(path: &[Segment]) -> String {
    let mut text = String::new();
    for segment in path {
        match segment {
            Segment::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            Segment::Index(index) => {
                let _ = write!(text, "[{index}]");
            }
        }
    }
    text
}

/// A capture used where it has no value: before the step that captures it, at that
/// step, or with no step capturing it at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misplaced {
    /// Where it is used, down to the JSON key or index that holds it.
    pub path: Vec<Segment>,
    pub message: String,
}

/// Checks that every `$name` that is not a built-in is captured by an earlier step.
///
/// # Errors
///
/// The first use, in file order, of a name no earlier step captures.
pub fn check_order(steps: &[impl Borrow<Step>]) -> Result<(), Misplaced> {
    let mut captured: HashSet<&str> = HashSet::new();
    for (index, step) in steps.iter().map(Borrow::borrow).enumerate() {
        for (mut path, name) in capture_uses(step) {
            if !captured.contains(name) {
                path.insert(0, Segment::Index(index));
                path.insert(0, Segment::Key("steps".into()));
                return Err(Misplaced {
                    path,
                    message: misplaced(steps, name),
                });
            }
        }
        captured.extend(step.capture.0.iter().map(|(name, _)| name.as_str()));
    }
    Ok(())
}

/// Why `$name` has no value where it is used: it is captured too late, or nowhere.
fn misplaced(steps: &[impl Borrow<Step>], name: &str) -> String {
    let at = steps
        .iter()
        .map(Borrow::borrow)
        .position(|s| s.capture.0.iter().any(|(n, _)| n == name));
    if let Some(at) = at {
        return format!(
            "${name} is captured at step {} (steps[{at}].capture.{name}); only the steps \
             after it can use it",
            at + 1
        );
    }
    let captures = steps
        .iter()
        .map(Borrow::borrow)
        .flat_map(|s: &Step| s.capture.0.iter().map(|(n, _)| n.as_str()));
    let builtins = Var::all_names().map(|n| -> &str { n });
    match closest(name, builtins.chain(captures)) {
        Some(best) => format!("unknown variable ${name} (did you mean ${best}?)"),
        None => format!("unknown variable ${name} (no step captures it)"),
    }
}

/// Every capture a step uses, with its path inside the step.
fn capture_uses(step: &Step) -> Vec<(Vec<Segment>, &str)> {
    let key = |k: &str| Segment::Key(k.to_owned());
    let mut uses = Vec::new();
    for (name, value) in &step.with.0 {
        match value {
            ParamValue::Omit => {}
            ParamValue::One(text) => {
                if let Some(capture) = capture_name(text) {
                    uses.push((vec![key("with"), key(name)], capture));
                }
            }
            ParamValue::Many(texts) => {
                for (i, text) in texts.iter().enumerate() {
                    if let Some(capture) = capture_name(text) {
                        uses.push((vec![key("with"), key(name), Segment::Index(i)], capture));
                    }
                }
            }
        }
    }
    if let Some(expect) = &step.expect {
        for (field, check) in expect.field_checks() {
            if let Check::Equals(text) | Check::Contains(text) = check
                && let Some(capture) = capture_name(text)
            {
                let mut path = vec![key("expect")];
                path.extend(field_path(&field).into_iter().map(key));
                uses.push((path, capture));
            }
        }
    }
    if let Some(raw) = &step.raw {
        uses.extend(
            raw.texts()
                .filter_map(capture_name)
                .map(|c| (vec![key("raw")], c)),
        );
    }
    uses
}

/// Where a check on `field` sits in `expect`: `["location", "query", "code"]`.
fn field_path(field: &Field) -> Vec<&str> {
    match field {
        Field::Header(name) => vec!["headers", name],
        Field::Query(name) => vec!["location", "query", name],
        Field::Fragment(name) => vec!["location", "fragment", name],
        Field::Json(path) => vec!["json", path],
    }
}

fn capture_name(text: &Text) -> Option<&str> {
    match text {
        Text::Capture(name) => Some(name),
        Text::Literal(_) | Text::Var(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(json: &str) -> Vec<Step> {
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
    }

    fn order_error(json: &str) -> Option<(String, String)> {
        check_order(&steps(json))
            .err()
            .map(|m| (path_text(&m.path), m.message))
    }

    #[test]
    fn a_capture_is_usable_by_the_steps_after_it() {
        let json = r#"[{"do": "consent", "capture": {"c": "location.query.code"}},
                       {"do": "token", "with": {"code": "$c"}}]"#;
        assert_eq!(order_error(json), None);
    }

    #[test]
    fn a_capture_used_at_or_before_its_step_names_the_step_that_captures_it() {
        let json = r#"[{"do": "token", "with": {"scope": ["x", "$tok"]}},
                       {"do": "token", "capture": {"tok": "json.access_token"}}]"#;
        assert_eq!(
            order_error(json),
            Some((
                "steps[0].with.scope[1]".into(),
                "$tok is captured at step 2 (steps[1].capture.tok); only the steps after \
                 it can use it"
                    .into()
            ))
        );
        let same = r#"[{"do": "token", "capture": {"tok": "json.access_token"},
                        "expect": {"json": {"access_token": {"contains": "$tok"}}}}]"#;
        assert_eq!(
            order_error(same).map(|(path, _)| path),
            Some("steps[0].expect.json.access_token".into())
        );
    }

    #[test]
    fn a_name_nobody_captures_is_unknown_with_the_nearest_name() {
        let json = r#"[{"do": "consent", "capture": {"my_code": "location.query.code"}},
                       {"do": "token", "with": {"code": "$my_cod"}},
                       {"do": "token", "with": {"code": "$zzz"}}]"#;
        assert_eq!(
            order_error(json).map(|(_, message)| message),
            Some("unknown variable $my_cod (did you mean $my_code?)".into())
        );
        let nothing_near = r#"[{"do": "token", "with": {"code": "$zzz"}}]"#;
        assert_eq!(
            order_error(nothing_near).map(|(_, message)| message),
            Some("unknown variable $zzz (no step captures it)".into())
        );
    }

    #[test]
    fn capture_names_are_not_built_ins_and_sources_are_known() {
        let error = |json: &str| {
            serde_json::from_str::<Captures>(json)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(
            error(r#"{"code": "location.query.code"}"#)
                .starts_with("`code` is a built-in variable ($code)")
        );
        assert!(error(r#"{"my-code": "location.query.code"}"#).starts_with("`my-code` cannot"));
        assert!(error(r#"{"c": "body.code"}"#).starts_with("unknown source `body.code`"));
        assert!(error(r#"{"c": "json."}"#).starts_with("`json.` names no field"));
    }
}
