//! The attack lab: pairs of built-in scenarios that play one attack of RFC 9700 §4
//! twice, with one defense switched off and on. A scenario says it belongs to the
//! lab with a top-level `lab` object (an extension of the format); what the attacker
//! gained is read from the attacker's memory at the end of the run, never from the
//! file, so the table `oauth-sim list --lab` prints is what the runs did.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Loaded, builtin, builtin_names};
use crate::sim::{
    self, Actor, ClientConfig, ItemKind, ResourceConfig, ServerPolicy, Status, Transcript,
};

/// The `lab` object: which attack a scenario plays and which defense it sets.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[derive(schemars::JsonSchema)]
#[schemars(rename = "Lab")]
struct RawLab {
    attack: String,
    #[serde(default)]
    attack_ko: Option<String>,
    section: String,
    defense: String,
    defended: bool,
}

/// What a lab scenario is about, checked: `defense` names a real policy field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[schemars(with = "RawLab")]
pub struct Lab {
    /// The attack, e.g. "Prefix redirect URI matching".
    pub attack: String,
    /// The attack's name in Korean, when the file gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attack_ko: Option<String>,
    /// The section of RFC 9700 that describes it, e.g. `§4.1`.
    pub section: String,
    /// The one policy field the pair differs in, e.g. `server.redirect_uri_matching`.
    pub defense: String,
    /// Whether this scenario has the defense on.
    pub defended: bool,
}

impl<'de> Deserialize<'de> for Lab {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        sim::checked_map(deserializer, "a lab object", Lab::check)
    }
}

impl Lab {
    fn check(raw: RawLab) -> Result<Self, String> {
        let fields = policy_fields();
        if !fields.contains(&raw.defense) {
            let hint = sim::closest(&raw.defense, fields.iter().map(String::as_str))
                .map(|f| format!(" (did you mean {f}?)"))
                .unwrap_or_default();
            return Err(format!(
                "defense `{}` is not a policy field of client, server or resource{hint}",
                raw.defense
            ));
        }
        Ok(Self {
            attack: raw.attack,
            attack_ko: raw.attack_ko,
            section: raw.section,
            defense: raw.defense,
            defended: raw.defended,
        })
    }
}

/// Every `client.X`, `server.X` and `resource.X` field of the format, as written in
/// a `defense`.
fn policy_fields() -> Vec<String> {
    let objects = [
        ("client", serde_json::to_value(ClientConfig::default())),
        ("server", serde_json::to_value(ServerPolicy::default())),
        ("resource", serde_json::to_value(ResourceConfig::default())),
    ];
    objects
        .into_iter()
        .filter_map(|(object, value)| match value {
            Ok(Value::Object(fields)) => Some((object, fields)),
            _ => None,
        })
        .flat_map(|(object, fields)| {
            fields
                .into_iter()
                .map(move |(name, _)| format!("{object}.{name}"))
        })
        .collect()
}

/// What the attacker holds at the end of a run that it should never have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gain {
    /// The owner's data, as the API served it.
    Resource,
    /// An access token the authorization server still holds as live and unexpired.
    AccessToken,
    /// Nothing of the owner's.
    Nothing,
}

impl Gain {
    /// What the attacker gained, from its memory after the last step: the owner's
    /// photos (an item of kind `resource` named for the owner), or else an access
    /// token the authorization server still counts as live. In the lab the attacker
    /// never has a grant of its own, so a live token it holds is the owner's.
    pub fn of(transcript: &Transcript, owner: &str) -> Self {
        let Some(last) = transcript.steps.len().checked_sub(1) else {
            return Self::Nothing;
        };
        let memory = transcript.memory_after(Some(last));
        let now = transcript.steps[last].at;
        let photos = format!("{owner}'s ");
        if memory
            .of(Actor::Attacker)
            .any(|item| item.kind == ItemKind::Resource && item.key.starts_with(&photos))
        {
            return Self::Resource;
        }
        let live_at_server = |key: &str| {
            memory.of(Actor::AuthorizationServer).any(|item| {
                item.kind == ItemKind::AccessToken
                    && item.key == key
                    && item.status == Status::Live
                    && !item.is_expired(now)
            })
        };
        if memory
            .of(Actor::Attacker)
            .any(|item| item.kind == ItemKind::AccessToken && live_at_server(&item.key))
        {
            Self::AccessToken
        } else {
            Self::Nothing
        }
    }

    /// The name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Resource => "resource",
            Self::AccessToken => "access_token",
            Self::Nothing => "nothing",
        }
    }
}

/// One lab scenario, run.
#[derive(Debug, Clone, Serialize)]
pub struct LabRun {
    /// The built-in's name.
    pub scenario: String,
    /// Whether every expectation of the run held.
    pub passed: bool,
    /// What the attacker ended with.
    pub gained: Gain,
}

impl LabRun {
    fn of(loaded: &Loaded, name: &str) -> Self {
        let transcript = loaded.scenario.run(None);
        Self {
            scenario: name.to_owned(),
            passed: transcript.passed(),
            gained: Gain::of(&transcript, &loaded.scenario.user.username),
        }
    }
}

