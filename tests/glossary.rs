//! The glossary's data files (`locales/*/glossary.ftl`) against the terms the code
//! knows: every term has a name, a `.definition` and an `.rfc` in every language,
//! nothing else is there, and the search finds terms in either language from the
//! real texts, as the text catalog compiles them in.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry as FluentEntry, Pattern, PatternElement};
use oauth_sim::glossary::{self, Term};
use oauth_sim::text::{self, Lang};

/// A glossary message as the file gives it: its value and its attributes, as text.
#[derive(Debug, Default)]
struct Message {
    value: Option<String>,
    attributes: BTreeMap<String, String>,
}

/// The text of a pattern; a placeable (`{ $x }`) has no place in the glossary.
fn text(pattern: &Pattern<&str>, at: &str) -> String {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => *value,
            PatternElement::Placeable { .. } => panic!("{at}: a placeable in the glossary"),
        })
        .collect()
}

/// Every message of `locales/LANG/glossary.ftl`, by id; the file must parse whole.
fn messages(lang: &str) -> BTreeMap<String, Message> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang)
        .join("glossary.ftl");
    let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            FluentEntry::Message(message) => {
                let id = message.id.name.to_owned();
                let at = format!("{lang}/{id}");
                let parsed = Message {
                    value: message.value.as_ref().map(|v| text(v, &at)),
                    attributes: message
                        .attributes
                        .iter()
                        .map(|a| (a.id.name.to_owned(), text(&a.value, &at)))
                        .collect(),
                };
                assert!(messages.insert(id, parsed).is_none(), "{at}: given twice");
            }
            FluentEntry::Comment(_)
            | FluentEntry::GroupComment(_)
            | FluentEntry::ResourceComment(_) => {}
            other => panic!("{lang}/glossary.ftl: only messages and comments, not {other:?}"),
        }
    }
    messages
}

#[test]
fn every_term_has_a_name_a_definition_and_an_rfc_in_every_language_and_nothing_else() {
    let expected: BTreeSet<String> = Term::all().map(Term::message_id).collect();
    for lang in Lang::codes() {
        let messages = messages(lang);
        let found: BTreeSet<String> = messages.keys().cloned().collect();
        assert_eq!(found, expected, "{lang}/glossary.ftl: ids differ from Term");
        for (id, message) in &messages {
            let at = format!("{lang}/{id}");
            assert!(
                message
                    .value
                    .as_deref()
                    .is_some_and(|v| !v.trim().is_empty()),
                "{at}: the term's name"
            );
            let attributes: Vec<&str> = message.attributes.keys().map(String::as_str).collect();
            assert_eq!(attributes, ["definition", "rfc"], "{at}");
            let rfc = &message.attributes["rfc"];
            assert!(rfc.starts_with("RFC ") && rfc.contains('§'), "{at}: {rfc}");
            let definition = &message.attributes["definition"];
            let sentences = definition.matches(". ").count() + 1;
            assert!((2..=6).contains(&sentences), "{at}: {sentences} sentences");
        }
    }
}

#[test]
fn both_languages_cite_the_same_sections() {
    let en = messages("en");
    let ko = messages("ko");
    for term in Term::all() {
        let id = term.message_id();
        assert_eq!(en[&id].attributes["rfc"], ko[&id].attributes["rfc"], "{id}");
    }
}

const BOTH: [Lang; 2] = [Lang::EN, Lang::KO];

#[test]
fn a_korean_word_finds_its_term_first() {
    let catalog = text::catalog();
    assert_eq!(
        glossary::search("인가 코드", &BOTH, catalog).first(),
        Some(&Term::AuthorizationCode)
    );
    assert_eq!(
        glossary::search("인가 서버", &BOTH, catalog).first(),
        Some(&Term::AuthorizationServer)
    );
    assert_eq!(
        glossary::search("프런트", &BOTH, catalog).first(),
        Some(&Term::FrontChannel)
    );
}

#[test]
fn an_english_word_finds_its_term_before_the_definitions_that_use_it() {
    let catalog = text::catalog();
    let found = glossary::search("Scope", &BOTH, catalog);
    assert_eq!(found.first(), Some(&Term::Scope));
    assert!(found.contains(&Term::AccessToken), "{found:?}");
    let found = glossary::search("refresh", &BOTH, catalog);
    assert_eq!(found.first(), Some(&Term::RefreshToken));
    let found = glossary::search("family", &BOTH, catalog);
    assert_eq!(found.first(), Some(&Term::TokenFamily));
}

#[test]
fn a_protocol_name_is_found_with_spaces_or_underscores() {
    let catalog = text::catalog();
    for query in ["client_secret", "client secret", "CLIENT-SECRET"] {
        assert_eq!(
            glossary::search(query, &BOTH, catalog).first(),
            Some(&Term::ClientSecret),
            "{query}"
        );
    }
}

#[test]
fn a_word_in_no_entry_finds_nothing() {
    let catalog = text::catalog();
    assert!(glossary::search("kerberos", &BOTH, catalog).is_empty());
}
