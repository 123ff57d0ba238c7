//! `$variables`: values seen earlier in the run, whoever holds them now
//! (`scenario-format.md`, "with").

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;
use strum::VariantArray as _;

use super::step::Text;

/// A name a `with` value may refer to with `$name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::VariantArray)]
#[serde(into = "String")]
pub enum Var {
    Code,
    State,
    CodeVerifier,
    CodeChallenge,
    AccessToken,
    RefreshToken,
    ClientId,
    ClientSecret,
    PreviousCode,
    PreviousState,
    PreviousAccessToken,
    PreviousRefreshToken,
}

impl From<Var> for String {
    fn from(var: Var) -> String {
        format!("${}", var.name())
    }
}

impl Var {
    /// The name after the `$`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Code => "code",
            Self::State => "state",
            Self::CodeVerifier => "code_verifier",
            Self::CodeChallenge => "code_challenge",
            Self::AccessToken => "access_token",
            Self::RefreshToken => "refresh_token",
            Self::ClientId => "client_id",
            Self::ClientSecret => "client_secret",
            Self::PreviousCode => "previous_code",
            Self::PreviousState => "previous_state",
            Self::PreviousAccessToken => "previous_access_token",
            Self::PreviousRefreshToken => "previous_refresh_token",
        }
    }

    /// Every built-in name.
    pub fn all_names() -> impl Iterator<Item = &'static str> {
        Self::VARIANTS.iter().map(|v| v.name())
    }

    /// The variable called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::VARIANTS.iter().copied().find(|v| v.name() == name)
    }

    /// The variable whose name is nearest to a misspelt one, when it is near enough
    /// to be a plausible typo.
    pub fn closest(name: &str) -> Option<Self> {
        let nearest = closest(name, Self::all_names())?;
        Self::from_name(nearest)
    }

    /// Which step gives the variable its value, for an author who used it too early.
    pub fn origin(self) -> &'static str {
        match self {
            Self::Code => "an authorization server redirect that carries a code sets it",
            Self::State => "an authorize step sets it when the client uses state",
            Self::CodeVerifier | Self::CodeChallenge => {
                "an authorize step sets it when the client uses PKCE"
            }
            Self::AccessToken => "a token or refresh step that succeeds sets it",
            Self::RefreshToken => "a token or refresh step that issues a refresh token sets it",
            Self::ClientId => "registration sets it",
            Self::ClientSecret => "registration sets it for a confidential client",
            Self::PreviousCode
            | Self::PreviousState
            | Self::PreviousAccessToken
            | Self::PreviousRefreshToken => {
                "it is the value before the latest, so the run needs two values by now"
            }
        }
    }
}

/// A `$name` as a scenario uses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "String")]
pub enum Name {
    Var(Var),
    /// A step's capture; `captured_at` is the step (1-based) whose capture found
    /// nothing, or none when no step has captured it.
    Capture {
        name: String,
        captured_at: Option<usize>,
    },
}

impl From<Name> for String {
    fn from(name: Name) -> String {
        name.to_string()
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Var(var) => write!(f, "${}", var.name()),
            Self::Capture { name, .. } => write!(f, "${name}"),
        }
    }
}

/// A `$name` used where it has no value yet: a mistake in the scenario file, which
/// stops the run (the steps after it would only fail because of it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unresolved {
    /// Where the step uses it: `with.code`, `with.scope[1]`, `expect.json.state`.
    pub field: String,
    pub name: Name,
}

impl Unresolved {
    /// Why it has no value, in a few words.
    pub fn origin(&self) -> String {
        match &self.name {
            Name::Var(var) => var.origin().to_owned(),
            Name::Capture {
                captured_at: Some(step),
                ..
            } => format!("its capture at step {step} found nothing in that step's final response"),
            Name::Capture {
                captured_at: None, ..
            } => "no step before it captured it".to_owned(),
        }
    }
}

/// The candidate nearest to a misspelt name, when it is near enough to be a
/// plausible typo (Jaro-Winkler similarity above 0.8).
pub fn closest<'a>(given: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::jaro_winkler(given, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// The values seen so far in the run: the latest and the one before it.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    code: History,
    state: History,
    code_verifier: Option<String>,
    code_challenge: Option<String>,
    access_token: History,
    refresh_token: History,
    client_id: Option<String>,
    client_secret: Option<String>,
    captures: HashMap<String, Captured>,
}

/// What a step captured under one name.
#[derive(Debug, Clone)]
struct Captured {
    value: Option<String>,
    at: usize,
}

