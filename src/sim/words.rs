//! Scenario text in several languages. The core never picks a language itself: it
//! carries what the file says, by language code, and a view asks for the words in
//! the language it shows.

use std::collections::BTreeMap;
use std::fmt;

use indexmap::IndexMap;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// A scenario's own words, by language code, English first: the text every other
/// language falls back to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Words(IndexMap<String, String>);

impl Words {
    /// Words given in English only.
    pub fn english(text: impl Into<String>) -> Self {
        Self(IndexMap::from([("en".to_owned(), text.into())]))
    }

    /// The same words with `text` in the language `code`.
    #[must_use]
    pub fn with(mut self, code: impl Into<String>, text: impl Into<String>) -> Self {
        self.0.insert(code.into(), text.into());
        self
    }

    /// The words in the language `code`, or the English ones when there is no
    /// translation.
    pub fn get(&self, code: impl AsRef<str>) -> &str {
        self.0
            .get(code.as_ref())
            .or_else(|| self.0.get("en"))
            .map_or("", String::as_str)
    }

    /// The English words.
    pub fn en(&self) -> &str {
        self.get("en")
    }

    /// The words in every language they are given in, English first.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }
}

/// Text as a scenario file writes it: a string, which is English, or a map from
/// language codes to strings (`{"en": "…", "ko": "…"}`), which must hold English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Localized {
    English(String),
    Languages(BTreeMap<String, String>),
}

impl Default for Localized {
    fn default() -> Self {
        Self::English(String::new())
    }
}

impl Localized {
    /// The English text.
    pub fn en(&self) -> &str {
        self.get("en").unwrap_or_default()
    }

    /// The text in the language `code`, when the file gives it.
    pub fn get(&self, code: &str) -> Option<&str> {
        match (self, code) {
            (Self::English(text), "en") => Some(text),
            (Self::English(_), _) => None,
            (Self::Languages(map), code) => map.get(code).map(String::as_str),
        }
    }

    /// The text in the language `code`: the map's, else `ko` (the older `*_ko`
    /// field, which is Korean), else English.
    pub fn pick<'a>(&'a self, ko: Option<&'a str>, code: &str) -> &'a str {
        let older = ko.filter(|_| code == "ko");
        self.get(code).or(older).unwrap_or_else(|| self.en())
    }

    /// The words, English first, with `ko` (the older `*_ko` field) as Korean
    /// when the file gives it that way.
    pub fn words(&self, ko: Option<&str>) -> Words {
        let mut words = Words::english(self.en());
        if let Self::Languages(map) = self {
            for (code, text) in map.iter().filter(|(code, _)| *code != "en") {
                words = words.with(code.as_str(), text.as_str());
            }
        }
        match ko {
            Some(ko) => words.with("ko", ko),
            None => words,
        }
    }
}

/// A string, or a map of strings that holds `en`: the checks of the deserializer
/// below, for editors.
impl schemars::JsonSchema for Localized {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Localized".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Text: a string (English), or a map from language codes to strings that holds \"en\", the text every other language falls back to.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "required": ["en"],
                    "additionalProperties": { "type": "string" }
                }
            ]
        })
    }
}

/// A string, or a map of strings: serde's untagged enums would say only "did not
/// match any variant", where this says what is expected.
impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl<'de> Visitor<'de> for Text {
            type Value = Localized;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, or a map of language codes to strings such as {\"en\": \"…\", \"ko\": \"…\"}")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Localized, E> {
                Ok(Localized::English(text.to_owned()))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
                let mut languages = BTreeMap::new();
                while let Some((code, text)) = map.next_entry::<String, String>()? {
                    languages.insert(code, text);
                }
                if !languages.contains_key("en") {
                    return Err(de::Error::custom(
                        "a map of languages needs \"en\": English is the text every other language falls back to",
                    ));
                }
                Ok(Localized::Languages(languages))
            }
        }
        deserializer.deserialize_any(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fall_back_to_english_without_a_translation() {
        let both = Words::english("Consent").with("ko", "동의");
        assert_eq!(both.get("ko"), "동의");
        assert_eq!(both.get("en"), "Consent");
        assert_eq!(Words::english("Consent").get("ko"), "Consent");
    }

    #[test]
    fn words_are_written_as_a_map_english_first() {
        let map: Localized = serde_json::from_str(r#"{"ko": "동의", "en": "Consent"}"#).unwrap();
        let json = serde_json::to_string(&map.words(None)).unwrap();
        assert_eq!(json, r#"{"en":"Consent","ko":"동의"}"#);
    }

    #[test]
    fn a_string_is_english_and_the_older_korean_field_adds_korean() {
        let plain: Localized = serde_json::from_str(r#""Consent""#).unwrap();
        assert_eq!(
            plain.words(Some("동의")),
            Words::english("Consent").with("ko", "동의")
        );
        assert_eq!(plain.get("ko"), None);
    }

    #[test]
    fn a_map_without_english_is_refused() {
        let error = serde_json::from_str::<Localized>(r#"{"ko": "동의"}"#).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("a map of languages needs \"en\""),
            "{error}"
        );
    }
}
