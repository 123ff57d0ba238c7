//! Valid scenarios, generated as JSON text: random server policies (every defense on
//! or off, lifetimes tiny and huge), client settings, step orders and `with` values
//! (`$variables` included). Steps come in segments, either the whole front-channel
//! flow up to the token or one random action, so that most runs get far enough to
//! issue, refresh, replay and revoke tokens rather than stopping at the first step.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// The actions a random step may take, in the order the lesson uses them: `wait`
/// has its own segment, and `register` comes only first, since a scenario with a
/// `register` step anywhere starts with an unregistered client.
const ACTIONS: [&str; 8] = [
    "authorize",
    "login",
    "consent",
    "callback",
    "token",
    "call_api",
    "refresh",
    "revoke",
];

/// The front channel and the code exchange, as the standard flow plays them.
const FLOW: [&str; 5] = ["authorize", "login", "consent", "callback", "token"];

/// Steps that present something again (what the invariants about replays need,
/// and what random `with` values reach too rarely on their own), then up to two
/// that try what the client holds afterwards.
fn replay() -> impl Strategy<Value = Vec<Value>> {
    let then = proptest::sample::select(vec![
        json!({"do": "call_api"}),
        json!({"do": "refresh"}),
        json!({"do": "call_api", "with": {"access_token": "$previous_access_token"}}),
    ]);
    let token = |with: Value| json!({"do": "token", "with": with});
    let again = prop_oneof![
        3 => Just(vec![token(json!({"code": "$code", "code_verifier": "$code_verifier"}))]),
        1 => Just(vec![token(json!({"code": "$code"}))]),
        1 => Just(vec![token(json!({"code": "$previous_code"}))]),
        2 => Just(vec![
            json!({"do": "refresh"}),
            json!({"do": "refresh", "with": {"refresh_token": "$previous_refresh_token"}}),
        ]),
        1 => Just(vec![
            json!({"do": "call_api", "with": {"access_token": "$previous_access_token"}}),
        ]),
    ];
    (again, vec(then, 0..=2)).prop_map(|(mut steps, then)| {
        steps.extend(then);
        steps
    })
}

/// A whole scenario file as a JSON value.
pub fn scenario() -> impl Strategy<Value = Value> {
    (server(), client()).prop_flat_map(|(server, client)| {
        let waits = waits(&server);
        (
            Just(server),
            Just(client),
            steps(waits),
            any::<u64>(),
            start(),
        )
            .prop_map(|(server, client, steps, seed, start)| {
                json!({
                    "title": "generated",
                    "seed": seed,
                    "start": start,
                    "server": server,
                    "client": client,
                    "steps": steps,
                })
            })
    })
}

/// A lifetime: mostly the format's default, often at the edges (0 and 1 s,
/// `u32::MAX`), sometimes short or anything.
fn lifetime(default: u32) -> impl Strategy<Value = u32> {
    prop_oneof![
        4 => Just(default),
        1 => Just(0),
        1 => Just(1),
        1 => 2..=120u32,
        1 => Just(u32::MAX),
        1 => any::<u32>(),
    ]
}

/// A flag that is not its default with probability `flip`: most runs must get far
/// enough for the other flags to matter.
fn flag(default: bool, flip: f64) -> impl Strategy<Value = bool> {
    prop::bool::weighted(flip).prop_map(move |flipped| flipped != default)
}

fn server() -> impl Strategy<Value = Value> {
    (
        (lifetime(600), lifetime(3600), lifetime(1_209_600)),
        (
            flag(true, 0.25),
            flag(false, 0.25),
            flag(true, 0.25),
            flag(true, 0.25),
            flag(true, 0.25),
        ),
        prop_oneof![3 => Just("exact"), 1 => Just("prefix")],
    )
        .prop_map(|((code, access, refresh), flags, matching)| {
            let (pkce, plain, one_time, rotate, issue_refresh) = flags;
            json!({
                "code_lifetime": code,
                "access_token_lifetime": access,
                "refresh_token_lifetime": refresh,
                "require_pkce": pkce,
                "allow_plain_pkce": plain,
                "one_time_codes": one_time,
                "rotate_refresh_tokens": rotate,
                "issue_refresh_tokens": issue_refresh,
                "redirect_uri_matching": matching,
            })
        })
}

