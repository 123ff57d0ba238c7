//! Applying a step's `with` to the request an actor would normally send: it changes
//! only that request, and can add what a real client never would.

use serde_json::{Map, Value};

use super::params::Params;
use super::step::{ParamValue, With};
use super::variables::{Seen, Unresolved};

/// A `with` value once its `$variables` are looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Omit,
    One(String),
    Many(Vec<String>),
}

impl Resolved {
    /// The values it stands for: none, one, or several.
    pub fn values(&self) -> Vec<String> {
        match self {
            Self::Omit => Vec::new(),
            Self::One(value) => vec![value.clone()],
            Self::Many(values) => values.clone(),
        }
    }
}

/// A step's `with`, resolved.
#[derive(Debug, Clone, Default)]
pub struct Overrides(Vec<(String, Resolved)>);

impl Overrides {
    /// Looks up every `$variable`; the first one with no value yet is the error,
    /// named by its place in the step (`with.code`, `with.scope[1]`).
    pub fn resolve(with: &With, seen: &Seen) -> Result<Self, Unresolved> {
        Self::resolve_field(with, seen, "with")
    }

    /// [`Self::resolve`] for a step field of the same shape as `with` (`tamper`),
    /// whose name the error's place starts with.
    pub fn resolve_field(with: &With, seen: &Seen, field: &str) -> Result<Self, Unresolved> {
        let mut resolved = Vec::with_capacity(with.0.len());
        for (name, value) in &with.0 {
            let value = match value {
                ParamValue::Omit => Resolved::Omit,
                ParamValue::One(t) => Resolved::One(seen.resolve(t, || format!("{field}.{name}"))?),
                ParamValue::Many(ts) => Resolved::Many(
                    ts.iter()
                        .enumerate()
                        .map(|(i, t)| seen.resolve(t, || format!("{field}.{name}[{i}]")))
                        .collect::<Result<_, _>>()?,
                ),
            };
            resolved.push((name.clone(), value));
        }
        Ok(Self(resolved))
    }

    /// Removes and returns a name that is not a plain parameter (`client_id` and
    /// `client_secret` at the token endpoint, `access_token` at the API).
    pub fn take(&mut self, name: &str) -> Option<Resolved> {
        let at = self.0.iter().position(|(n, _)| n == name)?;
        Some(self.0.remove(at).1)
    }

    /// The values to send for a special name: the override's, or the actor's own.
    pub fn take_or(&mut self, name: &str, own: Option<&str>) -> Vec<String> {
        match self.take(name) {
            Some(resolved) => resolved.values(),
            None => own.map(str::to_owned).into_iter().collect(),
        }
    }

    /// Every name with its resolved value, in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Resolved)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v))
    }

    /// Changes query or form parameters: `null` removes, a string replaces, an array
    /// repeats the parameter.
    pub fn apply(&self, params: &mut Params) {
        params.replace_all(
            self.0
                .iter()
                .map(|(name, value)| (name.as_str(), value.values())),
        );
    }

    /// Changes the fields of a JSON body: arrays stay arrays.
    pub fn apply_json(&self, object: &mut Map<String, Value>) {
        for (name, value) in &self.0 {
            match value {
                Resolved::Omit => {
                    object.remove(name);
                }
                Resolved::One(v) => {
                    object.insert(name.clone(), Value::String(v.clone()));
                }
                Resolved::Many(vs) => {
                    object.insert(
                        name.clone(),
                        vs.iter().cloned().map(Value::String).collect(),
                    );
                }
            }
        }
    }
}
