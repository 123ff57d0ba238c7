//! `App::update` over the what-if keys: editing a request, flipping a defense,
//! undoing, and saving the branch as a file that `run` passes.

use super::super::*;
use crate::scenario;
use crate::sim::{Action as StepAction, Actor, ItemKind, Method, Payload};

fn lesson() -> App {
    let loaded = scenario::builtin("standard-flow")
        .and_then(Result::ok)
        .expect("the lesson loads");
    App::new(loaded, Lang::EN, None, Theme::new(false))
}

/// The cursor on the first step that does `action`.
fn at(app: &mut App, action: StepAction) -> usize {
    let step = app
        .transcript()
        .steps
        .iter()
        .position(|s| s.step.action == action)
        .expect("the lesson has the step");
    app.update(Action::FirstStep);
    for _ in 0..step {
        app.update(Action::NextStep);
    }
    step
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Type(c));
    }
}

/// Selects the editor row whose text starts with `start`.
fn select_row(app: &mut App, start: &str) {
    let rows = app.editor().expect("the editor is open").rows.clone();
    let index = rows
        .iter()
        .position(|row| matches!(row, Row::Text { text, .. } if text.starts_with(start)))
        .expect("the row is there");
    for _ in 0..rows.len() {
        app.update(Action::SelectPrevious);
    }
    for _ in 0..index {
        app.update(Action::SelectNext);
    }
}

/// Selects the defense at `path` in the open panel.
fn select_defense(app: &mut App, path: &str) {
    let index = app
        .defenses()
        .expect("the panel is open")
        .list
        .iter()
        .position(|d| d.path == path)
        .expect("the format has the policy");
    for _ in 0..index {
        app.update(Action::SelectNext);
    }
}

fn request_of(app: &App, step: usize) -> crate::sim::Request {
    let record = &app.transcript().steps[step];
    let index = super::super::editor::target(record).expect("the step sends a request");
    match &record.messages[index].payload {
        Payload::Request(request) => request.clone(),
        Payload::Response(_) => panic!("not a request"),
    }
}

#[test]
fn editing_a_parameter_reruns_the_branch_and_the_header_names_it() {
    let mut app = lesson();
    let token = at(&mut app, StepAction::Token);
    app.update(Action::OpenEditor);
    assert_eq!(app.mode(), Mode::Editor);
    select_row(&mut app, "redirect_uri=");
    app.update(Action::Type('x'));
    app.update(Action::Confirm);
    assert_eq!(app.mode(), Mode::Main);
    assert!(app.what_if());
    assert_eq!(app.step(), token);
    let record = app.current().expect("the token step");
    assert_eq!(record.outcome.status, Some(400));
    assert_eq!(
        record.outcome.error.map(crate::sim::ErrorCode::as_str),
        Some("invalid_grant")
    );
    let label = crate::tui::view::change_label(Lang::EN, app.last_change().expect("an edit"));
    assert_eq!(label, "what if: step 7 redirect_uri changed");
}

#[test]
fn removing_a_header_sends_the_request_without_it() {
    let mut app = lesson();
    let token = at(&mut app, StepAction::Token);
    app.update(Action::OpenEditor);
    select_row(&mut app, "Authorization:");
    app.update(Action::Remove);
    app.update(Action::Confirm);
    let request = request_of(&app, token);
    assert!(request.headers.iter().all(|(n, _)| n != "Authorization"));
    assert_eq!(app.current().and_then(|r| r.outcome.status), Some(401));
}

#[test]
fn adding_a_header_and_changing_the_method_and_the_sender() {
    let mut app = lesson();
    let token = at(&mut app, StepAction::Token);
    app.update(Action::OpenEditor);
    app.update(Action::Adjust(1)); // the method: POST → GET
    app.update(Action::SelectNext);
    app.update(Action::Adjust(1)); // the sender: client → attacker
    let last = app.editor().expect("open").rows.len();
    for _ in 0..last {
        app.update(Action::SelectNext);
    }
    type_text(&mut app, "X-Trace: 1");
    app.update(Action::Confirm);
    let request = request_of(&app, token);
    assert_eq!(request.method, Method::Get);
    assert!(
        request
            .headers
            .iter()
            .any(|(n, v)| n == "X-Trace" && v == "1")
    );
    let record = &app.transcript().steps[token];
    assert_eq!(record.messages[0].from, Actor::Attacker);
}

#[test]
fn an_edit_the_format_refuses_keeps_the_editor_open_with_the_reason() {
    let mut app = lesson();
    at(&mut app, StepAction::Token);
    app.update(Action::OpenEditor);
    let last = app.editor().expect("open").rows.len();
    for _ in 0..last {
        app.update(Action::SelectNext);
    }
    type_text(&mut app, "Host: evil.example");
    app.update(Action::Confirm);
    let editor = app.editor().expect("still open");
    let refused = editor.refused.as_deref().unwrap_or_default();
    assert!(
        refused.contains("Host is where the request is sent"),
        "{refused}"
    );
    assert!(!app.what_if());
}

#[test]
fn flipping_a_defense_reruns_the_whole_scenario() {
    let mut app = lesson();
    app.update(Action::OpenDefenses);
    assert_eq!(app.mode(), Mode::Defenses);
    select_defense(&mut app, "client.uses_state");
    app.update(Action::Confirm);
    assert_eq!(
        app.policy("client.uses_state"),
        serde_json::Value::Bool(false)
    );
    assert!(app.what_if());
    let authorize = app
        .transcript()
        .steps
        .iter()
        .position(|s| s.step.action == StepAction::Authorize)
        .expect("authorize");
    assert!(request_of(&app, authorize).query.get("state").is_none());
    app.update(Action::Close);
    assert_eq!(app.mode(), Mode::Main);
}

