//! A scenario step: what an actor does, what it sends differently, and what the
//! step must produce (`scenario-format.md`, "Steps").

use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::actor::Actor;
use super::capture::{Captures, is_capture_name};
use super::checked::checked_map;
use super::checks::{Check, Checks, Field, LocationChecks};
use super::message::Method;
use super::oauth_error::ErrorCode;
use super::oidc::tamper::is_tamperable;
use super::raw_request::RawRequest;
use super::request_edits::{HeaderEdits, StepEdits, TokenIn, is_header_like};
use super::variables::{Var, closest};
use super::words::Localized;

mod ask;
mod grants;
mod steal;

pub use ask::Ask;
pub use grants::{client_credentials_flow, device_flow, implicit_flow, password_flow};

#[cfg(test)]
pub use steal::STEALABLE;

/// What happens at a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[derive(schemars::JsonSchema)]
pub enum Action {
    /// Nobody sends anything: the lesson opens by introducing the four roles and
    /// their lanes (RFC 6749 §1.1).
    Roles,
    Register,
    Authorize,
    Login,
    Consent,
    Callback,
    Token,
    CallApi,
    Wait,
    Refresh,
    Revoke,
    /// A browser opens the client's photos page; the client calls the API for it.
    Visit,
    /// Alice withdraws her consent on her account page at the authorization server.
    WithdrawConsent,
    /// The attacker's page sends Alice's browser to a link it crafted.
    Lure,
    /// The attacker copies values it did not get by message (a log, a browser
    /// history, a backup): what a scenario says leaked, it now holds.
    Steal,
    /// Sends a request written out whole in `raw`: anything the actions do not foresee.
    Send,
    // Issue 11, part A: the device flow (RFC 8628).
    /// The device asks for a device code and a user code (`POST /device_authorization`).
    DeviceAuthorize,
    /// Alice types the device's user code on her phone (`GET /device?user_code=…`).
    EnterCode,
    /// The device polls the token endpoint once with its device code.
    Poll,
    // Legacy flows and explicit introspection (issue 11, part B).
    /// Alice types her username and password into the app, which posts them to the
    /// token endpoint: the password grant (RFC 6749 §4.3).
    Password,
    /// An app asks the authorization server whether a token is active (RFC 7662 §2).
    Introspect,
    // OpenID Connect (issue 11, part C).
    /// The client fetches the discovery document, then the keys at its `jwks_uri`
    /// (OIDC Discovery §4, RFC 7517 §5).
    Discover,
    /// The client asks the `UserInfo` endpoint about the user (OIDC Core §5.3).
    Userinfo,
}

impl Action {
    /// The name used in scenario files (`"do": "call_api"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Roles => "roles",
            Self::Register => "register",
            Self::Authorize => "authorize",
            Self::Login => "login",
            Self::Consent => "consent",
            Self::Callback => "callback",
            Self::Token => "token",
            Self::CallApi => "call_api",
            Self::Wait => "wait",
            Self::Refresh => "refresh",
            Self::Revoke => "revoke",
            Self::Visit => "visit",
            Self::WithdrawConsent => "withdraw_consent",
            Self::Lure => "lure",
            Self::Steal => "steal",
            Self::Send => "send",
            Self::DeviceAuthorize => "device_authorize",
            Self::EnterCode => "enter_code",
            Self::Poll => "poll",
            Self::Password => "password",
            Self::Introspect => "introspect",
            Self::Discover => "discover",
            Self::Userinfo => "userinfo",
        }
    }

    /// Who may take this action (`by`), the first being who takes it by default.
    pub fn takers(self) -> &'static [By] {
        match self {
            Self::Register
            | Self::Token
            | Self::CallApi
            | Self::Refresh
            | Self::Revoke
            | Self::Password
            | Self::Introspect
            | Self::Discover
            | Self::Userinfo => &[By::Client, By::Attacker],
            Self::Login | Self::Consent => &[By::ResourceOwner, By::Attacker, By::Phone],
            Self::Authorize | Self::Callback | Self::Visit => &[By::ResourceOwner, By::Attacker],
            Self::DeviceAuthorize | Self::Poll => &[By::Client],
            Self::EnterCode => &[By::Phone],
            Self::WithdrawConsent => &[By::ResourceOwner],
            Self::Send => &[By::Client, By::ResourceOwner, By::Attacker],
            Self::Lure | Self::Steal => &[By::Attacker],
            Self::Wait | Self::Roles => &[],
        }
    }

    /// Whether the step sends no message at all: the clock moving, or the roles
    /// being introduced.
    pub fn sends_nothing(self) -> bool {
        matches!(self, Self::Wait | Self::Roles)
    }

    /// Only these steps can send the browser back to the client.
    pub fn can_redirect(self) -> bool {
        matches!(self, Self::Authorize | Self::Consent | Self::Lure)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who takes a step: the client app, a browser (Alice's), or the attacker (its
/// browser or its app, whichever the action needs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[derive(schemars::JsonSchema)]
#[schemars(extend("enum" = ["client", "resource_owner", "alice", "attacker", "phone"]))]
pub enum By {
    Client,
    #[serde(alias = "alice")]
    ResourceOwner,
    Attacker,
    // Alice on her phone's browser (the device flow, RFC 8628 §3.3); no doc
    // comment, which would turn the schema's plain enum into a `oneOf`.
    Phone,
}

impl By {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Client => "client",
            Self::ResourceOwner => "resource_owner",
            Self::Attacker => "attacker",
            Self::Phone => "phone",
        }
    }
}

