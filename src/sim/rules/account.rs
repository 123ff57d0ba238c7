//! "Withdrawing consent": Alice ends her grant to an app at the authorization server
//! (RFC 6749 §10.3; RFC 7009 §1, §2.1), without the app's help.

use serde_json::json;

use super::{start, steps};
use crate::sim::authorization_server::{ACCOUNT_CONSENTS_PATH, HOST, SESSION_COOKIE};
use crate::sim::context::Ctx;
use crate::sim::{
    Body, Change, ChangeKind, ClientConfig, ErrorCode, ItemKind, Method, Params, Reason, Request,
    Response, Simulation, Topic, World,
};

/// A world whose client is called `printer`.
fn world() -> World {
    World {
        client: ClientConfig {
            client_id: Some("printer".into()),
            ..ClientConfig::default()
        },
        ..World::default()
    }
}

/// A simulation after these steps.
fn simulation(json: serde_json::Value) -> Simulation {
    let mut sim = Simulation::new(&world(), 1, start(), true);
    for (index, step) in steps(json).into_iter().enumerate() {
        sim.step(index + 1, step);
    }
    sim
}

/// Alice's session cookie in her browser, if she has one.
fn cookie(sim: &Simulation) -> Option<String> {
    sim.owner.cookie(HOST, SESSION_COOKIE).map(str::to_owned)
}

/// `POST /account/consents` from a browser with `cookie`, asking to withdraw the
/// consent for `client_id`; the answer, its topic and what the server changed.
fn withdraw(
    sim: &mut Simulation,
    cookie: Option<&str>,
    client_id: Option<&str>,
) -> (Response, Topic, Vec<Change>) {
    let mut form = Params::new();
    form.push_some("client_id", client_id);
    let mut request =
        Request::new(Method::Post, HOST, ACCOUNT_CONSENTS_PATH).body(Body::Form(form));
    if let Some(cookie) = cookie {
        request = request.header("Cookie", format!("{SESSION_COOKIE}={cookie}"));
    }
    let mut ctx = Ctx {
        now: sim.clock.now(),
        secrets: &mut sim.secrets,
        journal: &mut sim.journal,
    };
    let (response, topic) = sim.auth.withdraw_consent(&request, &mut ctx);
    (response, topic, sim.take_changes())
}

/// Runs one more action and gives its status and error.
fn then(sim: &mut Simulation, action: &str) -> (Option<u16>, Option<ErrorCode>) {
    let record = steps(json!([{ "do": action }]))
        .into_iter()
        .map(|step| sim.step(99, step))
        .next_back()
        .expect("one step");
    (record.outcome.status, record.outcome.error)
}

/// The flow to a code in hand, twice over (two grants to the same app), then tokens
/// for the second one.
const TWO_GRANTS: [&str; 9] = [
    "authorize",
    "login",
    "consent",
    "callback",
    "token",
    "authorize",
    "consent",
    "callback",
    "token",
];

fn actions(names: &[&str]) -> serde_json::Value {
    names.iter().map(|name| json!({ "do": name })).collect()
}

#[test]
fn withdrawing_consent_removes_it_and_revokes_every_token_of_the_apps_grants() {
    let mut sim = simulation(actions(&TWO_GRANTS));
    let session = cookie(&sim);
    let (response, topic, changes) = withdraw(&mut sim, session.as_deref(), Some("printer"));
    assert_eq!((response.status, topic), (200, Topic::ConsentWithdrawn));
    let removed: Vec<(ItemKind, &str)> = changes
        .iter()
        .filter_map(|c| match &c.kind {
            ChangeKind::Removed { kind, key, .. } => Some((*kind, key.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(removed, [(ItemKind::Consent, "alice → printer")]);
    let revoked: Vec<ItemKind> = changes
        .iter()
        .filter_map(|c| match &c.kind {
            ChangeKind::Updated { item, reason } if *reason == Reason::Revoked => Some(item.kind),
            _ => None,
        })
        .collect();
    assert_eq!(
        revoked,
        [
            ItemKind::AccessToken,
            ItemKind::RefreshToken,
            ItemKind::AccessToken,
            ItemKind::RefreshToken
        ]
    );
    let refused = Some(ErrorCode::InvalidToken);
    assert_eq!(then(&mut sim, "call_api"), (Some(401), refused));
    let refused = Some(ErrorCode::InvalidGrant);
    assert_eq!(then(&mut sim, "refresh"), (Some(400), refused));
}

#[test]
fn a_code_not_yet_exchanged_is_refused_once_consent_is_withdrawn() {
    let mut sim = simulation(actions(&["authorize", "login", "consent", "callback"]));
    let session = cookie(&sim);
    let (_, topic, _) = withdraw(&mut sim, session.as_deref(), Some("printer"));
    assert_eq!(topic, Topic::ConsentWithdrawn);
    let refused = (Some(400), Some(ErrorCode::InvalidGrant));
    assert_eq!(then(&mut sim, "token"), refused);
}

#[test]
fn withdrawing_needs_a_signed_in_session_and_changes_nothing_without_one() {
    let mut sim = simulation(actions(&[
        "authorize",
        "login",
        "consent",
        "callback",
        "token",
    ]));
    for cookie in [None, Some("not-a-session")] {
        let (response, topic, changes) = withdraw(&mut sim, cookie, Some("printer"));
        assert_eq!((response.status, topic), (403, Topic::AccountNotSignedIn));
        assert!(changes.is_empty(), "{changes:?}");
    }
    assert_eq!(then(&mut sim, "call_api"), (Some(200), None));
}

#[test]
fn withdrawing_for_an_app_never_approved_changes_nothing() {
    let mut sim = simulation(actions(&[
        "authorize",
        "login",
        "consent",
        "callback",
        "token",
    ]));
    let session = cookie(&sim);
    for client_id in [Some("gallery"), Some(""), None] {
        let (response, topic, changes) = withdraw(&mut sim, session.as_deref(), client_id);
        assert_eq!((response.status, topic), (200, Topic::NoConsentToWithdraw));
        assert!(changes.is_empty(), "{client_id:?}: {changes:?}");
    }
    assert_eq!(then(&mut sim, "call_api"), (Some(200), None));
}

#[test]
fn the_account_page_forbids_framing() {
    let mut sim = simulation(actions(&["authorize", "login"]));
    let session = cookie(&sim);
    let (response, _, _) = withdraw(&mut sim, session.as_deref(), Some("printer"));
    assert_eq!(response.header_value("X-Frame-Options"), Some("DENY"));
    assert_eq!(
        response.header_value("Content-Security-Policy"),
        Some("frame-ancestors 'none'")
    );
}
