//! The live view of `oauth-sim serve --tui`: the TUI app on a transcript that grows as
//! requests arrive, drawn on ratatui's `TestBackend`. The requests are made through
//! the same delivery point `serve` uses, without a socket, so the frames are exact.
#![cfg(all(feature = "tui", feature = "serve"))]

mod tui_common;

use oauth_sim::explain::Lang;
use oauth_sim::sim::{Body, By, Method, Params, Request, Simulation, StepRecord};
use oauth_sim::tui::action::Action;
use oauth_sim::tui::app::{App, Serving};
use oauth_sim::tui::theme::Theme;
use tui_common::{builtin, render, screen};

/// A served standard-flow world and the live view of it, with no request yet.
fn served() -> (Simulation, App) {
    let loaded = builtin("standard-flow");
    let scenario = &loaded.scenario;
    let (sim, head) = Simulation::serving(
        &scenario.title_words(),
        &scenario.summary_words(),
        &scenario.world(),
        1,
        scenario.start,
    );
    let serving = Serving {
        authorization_server: "http://127.0.0.1:8080".into(),
        api: "http://127.0.0.1:8080/api/photos".into(),
        metadata: "http://127.0.0.1:8080/.well-known/oauth-authorization-server".into(),
        clients: vec![("printer".into(), Some("s3cret".into()))],
        user: ("alice".into(), "wonderland".into()),
    };
    let app = App::live(loaded.clone(), head, serving, Lang::EN, Theme::new(false));
    (sim, app)
}

/// The browser's first request, as `serve` translates it.
fn authorize(sim: &mut Simulation, index: usize) -> StepRecord {
    let (auth, _) = Simulation::hosts();
    let mut request = Request::new(Method::Get, auth, "/authorize");
    request.query = Params::decode(
        "response_type=code&client_id=nobody&redirect_uri=https%3A%2F%2Fprinter.example%2Fcallback",
    );
    let at = "2026-01-01T09:00:00Z".parse().unwrap_or_default();
    sim.answer_outside(index, By::ResourceOwner, request, at).1
}

/// A token request with no credentials.
fn token(sim: &mut Simulation, index: usize) -> StepRecord {
    let (auth, _) = Simulation::hosts();
    let mut form = Params::new();
    form.push("grant_type", "authorization_code");
    let request = Request::new(Method::Post, auth, "/token").body(Body::Form(form));
    let at = "2026-01-01T09:00:05Z".parse().unwrap_or_default();
    sim.answer_outside(index, By::Client, request, at).1
}

#[test]
fn the_live_view_starts_with_no_step_and_draws_each_exchange_as_it_arrives() {
    let (mut sim, mut app) = served();
    insta::assert_snapshot!("live_empty", screen(&render(&app, 100, 30)));
    app.grow(vec![authorize(&mut sim, 1)]);
    assert_eq!(app.steps_shown(), 1);
    insta::assert_snapshot!("live_one_exchange", screen(&render(&app, 100, 30)));
    app.grow(vec![token(&mut sim, 2)]);
    let frame = screen(&render(&app, 100, 30));
    assert!(
        frame.contains("POST /token"),
        "the cursor followed the new step:\n{frame}"
    );
}

#[test]
fn stepping_back_stays_on_the_step_read_while_more_arrive() {
    let (mut sim, mut app) = served();
    app.grow(vec![authorize(&mut sim, 1), token(&mut sim, 2)]);
    app.update(Action::PreviousStep);
    let before = screen(&render(&app, 100, 30));
    assert!(
        before.contains("step 1/2") && before.contains("▶ 1 "),
        "{before}"
    );
    app.grow(vec![token(&mut sim, 3)]);
    assert_eq!(app.steps_shown(), 3);
    let after = screen(&render(&app, 100, 30));
    assert!(
        after.contains("step 1/3") && after.contains("▶ 1 "),
        "{after}"
    );
    assert!(after.contains("GET /authorize?… HTTP/1.1"), "{after}");
}

#[test]
fn keys_that_would_rerun_the_scenario_do_nothing_in_the_live_view() {
    let (mut sim, mut app) = served();
    app.grow(vec![authorize(&mut sim, 1)]);
    let before = screen(&render(&app, 100, 30));
    for action in [
        Action::Restart,
        Action::Undo,
        Action::OpenEditor,
        Action::OpenDefenses,
    ] {
        app.update(action);
        assert_eq!(screen(&render(&app, 100, 30)), before, "{action:?}");
    }
    assert_eq!(app.steps_shown(), 1);
}

#[test]
fn the_footer_offers_no_stepping_keys_before_the_first_request_arrives() {
    let (mut sim, mut app) = served();
    let footer = |app: &App| {
        screen(&render(app, 160, 30))
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned()
    };
    let waiting = footer(&app);
    for key in ["←/→", "[/]", "↑/↓", "v JWT", "a autoplay"] {
        assert!(!waiting.contains(key), "{key} does nothing yet: {waiting}");
    }
    app.grow(vec![authorize(&mut sim, 1), token(&mut sim, 2)]);
    let stepping = footer(&app);
    assert!(stepping.contains("←/→"), "{stepping}");
    assert!(stepping.contains("a autoplay"), "{stepping}");
    assert!(stepping.contains("↑/↓"), "{stepping}");
}
