//! Scenario text that may come in several languages. The core never picks a
//! language itself: a view asks for the words in the language it shows, by code.

use serde::Serialize;

/// A scenario's own words: English, and Korean when the file gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Words {
    pub en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ko: Option<String>,
}

impl Words {
    pub fn new(en: impl Into<String>, ko: Option<String>) -> Self {
        Self { en: en.into(), ko }
    }

    /// The words in the language `code`, or the English ones when there is no
    /// translation.
    pub fn get(&self, code: impl AsRef<str>) -> &str {
        match (code.as_ref(), &self.ko) {
            ("ko", Some(ko)) => ko,
            _ => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fall_back_to_english_without_a_translation() {
        let both = Words::new("Consent", Some("동의".into()));
        assert_eq!(both.get("ko"), "동의");
        assert_eq!(both.get("en"), "Consent");
        assert_eq!(Words::new("Consent", None).get("ko"), "Consent");
    }
}
