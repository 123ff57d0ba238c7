//! Scenario files: the serde structs of the format (`scenario-format.md`), loading
//! with errors that name file, line, column and field path, and the built-in
//! catalogue compiled from `scenarios/`.

mod error;
mod faults;
mod group;
mod lab;
mod languages;
mod load;
mod locate;
mod schema;
mod shared_steps;
pub mod write;

use std::borrow::Cow;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::sim::{
    self, AttackerConfig, ClientConfig, Localized, ResourceConfig, Run, ServerPolicy, Step,
    Transcript, UserConfig, Words, World,
};

pub use error::ScenarioError;
pub use faults::{Fault, FaultAnswer, MAX_DELAY_MS};
pub use group::Group;
pub use lab::{Gain, Lab, LabPair, LabRun, lab_builtins, pairs as lab_pairs};
pub use load::{MAX_FILE_SIZE, builtin, builtin_names, load_file, parse, resolve};
pub use schema::json_schema;

/// The grant a scenario plays: what its client registers, what its `token` step
/// asks for, and the steps a file without `steps` runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[derive(schemars::JsonSchema)]
pub enum Flow {
    /// The authorization code grant with PKCE (RFC 6749 §4.1): the standard flow.
    #[default]
    AuthorizationCode,
    // Grants without a redirect.
    /// The client's own token, no user (RFC 6749 §4.4).
    ClientCredentials,
    /// A device without a browser; the user approves on another device (RFC 8628).
    DeviceCode,
    // Legacy flows, offered only when `server` turns them on.
    /// The implicit grant (RFC 6749 §4.2).
    Implicit,
    /// The resource owner password credentials grant (RFC 6749 §4.3).
    Password,
}

impl Flow {
    /// The grant the client's flow uses.
    pub fn grant(self) -> sim::GrantType {
        match self {
            Self::AuthorizationCode => sim::GrantType::AuthorizationCode,
            Self::ClientCredentials => sim::GrantType::ClientCredentials,
            Self::DeviceCode => sim::GrantType::DeviceCode,
            Self::Implicit => sim::GrantType::Implicit,
            Self::Password => sim::GrantType::Password,
        }
    }

    /// The steps a file without `steps` runs: the whole lesson of the flow.
    pub fn standard_steps(self) -> Vec<Step> {
        match self {
            Self::AuthorizationCode => sim::standard_flow(),
            Self::ClientCredentials => sim::client_credentials_flow(),
            Self::DeviceCode => sim::device_flow(),
            Self::Implicit => sim::implicit_flow(),
            Self::Password => sim::password_flow(),
        }
    }
}

/// One scenario file. Every field but `title` has the default of the happy path;
/// unknown fields are refused so a typo cannot silently change a test, and so is an
/// array where the format says object (`objects_only!`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[derive(schemars::JsonSchema)]
#[schemars(
    title = "oauth-sim scenario",
    description = "One scenario of oauth-sim: the world it sets up and the steps it runs. \
                   Every field but `title` has the default of the happy path."
)]
pub struct Scenario {
    /// A string (English), or a map of languages: `{"en": "…", "ko": "…"}`.
    pub title: Localized,
    /// The title in Korean (an extension of the format, kept beside the map form).
    #[serde(default)]
    pub title_ko: Option<String>,
    /// A string (English), or a map of languages, as `title`.
    #[serde(default)]
    pub summary: Localized,
    /// The summary in Korean (an extension of the format).
    #[serde(default)]
    pub summary_ko: Option<String>,
    #[serde(default)]
    pub flow: Flow,
    #[serde(default = "default_seed")]
    pub seed: u64,
    #[serde(default = "default_start")]
    pub start: DateTime<Utc>,
    #[serde(default)]
    pub client: ClientConfig,
    #[serde(default)]
    pub other_clients: Vec<OtherClient>,
    #[serde(default)]
    pub user: UserConfig,
    #[serde(default)]
    pub server: ServerPolicy,
    #[serde(default)]
    pub resource: ResourceConfig,
    #[serde(default)]
    pub attacker: AttackerConfig,
    /// Whether the client stops its flow as correct software would, after a denial,
    /// an error redirect, a `state` mismatch or a refused token request, and skips
    /// the requests it can no longer make (`sim/skip.rs`). Off by default: a tester
    /// can force any request.
    #[serde(default, skip_serializing_if = "is_false")]
    pub client_stops: bool,
    /// Faults `oauth-sim serve` injects on purpose (`faults.rs`); a run ignores them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faults: Vec<Fault>,
    /// `None` runs the standard flow.
    /// Shared (`Arc`) with the records of every run of them, so a long scenario that
    /// the TUI keeps for its what-if re-runs holds each step once (`shared_steps.rs`).
    #[serde(default, with = "shared_steps")]
    #[schemars(
        with = "Option<Vec<Step>>",
        description = "The steps to run; left out, the standard flow."
    )]
    pub steps: Option<Vec<Arc<Step>>>,
    /// The attack lab: which attack this scenario plays and which defense it sets
    /// (an extension of the format; `lab.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lab: Option<Lab>,
    /// The picker's heading for this scenario, when deriving it (`group.rs`) would
    /// put it in the wrong place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        description = "The picker's heading for this scenario; left out, it is derived from the scenario."
    )]
    pub group: Option<Group>,
    /// Where an editor finds the JSON Schema of this format (`oauth-sim schema`);
    /// the simulation does not read it.
    #[serde(rename = "$schema", default, skip_serializing)]
    pub schema: Option<String>,
}

sim::objects_only!(Scenario);

/// A client already registered at the authorization server: it needs a
/// `client_id`, and a `client_secret` when it is confidential.
#[derive(Debug, Clone, Serialize)]
pub struct OtherClient(pub ClientConfig);

