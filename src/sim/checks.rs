//! What a step can check in its final response besides status and error: a header,
//! a parameter of the `Location` it redirects to (query or fragment), a field of its
//! JSON body (`scenario-format.md`, "expect"). The same places are what a capture
//! reads.

use std::collections::HashSet;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap as _, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::message::{Message, Payload};
use super::params::Params;
use super::step::Text;
use super::variables::{Seen, Unresolved};

/// A place in a step's final response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// A header, by name (names compare case-insensitively, RFC 9110 §5.1).
    Header(String),
    /// A parameter of the `Location` header's query.
    Query(String),
    /// A parameter of the `Location` header's fragment, form-encoded as RFC 6749
    /// §4.2.2 sends the implicit grant's answer.
    Fragment(String),
    /// A field of the JSON body: a top-level name, or a dotted path
    /// (`authorization_details.0.type`) through objects and arrays.
    Json(String),
}

/// What the final response holds at a [`Field`].
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Absent,
    /// A header's value (repeated headers joined by `, `, RFC 9110 §5.3) or a
    /// `Location` parameter.
    Text(String),
    /// A JSON value, compared as JSON.
    Json(Value),
}

/// A step's final response: the last response among its messages, the answer the
/// step's expectations are about.
pub fn final_response(messages: &[Message]) -> Option<&Message> {
    messages
        .iter()
        .rev()
        .find(|m| matches!(m.payload, Payload::Response(_)))
}

impl Field {
    /// Reads the field in `response`, the step's final response (or none).
    pub fn read(&self, response: Option<&Message>) -> Found {
        let Some(message) = response else {
            return Found::Absent;
        };
        let found = match self {
            Self::Header(name) => header(message, name),
            Self::Query(name) => location_part(message, Part::Query)
                .and_then(|params| params.get(name).map(str::to_owned))
                .map(Found::Text),
            Self::Fragment(name) => location_part(message, Part::Fragment)
                .and_then(|params| params.get(name).map(str::to_owned))
                .map(Found::Text),
            Self::Json(path) => json_at(message, path).map(Found::Json),
        };
        found.unwrap_or(Found::Absent)
    }

    /// The field's text for a person, as the capture syntax writes it:
    /// `header.Cache-Control`, `location.query.code`, `json.scope`.
    pub fn source(&self) -> String {
        match self {
            Self::Header(name) => format!("header.{name}"),
            Self::Query(name) => format!("location.query.{name}"),
            Self::Fragment(name) => format!("location.fragment.{name}"),
            Self::Json(path) => format!("json.{path}"),
        }
    }

    /// The field's path in `expect`: `headers.Cache-Control`, `location.query.code`,
    /// `json.scope`.
    pub fn expect_path(&self) -> String {
        match self {
            Self::Header(name) => format!("headers.{name}"),
            _ => self.source(),
        }
    }

    /// Reads the capture syntax: `header.NAME`, `location.query.NAME`,
    /// `location.fragment.NAME` or `json.PATH`.
    ///
    /// # Errors
    ///
    /// Another prefix, or nothing after it, said for the scenario's author.
    pub fn parse(source: &str) -> Result<Self, String> {
        let named = |name: &str, make: fn(String) -> Self| {
            if name.is_empty() {
                Err(format!("`{source}` names no field after the last `.`"))
            } else {
                Ok(make(name.to_owned()))
            }
        };
        if let Some(name) = source.strip_prefix("header.") {
            named(name, Self::Header)
        } else if let Some(name) = source.strip_prefix("location.query.") {
            named(name, Self::Query)
        } else if let Some(name) = source.strip_prefix("location.fragment.") {
            named(name, Self::Fragment)
        } else if let Some(path) = source.strip_prefix("json.") {
            named(path, Self::Json)
        } else {
            Err(format!(
                "unknown source `{source}`; expected header.NAME, location.query.NAME, \
                 location.fragment.NAME or json.FIELD"
            ))
        }
    }
}

impl Found {
    /// As a mismatch shows it: JSON as JSON text, so `"3600"` and `3600` differ.
    fn shown(&self) -> String {
        match self {
            Self::Absent => "absent".to_owned(),
            Self::Text(text) => text.clone(),
            Self::Json(value) => value.to_string(),
        }
    }

    /// The value as text, for a capture: a JSON string without its quotes.
    pub fn into_text(self) -> Option<String> {
        match self {
            Self::Absent => None,
            Self::Text(text) | Self::Json(Value::String(text)) => Some(text),
            Self::Json(value) => Some(value.to_string()),
        }
    }
}

