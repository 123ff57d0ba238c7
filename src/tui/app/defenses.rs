//! The defenses panel (`x`): every policy field of the scenario format's `client`,
//! `server` and `resource` objects that is a switch, a number of seconds or a
//! choice of names, read from the format's JSON Schema (`scenario::json_schema`), so
//! a field added to the format appears here without a list to keep in step. A flip
//! is one [`Change::Policy`].

use serde_json::Value;

use super::edits::Change;
use crate::scenario::{Scenario, json_schema, write};

/// The objects of the format that hold the parties' policies.
const OBJECTS: [&str; 3] = ["client", "server", "resource"];

/// The durations `+`/`−` step through, in seconds: none, a second, then the
/// lifetimes servers commonly use (RFC 6749 §4.1.2 recommends at most ten minutes
/// for a code).
const LADDER: [u64; 12] = [
    0, 1, 5, 30, 60, 300, 600, 1_800, 3_600, 86_400, 1_209_600, 2_592_000,
];

/// How a policy field changes.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `true` or `false`.
    Switch,
    /// Whole seconds.
    Seconds,
    /// One of these values (`null` among them when the field may be left out).
    Choice(Vec<Value>),
}

/// One policy field.
#[derive(Debug, Clone, PartialEq)]
pub struct Defense {
    /// As a file writes it: `server.require_pkce`.
    pub path: String,
    pub kind: Kind,
}

/// Every policy field the format has, in the order of its objects, then by name.
pub fn all() -> Vec<Defense> {
    let Ok(schema) = serde_json::from_str::<Value>(&json_schema()) else {
        return Vec::new();
    };
    let mut list = Vec::new();
    for object in OBJECTS {
        let Some(fields) = schema
            .pointer(&format!("/properties/{object}"))
            .map(|s| resolve(&schema, s))
            .and_then(|s| s.get("properties"))
            .and_then(Value::as_object)
        else {
            continue;
        };
        for (name, field) in fields {
            if let Some(kind) = kind_of(&schema, field) {
                list.push(Defense {
                    path: format!("{object}.{name}"),
                    kind,
                });
            }
        }
    }
    list
}

/// The schema `$ref` points to, or `schema` itself.
fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|pointer| root.pointer(pointer))
        .unwrap_or(schema)
}

/// How a field of this schema changes, or none for free text and lists (names,
/// URIs, scopes), which are not defenses.
fn kind_of(root: &Value, field: &Value) -> Option<Kind> {
    let field = resolve(root, field);
    match field.get("type").and_then(Value::as_str) {
        Some("boolean") => return Some(Kind::Switch),
        Some("integer") => return Some(Kind::Seconds),
        _ => {}
    }
    if let Some(names) = names(field) {
        return Some(Kind::Choice(names));
    }
    let options = field.get("anyOf")?.as_array()?;
    let mut values = Vec::new();
    for option in options {
        let option = resolve(root, option);
        if option.get("type").and_then(Value::as_str) == Some("null") {
            values.insert(0, Value::Null);
        } else {
            values.extend(names(option)?);
        }
    }
    Some(Kind::Choice(values))
}

/// The names an enumeration allows (`oneOf` of `const`, or `enum`).
fn names(field: &Value) -> Option<Vec<Value>> {
    if let Some(values) = field.get("enum").and_then(Value::as_array) {
        return Some(values.clone());
    }
    field
        .get("oneOf")?
        .as_array()?
        .iter()
        .map(|option| option.get("const").cloned())
        .collect()
}

/// The value of `path` in `scenario`, as its file would write it.
pub fn value_of(scenario: &Scenario, path: &str) -> Value {
    let pointer = format!("/{}", path.replace('.', "/"));
    write::to_value(scenario)
        .ok()
        .and_then(|value| value.pointer(&pointer).cloned())
        .unwrap_or(Value::Null)
}

