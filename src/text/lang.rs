//! A language: a handle on one folder of `locales/`, named by its code.
//!
//! The set is open: `build.rs` makes one [`Lang`] per folder, so a language added as
//! files needs no Rust. The handle is an index into the compiled table, small and
//! `Copy` like the two-variant enum it replaces; it is written and read as its code
//! (`"ko"`), on the command line and in JSON.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::LOCALES;

/// One of the compiled languages. `Lang::EN` and `Lang::KO` name the two the
/// project ships; [`Lang::all`] lists every one.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(pub(super) u8);

/// A code no compiled language has.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{code}`; expected one of {}", Lang::codes().collect::<Vec<_>>().join(", "))]
pub struct UnknownLang {
    pub code: String,
}

impl Lang {
    /// Every compiled language, English first, in the order the TUI's key cycles.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len()).filter_map(|i| u8::try_from(i).ok().map(Lang))
    }

    /// The codes of every compiled language: `en`, `ko`, …
    pub fn codes() -> impl Iterator<Item = &'static str> {
        Self::all().map(Lang::code)
    }

    /// The language whose folder is `locales/<code>/`.
    ///
    /// # Errors
    ///
    /// No compiled language has that code.
    pub fn from_code(code: &str) -> Result<Lang, UnknownLang> {
        Self::all()
            .find(|lang| lang.code() == code)
            .ok_or_else(|| UnknownLang {
                code: code.to_owned(),
            })
    }

    /// The code, as the folder and `--lang` spell it.
    pub fn code(self) -> &'static str {
        LOCALES.get(self.index()).map_or("en", |(code, _)| code)
    }

    /// The position in the compiled table, which is also the catalog's.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The language after this one, back to English after the last: what the TUI's
    /// language key switches to.
    #[must_use]
    pub fn next(self) -> Lang {
        let next = (self.index() + 1) % LOCALES.len().max(1);
        u8::try_from(next).map_or(Lang::EN, Lang)
    }
}

impl Default for Lang {
    /// English, the language every other one is checked against.
    fn default() -> Self {
        Lang::EN
    }
}

/// Scenario text is keyed by code, so a [`Lang`] reads it directly
/// (`title.get(lang)`).
impl AsRef<str> for Lang {
    fn as_ref(&self) -> &str {
        self.code()
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Lang::from_code(code)
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Lang::from_code(&code).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_comes_first_and_is_the_default() {
        assert_eq!(Lang::default(), Lang::EN);
        assert_eq!(Lang::all().next(), Some(Lang::EN));
        assert_eq!(Lang::EN.code(), "en");
        assert_eq!(Lang::KO.code(), "ko");
    }

    #[test]
    fn a_language_is_written_and_read_as_its_code() {
        assert_eq!(serde_json::to_string(&Lang::KO).unwrap(), "\"ko\"");
        assert_eq!(serde_json::from_str::<Lang>("\"en\"").unwrap(), Lang::EN);
        let unknown = serde_json::from_str::<Lang>("\"xx\"").unwrap_err();
        assert!(
            unknown
                .to_string()
                .starts_with("unknown language `xx`; expected one of en, ")
        );
    }

    #[test]
    fn the_next_language_cycles_through_all_of_them_back_to_english() {
        let mut seen = vec![Lang::EN];
        let mut lang = Lang::EN.next();
        while lang != Lang::EN {
            seen.push(lang);
            lang = lang.next();
        }
        assert_eq!(seen, Lang::all().collect::<Vec<_>>());
        assert!(seen.contains(&Lang::KO));
    }
}
