//! The glossary's words as compiled in: `locales/en/glossary.ftl` and
//! `locales/ko/glossary.ftl`, parsed once with `fluent-syntax` into a table that
//! serves [`Texts`]. This is the one place that knows how the glossary's texts are
//! read; the app's text catalog will take its place, and nothing else changes.
//!
//! A message is `glossary-ID = name` with the attributes `.definition` and `.rfc`
//! (`tests/glossary.rs` checks every file for exactly that). A message that is not
//! of that shape, or whose id names no [`Term`], is left out rather than shown half.

use std::collections::HashMap;

use fluent_syntax::ast::{self, Pattern, PatternElement};

use super::{Entry, Term, Texts};
use crate::sim::Lang;

/// Every language's glossary file, compiled in.
const FILES: [(Lang, &str); 2] = [
    (Lang::En, include_str!("../../locales/en/glossary.ftl")),
    (Lang::Ko, include_str!("../../locales/ko/glossary.ftl")),
];

/// A term's words in one language, as read from its file.
#[derive(Debug, Clone)]
struct Words {
    name: String,
    definition: String,
    rfc: String,
}

/// The glossary of every compiled-in language.
#[derive(Debug, Clone)]
pub struct Files {
    /// Each language's terms.
    words: Vec<(Lang, HashMap<Term, Words>)>,
}

impl Files {
    /// Reads every compiled-in glossary file.
    pub fn load() -> Self {
        let words = FILES
            .iter()
            .map(|&(lang, source)| (lang, parse(source).into_iter().collect()))
            .collect();
        Self { words }
    }
}

impl Texts for Files {
    fn entry(&self, term: Term, lang: Lang) -> Option<Entry<'_>> {
        let (_, terms) = self.words.iter().find(|(l, _)| *l == lang)?;
        terms.get(&term).map(|w| Entry {
            name: &w.name,
            definition: &w.definition,
            rfc: &w.rfc,
        })
    }
}

/// The terms of one file. A file with a syntax error still gives the messages the
/// parser could read (`fluent_syntax::parser::parse` returns them with the errors).
fn parse(source: &str) -> Vec<(Term, Words)> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(partial, _)| partial);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => term_of(message),
            _ => None,
        })
        .collect()
}

/// The term a message defines and its words, when it has all three.
fn term_of(message: &ast::Message<&str>) -> Option<(Term, Words)> {
    let term = message
        .id
        .name
        .strip_prefix("glossary-")?
        .parse::<Term>()
        .ok()?;
    let attribute = |name: &str| {
        message
            .attributes
            .iter()
            .find(|a| a.id.name == name)
            .map(|a| text(&a.value))
    };
    Some((
        term,
        Words {
            name: text(message.value.as_ref()?),
            definition: attribute("definition")?,
            rfc: attribute("rfc")?,
        },
    ))
}

/// The plain text of a pattern; the glossary has no placeables (`{ $x }`), and
/// one would be left out.
fn text(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .filter_map(|element| match element {
            PatternElement::TextElement { value } => Some(*value),
            PatternElement::Placeable { .. } => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_has_words_in_every_compiled_in_language() {
        let files = Files::load();
        for (lang, _) in FILES {
            for term in Term::all() {
                let entry = files.entry(term, lang);
                assert!(
                    entry.is_some_and(|e| !e.name.is_empty() && e.rfc.starts_with("RFC ")),
                    "{term:?} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn a_message_without_a_definition_or_of_no_term_is_left_out() {
        let source = "glossary-scope = scope\n    .rfc = RFC 6749 §3.3\n\
                      glossary-nonsense = x\n    .definition = y\n    .rfc = RFC 1\n\
                      glossary-pkce = PKCE\n    .definition = Binds.\n    .rfc = RFC 7636\n";
        let terms: Vec<Term> = parse(source).into_iter().map(|(t, _)| t).collect();
        assert_eq!(terms, vec![Term::Pkce]);
    }

    #[test]
    fn a_korean_query_finds_the_korean_name_from_the_files() {
        let files = Files::load();
        let found = super::super::search("인가 코드", &[Lang::En, Lang::Ko], &files);
        assert_eq!(found.first(), Some(&Term::AuthorizationCode));
    }
}
