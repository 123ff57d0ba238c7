//! Query-string and form parameters: ordered, repeatable, and encoded by a real
//! `application/x-www-form-urlencoded` serializer.

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

    /// The first name that appears more than once.
    pub fn repeated(&self) -> Option<&str> {
        self.0
            .iter()
            .enumerate()
            .find(|(i, (name, _))| self.0[..*i].iter().any(|(n, _)| n == name))
            .map(|(_, (name, _))| name.as_str())
    }

    /// Whether `name` appears more than once.
    pub fn is_repeated(&self, name: &str) -> bool {
        self.0.iter().filter(|(n, _)| n == name).count() > 1
    }

    /// Removes every value of `name`, returning where the first one stood.
    pub fn remove(&mut self, name: &str) -> Option<usize> {
        let at = self.0.iter().position(|(n, _)| n == name);
        self.0.retain(|(n, _)| n != name);
        at
    }

    /// Replaces every value of `name` with `values`, at the place of the first one
    /// (or at the end for a new parameter).
    pub fn set_all(&mut self, name: &str, values: &[String]) {
        let at = self.remove(name).unwrap_or(self.0.len());
        for (offset, value) in values.iter().enumerate() {
            self.0.insert(at + offset, (name.to_owned(), value.clone()));
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
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
    fn set_all_keeps_the_position_of_the_first_value() {
        let mut params = Params::decode("a=1&b=2&c=3");
        params.set_all("b", &["x".into(), "y".into()]);
        assert_eq!(params.encode(), "a=1&b=x&b=y&c=3");
    }
}
