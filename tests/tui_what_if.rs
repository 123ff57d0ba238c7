//! The what-if windows on a fixed `TestBackend` (insta snapshots of the request
//! editor and the defenses panel at 80×24 in both languages, and a branch's Expect
//! tab marking what changed), and a branch saved with `w` run by the real binary.
#![cfg(feature = "tui")]

mod tui_common;

use std::path::PathBuf;
use std::process::Command;

use oauth_sim::explain::Lang;
use oauth_sim::report::{TextOptions, text};
use oauth_sim::scenario::{self, write};
use oauth_sim::tui::action::{Action, Tab};
use oauth_sim::tui::app::{App, Notice};
use oauth_sim::tui::theme::Theme;
use tui_common::{builtin, render};

/// The screen at 80×24, the size of this file's snapshots.
fn screen(app: &App) -> String {
    tui_common::screen(&render(app, 80, 24))
}

/// The lesson after `actions`.
fn lesson(lang: Lang, dir: Option<PathBuf>, actions: &[Action]) -> App {
    let mut app = App::new(builtin("standard-flow"), lang, dir, Theme::new(true));
    for action in actions {
        app.update(*action);
    }
    app
}

/// The token step (7) of the lesson with its editor open, the `redirect_uri` row
/// selected and changed.
fn token_editor() -> Vec<Action> {
    let mut actions = vec![Action::NextStep; 6];
    actions.push(Action::OpenEditor);
    actions.extend([Action::SelectNext; 4]);
    actions.extend([Action::Type('/'), Action::Type('x')]);
    actions
}

#[test]
fn editor_80x24_english() {
    insta::assert_snapshot!(screen(&lesson(Lang::EN, None, &token_editor())));
}

#[test]
fn editor_80x24_korean() {
    insta::assert_snapshot!(screen(&lesson(Lang::KO, None, &token_editor())));
}

/// Where the defenses panel lists `server.redirect_uri_matching`: every policy field
/// added before it moves it down.
fn redirect_matching_row() -> usize {
    oauth_sim::tui::app::defenses()
        .iter()
        .position(|d| d.path == "server.redirect_uri_matching")
        .unwrap_or_default()
}

/// The defenses panel after turning exact redirect matching off.
fn prefix_matching() -> Vec<Action> {
    let mut actions = vec![Action::OpenDefenses];
    actions.extend(std::iter::repeat_n(
        Action::SelectNext,
        redirect_matching_row(),
    ));
    actions.push(Action::Confirm);
    actions
}

#[test]
fn defenses_80x24_english() {
    let app = lesson(Lang::EN, None, &prefix_matching());
    let screen = screen(&app);
    assert!(screen.contains("prefix  was: exact"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn defenses_80x24_korean() {
    let app = lesson(Lang::KO, None, &prefix_matching());
    let screen = screen(&app);
    assert!(screen.contains("prefix  원래: exact"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn a_branch_80x24_english_expect_says_what_each_answer_was() {
    let mut actions = token_editor();
    actions.extend([
        Action::Confirm,
        Action::LastStep,
        Action::ShowTab(Tab::Expect),
    ]);
    let mut app = lesson(Lang::EN, None, &actions);
    // The first frame measures the pane, so the scroll can reach its end.
    let _ = screen(&app);
    app.update(Action::ScrollDetail(40));
    let screen = screen(&app);
    assert!(
        screen.contains("what if: step 7 redirect_uri changed"),
        "{screen}"
    );
    assert!(screen.contains("400 invalid_grant · was: 200"), "{screen}");
    insta::assert_snapshot!(screen);
}

/// A fresh directory under the system temp dir for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("oauth-sim-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp dir");
    dir
}

#[test]
fn a_saved_branch_passes_run_and_prints_the_bytes_of_the_branch() {
    let dir = temp_dir("saved-branch");
    let mut actions = token_editor();
    actions.extend([Action::Confirm, Action::WriteBranch]);
    let app = lesson(Lang::EN, Some(dir.clone()), &actions);
    let Some(Notice::Written(path)) = app.notice().cloned() else {
        panic!("not written: {:?}", app.notice());
    };
    let file = path.to_str().expect("a UTF-8 temp path");
    let output = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(["run", file])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let loaded = scenario::load_file(&path).expect("the file loads");
    let branch = write::with_outcomes(&loaded.scenario, app.transcript());
    let options = TextOptions {
        brief: false,
        lang: Lang::EN,
    };
    let expected = text(&branch.run(None), file, options);
    let summary = "\n1 scenario: 1 passed, 0 failed, 0 unusable\n";
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("{expected}{summary}")
    );
    assert_eq!(
        loaded.scenario.run(None).steps.len(),
        app.transcript().steps.len()
    );
    std::fs::remove_dir_all(&dir).expect("clean up");
}
