//! Where a value sits in a scenario's text, for the checks made once the whole file
//! is read (a capture used before the step that makes it): their errors name the line
//! and column as every other error does, just after the value.

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::sim::Segment;

/// The 1-based line and column just after the value at `path` in `text`, or none
/// when the text has no such value.
pub fn position(text: &str, path: &[Segment]) -> Option<(usize, usize)> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    match Follow(path).deserialize(&mut deserializer) {
        Err(error) if error.line() > 0 => Some((error.line(), error.column().max(1))),
        _ => None,
    }
}

/// The reason [`Follow`] stops: it has reached the value, and the JSON reader says
/// where it stands.
const FOUND: &str = "found";

/// Walks down `path`, skipping every other value, and stops with an error just
/// after the value it leads to.
struct Follow<'a>(&'a [Segment]);

impl<'de> DeserializeSeed<'de> for Follow<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        match self.0.split_first() {
            None => deserializer.deserialize_any(Found),
            Some((first, rest)) => deserializer.deserialize_any(Step { first, rest }),
        }
    }
}

/// The value the path leads to: read whole, then refused, so that the JSON reader
/// places the error right after it (as it places the errors of values it reads).
struct Found;

impl<'de> Visitor<'de> for Found {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Err(de::Error::custom(FOUND))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Err(de::Error::custom(FOUND))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(E::custom(FOUND))
    }
}

/// One segment of the walk: a key of an object or an index of an array.
struct Step<'a> {
    first: &'a Segment,
    rest: &'a [Segment],
}

impl<'de> Visitor<'de> for Step<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if matches!(self.first, Segment::Key(wanted) if *wanted == key) {
                map.next_value_seed(Follow(self.rest))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        loop {
            let more = if matches!(self.first, Segment::Index(wanted) if *wanted == index) {
                seq.next_element_seed(Follow(self.rest))?.is_some()
            } else {
                seq.next_element::<IgnoredAny>()?.is_some()
            };
            if !more {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Segment {
        Segment::Key(k.to_owned())
    }

    #[test]
    fn the_position_is_just_after_the_value_the_path_leads_to() {
        let text = "{\"a\": [1,\n  {\"b\": \"xy\"}], \"b\": 2}";
        assert_eq!(
            position(text, &[key("a"), Segment::Index(1), key("b")]),
            Some((2, 12))
        );
        assert_eq!(position(text, &[key("b")]), Some((2, 22)));
    }

    #[test]
    fn a_path_the_text_does_not_have_has_no_position() {
        let text = r#"{"a": [1], "b": "x"}"#;
        assert_eq!(position(text, &[key("c")]), None);
        assert_eq!(position(text, &[key("a"), Segment::Index(3)]), None);
        assert_eq!(position(text, &[key("b"), key("c")]), None);
    }
}
