//! Deserializing an object and then checking fields that depend on each other, with
//! the error placed at that object (not after whatever follows it), so a scenario
//! error names the right line and column.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};

/// Reads a `Raw` object and turns it into `T` with `check`, whose error message is
/// reported at the end of that object.
pub fn checked_map<'de, D, Raw, T>(
    deserializer: D,
    expecting: &'static str,
    check: fn(Raw) -> Result<T, String>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    Raw: Deserialize<'de>,
{
    struct CheckedVisitor<Raw, T> {
        expecting: &'static str,
        check: fn(Raw) -> Result<T, String>,
        raw: PhantomData<Raw>,
    }
    impl<'de, Raw: Deserialize<'de>, T> Visitor<'de> for CheckedVisitor<Raw, T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            let raw = Raw::deserialize(MapAccessDeserializer::new(map))?;
            (self.check)(raw).map_err(de::Error::custom)
        }
    }
    deserializer.deserialize_map(CheckedVisitor {
        expecting,
        check,
        raw: PhantomData,
    })
}
