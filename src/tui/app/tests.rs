//! `App::update` without a terminal: each test names the behaviour a person relies on.

use std::time::Duration;

use super::*;
use crate::scenario;
use crate::sim::{Action as StepAction, ErrorCode};

fn app(name: &str) -> App {
    let loaded = scenario::builtin(name)
        .and_then(Result::ok)
        .expect("a built-in scenario");
    App::new(loaded, Lang::EN, None, Theme::new(false))
}

fn consent_step(app: &App) -> usize {
    app.transcript()
        .steps
        .iter()
        .position(|s| s.step.action == StepAction::Consent)
        .expect("the scenario has a consent step")
}

#[test]
fn forward_then_back_returns_to_the_same_step() {
    let mut app = app("standard-flow");
    app.update(Action::NextStep);
    app.update(Action::NextStep);
    let memory = app.memory().clone();
    app.update(Action::NextStep);
    app.update(Action::PreviousStep);
    assert_eq!(app.step(), 2);
    assert_eq!(app.memory(), &memory);
}

#[test]
fn back_at_the_first_step_does_nothing() {
    let mut app = app("standard-flow");
    app.update(Action::PreviousStep);
    assert_eq!(app.step(), 0);
    app.update(Action::FirstStep);
    assert_eq!(app.step(), 0);
}

#[test]
fn last_equals_stepping_forward_to_the_end() {
    let mut jumped = app("standard-flow");
    jumped.update(Action::LastStep);
    let mut walked = app("standard-flow");
    for _ in 0..100 {
        walked.update(Action::NextStep);
    }
    assert_eq!(jumped.step(), 11);
    assert_eq!(walked.step(), jumped.step());
    assert_eq!(walked.memory(), jumped.memory());
}

#[test]
fn denying_at_the_consent_step_replays_with_access_denied_and_keeps_the_cursor() {
    let mut app = app("standard-flow");
    let consent = consent_step(&app);
    while app.step() < consent {
        app.update(Action::NextStep);
    }
    let choice = app.choice().expect("a consent step offers a choice");
    assert_eq!(choice.current, Some(Decision::Allow));
    app.update(Action::Decide(Decision::Deny));
    assert_eq!(app.step(), consent);
    let outcome = &app.transcript().steps[consent].outcome;
    assert_eq!(outcome.error, Some(ErrorCode::AccessDenied));
    let choice = app.choice().expect("still a consent step");
    assert_eq!(choice.current, Some(Decision::Deny));
    assert_eq!(choice.scripted, Some(Decision::Allow));
    app.update(Action::Decide(Decision::Allow));
    assert_eq!(app.transcript().steps[consent].outcome.error, None);
}

#[test]
fn after_a_deny_what_if_the_client_skips_what_it_cannot_send_and_nothing_is_marked_failed() {
    use crate::sim::{Cause, Lacks};
    let mut app = app("standard-flow");
    let consent = consent_step(&app);
    while app.step() < consent {
        app.update(Action::NextStep);
    }
    app.update(Action::Decide(Decision::Deny));
    let steps = &app.transcript().steps;
    let skipped: Vec<(StepAction, Lacks)> = steps
        .iter()
        .filter_map(|s| s.skipped.as_deref().map(|skip| (s.step.action, skip.lacks)))
        .collect();
    assert_eq!(
        skipped,
        [
            (StepAction::Token, Lacks::Code),
            (StepAction::CallApi, Lacks::AccessToken),
            (StepAction::CallApi, Lacks::AccessToken),
            (StepAction::Refresh, Lacks::RefreshToken),
            (StepAction::CallApi, Lacks::AccessToken),
        ]
    );
    for record in steps.iter().filter(|s| s.skipped.is_some()) {
        let skip = record.skipped.as_deref().expect("filtered on skipped");
        assert_eq!(
            (skip.stop.cause, skip.stop.step),
            (Cause::Denied, consent + 1)
        );
        assert!(record.messages.is_empty(), "step {}", record.index);
        assert!(!record.failed(), "step {} is not a failure", record.index);
    }
    let wait = steps.iter().find(|s| s.step.action == StepAction::Wait);
    assert!(
        wait.is_some_and(|w| w.skipped.is_none()),
        "a wait still runs"
    );
}

#[test]
fn a_branch_back_at_the_scripted_deny_is_still_a_what_if_because_its_client_stops() {
    let mut app = app("consent-denied");
    let consent = consent_step(&app);
    while app.step() < consent {
        app.update(Action::NextStep);
    }
    app.update(Action::Decide(Decision::Allow));
    app.update(Action::Decide(Decision::Deny));
    assert!(app.transcript().steps.iter().any(|s| s.skipped.is_some()));
    assert!(app.what_if(), "the header says this is not the run opened");
}