/// The latest value of a kind and the one it replaced.
#[derive(Debug, Clone, Default)]
struct History {
    latest: Option<String>,
    previous: Option<String>,
}

impl History {
    fn record(&mut self, value: &str) {
        if self.latest.as_deref() != Some(value) {
            self.previous = self.latest.replace(value.to_owned());
        }
    }
}

impl Seen {
    /// The value a variable names now, if it has one yet.
    pub fn get(&self, var: Var) -> Option<&str> {
        match var {
            Var::Code => self.code.latest.as_deref(),
            Var::State => self.state.latest.as_deref(),
            Var::CodeVerifier => self.code_verifier.as_deref(),
            Var::CodeChallenge => self.code_challenge.as_deref(),
            Var::AccessToken => self.access_token.latest.as_deref(),
            Var::RefreshToken => self.refresh_token.latest.as_deref(),
            Var::ClientId => self.client_id.as_deref(),
            Var::ClientSecret => self.client_secret.as_deref(),
            Var::PreviousCode => self.code.previous.as_deref(),
            Var::PreviousState => self.state.previous.as_deref(),
            Var::PreviousAccessToken => self.access_token.previous.as_deref(),
            Var::PreviousRefreshToken => self.refresh_token.previous.as_deref(),
        }
    }

    /// The text a `with` or `expect` value stands for now; `field` names where it is
    /// used, and is only written out when the value is missing.
    pub fn resolve(
        &self,
        text: &Text,
        field: impl FnOnce() -> String,
    ) -> Result<String, Unresolved> {
        match text {
            Text::Literal(s) => Ok(s.clone()),
            Text::Var(var) => self.get(*var).map(str::to_owned).ok_or_else(|| Unresolved {
                field: field(),
                name: Name::Var(*var),
            }),
            Text::Capture(name) => {
                let captured = self.captures.get(name);
                captured
                    .and_then(|c| c.value.clone())
                    .ok_or_else(|| Unresolved {
                        field: field(),
                        name: Name::Capture {
                            name: name.clone(),
                            captured_at: captured.map(|c| c.at),
                        },
                    })
            }
        }
    }

    /// Keeps what step `at` (1-based) captured as `name`: a value, or the fact that
    /// its final response had none, which a later use reports.
    pub fn capture(&mut self, name: &str, value: Option<String>, at: usize) {
        self.captures
            .insert(name.to_owned(), Captured { value, at });
    }

    pub fn code(&mut self, value: &str) {
        self.code.record(value);
    }
    pub fn state(&mut self, value: &str) {
        self.state.record(value);
    }
    pub fn code_verifier(&mut self, value: &str) {
        self.code_verifier = Some(value.to_owned());
    }
    /// The S256 challenge the client sent for its latest verifier (RFC 7636 §4.2).
    pub fn code_challenge(&mut self, value: &str) {
        self.code_challenge = Some(value.to_owned());
    }
    pub fn access_token(&mut self, value: &str) {
        self.access_token.record(value);
    }
    pub fn refresh_token(&mut self, value: &str) {
        self.refresh_token.record(value);
    }
    pub fn client(&mut self, id: &str, secret: Option<&str>) {
        self.client_id = Some(id.to_owned());
        self.client_secret = secret.map(str::to_owned);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variable_name_round_trips() {
        for var in Var::VARIANTS.iter().copied() {
            assert_eq!(Var::from_name(var.name()), Some(var));
        }
    }

    #[test]
    fn a_misspelt_variable_suggests_the_nearest_name() {
        assert_eq!(Var::closest("cod"), Some(Var::Code));
        assert_eq!(Var::closest("refesh_token"), Some(Var::RefreshToken));
        assert_eq!(Var::closest("zzzz"), None);
    }

    #[test]
    fn previous_holds_the_value_before_the_latest() {
        let mut seen = Seen::default();
        seen.refresh_token("r1");
        seen.refresh_token("r2");
        assert_eq!(seen.get(Var::RefreshToken), Some("r2"));
        assert_eq!(seen.get(Var::PreviousRefreshToken), Some("r1"));
    }

    #[test]
    fn previous_state_is_the_state_of_the_authorization_request_before() {
        let mut seen = Seen::default();
        seen.state("s1");
        assert_eq!(seen.get(Var::PreviousState), None);
        seen.state("s2");
        assert_eq!(seen.get(Var::State), Some("s2"));
        assert_eq!(seen.get(Var::PreviousState), Some("s1"));
    }
}
