//! The languages every piece of text exists in, and scenario text that may come in
//! both: the TUI switches between them with one key, so neither may ever be missing a
//! sentence.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ko,
}

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

    /// The words in `lang`, or the English ones when there is no translation.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.ko) {
            (Lang::Ko, Some(ko)) => ko,
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
        assert_eq!(both.get(Lang::Ko), "동의");
        assert_eq!(both.get(Lang::En), "Consent");
        assert_eq!(Words::new("Consent", None).get(Lang::Ko), "Consent");
    }
}
