//! A step's `headers`: names and values checked as HTTP allows them when the file is
//! read (RFC 9110 §5), so a run can only send what could travel on the wire.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::sim::message::{HeaderName, HeaderValue};

/// Headers an actor may send or a tester may name, in their usual spelling. A name
/// a file spells the same way is borrowed from here rather than allocated per
/// message, and a `with` name equal to one of them (in any case) is refused.
const KNOWN: &[&str] = &[
    "Accept",
    "Accept-Language",
    "Authorization",
    "Cache-Control",
    "Content-Length",
    "Content-Type",
    "Cookie",
    "DPoP",
    "Forwarded",
    "Host",
    "If-None-Match",
    "Location",
    "Origin",
    "Pragma",
    "Proxy-Authorization",
    "Referer",
    "Set-Cookie",
    "User-Agent",
    "WWW-Authenticate",
    "X-Forwarded-For",
    "X-Frame-Options",
];

/// Whether a `with` name reads as a header rather than a parameter: a known header
/// name in any case, or a name with a dash and a capital (`X-Api-Key`), the way
/// headers are written and OAuth parameters (`snake_case`) never are.
pub fn is_header_like(name: &str) -> bool {
    KNOWN.iter().any(|known| known.eq_ignore_ascii_case(name))
        || (name.contains('-') && name.bytes().any(|b| b.is_ascii_uppercase()))
}

/// What `headers` says about one header.
#[derive(Debug, Clone, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(untagged)]
pub enum HeaderEdit {
    /// `null`: the request goes without it.
    Remove,
    /// A string: sent once, instead of whatever the actor would send.
    Set(String),
    /// An array: sent once per value, in order.
    Repeat(Vec<String>),
}

impl HeaderEdit {
    fn values(&self) -> &[String] {
        match self {
            Self::Remove => &[],
            Self::Set(value) => std::slice::from_ref(value),
            Self::Repeat(values) => values,
        }
    }
}

/// The `headers` object, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(with = "std::collections::BTreeMap<String, HeaderEdit>")]
pub struct HeaderEdits(Vec<(HeaderName, HeaderEdit)>);

impl HeaderEdits {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&HeaderName, &HeaderEdit)> {
        self.0.iter().map(|(name, edit)| (name, edit))
    }

    /// Each named header takes the place of the first header of that name (names
    /// compare case-insensitively, RFC 9110 §5.1), or goes last when the actor sent
    /// none; every other header of that name is dropped.
    pub fn apply(&self, headers: &mut Vec<(HeaderName, HeaderValue)>) {
        for (name, edit) in &self.0 {
            let same = |(n, _): &(HeaderName, HeaderValue)| n.eq_ignore_ascii_case(name);
            let at = headers.iter().position(same).unwrap_or(headers.len());
            headers.retain(|header| !same(header));
            let values = edit
                .values()
                .iter()
                .map(|v| (name.clone(), v.clone().into()));
            headers.splice(at..at, values);
        }
    }
}

/// Why a header name or value cannot be sent, worded for the file's author.
fn refusal(name: &str, edit: &HeaderEdit, earlier: &HashSet<String>) -> Option<String> {
    if name.is_empty() || !name.bytes().all(is_tchar) {
        return Some(
            "not a header name: a name is letters, digits and !#$%&'*+-.^_`|~ only \
             (a token, RFC 9110 §5.1, §5.6.2)"
                .into(),
        );
    }
    if earlier.contains(&name.to_ascii_lowercase()) {
        return Some(format!(
            "header `{name}` is given twice (names are case-insensitive, RFC 9110 §5.1); \
             use an array to repeat it"
        ));
    }
    if name.eq_ignore_ascii_case("Host") {
        return Some(
            "Host is where the request is sent, not something to edit: \"headers\" cannot \
             set or remove it (RFC 9110 §7.2)"
                .into(),
        );
    }
    if name.eq_ignore_ascii_case("Content-Length") {
        return Some(
            "Content-Length is counted from the body: \"headers\" cannot set or remove it \
             (RFC 9110 §8.6)"
                .into(),
        );
    }
    if name.eq_ignore_ascii_case("Content-Type") && *edit == HeaderEdit::Remove {
        return Some(
            "Content-Type follows the body: \"headers\" can replace it with a string, \
             but null cannot remove it"
                .into(),
        );
    }
    edit.values()
        .iter()
        .any(|v| v.contains(['\r', '\n', '\0']))
        .then(|| {
            "a header value cannot hold CR, LF or NUL: they would end the header, or the \
             request, early (RFC 9110 §5.5)"
                .into()
        })
}

/// `tchar` of RFC 9110 §5.6.2.
pub(crate) fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// A name from the file, borrowed from [`KNOWN`] when spelt the same way.
pub(crate) fn header_name(name: String) -> HeaderName {
    match KNOWN.iter().find(|known| **known == name) {
        Some(known) => Cow::Borrowed(known),
        None => Cow::Owned(name),
    }
}