#[test]
fn the_scripted_run_sends_every_request_even_after_a_scripted_deny() {
    let app = app("consent-denied");
    assert!(app.transcript().steps.iter().all(|s| s.skipped.is_none()));
}

#[test]
fn a_decision_away_from_a_consent_step_changes_nothing() {
    let mut app = app("standard-flow");
    let before = app.transcript().clone();
    app.update(Action::Decide(Decision::Deny));
    assert_eq!(app.transcript(), &before);
}

#[test]
fn restart_forgets_the_what_if() {
    let mut app = app("consent-denied");
    let consent = consent_step(&app);
    while app.step() < consent {
        app.update(Action::NextStep);
    }
    app.update(Action::Decide(Decision::Allow));
    assert_eq!(app.transcript().steps[consent].outcome.error, None);
    app.update(Action::Restart);
    assert_eq!(app.step(), 0);
    let outcome = &app.transcript().steps[consent].outcome;
    assert_eq!(outcome.error, Some(ErrorCode::AccessDenied));
}

#[test]
fn the_language_key_cycles_through_every_language_back_to_english() {
    let mut app = app("standard-flow");
    let mut seen = Vec::new();
    for _ in Lang::all() {
        app.update(Action::ToggleLanguage);
        seen.push(app.lang());
    }
    assert_eq!(seen.last(), Some(&Lang::EN));
    assert!(seen.contains(&Lang::KO), "{seen:?}");
}

#[test]
fn tabs_switch_by_cycle_and_by_number() {
    let mut app = app("standard-flow");
    assert_eq!(app.tab(), Tab::Message);
    app.update(Action::NextTab);
    assert_eq!(app.tab(), Tab::Explain);
    app.update(Action::PreviousTab);
    app.update(Action::PreviousTab);
    assert_eq!(app.tab(), Tab::Expect);
    app.update(Action::ShowTab(Tab::State));
    assert_eq!(app.tab(), Tab::State);
}

#[test]
fn the_picker_opens_closes_and_swallows_other_keys() {
    let mut app = app("standard-flow");
    app.update(Action::OpenPicker);
    assert!(app.picker().is_some());
    assert_eq!(app.mode(), Mode::Picker);
    app.update(Action::NextStep);
    assert_eq!(app.step(), 0, "keys go to the picker while it is open");
    app.update(Action::Close);
    assert!(app.picker().is_none());
    assert_eq!(app.mode(), Mode::Main);
}

#[test]
fn esc_closes_windows_and_never_quits() {
    let mut app = app("standard-flow");
    app.update(Action::Close);
    assert!(!app.should_quit(), "Esc with nothing open does not quit");
    app.update(Action::ToggleHelp);
    app.update(Action::Close);
    assert!(!app.help_open());
    app.update(Action::Close);
    assert!(!app.should_quit());
    app.update(Action::Quit);
    assert!(app.should_quit(), "q and Ctrl-C quit");
}

#[test]
fn typing_in_the_picker_filters_the_list_and_never_steps() {
    let mut app = app("standard-flow");
    app.update(Action::NextStep);
    app.update(Action::OpenPicker);
    for c in "pkce".chars() {
        app.update(Action::Type(c));
    }
    assert_eq!(app.step(), 1, "typed letters do not step the lesson");
    assert!(!app.should_quit());
    let picker = app.picker().expect("the picker is still open");
    assert_eq!(picker.filter(), "pkce");
    let listed = picker.visible();
    assert!(!listed.is_empty());
    assert!(listed.iter().all(|&i| {
        let label = &picker.entries()[i].label;
        label.to_lowercase().contains("pkce")
    }));
    assert!(
        listed.contains(&picker.selected()),
        "the selection is listed"
    );
    app.update(Action::Erase);
    assert_eq!(app.picker().map(Picker::filter), Some("pkc"));
    app.update(Action::Confirm);
    assert!(app.picker().is_none());
    assert!(app.transcript().title.en().to_lowercase().contains("pkce"));
}

#[test]
fn the_picker_filter_matches_korean_titles() {
    let mut app = app("standard-flow");
    app.update(Action::OpenPicker);
    for c in "기본 흐름".chars() {
        app.update(Action::Type(c));
    }
    let picker = app.picker().expect("open");
    let names: Vec<&Source> = picker
        .visible()
        .into_iter()
        .map(|i| &picker.entries()[i].source)
        .collect();
    assert_eq!(names, [&Source::Builtin("standard-flow")]);
}

