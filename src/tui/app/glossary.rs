//! The glossary window's state: what was typed, the terms it finds in every
//! language (`glossary::search`, so a Korean query finds a term while the screen is
//! in English), and the selected one. The texts are read when the window opens.

use crate::glossary::{self, Entry, Term, Texts, source::Files};
use crate::sim::Lang;

/// The languages the search looks in, whatever the screen shows.
const SEARCHED: [Lang; 2] = [Lang::En, Lang::Ko];

/// The open glossary.
#[derive(Debug, Clone)]
pub struct Glossary {
    texts: Files,
    query: String,
    found: Vec<Term>,
    /// An index into `found`.
    selected: usize,
}

impl Glossary {
    /// Every term, the first selected.
    pub fn open() -> Self {
        let texts = Files::load();
        let found = glossary::search("", &SEARCHED, &texts);
        Self {
            texts,
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
    pub fn entry(&self, term: Term, lang: Lang) -> Option<Entry<'_>> {
        self.texts.entry(term, lang)
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
        self.found = glossary::search(&self.query, &SEARCHED, &self.texts);
        self.selected = 0;
    }
}

#[cfg(test)]
mod tests;