/// One attack of the lab: its two built-ins, each run.
#[derive(Debug, Clone, Serialize)]
pub struct LabPair {
    pub attack: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attack_ko: Option<String>,
    pub section: String,
    pub defense: String,
    /// The run with the defense off.
    pub undefended: LabRun,
    /// The run with the defense on.
    pub defended: LabRun,
}

impl LabPair {
    /// The attack's name in `lang`, falling back to English.
    pub fn attack_in(&self, lang: impl AsRef<str>) -> &str {
        match (lang.as_ref(), &self.attack_ko) {
            ("ko", Some(ko)) => ko,
            _ => &self.attack,
        }
    }
}

/// The built-ins that belong to the lab, each with its `lab` object.
pub fn lab_builtins() -> impl Iterator<Item = (&'static str, Loaded, Lab)> {
    builtin_names().filter_map(|name| {
        let loaded = builtin(name)?.ok()?;
        let lab = loaded.scenario.lab.clone()?;
        Some((name, loaded, lab))
    })
}

/// Every pair of the lab, run, in the order of their RFC 9700 sections. A pair is
/// the built-ins `lab-ATTACK-undefended` and `lab-ATTACK-defended`.
pub fn pairs() -> Vec<LabPair> {
    let mut pairs: Vec<LabPair> = lab_builtins()
        .filter(|(_, _, lab)| !lab.defended)
        .filter_map(|(name, loaded, lab)| {
            let partner = format!("{}-defended", name.strip_suffix("-undefended")?);
            let defended = builtin(&partner)?.ok()?;
            Some(LabPair {
                attack: lab.attack,
                attack_ko: lab.attack_ko,
                section: lab.section,
                defense: lab.defense,
                undefended: LabRun::of(&loaded, name),
                defended: LabRun::of(&defended, &partner),
            })
        })
        .collect();
    pairs.sort_by_key(|pair| section_order(&pair.section));
    pairs
}

/// `§4.10` after `§4.2`: the section's numbers, compared as numbers.
fn section_order(section: &str) -> Vec<u32> {
    section
        .trim_start_matches('§')
        .split('.')
        .map(|part| part.parse().unwrap_or(u32::MAX))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab(defense: &str) -> Result<Lab, String> {
        let json = format!(
            r#"{{"attack": "a", "section": "§4.1", "defense": "{defense}", "defended": true}}"#
        );
        serde_json::from_str::<Lab>(&json).map_err(|e| e.to_string())
    }

    #[test]
    fn a_defense_must_name_a_policy_field() {
        assert!(lab("server.redirect_uri_matching").is_ok());
        assert!(lab("client.uses_pkce").is_ok());
        let error = lab("server.redirect_matching").err().unwrap_or_default();
        assert!(
            error.starts_with(
                "defense `server.redirect_matching` is not a policy field of client, server or resource (did you mean server.redirect_uri_matching?)"
            ),
            "{error}"
        );
    }

    fn gain_after(steps: &str) -> Gain {
        let text = format!(r#"{{"title": "t", "steps": [{steps}]}}"#);
        let scenario = crate::scenario::parse("t.json", text.as_bytes()).map_err(|e| e.to_string());
        let scenario = scenario.unwrap_or_else(|e| panic!("{e}"));
        Gain::of(&scenario.run(None), "alice")
    }

    const TOKENS: &str = r#"{"do": "authorize"}, {"do": "login"}, {"do": "consent"},
        {"do": "callback"}, {"do": "token"}"#;

    #[test]
    fn a_stolen_token_counts_while_the_server_holds_it_live() {
        let stolen =
            format!(r#"{TOKENS}, {{"do": "steal", "with": {{"access_token": "$access_token"}}}}"#);
        assert_eq!(gain_after(&stolen), Gain::AccessToken);
        assert_eq!(
            gain_after(&format!(r#"{stolen}, {{"do": "revoke"}}"#)),
            Gain::Nothing
        );
        let expired = format!(r#"{stolen}, {{"do": "wait", "seconds": 3600}}"#);
        assert_eq!(gain_after(&expired), Gain::Nothing);
    }

    #[test]
    fn the_owners_photos_count_once_the_attacker_has_them() {
        let used = format!(
            r#"{TOKENS}, {{"do": "steal", "with": {{"access_token": "$access_token"}}}},
            {{"do": "call_api", "by": "attacker"}}, {{"do": "revoke"}}"#
        );
        assert_eq!(gain_after(&used), Gain::Resource);
        assert_eq!(gain_after(TOKENS), Gain::Nothing);
    }

    #[test]
    fn sections_sort_by_number_not_by_text() {
        let mut sections = vec!["§4.10", "§4.2", "§4.14", "§4.1"];
        sections.sort_by_key(|s| section_order(s));
        assert_eq!(sections, ["§4.1", "§4.2", "§4.10", "§4.14"]);
    }
}
