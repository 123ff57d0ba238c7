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

#[test]
fn implicit_redirect_80x24_lists_the_fragment_and_styles_its_token_as_a_credential() {
    let mut app = App::new(builtin("implicit-flow"), Lang::EN, None, Theme::new(true));
    for _ in 0..4 {
        app.update(Action::NextStep);
    }
    app.update(Action::SelectNext);
    let buffer = render(&app, 80, 24);
    let text = screen(&buffer);
    assert!(
        text.contains("Location: https://printer.example/callback#…"),
        "{text}"
    );
    let (row, line) = text
        .lines()
        .enumerate()
        .find(|(_, line)| line.contains("access_token = "))
        .unwrap_or_else(|| panic!("the fragment's token is not listed:\n{text}"));
    assert!(text.contains("token_type   = Bearer"), "{text}");
    let column = line
        .find("= ")
        .map(|byte| unicode_width::UnicodeWidthStr::width(&line[..byte]) + 2)
        .unwrap_or_default();
    let cell = &buffer[(
        u16::try_from(column).unwrap_or_default(),
        u16::try_from(row).unwrap_or_default(),
    )];
    assert_eq!(
        cell.fg,
        Theme::new(true).secret.fg.unwrap_or_default(),
        "{line}"
    );
}