#[test]
fn undo_takes_back_the_last_edit_and_then_the_original_returns() {
    let mut app = lesson();
    app.update(Action::OpenDefenses);
    select_defense(&mut app, "server.one_time_codes");
    app.update(Action::Confirm);
    app.update(Action::Close);
    app.update(Action::OpenDefenses);
    select_defense(&mut app, "server.code_lifetime");
    app.update(Action::Adjust(-1));
    app.update(Action::Close);
    assert_eq!(app.edits().len(), 2);
    app.update(Action::Undo);
    assert_eq!(app.edits().len(), 1);
    assert_eq!(
        app.policy("server.code_lifetime"),
        serde_json::Value::from(600)
    );
    assert_eq!(
        app.policy("server.one_time_codes"),
        serde_json::Value::Bool(false)
    );
    app.update(Action::Undo);
    assert!(app.edits().is_empty());
    assert!(!app.what_if());
    assert_eq!(app.transcript().steps, app.baseline().steps);
}

#[test]
fn restart_forgets_every_edit() {
    let mut app = lesson();
    app.update(Action::OpenDefenses);
    app.update(Action::Confirm);
    app.update(Action::Close);
    app.update(Action::Restart);
    assert!(app.edits().is_empty());
    assert!(!app.what_if());
}

#[test]
fn the_state_tab_marks_what_the_attacker_holds_only_in_the_branch() {
    let loaded = scenario::builtin("lab-prefix-redirect-defended")
        .and_then(Result::ok)
        .expect("the lab loads");
    let mut app = App::new(loaded, Lang::EN, None, Theme::new(false));
    app.update(Action::LastStep);
    let before: Vec<_> = app.memory().of(Actor::Attacker).cloned().collect();
    assert!(!before.iter().any(|i| i.kind == ItemKind::AccessToken));
    app.update(Action::OpenDefenses);
    select_defense(&mut app, "server.redirect_uri_matching");
    app.update(Action::Confirm);
    app.update(Action::Close);
    let held: Vec<_> = app.memory().of(Actor::Attacker).cloned().collect();
    let token = held
        .iter()
        .find(|i| i.kind == ItemKind::AccessToken)
        .expect("with prefix matching the attacker redeems the code");
    assert!(app.new_in_branch(token));
}

#[test]
fn the_lesson_with_prefix_matching_and_a_crafted_redirect_leaks_the_code() {
    let mut app = lesson();
    app.update(Action::OpenDefenses);
    select_defense(&mut app, "server.redirect_uri_matching");
    app.update(Action::Confirm);
    app.update(Action::Close);
    at(&mut app, StepAction::Authorize);
    app.update(Action::OpenEditor);
    select_row(&mut app, "redirect_uri=");
    for _ in 0.."https://printer.example/callback".len() + 16 {
        app.update(Action::Erase);
    }
    type_text(
        &mut app,
        "redirect_uri=https://printer.example/callback/../uploads/evil.html",
    );
    app.update(Action::Confirm);
    app.update(Action::LastStep);
    let held: Vec<_> = app.memory().of(Actor::Attacker).cloned().collect();
    assert!(held.iter().any(|i| i.kind == ItemKind::Code), "{held:?}");
}

/// A fresh directory under the system temp dir for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("oauth-sim-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp dir");
    dir
}

#[test]
fn writing_the_branch_saves_a_file_that_loads_passes_and_reproduces_it() {
    let dir = temp_dir("write-branch");
    let loaded = scenario::builtin("standard-flow")
        .and_then(Result::ok)
        .expect("the lesson loads");
    let mut app = App::new(loaded, Lang::EN, Some(dir.clone()), Theme::new(false));
    app.update(Action::OpenDefenses);
    select_defense(&mut app, "client.uses_pkce");
    app.update(Action::Confirm);
    app.update(Action::Close);
    app.update(Action::WriteBranch);
    app.update(Action::WriteBranch);
    let Some(Notice::Written(second)) = app.notice().cloned() else {
        panic!("not written: {:?}", app.notice());
    };
    assert_eq!(second, dir.join("standard-flow-what-if-2.json"));
    let saved = scenario::load_file(&dir.join("standard-flow-what-if.json")).expect("it loads");
    let run = saved.scenario.run(None);
    assert!(run.passed());
    let messages = |t: &crate::sim::Transcript| -> Vec<String> {
        t.steps
            .iter()
            .flat_map(|s| s.messages.iter().map(|m| format!("{m:?}")))
            .collect()
    };
    assert_eq!(messages(&run), messages(app.transcript()));
    std::fs::remove_dir_all(&dir).expect("clean up");
}

#[test]
fn a_directory_that_cannot_be_written_is_said_on_screen() {
    let loaded = scenario::builtin("standard-flow")
        .and_then(Result::ok)
        .expect("the lesson loads");
    let missing = PathBuf::from("/nonexistent-oauth-sim-dir");
    let mut app = App::new(loaded, Lang::EN, Some(missing), Theme::new(false));
    app.update(Action::WriteBranch);
    assert!(
        matches!(app.notice(), Some(Notice::NotWritten(why)) if why.contains("/nonexistent-oauth-sim-dir"))
    );
    app.update(Action::NextStep);
    assert_eq!(app.notice(), None);
}
