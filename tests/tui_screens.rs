//! Whole screens of the TUI on a fixed `TestBackend`: insta snapshots of what a person
//! reads (80×24 and 120×40, English and Korean, every tab, the help, the picker, the
//! too-small message), and buffer assertions for what insta cannot see: styles.
#![cfg(feature = "tui")]

mod tui_common;

use oauth_sim::explain::Lang;
use oauth_sim::scenario::{self, Loaded};
use oauth_sim::tui::action::{Action, Decision, Tab};
use oauth_sim::tui::app::App;
use oauth_sim::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use tui_common::{builtin, render, screen};

fn app(name: &str, lang: Lang) -> App {
    App::new(builtin(name), lang, None, Theme::new(true))
}

/// `app` after `actions`.
fn after(name: &str, lang: Lang, actions: &[Action]) -> App {
    let mut app = app(name, lang);
    for action in actions {
        app.update(*action);
    }
    app
}

fn steps(n: usize) -> Vec<Action> {
    vec![Action::NextStep; n]
}

#[test]
fn first_screen_80x24_english_message() {
    let app = app("standard-flow", Lang::EN);
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn token_step_80x24_korean_message() {
    let app = after("standard-flow", Lang::KO, &steps(6));
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn authorize_step_120x40_english_message_lists_the_query() {
    let app = after(
        "standard-flow",
        Lang::EN,
        &[Action::NextStep, Action::NextStep, Action::SelectNext],
    );
    insta::assert_snapshot!(screen(&render(&app, 120, 40)));
}

#[test]
fn token_step_120x40_english_state_shows_the_code_deleted_on_both_sides() {
    let mut actions = steps(6);
    actions.push(Action::ShowTab(Tab::State));
    let app = after("standard-flow", Lang::EN, &actions);
    let text = screen(&render(&app, 120, 40));
    assert_eq!(text.matches("− code ").count(), 2, "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn token_step_120x40_korean_state() {
    let mut actions = steps(6);
    actions.push(Action::ShowTab(Tab::State));
    let app = after("standard-flow", Lang::KO, &actions);
    let text = screen(&render(&app, 120, 40));
    assert!(text.contains("만료까지 1:00:00"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn consent_step_120x40_korean_explain_offers_the_choice() {
    let mut actions = steps(4);
    actions.push(Action::ShowTab(Tab::Explain));
    let app = after("standard-flow", Lang::KO, &actions);
    insta::assert_snapshot!(screen(&render(&app, 120, 40)));
}

#[test]
fn consent_step_80x24_english_explain() {
    let mut actions = steps(4);
    actions.push(Action::ShowTab(Tab::Explain));
    let app = after("standard-flow", Lang::EN, &actions);
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn denied_what_if_120x40_english_expect_shows_the_misses() {
    let mut actions = steps(4);
    actions.extend([
        Action::Decide(Decision::Deny),
        Action::LastStep,
        Action::ShowTab(Tab::Expect),
    ]);
    let app = after("standard-flow", Lang::EN, &actions);
    let text = screen(&render(&app, 120, 40));
    assert!(text.contains('✗'), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn a_skipped_step_shows_its_reason_dimmed_and_no_cross_in_both_languages() {
    for (lang, reason) in [
        (Lang::EN, "skipped: the client has no code"),
        (Lang::KO, "건너뜀: 5단계에서 인가가 거부되어"),
    ] {
        let mut actions = steps(4);
        actions.extend([Action::Decide(Decision::Deny), Action::LastStep]);
        let app = after("standard-flow", lang, &actions);
        let buffer = render(&app, 120, 40);
        let at = find(&buffer, reason).unwrap_or_else(|| panic!("{lang:?}: no {reason}"));
        assert!(buffer[at].modifier.contains(Modifier::DIM), "{lang:?}");
        let row: String = (0..DIAGRAM).map(|x| buffer[(x, at.1)].symbol()).collect();
        assert!(!row.contains('✗'), "{lang:?}: {row}");
    }
}

#[test]
fn wait_step_80x24_english_shows_the_clock_moving() {
    let app = after("standard-flow", Lang::EN, &steps(8));
    let text = screen(&render(&app, 80, 24));
    assert!(text.contains("⏱ +3600 s"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn expired_token_80x24_korean_expect() {
    let app = after(
        "expired-token",
        Lang::KO,
        &[Action::LastStep, Action::ShowTab(Tab::Expect)],
    );
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn help_overlay_80x24_english() {
    let app = after("standard-flow", Lang::EN, &[Action::ToggleHelp]);
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn help_overlay_120x40_korean() {
    let app = after("standard-flow", Lang::KO, &[Action::ToggleHelp]);
    insta::assert_snapshot!(screen(&render(&app, 120, 40)));
}

#[test]
fn curl_window_80x24_english() {
    let app = after(
        "standard-flow",
        Lang::EN,
        &[Action::NextStep, Action::ShowCurl],
    );
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn picker_80x24_english() {
    let app = after("standard-flow", Lang::EN, &[Action::OpenPicker]);
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn too_small_in_both_languages() {
    let english = screen(&render(&app("standard-flow", Lang::EN), 59, 16));
    let korean = screen(&render(&app("standard-flow", Lang::KO), 70, 15));
    insta::assert_snapshot!(format!("{english}---\n{korean}"));
}

/// Prefix matching lets a redirect URI on another host through, so the browser
/// carries the code to the attacker: the diagram needs a fifth lane.
const ATTACKER: &str = r#"{
  "title": "Prefix match sends the code to another host",
  "client": { "redirect_uris": ["https://printer.example"] },
  "server": { "redirect_uri_matching": "prefix" },
  "steps": [
    { "do": "register" },
    { "do": "authorize", "with": { "redirect_uri": "https://printer.example.evil.example/cb" } },
    { "do": "login" },
    { "do": "consent" },
    { "do": "callback" }
  ]
}"#;

#[test]
fn attacker_lane_80x24_english_appears_only_when_a_message_reaches_it() {
    let scenario =
        scenario::parse("attacker.json", ATTACKER.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let loaded = Loaded {
        file: "attacker.json".into(),
        scenario,
    };
    let mut attacked = App::new(loaded, Lang::EN, None, Theme::new(true));
    attacked.update(Action::LastStep);
    let text = screen(&render(&attacked, 80, 24));
    assert!(text.contains("Attacker"), "{text}");
    assert!(text.contains("200 code stolen"), "{text}");
    let standard = screen(&render(&app("standard-flow", Lang::EN), 80, 24));
    assert!(!standard.contains("Attacker"), "{standard}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_mouse_wheel_scrolls_the_diagram_back_to_the_first_step() {
    let mut app = after("standard-flow", Lang::EN, &[Action::LastStep]);
    let before = screen(&render(&app, 80, 24));
    assert!(!before.contains("POST /register"), "{before}");
    app.update(Action::ScrollDiagram(-100));
    let after = screen(&render(&app, 80, 24));
    assert!(after.contains("POST /register"), "{after}");
    assert!(after.contains("step 12/12"), "{after}");
    app.update(Action::NextStep);
    app.update(Action::FirstStep);
    app.update(Action::LastStep);
    let back = screen(&render(&app, 80, 24));
    assert_eq!(
        back, before,
        "moving the cursor brings the current step back"
    );
}

#[test]
fn the_current_step_row_is_bold_and_marked() {
    let app = after("standard-flow", Lang::EN, &steps(3));
    let buffer = render(&app, 120, 40);
    let marker = find(&buffer, "▶  4").expect("the current step is marked");
    let cell = &buffer[marker];
    assert!(cell.modifier.contains(Modifier::BOLD), "{cell:?}");
    // Its arrow is bold too, the selected message reversed.
    let label = find(&buffer, "POST /login").expect("the arrow label");
    assert!(buffer[label].modifier.contains(Modifier::BOLD));
    assert!(buffer[label].modifier.contains(Modifier::REVERSED));
    // A step already passed is not.
    let passed = find(&buffer, "POST /register").expect("an earlier arrow");
    assert!(!buffer[passed].modifier.contains(Modifier::BOLD));
}

/// A call to the API before any token: a 401 the file does not expect.
const UNEXPECTED: &str = r#"{"title": "No token yet", "steps": [{"do": "call_api"}]}"#;

#[test]
fn an_expected_refusal_is_marked_apart_from_an_unexpected_failure() {
    for (name, label) in [
        ("redirect-mismatch", "⊘ 400"),
        ("expired-token", "⊘ 401 invalid_token"),
    ] {
        let app = after(name, Lang::EN, &[Action::LastStep]);
        let buffer = render(&app, 120, 40);
        let at = find(&buffer, label).unwrap_or_else(|| panic!("{name}: no {label}"));
        assert_eq!(buffer[at].fg, Color::Yellow, "{name}");
        assert!(buffer[at].modifier.contains(Modifier::BOLD), "{name}");
        assert!(find(&buffer, "✗").is_none(), "{name}: nothing unexpected");
    }
    let mut app = App::new(
        loaded("unexpected.json", UNEXPECTED),
        Lang::EN,
        None,
        Theme::new(true),
    );
    app.update(Action::SelectNext);
    let buffer = render(&app, 120, 40);
    let at = find(&buffer, "✗ 401").expect("an unexpected failure keeps its cross");
    assert_eq!(buffer[at].fg, Color::Red);
    assert!(buffer[at].modifier.contains(Modifier::BOLD));
    let text = screen(&buffer);
    assert!(
        text.contains("✗ a failure this scenario did not expect"),
        "{text}"
    );
}

#[test]
fn without_colour_selection_and_failures_stay_distinguishable() {
    let mut app = App::new(
        builtin("redirect-mismatch"),
        Lang::EN,
        None,
        Theme::new(false),
    );
    app.update(Action::LastStep);
    let buffer = render(&app, 120, 40);
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    let mark = find(&buffer, "⊘ 400").expect("the expected refusal keeps its mark");
    assert!(buffer[mark].modifier.contains(Modifier::BOLD));
    let marker = find(&buffer, "▶ 2").expect("the current step keeps its marker");
    assert!(buffer[marker].modifier.contains(Modifier::BOLD));
}

#[test]
fn no_size_and_no_screen_panics() {
    let mut apps = Vec::new();
    for lang in [Lang::EN, Lang::KO] {
        for tab in Tab::ALL {
            apps.push(after(
                "standard-flow",
                lang,
                &[Action::NextStep, Action::NextStep, Action::ShowTab(tab)],
            ));
            apps.push(after(
                "prefix-redirect-leak",
                lang,
                &[Action::LastStep, Action::ShowTab(tab)],
            ));
        }
        apps.push(after("standard-flow", lang, &[Action::ToggleHelp]));
        apps.push(after("standard-flow", lang, &[Action::OpenPicker]));
    }
    for app in &apps {
        for (width, height) in [
            (1, 1),
            (2, 30),
            (30, 2),
            (59, 15),
            (60, 16),
            (61, 17),
            (80, 24),
            (119, 30),
            (120, 40),
            (250, 70),
        ] {
            render(app, width, height);
        }
    }
}

/// Columns of the diagram at 120×40 (the detail pane is to its right).
const DIAGRAM: u16 = 66;

/// The position of the first cell of `text` in the diagram (one row, as drawn).
fn find(buffer: &Buffer, text: &str) -> Option<(u16, u16)> {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let mut hidden = 0;
        let row: Vec<(u16, &str)> = (area.left()..area.right().min(DIAGRAM))
            .map(|x| (x, buffer[(x, y)].symbol()))
            .filter(|(_, symbol)| {
                // The cell after a wide character (Korean) is its right half.
                let shown = hidden == 0;
                hidden = if shown {
                    unicode_width::UnicodeWidthStr::width(*symbol).saturating_sub(1)
                } else {
                    hidden - 1
                };
                shown
            })
            .collect();
        let line: String = row.iter().map(|(_, s)| *s).collect();
        if let Some(byte) = line.find(text) {
            let mut offset = 0;
            for (x, symbol) in &row {
                if offset == byte {
                    return Some((*x, y));
                }
                offset += symbol.len();
            }
        }
    }
    None
}

/// A scenario loaded from `text`, named `file`.
fn loaded(file: &str, text: &str) -> Loaded {
    let scenario = scenario::parse(file, text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    Loaded {
        file: file.into(),
        scenario,
    }
}

/// Registers, waits `seconds`, then authorizes.
fn waiting(seconds: u64) -> Loaded {
    loaded(
        "wait.json",
        &format!(
            r#"{{"title": "A long wait", "steps": [{{"do": "register"}},
                {{"do": "wait", "seconds": {seconds}}}, {{"do": "authorize"}}]}}"#
        ),
    )
}

#[test]
fn a_clock_at_its_limit_shows_its_year_and_says_so_in_both_languages() {
    // 9.3e15 s once panicked in chrono's `TimeDelta::seconds`.
    for seconds in [9_300_000_000_000_000, 9_223_372_036_854_775_807, u64::MAX] {
        for (lang, mark) in [
            (Lang::EN, "⏱ +262142-12-31 23:59:59 (clock at its limit)"),
            (Lang::KO, "⏱ +262142-12-31 23:59:59 (시계 한계 도달)"),
        ] {
            let mut app = App::new(waiting(seconds), lang, None, Theme::new(true));
            let before = screen(&render(&app, 80, 24));
            assert!(!before.contains("+262142"), "{before}");
            for _ in 0..2 {
                app.update(Action::NextStep);
                for (width, height) in [(80, 24), (120, 40)] {
                    let text = screen(&render(&app, width, height));
                    let header = text.lines().next().unwrap_or_default();
                    assert!(header.contains(mark), "{seconds} {width}x{height}:\n{text}");
                }
            }
        }
    }
}

#[test]
fn wait_step_80x24_english_marks_the_clock_at_its_limit() {
    let mut app = App::new(waiting(u64::MAX), Lang::EN, None, Theme::new(true));
    app.update(Action::NextStep);
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

/// Control characters in every text a file can give, as JSON escapes.
const CONTROL: &str = include_str!("fixtures/valid/control-characters.json");

#[test]
fn control_characters_from_a_file_never_reach_a_cell() {
    for lang in [Lang::EN, Lang::KO] {
        let mut app = App::new(
            loaded("control.json", CONTROL),
            lang,
            None,
            Theme::new(true),
        );
        for step in 0..7 {
            for tab in Tab::ALL {
                app.update(Action::ShowTab(tab));
                for (width, height) in [(80, 24), (120, 40)] {
                    let buffer = render(&app, width, height);
                    let hidden: Vec<String> = buffer
                        .content()
                        .iter()
                        .map(ratatui::buffer::Cell::symbol)
                        .filter(|s| s.chars().any(char::is_control))
                        .map(|s| format!("{s:?}"))
                        .collect();
                    assert!(hidden.is_empty(), "step {step} {tab:?}: {hidden:?}");
                }
            }
            app.update(Action::NextStep);
        }
    }
}

#[test]
fn picker_80x24_wraps_a_long_error_inside_the_box() {
    let mut app = App::new(
        builtin("standard-flow"),
        Lang::EN,
        Some("tests/fixtures/picker".into()),
        Theme::new(true),
    );
    for action in [Action::OpenPicker, Action::LastStep, Action::Confirm] {
        app.update(action);
    }
    insta::assert_snapshot!(screen(&render(&app, 80, 24)));
}

#[test]
fn an_error_longer_than_the_picker_stays_inside_it() {
    let dir = std::env::temp_dir().join(format!("oauth-sim-tui-picker-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let field = "가".repeat(5_000);
    std::fs::write(
        dir.join("long.json"),
        format!(r#"{{"title": "t", "{field}": 1}}"#),
    )
    .expect("write the file");
    let picker_on_the_file = || {
        let mut app = App::new(
            builtin("standard-flow"),
            Lang::KO,
            Some(dir.clone()),
            Theme::new(true),
        );
        app.update(Action::OpenPicker);
        app.update(Action::LastStep);
        app
    };
    let mut failed = picker_on_the_file();
    failed.update(Action::Confirm);
    // The header, the picker's top border and everything below its bottom border.
    let edges = |text: &str| {
        let lines: Vec<&str> = text.lines().collect();
        let bottom = lines.len().saturating_sub(3);
        [&lines[..3], &lines[bottom..]].concat().join("\n")
    };
    for (width, height) in [(60, 16), (80, 24), (120, 40)] {
        let before = screen(&render(&picker_on_the_file(), width, height));
        let after = screen(&render(&failed, width, height));
        assert_eq!(edges(&after), edges(&before), "{width}x{height}:\n{after}");
        assert!(after.contains('…'), "the cut error ends with …:\n{after}");
        assert!(
            after.contains("▶ long.json"),
            "the selection stays in sight:\n{after}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// `app` drawn at `width`×`height` with its detail pane scrolled to the end, where the
/// attacker's part of the State and Explain tabs is.
fn detail_end(mut app: App, width: u16, height: u16) -> String {
    render(&app, width, height);
    app.update(Action::ScrollDetail(i16::MAX));
    screen(&render(&app, width, height))
}

/// `app` drawn with its detail pane scrolled down `lines`.
fn detail_scrolled(mut app: App, width: u16, height: u16, lines: i16) -> String {
    render(&app, width, height);
    app.update(Action::ScrollDetail(lines));
    screen(&render(&app, width, height))
}

/// `name` after `count` steps, on `tab`.
fn attacker_step(name: &str, lang: Lang, count: usize, tab: Tab) -> App {
    let mut actions = steps(count);
    actions.push(Action::ShowTab(tab));
    after(name, lang, &actions)
}

#[test]
fn attacker_lane_appears_when_it_holds_something_without_any_message() {
    const STOLEN: &str = r#"{"title": "Stolen", "steps": [
        {"do": "authorize"}, {"do": "login"}, {"do": "consent"}, {"do": "callback"},
        {"do": "token"}, {"do": "steal", "with": {"access_token": "$access_token"}}]}"#;
    let mut app = App::new(
        loaded("stolen.json", STOLEN),
        Lang::EN,
        None,
        Theme::new(true),
    );
    app.update(Action::LastStep);
    let text = screen(&render(&app, 80, 24));
    assert!(text.contains("Attacker"), "{text}");
}

#[test]
fn attacker_state_80x24_english_says_which_message_gave_each_item() {
    let app = attacker_step("lab-referer-leak-undefended", Lang::EN, 3, Tab::State);
    let text = detail_end(app, 80, 24);
    assert!(
        text.contains("↳ step 4: GET /pixel.gif from Resource Owner, in the Referer header"),
        "{text}"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn attacker_state_80x24_english_wraps_a_long_source_under_its_item() {
    let app = attacker_step("lab-code-replay-undefended", Lang::EN, 7, Tab::State);
    let text = detail_end(app, 80, 24);
    // Too long for the pane: wrapped under the arrow, not cut.
    assert!(
        text.contains("↳ step 8: 200 access_token from Authorization Server, in the body's"),
        "{text}"
    );
    assert!(text.contains("│       access_token  "), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn attacker_state_120x40_korean() {
    let app = attacker_step("lab-prefix-redirect-undefended", Lang::KO, 4, Tab::State);
    let text = detail_end(app, 120, 40);
    assert!(text.contains("쿼리의 code에서"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn attacker_explain_80x24_english_says_what_it_knows_and_gains() {
    let app = attacker_step("lab-code-replay-undefended", Lang::EN, 7, Tab::Explain);
    let first = screen(&render(&app, 80, 24));
    assert!(
        first.contains("The attacker redeems a code and gets tokens"),
        "{first}"
    );
    let text = detail_scrolled(app, 80, 24, 15);
    assert!(
        text.contains("↳ step 8: 200 access_token from Authorization"),
        "{text}"
    );
    assert!(text.contains("Gain: It holds an access token"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn attacker_explain_120x40_korean_at_the_photos_it_got() {
    let app = attacker_step("lab-code-injection-undefended", Lang::KO, 7, Tab::Explain);
    let text = screen(&render(&app, 120, 40));
    assert!(text.contains("공격자가 지금 아는 것"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn alices_own_steps_keep_alices_explanation_beside_the_attacker() {
    let app = attacker_step("lab-code-injection-undefended", Lang::EN, 0, Tab::Explain);
    let text = screen(&render(&app, 120, 40));
    assert!(
        text.contains("Alice's browser reaches the login page"),
        "{text}"
    );
    assert!(!text.contains("What the attacker knows now"), "{text}");
}

#[test]
fn login_step_80x40_english_message_shows_the_consent_page_whole() {
    let mut actions = steps(3);
    actions.push(Action::SelectNext);
    let app = after("standard-flow", Lang::EN, &actions);
    let text = screen(&render(&app, 80, 40));
    for line in [
        "<h1>Allow Photo Printer to use your account?</h1>",
        "<li>photos.read: View your photos</li>",
        "<button name=\"decision\" value=\"deny\">Deny</button>",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
    insta::assert_snapshot!(text);
}

/// Each classroom view in both languages at 80×24 and 160×48, named
/// `classroom_{view}_{lang}_{width}x{height}`.
fn classroom(view: &str, actions: &[Action], check: impl Fn(&str, Lang) -> bool) {
    classroom_on("standard-flow", view, actions, check);
}

/// [`classroom`] on the built-in `name`.
fn classroom_on(name: &str, view: &str, actions: &[Action], check: impl Fn(&str, Lang) -> bool) {
    for lang in [Lang::EN, Lang::KO] {
        let app = after(name, lang, actions);
        for (width, height) in [(80, 24), (160, 48)] {
            let text = screen(&render(&app, width, height));
            assert!(
                check(&text, lang),
                "{view} {lang:?} {width}x{height}:\n{text}"
            );
            let code = lang.code();
            insta::assert_snapshot!(format!("classroom_{view}_{code}_{width}x{height}"), text);
        }
    }
}

#[test]
fn the_lesson_opens_with_the_four_roles_and_their_lanes() {
    classroom("roles", &[Action::ShowTab(Tab::Explain)], |text, lang| {
        let (chapter, lane) = match lang {
            Lang::EN => ("1 · Roles", "Authorization"),
            _ => ("1 · 역할", "인가 서버"),
        };
        text.contains(chapter) && text.contains(lane) && text.contains("RFC 6749 §1.1")
    });
}

#[test]
fn the_consent_page_names_the_app_its_scopes_and_both_buttons() {
    let mut actions = steps(3);
    actions.extend([Action::SelectNext, Action::ToggleZoom]);
    classroom("consent_page", &actions, |text, _| {
        text.contains("Allow Photo Printer to use your account?")
            && text.contains("photos.read: View your photos")
            && text.contains("value=\"deny\">Deny</button>")
    });
}

#[test]
fn the_presenter_view_gives_the_detail_pane_the_whole_screen() {
    let mut actions = steps(5);
    actions.extend([Action::ShowTab(Tab::Explain), Action::ToggleZoom]);
    classroom("zoom", &actions, |text, _| {
        !text.contains("POST /register") && text.contains("RFC 6749")
    });
}

#[test]
fn chapter_bands_name_each_chapter_where_it_starts() {
    classroom("chapter_bands", &[Action::NextChapter], |text, lang| {
        let band = match lang {
            Lang::EN => "── 3 · Owner approval ──",
            _ => "── 3 · 리소스 오너의 승인 ──",
        };
        text.contains(band)
    });
}

#[test]
fn an_expanded_state_row_shows_every_detail_of_the_code() {
    // At the callback: the authorization server holds the code and what binds it.
    let mut actions = steps(5);
    actions.push(Action::ShowTab(Tab::State));
    let app = after("standard-flow", Lang::EN, &actions);
    let text = screen(&render(&app, 160, 48));
    let rows = text.lines().filter(|l| l.contains(" code ")).count();
    assert!(rows >= 1, "{text}");
    // Select the authorization server's code: expand each row in turn until the
    // expanded one shows the challenge the code is bound to.
    let mut actions = actions.clone();
    let mut probe = after("standard-flow", Lang::EN, &actions);
    probe.update(Action::ToggleZoom);
    for _ in 0..40 {
        probe.update(Action::Confirm);
        let shown = screen(&render(&probe, 160, 48));
        // An expanded detail starts its own line, under the kind.
        if shown.contains("│       code_challenge ") {
            break;
        }
        probe.update(Action::SelectNext);
        actions.push(Action::SelectNext);
    }
    // Expanded in the presenter view, so every detail is in sight at 80×24 too.
    actions.extend([Action::Confirm, Action::ToggleZoom]);
    classroom("expanded_state_row", &actions, |text, lang| {
        let (code, user, challenge) = match lang {
            Lang::EN => ("▶   code ", "user", "code_challenge"),
            _ => ("▶   인가 코드 ", "사용자", "code_challenge"),
        };
        text.lines().any(|l| l.contains(code))
            && text.contains(user)
            && text.contains(challenge)
            && text.contains("redirect_uri")
    });
}

#[test]
fn the_picker_filters_by_typing_and_groups_what_is_left() {
    let mut actions = vec![Action::OpenPicker];
    actions.extend("re".chars().map(Action::Type));
    classroom("picker_filtered", &actions, |text, lang| {
        let (filter, group) = match lang {
            Lang::EN => ("Filter: re", "Redirect URI"),
            _ => ("찾기: re", "│ redirect URI "),
        };
        text.contains(filter) && text.contains(group) && !text.contains("pkce-missing ")
    });
}

#[test]
fn an_expected_refusal_reads_as_expected_in_the_message_tab() {
    let actions = [
        Action::LastStep,
        Action::SelectNext,
        Action::SelectNext,
        Action::SelectNext,
    ];
    classroom_on(
        "expired-token",
        "expected_refusal",
        &actions,
        |text, lang| {
            let words = match lang {
                Lang::EN => "⊘ a refusal this scenario expects",
                _ => "⊘ 이 시나리오가 예상한 거부",
            };
            text.contains("⊘ 401") && text.contains(words)
        },
    );
}
