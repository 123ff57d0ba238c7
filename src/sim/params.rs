//! Query-string and form parameters: ordered, repeatable, and encoded by a real
//! `application/x-www-form-urlencoded` serializer.

use std::collections::HashSet;

use indexmap::IndexMap;
use serde::Serialize;

/// Whether a parameter carries a credential: a value that lets whoever holds it act
/// (RFC 6749 §10.3, §10.4, §10.5; RFC 7636 §4.1), which a screen should mark.
pub fn is_credential(name: &str) -> bool {
    matches!(
        name,
        "code"
            | "client_secret"
            | "code_verifier"
            | "access_token"
            | "refresh_token"
            | "password"
            | "token"
    )
}

/// Name/value pairs in the order they are sent. A name may repeat: RFC 6749 §3.1
/// forbids it, and the servers must notice when a request does it anyway.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Params(Vec<(String, String)>);

impl Params {
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    /// Appends a parameter.
    pub fn push(&mut self, name: &str, value: impl Into<String>) {
        self.0.push((name.to_owned(), value.into()));
    }

    /// Appends a parameter when there is a value.
    pub fn push_some(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.push(name, value);
        }
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `name`, treating an empty value as absent (RFC 6749 §3.1:
    /// "Parameters sent without a value MUST be treated as if they were omitted").
    pub fn value(&self, name: &str) -> Option<&str> {
        self.get(name).filter(|v| !v.is_empty())
    }

    /// The first name that appears more than once. Most requests carry a handful of
    /// parameters, which a look back checks sooner than a hash; one that carries many
    /// (up to a hundred thousand) uses a set, so the cost stays linear.
    pub fn repeated(&self) -> Option<&str> {
        const FEW: usize = 16;
        let mut names = self.0.iter().map(|(name, _)| name.as_str());
        if self.0.len() <= FEW {
            return names
                .enumerate()
                .find(|&(i, name)| self.0[..i].iter().any(|(earlier, _)| earlier == name))
                .map(|(_, name)| name);
        }
        let mut seen = HashSet::with_capacity(self.0.len());
        names.find(|name| !seen.insert(*name))
    }

    /// Whether `name` appears more than once.
    pub fn is_repeated(&self, name: &str) -> bool {
        self.0.iter().filter(|(n, _)| n == name).count() > 1
    }

    /// Replaces every value of each name in `replacements` with its values, at the
    /// place of the name's first value (new names go at the end, in the order given).
    /// One pass over both lists, however many parameters either holds; the names in
    /// `replacements` are distinct.
    pub fn replace_all<'a>(
        &mut self,
        replacements: impl IntoIterator<Item = (&'a str, Vec<String>)>,
    ) {
        // Each name maps to its values, and to whether they have been placed yet.
        let mut pending: IndexMap<&str, Option<Vec<String>>> = replacements
            .into_iter()
            .map(|(name, values)| (name, Some(values)))
            .collect();
        if pending.is_empty() {
            return;
        }
        let mut out = Vec::with_capacity(self.0.len() + pending.len());
        for (name, value) in std::mem::take(&mut self.0) {
            match pending.get_mut(name.as_str()) {
                None => out.push((name, value)),
                Some(slot) => {
                    if let Some(values) = slot.take() {
                        out.extend(values.into_iter().map(|v| (name.clone(), v)));
                    }
                }
            }
        }
        for (name, values) in pending {
            let values = values.into_iter().flatten();
            out.extend(values.map(|v| (name.to_owned(), v)));
        }
        self.0 = out;
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }

    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The `application/x-www-form-urlencoded` text.
    pub fn encode(&self) -> String {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(self.iter())
            .finish()
    }

    /// Reads form-encoded text (a query string or a form body).
    pub fn decode(text: &str) -> Self {
        Self(
            form_urlencoded::parse(text.as_bytes())
                .map(|(n, v)| (n.into_owned(), v.into_owned()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_escapes_reserved_characters_and_round_trips() {
        let mut params = Params::new();
        params.push("redirect_uri", "https://printer.example/callback?x=1&y=2");
        params.push("scope", "photos.read profile");
        let text = params.encode();
        assert_eq!(
            text,
            "redirect_uri=https%3A%2F%2Fprinter.example%2Fcallback%3Fx%3D1%26y%3D2&scope=photos.read+profile"
        );
        assert_eq!(Params::decode(&text), params);
    }

    #[test]
    fn a_repeated_name_is_found() {
        let params = Params::decode("a=1&b=2&a=3");
        assert_eq!(params.repeated(), Some("a"));
        assert!(params.is_repeated("a"));
        assert!(!params.is_repeated("b"));
    }

    #[test]
    fn the_first_name_seen_twice_is_found_in_short_and_long_lists_alike() {
        for count in [3, 16, 17, 1_000] {
            let mut params = Params::new();
            for i in 0..count {
                params.push(&format!("p{i}"), "v");
            }
            assert_eq!(params.repeated(), None, "{count} distinct names");
            params.push("p2", "again");
            params.push("p1", "again");
            assert_eq!(params.repeated(), Some("p2"), "{count} names");
        }
    }

    #[test]
    fn replacing_nothing_leaves_the_parameters_as_they_were() {
        let mut params = Params::decode("a=1&b=2&a=3");
        params.replace_all(std::iter::empty());
        assert_eq!(params.encode(), "a=1&b=2&a=3");
    }

    #[test]
    fn replacing_keeps_the_position_of_the_first_value_and_appends_new_names() {
        let mut params = Params::decode("a=1&b=2&c=3&b=4");
        params.replace_all([
            ("new", vec!["n".to_owned()]),
            ("b", vec!["x".to_owned(), "y".to_owned()]),
            ("a", Vec::new()),
        ]);
        assert_eq!(params.encode(), "b=x&b=y&c=3&new=n");
    }
}
