//! Predict mode through `App::update`: what a person does with the keys, on the
//! standard flow (step 2, `POST /register`, has one question; step 5, the consent,
//! has two: what the server answers and who holds the code).

use crate::explain::Lang;
use crate::predict::Score;
use crate::scenario;
use crate::tui::action::{Action, Decision};
use crate::tui::app::{App, Quiz};
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;

fn app(name: &str) -> App {
    let loaded = scenario::builtin(name)
        .and_then(Result::ok)
        .expect("a built-in scenario");
    App::new(loaded, Lang::EN, None, Theme::new(false))
}

/// The standard flow with predict mode on, at the first step.
fn predicting() -> App {
    let mut app = app("standard-flow");
    app.update(Action::TogglePredict);
    app
}

/// The number of the right choice of the question on screen, and of a wrong one.
fn right_and_wrong(app: &App) -> (u8, u8) {
    let question = app
        .quiz()
        .and_then(|q| q.question())
        .expect("a question on screen");
    let right = u8::try_from(question.right + 1).expect("a small number");
    let wrong = if right == 1 { 2 } else { 1 };
    (right, wrong)
}

#[test]
fn p_turns_predict_mode_on_and_off() {
    let mut app = app("standard-flow");
    assert!(!app.predict().on());
    app.update(Action::TogglePredict);
    assert!(app.predict().on());
    app.update(Action::TogglePredict);
    assert!(!app.predict().on());
}

#[test]
fn without_predict_mode_no_question_is_asked() {
    let mut app = app("standard-flow");
    app.update(Action::NextStep);
    assert!(app.quiz().is_none());
    assert_eq!(app.mode(), Mode::Main);
}

#[test]
fn moving_onto_a_step_with_questions_asks_and_hides_its_response() {
    let mut app = predicting();
    app.update(Action::NextStep);
    let quiz = app.quiz().expect("POST /register is asked about");
    assert_eq!(quiz.step(), 1);
    assert_eq!(app.mode(), Mode::Predict);
    // The request is shown, the response is not.
    assert_eq!(app.hidden_from(1), Some(1));
    assert_eq!(app.hidden_from(0), None);
}

#[test]
fn the_right_number_scores_and_continue_reveals_the_step() {
    let mut app = predicting();
    app.update(Action::NextStep);
    let (right, _) = right_and_wrong(&app);
    app.update(Action::Answer(right));
    assert_eq!(
        app.quiz().and_then(Quiz::chosen),
        Some(usize::from(right - 1))
    );
    assert_eq!(
        app.hidden_from(1),
        Some(1),
        "hidden until the person goes on"
    );
    assert_eq!(
        app.predict().score(),
        Score {
            asked: 1,
            right: 1,
            streak: 1
        }
    );
    app.update(Action::Continue);
    assert!(app.quiz().is_none());
    assert_eq!(app.hidden_from(1), None);
    assert_eq!(app.mode(), Mode::Main);
}

#[test]
fn a_wrong_number_counts_as_asked_and_ends_the_streak() {
    let mut app = predicting();
    app.update(Action::NextStep);
    let (right, _) = right_and_wrong(&app);
    app.update(Action::Answer(right));
    app.update(Action::Continue);
    app.update(Action::NextStep);
    let (_, wrong) = right_and_wrong(&app);
    app.update(Action::Answer(wrong));
    assert_eq!(
        app.predict().score(),
        Score {
            asked: 2,
            right: 1,
            streak: 0
        }
    );
}

#[test]
fn a_second_answer_or_a_number_with_no_choice_does_nothing() {
    let mut app = predicting();
    app.update(Action::NextStep);
    let choices = app
        .quiz()
        .and_then(|q| q.question())
        .map_or(0, |q| q.choices.len());
    app.update(Action::Answer(u8::try_from(choices + 1).unwrap_or(u8::MAX)));
    app.update(Action::Answer(0));
    assert_eq!(app.predict().score(), Score::default());
    let (right, wrong) = right_and_wrong(&app);
    app.update(Action::Answer(wrong));
    app.update(Action::Answer(right));
    assert_eq!(app.predict().score().right, 0);
    assert_eq!(app.predict().score().asked, 1);
}

#[test]
fn continue_before_an_answer_does_nothing() {
    let mut app = predicting();
    app.update(Action::NextStep);
    app.update(Action::Continue);
    assert!(app.quiz().is_some());
}

