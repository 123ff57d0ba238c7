//! Predict mode and the glossary on a fixed `TestBackend`: insta snapshots of the
//! question, the answered question (right and wrong), and the glossary (every term,
//! an English query, a Korean query), in English and Korean at 80×24 and 160×48;
//! and what must not be on screen before the answer.
#![cfg(feature = "tui")]

mod tui_common;

use oauth_sim::explain::Lang;
use oauth_sim::tui::action::Action;
use oauth_sim::tui::app::App;
use oauth_sim::tui::theme::Theme;
use tui_common::{builtin, render, screen};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];
const LANGS: [(Lang, &str); 2] = [(Lang::EN, "en"), (Lang::KO, "ko")];
/// The standard flow's `POST /token` step (0-based), which predict mode asks about.
const TOKEN_STEP: usize = 6;

fn app(lang: Lang) -> App {
    App::new(builtin("standard-flow"), lang, None, Theme::new(true))
}

/// Predict mode on, every question before `step` skipped, `step` asked about.
fn asked_at(lang: Lang, step: usize) -> App {
    let mut app = app(lang);
    app.update(Action::TogglePredict);
    while app.step() < step {
        while app.quiz().is_some() {
            app.update(Action::SkipQuestion);
        }
        app.update(Action::NextStep);
    }
    assert!(app.quiz().is_some(), "step {step} is asked about");
    app
}

/// The number of the right choice and of a wrong one of the question on screen.
fn right_and_wrong(app: &App) -> (u8, u8) {
    let right = app
        .quiz()
        .and_then(|q| q.question())
        .map_or(0, |q| q.right + 1);
    let right = u8::try_from(right).expect("a small number");
    (right, if right == 1 { 2 } else { 1 })
}

fn snapshot_everywhere(what: &str, make: impl Fn(Lang) -> App) {
    for (lang, code) in LANGS {
        let app = make(lang);
        for (width, height) in SIZES {
            let name = format!("{what}_{width}x{height}_{code}");
            insta::assert_snapshot!(name, screen(&render(&app, width, height)));
        }
    }
}

#[test]
fn the_question_before_the_token_response() {
    snapshot_everywhere("predict_question", |lang| asked_at(lang, TOKEN_STEP));
}

#[test]
fn a_right_answer_with_its_explanation() {
    snapshot_everywhere("predict_right", |lang| {
        let mut app = asked_at(lang, TOKEN_STEP);
        let (right, _) = right_and_wrong(&app);
        app.update(Action::Answer(right));
        app
    });
}

#[test]
fn a_wrong_answer_with_the_right_one() {
    snapshot_everywhere("predict_wrong", |lang| {
        let mut app = asked_at(lang, TOKEN_STEP);
        let (_, wrong) = right_and_wrong(&app);
        app.update(Action::Answer(wrong));
        app
    });
}

#[test]
fn the_response_and_the_state_are_hidden_until_answered() {
    for (width, height) in SIZES {
        let mut app = asked_at(Lang::EN, TOKEN_STEP);
        let asking = screen(&render(&app, width, height));
        assert!(asking.contains("POST /token"), "{asking}");
        assert!(!asking.contains("200 access_token"), "{asking}");
        assert!(!asking.contains("State"), "no tabs while asking: {asking}");
        let (right, _) = right_and_wrong(&app);
        app.update(Action::Answer(right));
        app.update(Action::Continue);
        while app.quiz().is_some() {
            app.update(Action::SkipQuestion);
        }
        let shown = screen(&render(&app, width, height));
        assert!(shown.contains("3 State"), "{shown}");
    }
}

#[test]
fn the_header_shows_the_score_while_predict_mode_is_on() {
    for (lang, score) in [
        (Lang::EN, "score 1/1 · streak 1"),
        (Lang::KO, "점수 1/1 · 1연속"),
    ] {
        let mut app = asked_at(lang, 1);
        let (right, _) = right_and_wrong(&app);
        app.update(Action::Answer(right));
        let text = screen(&render(&app, 160, 48));
        assert!(
            text.lines().next().is_some_and(|l| l.contains(score)),
            "{text}"
        );
    }
}

fn glossary(lang: Lang, query: &str) -> App {
    let mut app = app(lang);
    app.update(Action::OpenGlossary);
    for c in query.chars() {
        app.update(Action::Type(c));
    }
    app
}

#[test]
fn the_glossary_unfiltered() {
    snapshot_everywhere("glossary_all", |lang| glossary(lang, ""));
}

#[test]
fn the_glossary_filtered_by_an_english_query() {
    snapshot_everywhere("glossary_english_query", |lang| glossary(lang, "token"));
}

#[test]
fn the_glossary_filtered_by_a_korean_query() {
    snapshot_everywhere("glossary_korean_query", |lang| glossary(lang, "인가 코드"));
}

#[test]
fn at_80_columns_with_autoplay_the_score_is_short_and_the_clock_stays_whole() {
    for lang in [Lang::EN, Lang::KO] {
        let mut app = app(lang);
        app.update(Action::TogglePredict);
        app.update(Action::ToggleAutoplay);
        let text = screen(&render(&app, 80, 24));
        let header = text.lines().next().unwrap_or_default();
        assert!(header.contains("✎ 0/0 ↑0"), "{header}");
        assert!(header.ends_with("2026-01-01 09:00:00"), "{header}");
    }
}