impl<'de> Deserialize<'de> for OtherClient {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        sim::checked_map(deserializer, "a client object", |client: ClientConfig| {
            if client.client_id.is_none() {
                return Err(
                    "missing field `client_id` (an already registered client needs one)".into(),
                );
            }
            if client.client_type == sim::ClientType::Confidential && client.client_secret.is_none()
            {
                return Err(
                    "missing field `client_secret` (a confidential client needs one)".into(),
                );
            }
            Ok(Self(client))
        })
    }
}

/// A client object that must name its `client_id`, and its `client_secret` unless
/// it is public: the checks of the deserializer above, for editors.
impl schemars::JsonSchema for OtherClient {
    fn schema_name() -> Cow<'static, str> {
        "OtherClient".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let client = generator.subschema_for::<ClientConfig>();
        schemars::json_schema!({
            "description": "A client already registered at the authorization server.",
            "allOf": [client],
            "required": ["client_id"],
            "if": {
                "properties": { "type": { "const": "public" } },
                "required": ["type"]
            },
            "else": { "required": ["client_secret"] }
        })
    }
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde's signature")]
fn is_false(value: &bool) -> bool {
    !value
}

fn default_seed() -> u64 {
    1
}

/// `2026-01-01T09:00:00Z`, the format's default start.
fn default_start() -> DateTime<Utc> {
    DateTime::from_timestamp(1_767_258_000, 0).unwrap_or_default()
}

impl Scenario {
    /// The title in the language `code`, falling back to English.
    pub fn title_in(&self, code: impl AsRef<str>) -> &str {
        self.title.pick(self.title_ko.as_deref(), code.as_ref())
    }

    /// The title in every language the file gives.
    pub fn title_words(&self) -> Words {
        self.title.words(self.title_ko.as_deref())
    }

    /// The summary in every language the file gives.
    pub fn summary_words(&self) -> Words {
        self.summary.words(self.summary_ko.as_deref())
    }

    /// The steps to run: the file's, or the standard flow.
    pub fn steps(&self) -> Cow<'_, [Arc<Step>]> {
        self.steps.as_deref().map_or_else(
            || Cow::Owned(shared_steps::share(self.flow.standard_steps())),
            Cow::Borrowed,
        )
    }

    pub fn world(&self) -> World {
        World {
            client: self.client.clone(),
            other_clients: self.other_clients.iter().map(|c| c.0.clone()).collect(),
            user: self.user.clone(),
            server: self.server.clone(),
            resource: self.resource.clone(),
            attacker: self.attacker.clone(),
            grant: self.flow.grant(),
        }
    }

    /// Runs the scenario with its own seed, or another one.
    pub fn run(&self, seed: Option<u64>) -> Transcript {
        self.start_run(seed).into_transcript()
    }

    /// Starts a run whose steps come one at a time, for output written as it is made.
    pub fn start_run(&self, seed: Option<u64>) -> Run {
        Run::new(
            &self.title_words(),
            &self.summary_words(),
            &self.world(),
            self.steps().into_owned(),
            seed.unwrap_or(self.seed),
            self.start,
        )
        .client_stops(self.client_stops)
    }

    /// Starts a run that takes the scenario's steps rather than copying them: for a
    /// long file run once, the steps are held once.
    pub fn into_run(self, seed: Option<u64>) -> Run {
        let (title, summary) = (self.title_words(), self.summary_words());
        let world = self.world();
        let seed = seed.unwrap_or(self.seed);
        let flow = self.flow;
        let steps = self
            .steps
            .unwrap_or_else(|| shared_steps::share(flow.standard_steps()));
        Run::new(&title, &summary, &world, steps, seed, self.start).client_stops(self.client_stops)
    }

    /// The same scenario with step `index` (0-based) given another `with` value, for
    /// "what if" questions (the TUI's consent choice). In a branch the client behaves
    /// as correct software would: it stops a flow that cannot go on (`client_stops`).
    #[must_use]
    pub fn with_param(&self, index: usize, name: &str, value: &str) -> Self {
        let mut changed = self.clone();
        changed.client_stops = true;
        let mut steps = self.steps().into_owned();
        if let Some(step) = steps.get_mut(index).map(Arc::make_mut) {
            step.with.0.retain(|(n, _)| n != name);
            step.with.0.push((
                name.to_owned(),
                sim::ParamValue::One(sim::Text::Literal(value.to_owned())),
            ));
        }
        changed.steps = Some(steps);
        changed
    }
}

/// A scenario with where it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The file path, or `builtin:NAME`.
    pub file: String,
    pub scenario: Scenario,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scenario_is_read_only_from_an_object_never_by_position() {
        let error = serde_json::from_str::<Scenario>(r#"["t"]"#)
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some("invalid type: sequence, expected a JSON object at line 1 column 0")
        );
    }

    #[test]
    fn a_run_points_at_the_scenarios_own_steps_instead_of_copying_them() {
        let text = r#"{"title": "t", "steps": [{"do": "register"}, {"do": "authorize"}]}"#;
        let Ok(scenario) = parse("x.json", text.as_bytes()) else {
            panic!("a valid scenario");
        };
        let transcript = scenario.run(None);
        let steps = scenario.steps();
        assert_eq!(transcript.steps.len(), steps.len());
        for (record, step) in transcript.steps.iter().zip(steps.iter()) {
            assert!(Arc::ptr_eq(&record.step, step), "step {}", record.index);
        }
    }

    #[test]
    fn default_start_is_the_formats() {
        assert_eq!(default_start().to_rfc3339(), "2026-01-01T09:00:00+00:00");
    }
}
