//! The glossary window through `App::update`.

use crate::explain::Lang;
use crate::glossary::Term;
use crate::scenario;
use crate::tui::action::Action;
use crate::tui::app::{App, Glossary};
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;

fn open(lang: Lang) -> App {
    let loaded = scenario::builtin("standard-flow")
        .and_then(Result::ok)
        .expect("a built-in scenario");
    let mut app = App::new(loaded, lang, None, Theme::new(false));
    app.update(Action::OpenGlossary);
    app
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Type(c));
    }
}

fn selected(app: &App) -> Option<Term> {
    let glossary = app.glossary()?;
    glossary.found().get(glossary.selected()).copied()
}

#[test]
fn t_opens_the_glossary_with_every_term() {
    let app = open(Lang::EN);
    assert_eq!(app.mode(), Mode::Glossary);
    let found = app.glossary().map_or(0, |g| g.found().len());
    assert_eq!(found, Term::all().count());
    assert_eq!(selected(&app), Some(Term::ResourceOwner));
}

#[test]
fn typing_filters_and_selects_the_best_match() {
    let mut app = open(Lang::EN);
    typed(&mut app, "pkce");
    assert_eq!(selected(&app), Some(Term::Pkce));
    assert_eq!(app.glossary().map(Glossary::query), Some("pkce"));
}

#[test]
fn a_korean_query_finds_the_term_while_the_screen_is_in_english() {
    let mut app = open(Lang::EN);
    typed(&mut app, "인가 코드");
    assert_eq!(selected(&app), Some(Term::AuthorizationCode));
}

#[test]
fn an_english_query_finds_the_term_while_the_screen_is_in_korean() {
    let mut app = open(Lang::KO);
    typed(&mut app, "front channel");
    assert_eq!(selected(&app), Some(Term::FrontChannel));
}

#[test]
fn backspace_erases_the_last_character_and_searches_again() {
    let mut app = open(Lang::EN);
    typed(&mut app, "zzz");
    assert_eq!(app.glossary().map(|g| g.found().len()), Some(0));
    for _ in 0..3 {
        app.update(Action::Erase);
    }
    assert_eq!(app.glossary().map(Glossary::query), Some(""));
    assert_eq!(
        app.glossary().map(|g| g.found().len()),
        Some(Term::all().count())
    );
    app.update(Action::Erase);
    assert_eq!(
        app.mode(),
        Mode::Glossary,
        "Backspace on nothing keeps it open"
    );
}

#[test]
fn arrows_select_and_stop_at_the_ends() {
    let mut app = open(Lang::EN);
    app.update(Action::SelectPrevious);
    assert_eq!(selected(&app), Some(Term::ResourceOwner));
    app.update(Action::SelectNext);
    assert_eq!(selected(&app), Some(Term::Client));
    for _ in 0..100 {
        app.update(Action::SelectNext);
    }
    assert_eq!(selected(&app), Term::all().last());
}

#[test]
fn esc_closes_the_glossary_and_never_quits() {
    let mut app = open(Lang::EN);
    app.update(Action::Close);
    assert_eq!(app.mode(), Mode::Main);
    assert!(app.glossary().is_none());
    assert!(!app.should_quit());
}

#[test]
fn keys_of_the_main_view_type_into_the_search_instead() {
    let mut app = open(Lang::EN);
    for c in ['q', 'p', 'L'] {
        app.update(Action::Type(c));
    }
    assert!(!app.should_quit());
    assert!(!app.predict().on());
    assert_eq!(app.lang(), Lang::EN);
    assert_eq!(app.step(), 0);
}
