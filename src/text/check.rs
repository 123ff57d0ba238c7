//! What the tests prove about a catalog: every language has exactly the messages,
//! attributes and variables of English, and every id the code asks for exists.
//! Each problem is one readable line naming the file and the id, so a translator
//! reading `cargo test` output knows where to look.

use super::Catalog;

impl Catalog {
    /// Every way a language differs from the first (English): an id or attribute
    /// it lacks, one English does not have, or a message whose variables differ.
    pub fn differences(&self) -> Vec<String> {
        let Some(reference) = self.keys(0) else {
            return Vec::new();
        };
        let mut problems = Vec::new();
        for (index, code) in self.codes().enumerate().skip(1) {
            let Some(own) = self.keys(index) else {
                continue;
            };
            for (key, english) in &reference {
                match own.get(key) {
                    None => problems.push(format!(
                        "locales/{code}/{}: `{key}` is missing (locales/en/{} has it)",
                        english.file, english.file
                    )),
                    Some(found) if found.variables != english.variables => {
                        problems.push(format!(
                            "locales/{code}/{}: `{key}` uses {:?}, English uses {:?}",
                            found.file, found.variables, english.variables
                        ));
                    }
                    Some(_) => {}
                }
            }
            for (key, found) in &own {
                if !reference.contains_key(key) {
                    problems.push(format!(
                        "locales/{code}/{}: `{key}` is not in English",
                        found.file
                    ));
                }
            }
        }
        problems
    }

    /// Every key of `wanted` (`id` or `id.attribute`) that some language lacks.
    pub fn missing(&self, wanted: impl IntoIterator<Item = String>) -> Vec<String> {
        let mut problems = Vec::new();
        for key in wanted {
            for (index, code) in self.codes().enumerate() {
                let defined = self.keys(index).is_some_and(|keys| keys.contains_key(&key));
                if !defined {
                    problems.push(format!("locales/{code}/: `{key}` is missing"));
                }
            }
        }
        problems
    }
}
