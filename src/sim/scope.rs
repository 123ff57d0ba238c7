//! A scope: a set of space-delimited, case-sensitive values whose order does not
//! matter and in which a value counts once (RFC 6749 §3.3). Kept as an ordered set so
//! what is sent and shown keeps the order it was asked in, and every test of
//! membership costs the same however many values a request names. A scope never
//! changes once made, and every code and token carries one, so copies share it.

use std::fmt;
use std::sync::Arc;

use indexmap::IndexSet;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope(Arc<IndexSet<String>>);

impl Scope {
    /// Reads the `scope` parameter: values separated by spaces, each kept once.
    pub fn parse(text: &str) -> Self {
        text.split(' ').filter(|v| !v.is_empty()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether every value of `self` is also in `other`.
    pub fn is_subset(&self, other: &Self) -> bool {
        self.0.is_subset(&other.0)
    }

    /// The values of `self` that `other` also holds, in `self`'s order.
    #[must_use]
    pub fn intersection(&self, other: &Self) -> Self {
        self.0.intersection(&other.0).map(String::as_str).collect()
    }

    /// The values, in the order they were asked for.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// The first value, as a one-value scope (empty when `self` is).
    #[must_use]
    pub fn first(&self) -> Self {
        self.0.iter().take(1).map(String::as_str).collect()
    }
}

impl<'a> FromIterator<&'a str> for Scope {
    fn from_iter<I: IntoIterator<Item = &'a str>>(values: I) -> Self {
        Self(Arc::new(values.into_iter().map(str::to_owned).collect()))
    }
}

/// The wire form: the values joined by single spaces.
impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, value) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(value)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_counts_once_and_empty_values_are_skipped() {
        let scope = Scope::parse("b  a b ");
        assert_eq!(scope.to_string(), "b a");
    }

    #[test]
    fn intersection_keeps_the_order_of_the_request() {
        let asked = Scope::parse("c a b");
        let allowed = Scope::parse("a b");
        assert_eq!(asked.intersection(&allowed).to_string(), "a b");
        assert!(Scope::parse("a").is_subset(&allowed));
        assert!(!asked.is_subset(&allowed));
    }

    #[test]
    fn scopes_of_a_hundred_thousand_values_compare_as_sets() {
        let text: Vec<String> = (0..100_000).map(|i| format!("s{i}")).collect();
        let scope = Scope::parse(&text.join(" "));
        let known: Scope = text.iter().map(String::as_str).collect();
        assert!(scope.is_subset(&known));
        assert_eq!(scope.intersection(&known), scope);
    }
}
