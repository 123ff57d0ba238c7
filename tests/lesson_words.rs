//! The lesson's words, checked as a reviewer would: Korean labels that are Korean,
//! no statement the RFCs contradict, and no "Next: Next …" on the Explain tab.
//! Each test reads the compiled catalog (`locales/*/*.ftl`), so a teacher's edit that
//! brings a mistake back fails here, naming the message.

use oauth_sim::text::{Lang, catalog};

/// Every `id` (and `id.attribute` when `attribute` is given) of `lang` whose id
/// starts with one of `prefixes`, with its text.
fn texts(lang: Lang, prefixes: &[&str], attribute: Option<&str>) -> Vec<(String, String)> {
    let Some(keys) = catalog().keys(lang.index()) else {
        panic!("no catalog for {}", lang.code());
    };
    keys.into_keys()
        .filter_map(|key| {
            let (id, attr) = match key.split_once('.') {
                Some((id, attr)) => (id.to_owned(), Some(attr.to_owned())),
                None => (key.clone(), None),
            };
            if attr.as_deref() != attribute || !prefixes.iter().any(|p| id.starts_with(p)) {
                return None;
            }
            let text = match &attr {
                Some(attr) => catalog().attribute(lang.index(), &id, attr),
                None => catalog().message(lang.index(), &id),
            }?;
            Some((key, text.to_owned()))
        })
        .collect()
}

fn korean() -> Lang {
    match Lang::from_code("ko") {
        Ok(lang) => lang,
        Err(error) => panic!("{error}"),
    }
}

/// The ASCII words a Korean State label may keep: names that travel on the wire
/// exactly so (parameters, JSON fields and values) and the one protocol name the
/// glossary keeps in English.
const WIRE_WORDS: &[&str] = &[
    "access_token",
    "refresh_token",
    "client_id",
    "client_secret",
    "state",
    "code_verifier",
    "active",
    "true",
    "introspection",
];

#[test]
fn korean_state_and_arrow_labels_keep_english_only_for_wire_names() {
    let prefixes = ["item-", "detail-", "reason-", "status-", "gist-", "party-"];
    let mut half_translated = Vec::new();
    for (key, text) in texts(korean(), &prefixes, None) {
        let english = text
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|word| word.chars().any(|c| c.is_ascii_alphabetic()))
            .filter(|word| !WIRE_WORDS.contains(word))
            .collect::<Vec<_>>();
        if !english.is_empty() {
            half_translated.push(format!("{key} = {text} ({})", english.join(", ")));
        }
    }
    assert!(half_translated.is_empty(), "{half_translated:#?}");
}