#[test]
fn a_filter_that_matches_nothing_opens_nothing() {
    let mut app = app("standard-flow");
    app.update(Action::OpenPicker);
    for c in "zzzz".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Confirm);
    assert!(app.picker().is_some(), "nothing to open: the picker stays");
    assert_eq!(app.transcript().title.en(), "The standard flow");
}

#[test]
fn brackets_jump_between_chapter_starts() {
    let mut app = app("standard-flow");
    let timeline = app.timeline().clone();
    let starts: Vec<usize> = (0..timeline.steps())
        .filter(|&s| timeline.band(s).is_some())
        .collect();
    assert!(starts.len() >= 3, "{starts:?}");
    for &start in &starts[1..] {
        app.update(Action::NextChapter);
        assert_eq!(app.step(), start);
    }
    let last = app.step();
    app.update(Action::NextChapter);
    assert_eq!(app.step(), last, "no chapter after the last one");
    app.update(Action::NextStep);
    if app.step() != last {
        app.update(Action::PreviousChapter);
        assert_eq!(
            app.step(),
            last,
            "[ goes to the start of this chapter first"
        );
    }
    for &start in starts[..starts.len() - 1].iter().rev() {
        app.update(Action::PreviousChapter);
        assert_eq!(app.step(), start);
    }
    app.update(Action::PreviousChapter);
    assert_eq!(app.step(), 0);
}

#[test]
fn autoplay_pauses_at_the_end_of_a_chapter_when_asked() {
    let mut app = app("standard-flow");
    // The chapter autoplay walks into first, and the one after it.
    let next = app.timeline().next_chapter(1).expect("a third chapter");
    app.update(Action::ToggleChapterPause);
    assert!(app.chapter_pause());
    app.update(Action::ToggleAutoplay);
    for _ in 0..20 {
        app.update(Action::Tick);
    }
    assert_eq!(app.step(), next - 1, "stopped on the chapter's last step");
    assert_eq!(app.autoplay(), None);
    app.update(Action::ToggleAutoplay);
    app.update(Action::Tick);
    assert_eq!(app.step(), next, "a goes on into the next chapter");
}

#[test]
fn the_slowest_autoplay_leaves_time_to_read_aloud() {
    let mut app = app("standard-flow");
    app.update(Action::ToggleAutoplay);
    for _ in 0..10 {
        app.update(Action::Slower);
    }
    assert_eq!(app.autoplay(), Some(Duration::from_secs(15)));
    app.update(Action::Faster);
    assert_eq!(app.autoplay(), Some(Duration::from_secs(8)));
}

#[test]
fn z_zooms_the_detail_pane_and_z_or_esc_brings_the_diagram_back() {
    let mut app = app("standard-flow");
    app.update(Action::ToggleZoom);
    assert!(app.zoomed());
    app.update(Action::NextStep);
    assert_eq!(app.step(), 1, "the keys still step while zoomed");
    app.update(Action::ToggleZoom);
    assert!(!app.zoomed());
    app.update(Action::ToggleZoom);
    app.update(Action::Close);
    assert!(!app.zoomed());
    assert!(!app.should_quit());
}

#[test]
fn enter_on_the_state_tab_expands_the_selected_row() {
    let mut app = app("standard-flow");
    for _ in 0..4 {
        app.update(Action::NextStep);
    }
    app.update(Action::ShowTab(Tab::State));
    assert_eq!(app.state_selection(), (0, false));
    app.update(Action::SelectNext);
    app.update(Action::SelectNext);
    assert_eq!(app.state_selection(), (2, false));
    assert_eq!(app.message(), 0, "↓ selects a row, not a message");
    app.update(Action::Confirm);
    assert_eq!(app.state_selection(), (2, true));
    app.update(Action::Confirm);
    assert_eq!(app.state_selection(), (2, false));
    app.update(Action::Confirm);
    app.update(Action::SelectPrevious);
    assert_eq!(app.state_selection(), (1, false), "moving folds the row");
    for _ in 0..1000 {
        app.update(Action::SelectNext);
    }
    let items: usize = app
        .memory()
        .actors()
        .map(|a| app.memory().count_of(a))
        .sum();
    assert_eq!(
        app.state_selection().0,
        items - 1,
        "stops at the last thing"
    );
    app.update(Action::NextStep);
    assert_eq!(
        app.state_selection(),
        (0, false),
        "a new step starts at the top"
    );
}