impl Defense {
    /// The change that flips this field from `current` (`step` > 0: onwards, for a
    /// number or a choice; < 0: back), or none when it cannot move further.
    pub fn flip(&self, current: &Value, step: i8) -> Option<Change> {
        let value = match &self.kind {
            Kind::Switch => Value::Bool(!current.as_bool()?),
            Kind::Seconds => {
                let now = current.as_u64()?;
                let next = if step >= 0 {
                    LADDER.into_iter().find(|s| *s > now)?
                } else {
                    LADDER.into_iter().rev().find(|s| *s < now)?
                };
                Value::from(next)
            }
            Kind::Choice(values) => {
                let at = values.iter().position(|v| v == current).unwrap_or(0);
                let len = values.len();
                let next = if step >= 0 { at + 1 } else { at + len - 1 };
                values.get(next % len.max(1))?.clone()
            }
        };
        Some(Change::Policy {
            path: self.path.clone(),
            value,
        })
    }
}

/// How a policy value reads on screen: the file's words, seconds with their unit.
pub fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => "—".to_owned(),
        Value::Number(seconds) => format!("{seconds} s"),
        other => other.to_string(),
    }
}

/// The panel's state: the list and which field is selected.
#[derive(Debug, Clone)]
pub struct Defenses {
    pub list: Vec<Defense>,
    pub cursor: usize,
    /// Why the last flip was refused, in the loader's words.
    pub refused: Option<String>,
}

impl Defenses {
    pub fn open() -> Self {
        Self {
            list: all(),
            cursor: 0,
            refused: None,
        }
    }

    pub fn select_by(&mut self, delta: isize) {
        let last = self.list.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(delta).min(last);
    }

    pub fn selected(&self) -> Option<&Defense> {
        self.list.get(self.cursor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(path: &str) -> Option<Defense> {
        all().into_iter().find(|d| d.path == path)
    }

    #[test]
    fn the_panel_lists_the_policies_of_the_format_and_no_free_text() {
        let paths: Vec<String> = all().into_iter().map(|d| d.path).collect();
        for policy in [
            "client.uses_state",
            "client.uses_pkce",
            "client.referrer_policy",
            "server.require_pkce",
            "server.allow_plain_pkce",
            "server.redirect_uri_matching",
            "server.one_time_codes",
            "server.rotate_refresh_tokens",
            "server.code_lifetime",
            "resource.introspection_cache",
        ] {
            assert!(paths.iter().any(|p| p == policy), "{policy} in {paths:?}");
        }
        for text in ["client.name", "client.redirect_uris", "server.scopes"] {
            assert!(!paths.iter().any(|p| p == text), "{text}");
        }
    }

    #[test]
    fn a_switch_flips_a_choice_cycles_and_a_lifetime_steps() {
        let pkce = find("server.require_pkce").map(|d| d.flip(&Value::Bool(true), 1));
        assert!(matches!(
            pkce,
            Some(Some(Change::Policy {
                value: Value::Bool(false),
                ..
            }))
        ));
        let matching = find("server.redirect_uri_matching");
        let flipped = matching.and_then(|d| d.flip(&Value::from("exact"), 1));
        assert!(matches!(flipped, Some(Change::Policy { value, .. }) if value == "prefix"));
        let lifetime = find("server.code_lifetime");
        let up = lifetime.as_ref().and_then(|d| d.flip(&Value::from(600), 1));
        let down = lifetime
            .as_ref()
            .and_then(|d| d.flip(&Value::from(600), -1));
        let floor = lifetime.and_then(|d| d.flip(&Value::from(0), -1));
        assert!(matches!(up, Some(Change::Policy { value, .. }) if value == 1_800));
        assert!(matches!(down, Some(Change::Policy { value, .. }) if value == 300));
        assert_eq!(floor, None);
    }

    #[test]
    fn a_field_that_may_be_left_out_can_be_left_out_again() {
        let Some(Defense {
            kind: Kind::Choice(values),
            ..
        }) = find("client.referrer_policy")
        else {
            panic!("referrer_policy is a choice");
        };
        assert_eq!(values.first(), Some(&Value::Null));
        assert!(values.contains(&Value::from("unsafe-url")));
    }
}
