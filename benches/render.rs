//! One TUI frame at 200×60 on a `TestBackend`, the cursor on the last step of a
//! transcript of 100,000 messages: the diagram must cost what the rows in sight
//! cost, not what the transcript holds (target: ≤ 0.5 ms per frame).

use criterion::{Criterion, criterion_group, criterion_main};
use oauth_sim::explain::Lang;
use oauth_sim::scenario::{self, Loaded};
use oauth_sim::sim::{Action, Step};
use oauth_sim::tui::action::{Action as Intent, Tab};
use oauth_sim::tui::app::App;
use oauth_sim::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The allocator the binary uses (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The flow up to the tokens, then 16,666 rounds of an hour's wait, an API call
/// with an expired token and a refresh: 100,000 messages.
fn long_scenario() -> Loaded {
    let mut scenario =
        match scenario::parse("bench", br#"{"title": "A hundred thousand messages"}"#) {
            Ok(scenario) => scenario,
            Err(error) => panic!("the bench scenario does not parse: {error}"),
        };
    let mut steps: Vec<Step> = [
        Action::Register,
        Action::Authorize,
        Action::Login,
        Action::Consent,
        Action::Callback,
        Action::Token,
    ]
    .into_iter()
    .map(Step::new)
    .collect();
    for _ in 0..16_666 {
        steps.push(Step::wait(3601));
        steps.push(Step::new(Action::CallApi));
        steps.push(Step::new(Action::Refresh));
    }
    scenario.steps = Some(steps.into_iter().map(std::sync::Arc::new).collect());
    Loaded {
        file: "bench".into(),
        scenario,
    }
}

fn frame(c: &mut Criterion) {
    let mut app = App::new(long_scenario(), Lang::EN, None, Theme::new(true));
    let messages: usize = app
        .transcript()
        .steps
        .iter()
        .map(|s| s.messages.len())
        .sum();
    assert!(messages >= 100_000, "only {messages} messages");
    app.update(Intent::LastStep);
    let mut terminal = match Terminal::new(TestBackend::new(200, 60)) {
        Ok(terminal) => terminal,
        Err(error) => panic!("a test terminal: {error}"),
    };
    for (name, tab) in [("message", Tab::Message), ("state", Tab::State)] {
        app.update(Intent::ShowTab(tab));
        c.bench_function(
            &format!("frame 200x60, last of {messages} messages, {name} tab"),
            |b| {
                b.iter(|| {
                    terminal
                        .draw(|f| f.render_widget(&app, f.area()))
                        .map(|_| ())
                });
            },
        );
    }
}

criterion_group!(benches, frame);
criterion_main!(benches);
