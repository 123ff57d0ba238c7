//! The legacy lessons on screen: what the State tab shows that the code flow never
//! does. After the implicit callback the access token sits in Alice's browser history
//! (RFC 9700 §4.3.2) as well as in the app; after the password step the app holds
//! Alice's password (RFC 9700 §2.4).
#![cfg(feature = "tui")]

mod tui_common;

use oauth_sim::explain::Lang;
use oauth_sim::tui::action::{Action, Tab};
use oauth_sim::tui::app::App;
use oauth_sim::tui::theme::Theme;
use tui_common::{builtin, render, screen};

/// The built-in `name` in `lang`, `steps` steps in, on the State tab.
fn state_after(name: &str, lang: Lang, steps: usize) -> App {
    let mut app = App::new(builtin(name), lang, None, Theme::new(true));
    for _ in 0..steps {
        app.update(Action::NextStep);
    }
    app.update(Action::ShowTab(Tab::State));
    app
}

#[test]
fn implicit_callback_120x40_english_state_shows_the_token_in_the_browser_history() {
    let app = state_after("implicit-flow", Lang::EN, 5);
    let text = screen(&render(&app, 120, 40));
    assert!(text.contains("+ history        https://p"), "{text}");
    assert!(text.contains("+ access_token"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn password_step_120x40_korean_state_shows_the_password_in_the_apps_memory() {
    let app = state_after("password-grant", Lang::KO, 2);
    let text = screen(&render(&app, 120, 40));
    assert!(text.contains("+ 비밀번호"), "{text}");
    insta::assert_snapshot!(text);
}