/// One value in `with` or in a check: literal text, a `$variable` seen earlier in
/// the run, or a `$name` an earlier step captured.
#[derive(Debug, Clone, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(with = "String")]
pub enum Text {
    Literal(String),
    Var(Var),
    Capture(String),
}

/// As the file writes it, so that it reads back the same: a literal that starts with
/// `$` is escaped as `$$`.
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Literal(text) if text.starts_with('$') => {
                serializer.collect_str(&format_args!("${text}"))
            }
            _ => serializer.collect_str(self),
        }
    }
}

impl Text {
    /// Reads one `with` or `expect` string: `$name` is a variable, `$$` a literal `$`.
    pub(super) fn parse(raw: &str) -> Result<Self, String> {
        if let Some(escaped) = raw.strip_prefix("$$") {
            return Ok(Self::Literal(format!("${escaped}")));
        }
        let Some(name) = raw.strip_prefix('$') else {
            return Ok(Self::Literal(raw.to_owned()));
        };
        if let Some(var) = Var::from_name(name) {
            return Ok(Self::Var(var));
        }
        if is_capture_name(name) {
            return Ok(Self::Capture(name.to_owned()));
        }
        let hint = Var::closest(name)
            .map(|v| format!(" (did you mean ${}?)", v.name()))
            .unwrap_or_default();
        Err(format!("unknown variable ${name}{hint}"))
    }
}

/// As the file writes it: the text, or `$name`.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Literal(text) => f.write_str(text),
            Self::Var(var) => write!(f, "${}", var.name()),
            Self::Capture(name) => write!(f, "${name}"),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::parse(&raw).map_err(de::Error::custom)
    }
}

/// What `with` says about one parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[derive(schemars::JsonSchema)]
pub enum ParamValue {
    /// `null`: leave the parameter out.
    Omit,
    /// A string (a query/form parameter, or a JSON string).
    One(Text),
    /// An array: repeated in a query or form, a JSON array in a JSON body.
    Many(Vec<Text>),
}

impl<'de> Deserialize<'de> for ParamValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = ParamValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, an array of strings, or null")
            }
            fn visit_unit<E: de::Error>(self) -> Result<ParamValue, E> {
                Ok(ParamValue::Omit)
            }
            fn visit_none<E: de::Error>(self) -> Result<ParamValue, E> {
                Ok(ParamValue::Omit)
            }
            fn visit_str<E: de::Error>(self, raw: &str) -> Result<ParamValue, E> {
                Text::parse(raw).map(ParamValue::One).map_err(E::custom)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<ParamValue, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Text>()? {
                    items.push(item);
                }
                Ok(ParamValue::Many(items))
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

/// The `with` object, in file order (new parameters are appended in that order).
#[derive(Debug, Clone, Default, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(with = "std::collections::BTreeMap<String, ParamValue>")]
pub struct With(pub Vec<(String, ParamValue)>);

/// Written as the file writes it: an object, in file order, so a scenario written
/// back (a saved "what if") loads again.
impl Serialize for With {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, value)| (name, value)))
    }
}

impl<'de> Deserialize<'de> for With {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct WithVisitor;
        impl<'de> Visitor<'de> for WithVisitor {
            type Value = With;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of parameter names")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<With, A::Error> {
                let mut entries: Vec<(String, ParamValue)> = Vec::new();
                let mut names = HashSet::new();
                while let Some(name) = map.next_key::<String>()? {
                    if !names.insert(name.clone()) {
                        return Err(de::Error::custom(format!(
                            "parameter `{name}` is given twice; use an array to repeat it"
                        )));
                    }
                    let value = map.next_value_seed(Parameter(&name))?;
                    entries.push((name, value));
                }
                Ok(With(entries))
            }
        }
        deserializer.deserialize_map(WithVisitor)
    }
}

