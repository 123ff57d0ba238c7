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

/// The footer line of `app` drawn at `width`×24.
fn footer(app: &App, width: u16) -> String {
    screen(&render(app, width, 24))
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn the_footer_offers_v_only_on_a_message_that_carries_a_jwt() {
    let mut app = App::new(builtin("oidc-sign-in"), Lang::EN, None, Theme::new(true));
    for _ in 0..SIGN_IN_TOKEN.0 {
        app.update(Action::NextStep);
    }
    assert!(
        !footer(&app, 160).contains("v JWT"),
        "the token request carries no JWT: {}",
        footer(&app, 160)
    );
    app.update(Action::SelectNext);
    assert!(
        footer(&app, 160).contains("v JWT"),
        "the answer carries the id_token: {}",
        footer(&app, 160)
    );
    let standard = App::new(builtin("standard-flow"), Lang::KO, None, Theme::new(true));
    assert!(
        !footer(&standard, 160).contains(" v "),
        "{}",
        footer(&standard, 160)
    );
}

#[test]
fn at_80_columns_every_claim_keeps_its_whole_explanation_and_readable_time() {
    for (lang, whole) in [
        (
            Lang::EN,
            [
                "binds the access token beside it",
                "who logged in, for this issuer",
                "ties it to one sign-in request",
            ],
        ),
        (
            Lang::KO,
            [
                "함께 온 access token과 묶음",
                "이 issuer에서 로그인한 사용자",
                "한 번의 로그인 요청에 묶음",
            ],
        ),
    ] {
        let app = jwt_view("oidc-sign-in", lang, SIGN_IN_TOKEN.0, SIGN_IN_TOKEN.1);
        let text = screen(&render(&app, 80, 24));
        for meaning in whole {
            assert!(text.contains(meaning), "{meaning} cut:\n{text}");
        }
        assert!(
            text.contains("2026-01-01 09:05:00"),
            "exp unreadable:\n{text}"
        );
    }
}

#[test]
fn an_id_token_the_client_refuses_is_marked_on_its_200_answer_in_the_diagram() {
    let mut app = App::new(
        builtin("oidc-nonce-missing"),
        Lang::EN,
        None,
        Theme::new(true),
    );
    for _ in 0..5 {
        app.update(Action::NextStep);
    }
    let text = screen(&render(&app, 80, 24));
    assert!(text.contains("⊘ 200 access_token"), "{text}");
    let mut signed = App::new(builtin("oidc-sign-in"), Lang::EN, None, Theme::new(true));
    for _ in 0..SIGN_IN_TOKEN.0 {
        signed.update(Action::NextStep);
    }
    let text = screen(&render(&signed, 80, 24));
    assert!(
        text.contains("─ 200 access_token"),
        "an accepted one is not: {text}"
    );
}