/// Every value of header `name`, joined as RFC 9110 §5.3 allows.
fn header(message: &Message, name: &str) -> Option<Found> {
    let values: Vec<String> = message
        .headers()
        .into_iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, value)| value)
        .collect();
    (!values.is_empty()).then(|| Found::Text(values.join(", ")))
}

#[derive(Clone, Copy)]
enum Part {
    Query,
    Fragment,
}

/// The query or fragment parameters of the response's `Location`.
fn location_part(message: &Message, part: Part) -> Option<Params> {
    let Payload::Response(response) = &message.payload else {
        return None;
    };
    let location = response.location()?;
    let (before, fragment) = location
        .split_once('#')
        .map_or((location, None), |(before, fragment)| {
            (before, Some(fragment))
        });
    let text = match part {
        Part::Query => before.split_once('?').map(|(_, query)| query),
        Part::Fragment => fragment,
    };
    text.map(Params::decode)
}

/// The JSON value at a dotted path of the body; a segment that is a number also
/// indexes an array.
fn json_at(message: &Message, path: &str) -> Option<Value> {
    let body: Value = message.body().parse_json()?;
    let mut at = &body;
    for segment in path.split('.') {
        at = match at {
            Value::Object(object) => object.get(segment)?,
            Value::Array(items) => items.get(segment.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(at.clone())
}

/// What a field must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// `"present"`: there, with any value.
    Present,
    /// `"absent"` or `null`: not there.
    Absent,
    /// A string (or `{"equals": …}`): exactly this text; a `$variable` is looked up
    /// when the step runs.
    Equals(Text),
    /// A number or boolean (or `{"equals": …}`): this JSON value.
    Is(Value),
    /// `{"contains": …}`: text that includes this.
    Contains(Text),
}

/// Expected against actual, for a check that did not hold.
pub struct Miss {
    pub expected: String,
    pub actual: String,
}

impl Check {
    /// Whether `found` satisfies the check: `Ok(None)` when it does, the miss when
    /// not; `field` names where the check is written.
    ///
    /// # Errors
    ///
    /// The check names a `$variable` with no value yet, so it cannot be decided.
    pub fn judge(
        &self,
        found: &Found,
        seen: &Seen,
        field: impl FnOnce() -> String,
    ) -> Result<Option<Miss>, Unresolved> {
        let (holds, expected) = match self {
            Self::Present => (!matches!(found, Found::Absent), "present".to_owned()),
            Self::Absent => (matches!(found, Found::Absent), "absent".to_owned()),
            Self::Equals(text) => {
                let want = seen.resolve(text, field)?;
                let holds = match found {
                    Found::Text(have) | Found::Json(Value::String(have)) => *have == want,
                    _ => false,
                };
                (holds, shown_expected(text, &want, found))
            }
            Self::Is(value) => (
                matches!(found, Found::Json(have) if have == value),
                value.to_string(),
            ),
            Self::Contains(text) => {
                let want = seen.resolve(text, field)?;
                let holds = match found {
                    Found::Text(have) | Found::Json(Value::String(have)) => have.contains(&want),
                    _ => false,
                };
                (
                    holds,
                    format!("contains {}", shown_expected(text, &want, found)),
                )
            }
        };
        Ok((!holds).then(|| Miss {
            expected,
            actual: found.shown(),
        }))
    }
}

/// The expected text as a mismatch shows it: quoted where the actual value is JSON,
/// and with its `$variable` named.
fn shown_expected(text: &Text, want: &str, found: &Found) -> String {
    let value = if matches!(found, Found::Json(_)) {
        Value::String(want.to_owned()).to_string()
    } else {
        want.to_owned()
    };
    match text {
        Text::Literal(_) => value,
        Text::Var(_) | Text::Capture(_) => format!("{text} = {value}"),
    }
}

/// As the file writes it.
impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Present => f.write_str("present"),
            Self::Absent => f.write_str("absent"),
            Self::Equals(text) => write!(f, "{text}"),
            Self::Is(value) => write!(f, "{value}"),
            Self::Contains(text) => write!(f, "contains {text}"),
        }
    }
}

impl Serialize for Check {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let one = |serializer: S, key: &str, text: &Text| {
            let mut map = serializer.serialize_map(Some(1))?;
            map.serialize_entry(key, text)?;
            map.end()
        };
        match self {
            Self::Present => serializer.serialize_str("present"),
            Self::Absent => serializer.serialize_str("absent"),
            Self::Equals(text @ Text::Literal(word)) if word == "present" || word == "absent" => {
                one(serializer, "equals", text)
            }
            Self::Equals(text) => text.serialize(serializer),
            Self::Is(value) => value.serialize(serializer),
            Self::Contains(text) => one(serializer, "contains", text),
        }
    }
}