/// Reads one `with` value and then refuses a name that reads as an HTTP header, with
/// the error at that value and its name in the path (`steps[0].with.Cookie`): a
/// header given as a parameter would quietly travel as a parameter.
struct Parameter<'a>(&'a str);

impl<'de> DeserializeSeed<'de> for Parameter<'_> {
    type Value = ParamValue;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<ParamValue, D::Error> {
        let value = ParamValue::deserialize(deserializer)?;
        if is_header_like(self.0) {
            return Err(de::Error::custom(format!(
                "`{}` is an HTTP header, not a parameter: use \"headers\": {{\"{}\": …}} \
                 (\"with\" names query, form or JSON parameters)",
                self.0, self.0
            )));
        }
        Ok(value)
    }
}

/// What a step must produce. Fields left out are not checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[derive(schemars::JsonSchema)]
pub struct Expect {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// `Some(None)` is `"error": null`: the step must succeed; `None` is not
    /// checked. The two levels are the format's own distinction.
    #[schemars(
        description = "The OAuth error code the step must end with; null: it must succeed."
    )]
    #[allow(clippy::option_option)]
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub error: Option<Option<ErrorCode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect: Option<bool>,
    /// Who answered the step: the party that sent its final response (the one the
    /// step's last request reached).
    #[serde(
        default,
        deserialize_with = "actor",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Actor")]
    pub to: Option<Actor>,
    /// Headers of the final response.
    #[serde(default, skip_serializing_if = "Checks::is_empty")]
    pub headers: Checks,
    /// Parameters of the `Location` the final response redirects to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationChecks>,
    /// Fields of the final response's JSON body.
    #[serde(default, skip_serializing_if = "Checks::is_empty")]
    pub json: Checks,
    /// Whether the step must be skipped (`true`) or must run (`false`): the one
    /// check made on a step the client skipped, whose other checks are not made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<bool>,
}

super::objects_only!(Expect);

impl Expect {
    /// Every check on a field of the final response, with that field.
    pub fn field_checks(&self) -> impl Iterator<Item = (Field, &Check)> {
        fn named(
            checks: &Checks,
            field: fn(String) -> Field,
        ) -> impl Iterator<Item = (Field, &Check)> {
            checks
                .0
                .iter()
                .map(move |(name, check)| (field(name.clone()), check))
        }
        let location = self.location.as_ref();
        named(&self.headers, Field::Header)
            .chain(
                location
                    .into_iter()
                    .flat_map(move |l| named(&l.query, Field::Query)),
            )
            .chain(
                location
                    .into_iter()
                    .flat_map(move |l| named(&l.fragment, Field::Fragment)),
            )
            .chain(named(&self.json, Field::Json))
    }
}

/// The parties a step can reach, by the names of the JSON output.
const ACTORS: [Actor; 6] = [
    Actor::Client,
    Actor::ResourceOwner,
    Actor::AuthorizationServer,
    Actor::ResourceServer,
    Actor::Attacker,
    Actor::Phone,
];

/// Reads `expect.to`: an actor's name as the JSON output writes it.
fn actor<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Actor>, D::Error> {
    let name = String::deserialize(deserializer)?;
    if let Some(actor) = ACTORS.into_iter().find(|a| a.as_str() == name) {
        return Ok(Some(actor));
    }
    let names = ACTORS.map(Actor::as_str);
    let hint = match closest(&name, names.into_iter()) {
        Some(best) => format!(" (did you mean `{best}`?)"),
        None => format!("; expected one of: {}", names.join(", ")),
    };
    Err(de::Error::custom(format!("unknown actor `{name}`{hint}")))
}

/// In the scenario file's words: `status 400, error invalid_request, redirect false`.
impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(status) = self.status {
            parts.push(format!("status {status}"));
        }
        if let Some(error) = self.error {
            parts.push(format!("error {}", error.map_or("null", |e| e.as_str())));
        }
        if let Some(redirect) = self.redirect {
            parts.push(format!("redirect {redirect}"));
        }
        if let Some(to) = self.to {
            parts.push(format!("to {}", to.as_str()));
        }
        for (field, check) in self.field_checks() {
            parts.push(format!("{} {check}", field.expect_path()));
        }
        if let Some(skipped) = self.skipped {
            parts.push(format!("skipped {skipped}"));
        }
        f.write_str(&parts.join(", "))
    }
}