impl<'de> Deserialize<'de> for HeaderEdit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EditVisitor;
        impl<'de> Visitor<'de> for EditVisitor {
            type Value = HeaderEdit;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, an array of strings, or null")
            }
            fn visit_unit<E: de::Error>(self) -> Result<HeaderEdit, E> {
                Ok(HeaderEdit::Remove)
            }
            fn visit_none<E: de::Error>(self) -> Result<HeaderEdit, E> {
                Ok(HeaderEdit::Remove)
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<HeaderEdit, E> {
                Ok(HeaderEdit::Set(value.to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<HeaderEdit, A::Error> {
                let mut values = Vec::new();
                while let Some(value) = seq.next_element::<String>()? {
                    values.push(value);
                }
                Ok(HeaderEdit::Repeat(values))
            }
        }
        deserializer.deserialize_any(EditVisitor)
    }
}

/// Reads one header's value and then checks the pair, so that an error is placed at
/// that value and its path ends in the header's name (`steps[0].headers.Host`).
struct CheckedEdit<'a> {
    name: &'a str,
    earlier: &'a HashSet<String>,
}

impl<'de> DeserializeSeed<'de> for CheckedEdit<'_> {
    type Value = HeaderEdit;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<HeaderEdit, D::Error> {
        let edit = HeaderEdit::deserialize(deserializer)?;
        match refusal(self.name, &edit, self.earlier) {
            Some(message) => Err(de::Error::custom(message)),
            None => Ok(edit),
        }
    }
}

impl<'de> Deserialize<'de> for HeaderEdits {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EditsVisitor;
        impl<'de> Visitor<'de> for EditsVisitor {
            type Value = HeaderEdits;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of header names")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<HeaderEdits, A::Error> {
                let mut edits = Vec::new();
                let mut earlier = HashSet::new();
                while let Some(name) = map.next_key::<String>()? {
                    let edit = map.next_value_seed(CheckedEdit {
                        name: &name,
                        earlier: &earlier,
                    })?;
                    earlier.insert(name.to_ascii_lowercase());
                    edits.push((header_name(name), edit));
                }
                Ok(HeaderEdits(edits))
            }
        }
        deserializer.deserialize_map(EditsVisitor)
    }
}

/// As the file wrote it: an object of `null`, strings and arrays.
impl Serialize for HeaderEdits {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, edit) in &self.0 {
            match edit {
                HeaderEdit::Remove => map.serialize_entry(name, &())?,
                HeaderEdit::Set(value) => map.serialize_entry(name, value)?,
                HeaderEdit::Repeat(values) => map.serialize_entry(name, values)?,
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(json: &str) -> String {
        match serde_json::from_str::<HeaderEdits>(json) {
            Ok(edits) => panic!("{json} was accepted as {edits:?}"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn any_token_is_a_header_name_and_a_space_is_not() {
        let edits: Result<HeaderEdits, _> =
            serde_json::from_str(r#"{"X-Weird!#$%&'*+.^_`|~1": "v"}"#);
        assert!(edits.is_ok(), "{edits:?}");
        assert!(refused(r#"{"Bad Name": "v"}"#).starts_with("not a header name"));
        assert!(refused(r#"{"": "v"}"#).starts_with("not a header name"));
        assert!(refused(r#"{"Naïve": "v"}"#).starts_with("not a header name"));
    }

    #[test]
    fn a_value_with_cr_lf_or_nul_is_refused() {
        for value in [r"a\r\nInjected: 1", r"a\nb", r"a\u0000b"] {
            let message = refused(&format!(r#"{{"X-Note": "{value}"}}"#));
            assert!(message.contains("cannot hold CR, LF or NUL"), "{message}");
        }
        let in_array = refused(r#"{"Cookie": ["a=1", "b=2\r\n"]}"#);
        assert!(in_array.contains("cannot hold CR, LF or NUL"), "{in_array}");
    }

    #[test]
    fn host_and_content_length_are_derived_and_refused() {
        assert!(refused(r#"{"host": "evil.example"}"#).starts_with("Host is where"));
        assert!(refused(r#"{"Content-Length": "0"}"#).starts_with("Content-Length is counted"));
        assert!(refused(r#"{"Content-Type": null}"#).contains("null cannot remove it"));
        let replaced: Result<HeaderEdits, _> =
            serde_json::from_str(r#"{"Content-Type": "text/plain"}"#);
        assert!(replaced.is_ok());
    }

    #[test]
    fn the_same_name_twice_in_another_case_is_refused() {
        let message = refused(r#"{"Cookie": "a=1", "cookie": "b=2"}"#);
        assert!(
            message.starts_with("header `cookie` is given twice"),
            "{message}"
        );
    }

    #[test]
    fn headers_serialize_as_written() {
        let json = r#"{"Authorization":null,"X-One":"1","Cookie":["a=1","b=2"]}"#;
        let edits: Result<HeaderEdits, _> = serde_json::from_str(json);
        let back = edits.map(|e| serde_json::to_string(&e).unwrap_or_default());
        assert_eq!(back.ok().as_deref(), Some(json));
    }

    #[test]
    fn header_like_names_are_known_headers_in_any_case_or_capitalised_with_a_dash() {
        for name in [
            "Authorization",
            "cookie",
            "HOST",
            "Content-Type",
            "X-Api-Key",
        ] {
            assert!(is_header_like(name), "{name}");
        }
        for name in [
            "access_token",
            "code_verifier",
            "redirect_uri",
            "x-lower-dash",
        ] {
            assert!(!is_header_like(name), "{name}");
        }
    }
}