fn client() -> impl Strategy<Value = Value> {
    (
        prop_oneof![3 => Just("confidential"), 1 => Just("public")],
        (flag(true, 0.15), flag(true, 0.15)),
        prop_oneof![
            3 => Just("client_secret_basic"),
            1 => Just("client_secret_post")
        ],
        prop_oneof![
            Just("photos.read"),
            Just("photos.read profile"),
            Just("profile")
        ],
    )
        .prop_map(
            |(client_type, (uses_pkce, uses_state), secret_method, scope)| {
                // A public client has no secret to send (a contradiction is a load error).
                let auth_method = if client_type == "public" {
                    "none"
                } else {
                    secret_method
                };
                json!({
                    "type": client_type,
                    "uses_pkce": uses_pkce,
                    "uses_state": uses_state,
                    "auth_method": auth_method,
                    "scope": scope,
                })
            },
        )
}

/// Starts at the format's default, at the epoch, and a second before the largest
/// year RFC 3339 can write, where every lifetime runs past the end of the calendar.
fn start() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("2026-01-01T09:00:00Z"),
        Just("1970-01-01T00:00:00Z"),
        Just("9999-12-31T23:59:59Z"),
    ]
}

/// Wait sizes: 0, each lifetime of the policy and one second either side of it
/// (where expiry is decided), small ones, and huge ones up to `u64::MAX`, past the
/// end of the calendar.
fn waits(server: &Value) -> Vec<u64> {
    let mut waits = vec![
        0,
        1,
        59,
        3600,
        3601,
        u64::from(u32::MAX),
        // Past what chrono can add as seconds (`i64::MAX / 1000`), and the largest i64.
        10_000_000_000_000_000,
        i64::MAX.unsigned_abs(),
        u64::MAX,
    ];
    for name in [
        "code_lifetime",
        "access_token_lifetime",
        "refresh_token_lifetime",
    ] {
        let lifetime = server[name].as_u64().unwrap_or_default();
        waits.extend([lifetime.saturating_sub(1), lifetime, lifetime + 1]);
    }
    waits
}

fn steps(waits: Vec<u64>) -> impl Strategy<Value = Vec<Value>> {
    let wait = proptest::sample::select(waits).prop_map(|s| json!({"do": "wait", "seconds": s}));
    let flow = |steps: &[&'static str]| {
        steps
            .iter()
            .map(|action| step(action).boxed())
            .collect::<Vec<_>>()
    };
    let segment = prop_oneof![
        3 => flow(&FLOW),
        // Up to the callback: the client holds a code it has not exchanged yet.
        1 => flow(&FLOW[..4]),
        3 => proptest::sample::select(&ACTIONS[..]).prop_flat_map(step).prop_map(|s| vec![s]),
        2 => step("call_api").prop_map(|s| vec![s]),
        2 => step("refresh").prop_map(|s| vec![s]),
        2 => wait.prop_map(|w| vec![w]),
        3 => replay(),
    ];
    (any::<bool>(), vec(segment, 1..12)).prop_map(|(register, segments)| {
        let first = register.then(|| json!({"do": "register"}));
        first
            .into_iter()
            .chain(segments.into_iter().flatten())
            .collect()
    })
}

/// One step of `action`, with a `with` one time in seven and an `expect` now and then
/// (expectations change nothing in the world, only the report).
fn step(action: &'static str) -> impl Strategy<Value = Value> {
    (
        option::weighted(0.15, with(action)),
        option::weighted(0.1, expect()),
    )
        .prop_map(move |(with, expect)| {
            let mut step = Map::new();
            step.insert("do".into(), json!(action));
            if let Some(with) = with {
                step.insert("with".into(), Value::Object(with));
            }
            if let Some(expect) = expect {
                step.insert("expect".into(), expect);
            }
            Value::Object(step)
        })
}

fn expect() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!({"status": 200})),
        Just(json!({"error": null})),
        Just(json!({"status": 400, "error": "invalid_grant"})),
        Just(json!({"status": 401})),
    ]
}

