//! A "what if" as data: the edits made to the scenario opened, in order, each one a
//! change a scenario file can say (`scenario-format.md`: a step's `with`, `headers`,
//! `method` and `by`, and the `client`, `server` and `resource` policies). A branch
//! is the opened scenario with every edit applied, read back through the loader, so
//! an edit the format refuses is refused with the loader's own message, and the
//! branch is exactly what a saved file holds (`scenario::write`).

use serde_json::{Map, Value};

use crate::scenario::{Scenario, parse, write};

/// One change to the scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A `with` parameter of a step (0-based): a value, or `None` to send the
    /// request without it (`null`).
    Param {
        step: usize,
        name: String,
        value: Option<String>,
    },
    /// A header of a step's request: a value, or `None` to leave it out.
    Header {
        step: usize,
        name: String,
        value: Option<String>,
    },
    /// The method of a step's request (`GET`, `POST`).
    Method { step: usize, method: String },
    /// Who takes a step (`client`, `resource_owner`, `attacker`).
    By { step: usize, by: String },
    /// A policy field, as `object.field` (`server.redirect_uri_matching`).
    Policy { path: String, value: Value },
}

/// One undoable edit: the changes made together (an editor's Enter, a defense
/// flipped, Alice's answer changed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit(pub Vec<Change>);

impl Change {
    /// The step it changes (0-based), if any.
    pub fn step(&self) -> Option<usize> {
        match self {
            Self::Param { step, .. }
            | Self::Header { step, .. }
            | Self::Method { step, .. }
            | Self::By { step, .. } => Some(*step),
            Self::Policy { .. } => None,
        }
    }

    /// What it names, as a scenario file writes it: the parameter, the header,
    /// `method`, `by` or the policy's path.
    pub fn subject(&self) -> &str {
        match self {
            Self::Param { name, .. } | Self::Header { name, .. } => name,
            Self::Method { .. } => "method",
            Self::By { .. } => "by",
            Self::Policy { path, .. } => path,
        }
    }

    /// Whether it takes something away (a parameter or a header left out).
    pub fn removes(&self) -> bool {
        matches!(
            self,
            Self::Param { value: None, .. } | Self::Header { value: None, .. }
        )
    }

    /// Writes the change into the scenario's JSON form.
    fn apply(&self, scenario: &mut Value) {
        let (step, field, key, value) = match self {
            Self::Param { step, name, value } => {
                (*step, "with", Some(name), text(value.as_deref()))
            }
            Self::Header { step, name, value } => {
                (*step, "headers", Some(name), text(value.as_deref()))
            }
            Self::Method { step, method } => (*step, "method", None, Value::from(method.as_str())),
            Self::By { step, by } => (*step, "by", None, Value::from(by.as_str())),
            Self::Policy { path, value } => {
                if let Some((object, field)) = path.split_once('.')
                    && let Some(object) = object_at(scenario, object)
                {
                    object.insert(field.to_owned(), value.clone());
                }
                return;
            }
        };
        let Some(step) = scenario
            .get_mut("steps")
            .and_then(Value::as_array_mut)
            .and_then(|steps| steps.get_mut(step))
        else {
            return;
        };
        match key {
            Some(key) => {
                if let Some(object) = object_at(step, field) {
                    object.insert(key.clone(), value);
                }
            }
            None => {
                if let Value::Object(step) = step {
                    step.insert(field.to_owned(), value);
                }
            }
        }
    }
}

/// A value, or `null`.
fn text(value: Option<&str>) -> Value {
    value.map_or(Value::Null, Value::from)
}

/// The object under `name` in `value`, made when missing; none when `value` is
/// not an object itself.
fn object_at<'a>(value: &'a mut Value, name: &str) -> Option<&'a mut Map<String, Value>> {
    let entry = value
        .as_object_mut()?
        .entry(name)
        .or_insert_with(|| Value::Object(Map::new()));
    if !entry.is_object() {
        *entry = Value::Object(Map::new());
    }
    entry.as_object_mut()
}

/// `opened` with every edit applied, in order, and the client behaving as correct
/// software would (`client_stops`, as in every branch), read back through the
/// loader.
///
/// # Errors
///
/// The loader's message, when the edits make a scenario the format refuses (a
/// header it cannot send, an action that takes no `with`, settings that contradict
/// each other).
pub fn branch(opened: &Scenario, edits: &[Edit]) -> Result<Scenario, String> {
    let mut value = write::to_value(opened).map_err(|e| e.to_string())?;
    for change in edits.iter().flat_map(|edit| &edit.0) {
        change.apply(&mut value);
    }
    if let Value::Object(fields) = &mut value {
        fields.insert("client_stops".to_owned(), Value::Bool(true));
    }
    let bytes = serde_json::to_vec(&value).map_err(|e| e.to_string())?;
    parse("what if", &bytes).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::builtin;
    use crate::sim::{By, Method};

    fn lesson() -> Scenario {
        match builtin("standard-flow") {
            Some(Ok(loaded)) => loaded.scenario,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn each_change_lands_where_a_file_would_write_it() {
        let edits = [Edit(vec![
            Change::Param {
                step: 2,
                name: "redirect_uri".into(),
                value: Some("https://attacker.example/cb".into()),
            },
            Change::Header {
                step: 6,
                name: "Authorization".into(),
                value: None,
            },
            Change::Method {
                step: 6,
                method: "GET".into(),
            },
            Change::By {
                step: 6,
                by: "attacker".into(),
            },
            Change::Policy {
                path: "server.redirect_uri_matching".into(),
                value: Value::from("prefix"),
            },
        ])];
        let branch = branch(&lesson(), &edits).unwrap_or_else(|e| panic!("{e}"));
        let steps = branch.steps();
        assert!(branch.client_stops);
        assert!(steps[2].param("redirect_uri").is_some());
        assert_eq!(steps[6].edits.method, Some(Method::Get));
        assert_eq!(steps[6].by, Some(By::Attacker));
        assert_eq!(steps[6].edits.headers.iter().count(), 1);
        assert_eq!(
            branch.server.redirect_uri_matching,
            crate::sim::RedirectMatching::Prefix
        );
    }

    #[test]
    fn an_edit_the_format_refuses_is_the_loaders_message() {
        let edits = [Edit(vec![Change::Header {
            step: 6,
            name: "Host".into(),
            value: Some("evil.example".into()),
        }])];
        let error = branch(&lesson(), &edits).err().unwrap_or_default();
        assert!(error.contains("steps[6].headers"), "{error}");
        assert!(
            error.contains("Host is where the request is sent"),
            "{error}"
        );
    }
}