#[test]
fn esc_skips_a_question_unscored_and_the_last_skip_reveals_the_step() {
    let mut app = predicting();
    for _ in 0..3 {
        app.update(Action::NextStep);
        app.update(Action::SkipQuestion);
    }
    assert!(app.quiz().is_none());
    app.update(Action::NextStep);
    assert_eq!(app.step(), 4);
    assert_eq!(app.quiz().map(Quiz::progress), Some((1, 2)));
    app.update(Action::SkipQuestion);
    assert_eq!(app.quiz().map(Quiz::progress), Some((2, 2)));
    app.update(Action::SkipQuestion);
    assert!(app.quiz().is_none());
    assert_eq!(app.predict().score(), Score::default());
}

#[test]
fn other_keys_do_nothing_while_a_question_is_asked() {
    let mut app = predicting();
    app.update(Action::NextStep);
    for action in [
        Action::NextStep,
        Action::PreviousStep,
        Action::LastStep,
        Action::Restart,
        Action::TogglePredict,
        Action::OpenGlossary,
        Action::ToggleHelp,
        Action::Decide(Decision::Deny),
    ] {
        app.update(action);
        assert_eq!(app.step(), 1, "{action:?}");
        assert_eq!(app.mode(), Mode::Predict, "{action:?}");
    }
}

#[test]
fn a_step_answered_is_not_asked_again_when_stepping_back_and_forth() {
    let mut app = predicting();
    app.update(Action::NextStep);
    let (right, _) = right_and_wrong(&app);
    app.update(Action::Answer(right));
    app.update(Action::Continue);
    app.update(Action::PreviousStep);
    assert!(app.quiz().is_none(), "stepping back never asks");
    app.update(Action::NextStep);
    assert!(app.quiz().is_none(), "step 2 was answered in this run");
    assert_eq!(app.predict().score().asked, 1);
}

#[test]
fn restart_clears_the_score_and_the_steps_answered() {
    let mut app = predicting();
    app.update(Action::NextStep);
    let (right, _) = right_and_wrong(&app);
    app.update(Action::Answer(right));
    app.update(Action::Continue);
    app.update(Action::Restart);
    assert_eq!(app.predict().score(), Score::default());
    assert!(app.predict().on(), "predict mode stays on");
    app.update(Action::NextStep);
    assert_eq!(app.quiz().map(Quiz::step), Some(1), "asked again");
}

#[test]
fn turning_predict_mode_off_shows_the_step_being_asked_about() {
    let mut app = predicting();
    app.update(Action::NextStep);
    app.update(Action::SkipQuestion);
    app.update(Action::NextStep);
    assert!(app.quiz().is_some());
    app.update(Action::SkipQuestion);
    assert_eq!(app.mode(), Mode::Main);
    app.update(Action::TogglePredict);
    assert!(app.quiz().is_none());
    assert_eq!(app.hidden_from(app.step()), None);
}

#[test]
fn autoplay_stops_at_each_question() {
    let mut app = predicting();
    app.update(Action::ToggleAutoplay);
    assert!(app.autoplay().is_some());
    app.update(Action::Tick);
    assert!(app.quiz().is_some());
    assert!(app.autoplay().is_none(), "stopped at the question");
    app.update(Action::Tick);
    assert_eq!(app.step(), 1, "a tick does not step past a question");
}

#[test]
fn a_what_if_asks_again_about_the_steps_after_it() {
    let mut app = predicting();
    while app.step() < 4 {
        app.update(Action::NextStep);
        while app.quiz().is_some() {
            app.update(Action::SkipQuestion);
        }
    }
    app.update(Action::NextStep);
    while app.quiz().is_some() {
        app.update(Action::SkipQuestion);
    }
    app.update(Action::PreviousStep);
    app.update(Action::Decide(Decision::Deny));
    app.update(Action::NextStep);
    assert_eq!(
        app.quiz().map(Quiz::step),
        Some(5),
        "the callback has a new answer"
    );
}

#[test]
fn the_requests_leading_to_the_question_are_shown_and_the_last_answer_is_not() {
    let mut app = predicting();
    app.update(Action::NextStep);
    app.update(Action::SkipQuestion);
    app.update(Action::NextStep);
    // GET /signin, 302 → /authorize, GET /authorize shown; 200 login page hidden.
    let step = &app.transcript().steps[2];
    assert_eq!(step.messages.len(), 4);
    assert_eq!(app.hidden_from(2), Some(3));
}