/// A `with` of one or two parameters this action sends (or a foreign one).
fn with(action: &'static str) -> impl Strategy<Value = Map<String, Value>> {
    vec(parameter(action), 1..=2).prop_map(|pairs| {
        let mut with = Map::new();
        for (name, value) in pairs {
            with.entry(name).or_insert(value);
        }
        with
    })
}

fn parameter(action: &'static str) -> impl Strategy<Value = (String, Value)> {
    proptest::sample::select(names(action)).prop_flat_map(|name| {
        proptest::sample::select(values(name)).prop_map(move |value| (name.to_owned(), value))
    })
}

/// The parameters worth changing at each action.
fn names(action: &str) -> Vec<&'static str> {
    match action {
        "register" => vec!["redirect_uris", "token_endpoint_auth_method", "grant_types"],
        "authorize" => vec![
            "response_type",
            "client_id",
            "redirect_uri",
            "scope",
            "state",
            "code_challenge",
            "code_challenge_method",
        ],
        "login" => vec!["username", "password"],
        "consent" => vec!["decision", "scope"],
        "callback" => vec!["code", "state"],
        "token" => vec![
            "code",
            "redirect_uri",
            "code_verifier",
            "client_id",
            "client_secret",
            "grant_type",
        ],
        "refresh" => vec!["refresh_token", "scope", "client_secret", "grant_type"],
        "revoke" => vec!["token", "token_type_hint", "client_id"],
        _ => vec!["access_token"],
    }
}

/// Values for a parameter: the right one (often a `$variable`), older ones, wrong
/// ones, `null` (left out) and repeated ones.
fn values(name: &str) -> Vec<Value> {
    let callback = "https://printer.example/callback";
    match name {
        "redirect_uris" => vec![
            json!([callback]),
            json!(["https://printer.example/"]),
            json!(["http://printer.example/callback"]),
        ],
        "token_endpoint_auth_method" => vec![json!("none"), json!("client_secret_post")],
        "grant_types" => vec![json!(["authorization_code"]), json!(["implicit"])],
        "response_type" => vec![json!("token"), Value::Null],
        "client_id" => vec![json!("$client_id"), json!("intruder"), Value::Null],
        "redirect_uri" => vec![
            json!(callback),
            json!(format!("{callback}/evil")),
            json!("https://evil.example/callback"),
            Value::Null,
        ],
        "scope" => vec![
            json!("photos.read"),
            json!("photos.read photos.write"),
            json!("admin"),
            Value::Null,
        ],
        "state" => vec![json!("$state"), json!("forged"), Value::Null],
        "code_challenge" => vec![json!("short"), Value::Null],
        "code_challenge_method" => vec![json!("plain"), json!("S256"), Value::Null],
        "username" => vec![json!("alice"), json!("mallory")],
        "password" => vec![json!("wonderland"), json!("guess")],
        "decision" => vec![json!("allow"), json!("deny")],
        "code" => vec![
            json!("$code"),
            json!("$previous_code"),
            json!("forged"),
            Value::Null,
        ],
        "code_verifier" => vec![
            json!("$code_verifier"),
            json!("x".repeat(43)),
            json!("short"),
            Value::Null,
        ],
        "client_secret" => vec![json!("$client_secret"), json!("wrong"), Value::Null],
        "grant_type" => vec![
            json!("authorization_code"),
            json!("refresh_token"),
            json!("password"),
        ],
        "refresh_token" => vec![
            json!("$refresh_token"),
            json!("$previous_refresh_token"),
            json!("forged"),
            Value::Null,
        ],
        "token" => vec![
            json!("$access_token"),
            json!("$refresh_token"),
            json!("$previous_refresh_token"),
            json!("forged"),
        ],
        "token_type_hint" => vec![json!("access_token"), json!("refresh_token")],
        _ => vec![
            json!("$access_token"),
            json!("$previous_access_token"),
            json!("$refresh_token"),
            json!("forged"),
            json!(["$access_token", "$access_token"]),
            Value::Null,
        ],
    }
}
