//! The JSON Schema of the scenario format, generated from the serde types themselves
//! (schemars), so an editor completes and checks a file against the same fields the
//! loader reads. Where a type reads itself by hand (a check, a raw request, a client
//! registered beforehand), its schema is written beside its deserializer.
//!
//! The schema is a help for writing files, not the judge of them: the loader also
//! refuses what a schema cannot say (a capture used before it is made, a header name
//! in `with`, settings of a client that contradict each other), with its own
//! messages.

use super::Scenario;

/// The schema as pretty JSON with a final line feed, as `oauth-sim schema` prints it
/// and `docs/scenario.schema.json` holds it.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Scenario);
    // A schema is a tree of plain JSON values with string keys: writing it to memory
    // cannot fail.
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