/// The forms the deserializer above takes, for editors (`oauth-sim schema`).
impl schemars::JsonSchema for Check {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Check".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "What a field must hold: \"present\", \"absent\" (or null), \
                            text (with $variables), a number or a boolean, \
                            {\"equals\": …} or {\"contains\": …}.",
            "anyOf": [
                { "type": ["string", "number", "boolean", "null"] },
                {
                    "type": "object",
                    "properties": { "equals": { "type": ["string", "number", "boolean"] } },
                    "required": ["equals"],
                    "additionalProperties": false
                },
                {
                    "type": "object",
                    "properties": { "contains": { "type": "string" } },
                    "required": ["contains"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

const CHECK_FORMS: &str = "\"present\", \"absent\", null, a value, {\"equals\": …} or \
                           {\"contains\": …}";

impl<'de> Deserialize<'de> for Check {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CheckVisitor;
        impl<'de> Visitor<'de> for CheckVisitor {
            type Value = Check;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(CHECK_FORMS)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Check, E> {
                Ok(Check::Absent)
            }
            fn visit_none<E: de::Error>(self) -> Result<Check, E> {
                Ok(Check::Absent)
            }
            fn visit_str<E: de::Error>(self, raw: &str) -> Result<Check, E> {
                match raw {
                    "present" => Ok(Check::Present),
                    "absent" => Ok(Check::Absent),
                    _ => Text::parse(raw).map(Check::Equals).map_err(E::custom),
                }
            }
            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Check, E> {
                Ok(Check::Is(Value::Bool(value)))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Check, E> {
                Ok(Check::Is(Value::from(value)))
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Check, E> {
                Ok(Check::Is(Value::from(value)))
            }
            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Check, E> {
                Ok(Check::Is(Value::from(value)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Check, A::Error> {
                let check = match map.next_key::<String>()?.as_deref() {
                    Some("equals") => match map.next_value::<Equals>()? {
                        Equals::Text(text) => Check::Equals(text),
                        Equals::Value(value) => Check::Is(value),
                    },
                    Some("contains") => Check::Contains(map.next_value::<Text>()?),
                    Some(other) => {
                        return Err(de::Error::unknown_field(other, &["equals", "contains"]));
                    }
                    None => {
                        return Err(de::Error::custom(format!(
                            "an empty check; expected {CHECK_FORMS}"
                        )));
                    }
                };
                if map.next_key::<String>()?.is_some() {
                    return Err(de::Error::custom(
                        "a check is one of `equals` or `contains`, not both",
                    ));
                }
                Ok(check)
            }
        }
        deserializer.deserialize_any(CheckVisitor)
    }
}

/// The value of `{"equals": …}`: text (with `$variables`), a number or a boolean.
enum Equals {
    Text(Text),
    Value(Value),
}

impl<'de> Deserialize<'de> for Equals {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::String(raw) => Text::parse(&raw).map(Self::Text).map_err(de::Error::custom),
            value @ (Value::Bool(_) | Value::Number(_)) => Ok(Self::Value(value)),
            _ => Err(de::Error::custom(
                "`equals` takes a string, a number or a boolean",
            )),
        }
    }
}

/// Named checks in file order, each name given once.
#[derive(Debug, Clone, Default, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(with = "std::collections::BTreeMap<String, Check>")]
pub struct Checks(pub Vec<(String, Check)>);

impl Checks {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Checks {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, check) in &self.0 {
            map.serialize_entry(name, check)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Checks {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ChecksVisitor;
        impl<'de> Visitor<'de> for ChecksVisitor {
            type Value = Checks;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of names and checks")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Checks, A::Error> {
                let mut checks = Vec::new();
                let mut names = HashSet::new();
                while let Some(name) = map.next_key::<String>()? {
                    if !names.insert(name.clone()) {
                        return Err(de::Error::custom(format!(
                            "`{name}` is checked twice; give each name once"
                        )));
                    }
                    checks.push((name, map.next_value::<Check>()?));
                }
                Ok(Checks(checks))
            }
        }
        deserializer.deserialize_map(ChecksVisitor)
    }
}

/// `expect.location`: checks on the parameters of the `Location` the final response
/// redirects to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[derive(schemars::JsonSchema)]
pub struct LocationChecks {
    #[serde(default, skip_serializing_if = "Checks::is_empty")]
    pub query: Checks,
    #[serde(default, skip_serializing_if = "Checks::is_empty")]
    pub fragment: Checks,
}

super::objects_only!(LocationChecks);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::actor::Actor;
    use crate::sim::message::{Body, Response};
    use crate::sim::variables::Var;

    fn answer(response: Response) -> Message {
        Message {
            from: Actor::AuthorizationServer,
            to: Actor::ResourceOwner,
            at: chrono::DateTime::UNIX_EPOCH,
            payload: Payload::Response(response),
        }
    }

    fn check(json: &str) -> Check {
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
    }

    #[test]
    fn location_query_and_fragment_are_read_apart() {
        let message = answer(Response::new(302).header(
            "Location",
            "https://printer.example/cb?code=c%201&state=s#access_token=t",
        ));
        let read = |field: Field| field.read(Some(&message));
        assert_eq!(read(Field::Query("code".into())), Found::Text("c 1".into()));
        assert_eq!(read(Field::Query("access_token".into())), Found::Absent);
        assert_eq!(
            read(Field::Fragment("access_token".into())),
            Found::Text("t".into())
        );
        assert_eq!(read(Field::Fragment("state".into())), Found::Absent);
    }

    #[test]
    fn repeated_headers_are_read_joined_and_names_ignore_case() {
        let message = answer(
            Response::new(200)
                .header("Set-Cookie", "a=1")
                .header("Set-Cookie", "b=2"),
        );
        assert_eq!(
            Field::Header("set-cookie".into()).read(Some(&message)),
            Found::Text("a=1, b=2".into())
        );
    }

    #[test]
    fn a_dotted_json_path_walks_objects_and_arrays() {
        let body = Body::Json(r#"{"a": {"b": [{"c": 3}]}, "s": "x"}"#.into());
        let message = answer(Response::new(200).body(body));
        let read = |path: &str| Field::Json(path.into()).read(Some(&message));
        assert_eq!(read("a.b.0.c"), Found::Json(Value::from(3)));
        assert_eq!(read("a.b.1"), Found::Absent);
        assert_eq!(read("s.x"), Found::Absent);
        assert_eq!(read("s"), Found::Json(Value::from("x")));
    }

    #[test]
    fn a_json_number_equals_a_number_not_its_text() {
        let seen = Seen::default();
        let found = Found::Json(Value::from(3600));
        let judge = |c: &Check| c.judge(&found, &seen, String::new).ok().flatten();
        assert!(judge(&check("3600")).is_none());
        let miss = judge(&check("\"3600\"")).map(|m| (m.expected, m.actual));
        assert_eq!(miss, Some(("\"3600\"".into(), "3600".into())));
    }

    #[test]
    fn the_words_present_and_absent_are_checks_and_equals_compares_them_as_text() {
        assert_eq!(check("\"present\""), Check::Present);
        assert_eq!(check("null"), Check::Absent);
        assert_eq!(
            check(r#"{"equals": "absent"}"#),
            Check::Equals(Text::Literal("absent".into()))
        );
        assert_eq!(
            serde_json::to_string(&check(r#"{"equals": "absent"}"#)).ok(),
            Some(r#"{"equals":"absent"}"#.into())
        );
    }

    #[test]
    fn a_variable_with_no_value_in_a_check_is_unresolved_at_its_field() {
        let seen = Seen::default();
        let result = check("\"$state\"").judge(&Found::Absent, &seen, || "json.state".into());
        let missing = result.err().map(|u| (u.field, u.name.to_string()));
        assert_eq!(missing, Some(("json.state".into(), "$state".into())));
        let mut seen = Seen::default();
        seen.state("s1");
        let miss = check("{\"contains\": \"$state\"}")
            .judge(&Found::Text("xs1x".into()), &seen, String::new)
            .ok()
            .flatten();
        assert!(miss.is_none());
        assert_eq!(seen.get(Var::State), Some("s1"));
    }

    #[test]
    fn a_check_object_takes_one_known_key() {
        let error = |json: &str| {
            serde_json::from_str::<Check>(json)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(error(r#"{"contans": "x"}"#).starts_with("unknown field `contans`"));
        assert!(
            error(r#"{"equals": "x", "contains": "y"}"#)
                .starts_with("a check is one of `equals` or `contains`, not both")
        );
        assert!(error("{}").starts_with("an empty check"));
        assert!(error("[]").starts_with("invalid type: sequence"));
    }
}