/// Tells a field that is present with `null` from one that is absent.
#[allow(clippy::option_option)]
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// A step as written in the file, before the checks that span several fields.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[derive(schemars::JsonSchema)]
#[schemars(rename = "Step")]
struct RawStep {
    #[serde(rename = "do")]
    action: Action,
    #[serde(default)]
    by: Option<By>,
    #[serde(default)]
    with: Option<With>,
    #[serde(default)]
    seconds: Option<u64>,
    #[serde(default)]
    headers: Option<HeaderEdits>,
    #[serde(default)]
    method: Option<Method>,
    #[serde(default)]
    token_in: Option<TokenIn>,
    #[serde(default)]
    expect: Option<Expect>,
    #[serde(default)]
    note: Option<Localized>,
    #[serde(default)]
    note_ko: Option<String>,
    #[serde(default)]
    capture: Option<Captures>,
    #[serde(default)]
    raw: Option<RawRequest>,
    #[serde(default)]
    ask: Option<Ask>,
    #[serde(default)]
    tamper: Option<With>,
}

/// One step of a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[schemars(with = "RawStep")]
pub struct Step {
    #[serde(rename = "do")]
    pub action: Action,
    /// Who takes the step, when not the action's usual taker.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<By>,
    #[serde(skip_serializing_if = "with_is_empty")]
    pub with: With,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u64>,
    /// `method` and `headers`: changes to the request the actor builds.
    #[serde(flatten)]
    pub edits: StepEdits,
    /// Where `call_api` puts the access token.
    #[serde(skip_serializing_if = "TokenIn::is_default")]
    pub token_in: TokenIn,
    /// Boxed: most steps have none, and a long scenario holds every step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expect: Option<Box<Expect>>,
    /// A string (English), or a map of languages: `{"en": "…", "ko": "…"}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Localized>,
    /// The note in Korean, when the scenario gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note_ko: Option<String>,
    /// Values of the final response that the steps after this one use as `$name`.
    #[serde(skip_serializing_if = "Captures::is_empty")]
    pub capture: Captures,
    /// `send` only: the whole request, as it goes on the wire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<Box<RawRequest>>,
    /// The scenario's own question for predict mode; boxed, as most steps have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ask: Option<Box<Ask>>,
    /// `token` only: what a party in between changes in the token response before
    /// the client reads it (`sim/oidc/tamper.rs`).
    #[serde(skip_serializing_if = "with_is_empty")]
    pub tamper: With,
}

fn with_is_empty(with: &With) -> bool {
    with.0.is_empty()
}

impl Step {
    /// A step that only says what to do.
    pub fn new(action: Action) -> Self {
        Self {
            action,
            by: None,
            with: With::default(),
            seconds: None,
            edits: StepEdits::default(),
            token_in: TokenIn::default(),
            expect: None,
            note: None,
            note_ko: None,
            capture: Captures::default(),
            raw: None,
            ask: None,
            tamper: With::default(),
        }
    }

    /// The step's note in `lang`, falling back to English.
    pub fn note_in(&self, lang: impl AsRef<str>) -> Option<&str> {
        let (code, ko) = (lang.as_ref(), self.note_ko.as_deref());
        match &self.note {
            Some(note) => Some(note.pick(ko, code)),
            None => ko.filter(|_| code == "ko"),
        }
    }

    /// What `with` says about parameter `name`, if anything.
    pub fn param(&self, name: &str) -> Option<&ParamValue> {
        self.with
            .0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value)
    }

    /// Who takes the step.
    pub fn taker(&self) -> By {
        self.by
            .or_else(|| self.action.takers().first().copied())
            .unwrap_or(By::Client)
    }

    /// A `wait` of `seconds`.
    pub fn wait(seconds: u64) -> Self {
        Self {
            seconds: Some(seconds),
            ..Self::new(Action::Wait)
        }
    }
}

impl<'de> Deserialize<'de> for Step {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        checked_map(
            deserializer,
            "a step such as {\"do\": \"authorize\"}",
            Step::check,
        )
    }
}

impl Step {
    /// A step that sends nothing (`wait`, `roles`) has no request to change and no
    /// response to capture from.
    fn check_silent(raw: &RawStep) -> Result<(), String> {
        let sends = [
            ("with", raw.with.is_some()),
            ("headers", raw.headers.is_some()),
            ("method", raw.method.is_some()),
        ];
        if let Some((field, _)) = sends.iter().find(|(_, given)| *given) {
            return Err(format!(
                "a {} step sends nothing, so it takes no \"{field}\"",
                raw.action
            ));
        }
        if raw.capture.is_some() {
            return Err(format!(
                "a {} step receives nothing, so it takes no \"capture\"",
                raw.action
            ));
        }
        Ok(())
    }

