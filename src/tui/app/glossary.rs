//! The glossary window's state: what was typed, the terms it finds in every
//! language (`glossary::search`, so a Korean query finds a term while the screen is
//! in English), and the selected one. The texts are the text catalog's.

use crate::glossary::{self, Entry, Term, Texts as _};
use crate::text::{self, Lang};

/// The open glossary.
#[derive(Debug, Clone)]
pub struct Glossary {
    query: String,
    found: Vec<Term>,
    /// An index into `found`.
    selected: usize,
}

impl Glossary {
    /// Every term, the first selected.
    pub fn open() -> Self {
        let found = search("");
        Self {
            query: String::new(),
            found,
            selected: 0,
        }
    }

    /// What was typed.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The terms found, best first.
    pub fn found(&self) -> &[Term] {
        &self.found
    }

    /// The selected term's index in [`Glossary::found`].
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// A term's words in `lang`.
    pub fn entry(&self, term: Term, lang: Lang) -> Option<Entry<'static>> {
        text::catalog().entry(term, lang)
    }

    pub fn type_char(&mut self, c: char) {
        self.query.push(c);
        self.search();
    }

    pub fn erase(&mut self) {
        self.query.pop();
        self.search();
    }

    /// Moves the selection, stopping at the ends.
    pub fn select_by(&mut self, delta: isize) {
        let last = self.found.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Searches again; the best match is selected.
    fn search(&mut self) {
        self.found = search(&self.query);
        self.selected = 0;
    }
}

/// The terms that match `query` in every compiled language, whatever the screen
/// shows.
fn search(query: &str) -> Vec<Term> {
    let languages: Vec<Lang> = Lang::all().collect();
    glossary::search(query, &languages, text::catalog())
}

#[cfg(test)]
mod tests;