#[test]
fn the_wheel_scrolls_what_is_under_the_pointer() {
    use ratatui::layout::Rect;
    let mut app = app("standard-flow");
    app.update(Action::LastStep);
    app.update(Action::ShowTab(Tab::Explain));
    app.viewport().set(Viewport {
        diagram_rows: 5,
        detail_max: 20,
        diagram_area: Rect::new(0, 1, 80, 11),
        detail_area: Rect::new(0, 12, 80, 11),
        ..Viewport::default()
    });
    app.update(Action::Wheel {
        column: 10,
        row: 15,
        rows: 3,
    });
    assert_eq!(app.detail_scroll(), 3, "over the detail pane");
    assert_eq!(app.diagram_offset(), 0);
    app.update(Action::Wheel {
        column: 10,
        row: 3,
        rows: -3,
    });
    assert_eq!(app.diagram_offset(), -3, "over the diagram");
    assert_eq!(app.detail_scroll(), 3);
    app.update(Action::Wheel {
        column: 10,
        row: 0,
        rows: 3,
    });
    assert_eq!(
        (app.diagram_offset(), app.detail_scroll()),
        (-3, 3),
        "the header"
    );
}

#[test]
fn the_picker_opens_the_selected_scenario_at_step_one() {
    let mut app = app("standard-flow");
    app.update(Action::NextStep);
    app.update(Action::OpenPicker);
    app.update(Action::SelectNext);
    app.update(Action::Confirm);
    assert!(app.picker().is_none());
    assert_eq!(app.step(), 0);
    assert_ne!(app.transcript().title.en(), "The standard flow");
}

#[test]
fn messages_are_selected_within_the_step() {
    let mut app = app("standard-flow");
    app.update(Action::NextStep); // register
    app.update(Action::NextStep); // authorize: four messages
    for _ in 0..4 {
        app.update(Action::SelectNext);
    }
    assert_eq!(app.message(), 3);
    app.update(Action::NextStep);
    assert_eq!(app.message(), 0);
}

#[test]
fn autoplay_advances_on_ticks_and_stops_at_the_end() {
    let mut app = app("redirect-mismatch");
    app.update(Action::Tick);
    assert_eq!(app.step(), 0, "no autoplay, no movement");
    app.update(Action::ToggleAutoplay);
    assert_eq!(app.autoplay(), Some(Duration::from_secs(1)));
    app.update(Action::Faster);
    assert_eq!(app.autoplay(), Some(Duration::from_millis(500)));
    app.update(Action::Tick);
    assert_eq!(app.step(), 1);
    app.update(Action::Tick);
    assert_eq!(app.autoplay(), None);
}

#[test]
fn help_closes_on_any_key_without_acting_on_it() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for code in [
        KeyCode::Char('x'),
        KeyCode::Char('z'),
        KeyCode::Char('5'),
        KeyCode::Right,
    ] {
        let mut app = app("standard-flow");
        app.update(Action::ToggleHelp);
        assert_eq!(app.mode(), Mode::Help);
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        if let Some(action) = crate::tui::keymap::action_for(app.mode(), key) {
            app.update(action);
        }
        assert!(!app.help_open(), "{code:?} closes the help");
        assert_eq!(app.step(), 0);
        assert!(!app.zoomed());
    }
}

#[test]
fn suspending_is_asked_once_and_leaves_the_screen_as_it_was() {
    let mut app = app("standard-flow");
    app.update(Action::NextStep);
    app.update(Action::ToggleHelp);
    assert!(!app.take_suspend(), "nothing asked yet");
    app.update(Action::Suspend);
    assert!(app.take_suspend());
    assert!(!app.take_suspend(), "the loop suspends once per Ctrl-Z");
    assert!(app.help_open(), "the help is still open after resuming");
    assert_eq!(app.step(), 1);
    assert!(!app.should_quit());
}

#[test]
fn c_shows_the_selected_request_as_curl_and_copies_it_once() {
    let mut app = app("standard-flow");
    app.update(Action::NextStep); // register: the first request
    app.update(Action::ShowCurl);
    let shown = app.curl().flatten().map(str::to_owned);
    assert!(
        shown
            .as_deref()
            .is_some_and(|c| c.starts_with("curl 'https://auth.example/register'")),
        "{shown:?}"
    );
    assert_eq!(app.take_copy(), shown);
    assert_eq!(app.take_copy(), None, "copied once per key");
    app.update(Action::Close);
    assert_eq!(app.curl(), None, "any key closes the window");
    app.update(Action::NextStep);
    assert_eq!(app.step(), 2);
}

#[test]
fn c_on_a_response_copies_nothing() {
    let mut app = app("standard-flow");
    app.update(Action::NextStep); // register
    app.update(Action::SelectNext);
    app.update(Action::ShowCurl);
    assert_eq!(app.curl(), Some(None));
    assert_eq!(app.take_copy(), None);
}