    /// The rules that span a step's fields.
    fn check(raw: RawStep) -> Result<Self, String> {
        let is_wait = raw.action == Action::Wait;
        if is_wait && raw.seconds.is_none() {
            return Err(
                "a wait step needs \"seconds\" (e.g. {\"do\": \"wait\", \"seconds\": 3601})".into(),
            );
        }
        if !is_wait && raw.seconds.is_some() {
            return Err(format!(
                "\"seconds\" belongs to wait steps, not to {}",
                raw.action
            ));
        }
        if raw.action.sends_nothing() {
            Self::check_silent(&raw)?;
        }
        if raw.action != Action::CallApi && raw.token_in.is_some() {
            return Err(format!(
                "\"token_in\" belongs to call_api steps, not to {} (it says where the \
                 access token goes in an API call)",
                raw.action
            ));
        }
        if raw.action == Action::Steal {
            let sends = [
                ("headers", raw.headers.is_some()),
                ("method", raw.method.is_some()),
            ];
            steal::check(raw.with.as_ref(), &sends, raw.capture.is_some())?;
        }
        if let Some(by) = raw.by {
            let takers = raw.action.takers();
            if !takers.contains(&by) {
                let allowed: Vec<&str> = takers.iter().map(|b| b.as_str()).collect();
                return Err(if allowed.is_empty() {
                    format!("\"by\" does not apply to {}: nobody takes it", raw.action)
                } else {
                    format!(
                        "{} is not taken by {}; \"by\" may be {}",
                        raw.action,
                        by.as_str(),
                        allowed.join(" or ")
                    )
                });
            }
        }
        let is_send = raw.action == Action::Send;
        if is_send && raw.raw.is_none() {
            return Err("a send step needs \"raw\": the request as text, e.g. \
                 \"GET /photos HTTP/1.1\\nHost: photos.example\""
                .into());
        }
        if !is_send && raw.raw.is_some() {
            return Err(format!(
                "\"raw\" belongs to send steps, not to {} (use \"do\": \"send\")",
                raw.action
            ));
        }
        if is_send && (raw.with.is_some() || raw.headers.is_some() || raw.method.is_some()) {
            return Err(
                "a send step sends its \"raw\" text as written: put parameters, headers and \
                 the method in it, not in \"with\", \"headers\" or \"method\""
                    .into(),
            );
        }
        if let Some(tamper) = &raw.tamper {
            check_tamper(raw.action, tamper)?;
        }
        if !raw.action.can_redirect() && raw.expect.as_ref().is_some_and(|e| e.redirect.is_some()) {
            return Err(format!(
                "expect.redirect is only checked for authorize, consent and lure, not for {}",
                raw.action
            ));
        }
        Ok(Self {
            action: raw.action,
            by: raw.by,
            with: raw.with.unwrap_or_default(),
            seconds: raw.seconds,
            edits: StepEdits {
                method: raw.method,
                headers: raw.headers.unwrap_or_default(),
            },
            token_in: raw.token_in.unwrap_or_default(),
            expect: raw.expect.map(Box::new),
            note: raw.note,
            note_ko: raw.note_ko,
            capture: raw.capture.unwrap_or_default(),
            raw: raw.raw.map(Box::new),
            ask: raw.ask.map(Box::new),
            tamper: raw.tamper.unwrap_or_default(),
        })
    }
}

/// `tamper` belongs to `token` steps and names what it can change.
fn check_tamper(action: Action, tamper: &With) -> Result<(), String> {
    if action != Action::Token {
        return Err(format!(
            "\"tamper\" belongs to token steps, not to {action} (it changes the token \
             response before the client reads it)"
        ));
    }
    match tamper.0.iter().find(|(name, _)| !is_tamperable(name)) {
        Some((name, _)) => Err(format!(
            "\"tamper\" cannot change `{name}`: it changes id_token, access_token, or one \
             claim as id_token.<claim>"
        )),
        None => Ok(()),
    }
}

/// The standard flow: every chapter of the lesson, from the roles to an expired token
/// that the refresh token replaces.
pub fn standard_flow() -> Vec<Step> {
    use Action::{Authorize, CallApi, Callback, Consent, Login, Refresh, Register, Roles, Token};
    let mut steps: Vec<Step> = [
        Roles, Register, Authorize, Login, Consent, Callback, Token, CallApi,
    ]
    .into_iter()
    .map(Step::new)
    .collect();
    steps.push(Step::wait(3600));
    steps.extend([CallApi, Refresh, CallApi].into_iter().map(Step::new));
    steps
}
