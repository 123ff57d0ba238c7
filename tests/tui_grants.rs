//! The TUI on the lessons of the other grants (issue 11, part A): Alice's phone gets
//! its lane only where it takes part, and a client credentials token shows in the
//! State tab as the client's own, with no user.
#![cfg(feature = "tui")]

mod tui_common;

use oauth_sim::explain::Lang;
use oauth_sim::tui::action::{Action, Tab};
use oauth_sim::tui::app::App;
use oauth_sim::tui::theme::Theme;
use tui_common::{builtin, render, screen};

/// The built-in `name` in `lang`, after `steps` steps and then `more`.
fn at(name: &str, lang: Lang, steps: usize, more: &[Action]) -> App {
    let mut app = App::new(builtin(name), lang, None, Theme::new(true));
    for _ in 0..steps {
        app.update(Action::NextStep);
    }
    for action in more {
        app.update(*action);
    }
    app
}

#[test]
fn device_flow_80x24_english_the_phone_has_its_own_lane() {
    let app = at("device-flow", Lang::EN, 5, &[]);
    let text = screen(&render(&app, 80, 24));
    assert!(text.contains("Alice's"), "{text}");
    assert!(text.contains("GET /device"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn device_flow_120x40_korean_consent_on_the_phone() {
    let app = at("device-flow", Lang::KO, 7, &[Action::ShowTab(Tab::Explain)]);
    let text = screen(&render(&app, 120, 40));
    assert!(text.contains("휴대폰"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn client_credentials_120x40_english_state_shows_a_token_without_a_user() {
    let app = at(
        "client-credentials",
        Lang::EN,
        2,
        &[Action::ShowTab(Tab::State)],
    );
    let text = screen(&render(&app, 120, 40));
    assert!(text.contains("sub"), "{text}");
    assert!(!text.contains("Alice's"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn device_flow_expect_tab_starts_every_expectation_in_one_column() {
    let app = at("device-flow", Lang::EN, 14, &[Action::ShowTab(Tab::Expect)]);
    let text = screen(&render(&app, 160, 48));
    let columns: Vec<(usize, &str)> = text
        .lines()
        .filter_map(|line| {
            let at = line.find("status ")?;
            Some((unicode_width::UnicodeWidthStr::width(&line[..at]), line))
        })
        .collect();
    assert!(
        columns
            .iter()
            .any(|(_, line)| line.contains("device_authorize")),
        "{text}"
    );
    let first = columns.first().map(|(column, _)| *column);
    for (column, line) in &columns {
        assert_eq!(Some(*column), first, "{line}\n{text}");
    }
}
