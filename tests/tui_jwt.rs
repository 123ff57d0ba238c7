//! The JWT view (`v`) on whole screens: the `id_token` of a sign-in decoded, each
//! claim explained, its signature verified against the JWKS the client fetched and
//! its expiry against the simulated clock (80×24 and 160×48, English and Korean);
//! a tampered one shown as failing, in the failure style; a message without a JWT.
#![cfg(feature = "tui")]

mod tui_common;

use oauth_sim::explain::Lang;
use oauth_sim::tui::action::Action;
use oauth_sim::tui::app::App;
use oauth_sim::tui::keymap::Mode;
use oauth_sim::tui::theme::Theme;
use tui_common::{builtin, render, screen};

/// `name` at step `step` (0-based), its message `message` selected, the JWT view open.
fn jwt_view(name: &str, lang: Lang, step: usize, message: usize) -> App {
    let mut app = App::new(builtin(name), lang, None, Theme::new(true));
    for _ in 0..step {
        app.update(Action::NextStep);
    }
    for _ in 0..message {
        app.update(Action::SelectNext);
    }
    app.update(Action::ShowJwt);
    app
}

/// The token step of `oidc-sign-in` and its answer.
const SIGN_IN_TOKEN: (usize, usize) = (7, 1);

#[test]
fn jwt_view_80x24_english_decodes_the_id_token() {
    let app = jwt_view("oidc-sign-in", Lang::EN, SIGN_IN_TOKEN.0, SIGN_IN_TOKEN.1);
    assert_eq!(app.mode(), Mode::Jwt);
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn jwt_view_160x48_english_decodes_the_id_token() {
    let app = jwt_view("oidc-sign-in", Lang::EN, SIGN_IN_TOKEN.0, SIGN_IN_TOKEN.1);
    insta::assert_snapshot!(screen(&render(&app, 160, 48)));
}

#[test]
fn jwt_view_80x24_korean_decodes_the_id_token() {
    let app = jwt_view("oidc-sign-in", Lang::KO, SIGN_IN_TOKEN.0, SIGN_IN_TOKEN.1);
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn jwt_view_160x48_korean_decodes_the_id_token() {
    let app = jwt_view("oidc-sign-in", Lang::KO, SIGN_IN_TOKEN.0, SIGN_IN_TOKEN.1);
    insta::assert_snapshot!(screen(&render(&app, 160, 48)));
}

#[test]
fn a_tampered_id_token_is_shown_failing_in_the_failure_style() {
    let app = jwt_view("oidc-tampered-id-token", Lang::EN, 5, 1);
    let buffer = render(&app, 80, 24);
    let text = screen(&buffer);
    insta::assert_snapshot!(text);
    let failure = Theme::new(true).failure;
    let (row, line) = text
        .lines()
        .enumerate()
        .find(|(_, line)| line.contains("does not verify"))
        .unwrap_or_else(|| panic!("no failing signature line:\n{text}"));
    let column = line
        .find('✗')
        .map(|byte| unicode_width::UnicodeWidthStr::width(&line[..byte]))
        .unwrap_or_default();
    let cell = &buffer[(
        u16::try_from(column).unwrap_or_default(),
        u16::try_from(row).unwrap_or_default(),
    )];
    assert_eq!(cell.fg, failure.fg.unwrap_or_default(), "{line}");
}

#[test]
fn a_message_without_a_jwt_says_so_and_any_key_closes_the_view() {
    let mut app = jwt_view("standard-flow", Lang::EN, 6, 1);
    assert!(screen(&render(&app, 80, 24)).contains("carries no JWT"));
    app.update(Action::Close);
    assert_eq!(app.mode(), Mode::Main);
}
