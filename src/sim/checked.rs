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

/// A deserializer that lets a derived struct be read only from a JSON object.
///
/// serde's derived `Deserialize` for a struct also accepts a sequence, read by
/// position: `"expect": []` would load as an `expect` that checks nothing, and
/// `"user": ["bob", "pw"]` as a user. Each struct of the format is derived with
/// `#[serde(remote = "Self")]` (which makes the derive an inherent function) and
/// [`objects_only!`] implements the traits over it, with this adapter in between:
/// whatever the struct asks for, the format is asked for a map, so an array is
/// refused with `invalid type: sequence, expected a JSON object` at its field path.
pub struct ObjectOnly<D>(pub D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(MapOnly(visitor))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// The struct's own visitor, offered only a map.
struct MapOnly<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for MapOnly<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(map)
    }
}

/// `Deserialize` through [`ObjectOnly`] and `Serialize` as derived, for structs
/// derived with `#[serde(remote = "Self")]`.
macro_rules! objects_only {
    ($($name:ty),+ $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                Self::deserialize($crate::sim::ObjectOnly(deserializer))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                Self::serialize(self, serializer)
            }
        }
    )+};
}
pub(crate) use objects_only;
