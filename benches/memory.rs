//! Peak memory (resident set) of the issue's long-scenario cases, each measured in a
//! process of its own so one case's peak cannot hide another's:
//!
//! - `run` (text) on 40,000 steps, the real binary writing to a sink: at most 60 MB;
//! - the TUI's model on 10,000 steps after End and the State tab, one frame drawn at
//!   200×60: at most 30 MB;
//! - `run --format json` on 10,000 steps, the real binary writing to a file: at most
//!   1 s, 100 MB peak and 30 MB of output (issue "One report model").
//!
//! Run with `cargo bench --bench memory`; it prints each figure against its target.

use std::io::Write as _;
use std::process::{Command, Stdio};

use oauth_sim::explain::Lang;
use oauth_sim::scenario::{self, Loaded};
use oauth_sim::tui::action::{Action as Intent, Tab};
use oauth_sim::tui::app::App;
use oauth_sim::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The allocator the binary uses (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const BIN: &str = env!("CARGO_BIN_EXE_oauth-sim");

/// A scenario file's text: the flow up to the tokens, then rounds of an hour's wait,
/// an API call with the expired token and a refresh, up to `total` steps.
fn long_scenario(total: usize) -> String {
    let opening = [
        "register",
        "authorize",
        "login",
        "consent",
        "callback",
        "token",
    ];
    let cycle = [
        r#"{"do":"wait","seconds":3601}"#.to_owned(),
        r#"{"do":"call_api"}"#.to_owned(),
        r#"{"do":"refresh"}"#.to_owned(),
    ];
    let steps: Vec<String> = opening
        .iter()
        .map(|a| format!(r#"{{"do":"{a}"}}"#))
        .chain(cycle.into_iter().cycle())
        .take(total)
        .collect();
    format!(r#"{{"title":"Long run","steps":[{}]}}"#, steps.join(","))
}

/// The peak resident set of this process so far, in kB (`VmHWM`, Linux).
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The TUI case, run inside the child process.
fn tui_case() {
    let text = long_scenario(10_000);
    let scenario = match scenario::parse("long.json", text.as_bytes()) {
        Ok(scenario) => scenario,
        Err(error) => panic!("the bench scenario does not parse: {error}"),
    };
    let loaded = Loaded {
        file: "long.json".into(),
        scenario,
    };
    drop(text);
    let mut app = App::new(loaded, Lang::EN, None, Theme::new(true));
    app.update(Intent::LastStep);
    app.update(Intent::ShowTab(Tab::State));
    let mut terminal = match Terminal::new(TestBackend::new(200, 60)) {
        Ok(terminal) => terminal,
        Err(error) => panic!("a test terminal: {error}"),
    };
    if let Err(error) = terminal.draw(|f| f.render_widget(&app, f.area())) {
        panic!("drawing a frame: {error}");
    }
    println!("{}", peak_kb().unwrap_or(0));
}

/// What one run of the binary cost.
struct Cost {
    peak_kb: u64,
    elapsed: std::time::Duration,
    output_bytes: u64,
}

/// Runs `oauth-sim run ARGS FILE` on a `total`-step file, its output going to a
/// file, and returns its peak (sampled from `/proc` while it runs), its wall time
/// and how much it wrote.
fn binary_case(args: &[&str], total: usize) -> Cost {
    let dir = std::env::temp_dir().join(format!("oauth-sim-memory-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("long.json");
    if let Err(error) = std::fs::write(&file, long_scenario(total)) {
        panic!("writing {}: {error}", file.display());
    }
    let output = dir.join("out");
    let sink = match std::fs::File::create(&output) {
        Ok(sink) => sink,
        Err(error) => panic!("creating {}: {error}", output.display()),
    };
    let started = std::time::Instant::now();
    let mut child = match Command::new(BIN)
        .arg("run")
        .args(args)
        .arg(&file)
        .stdout(Stdio::from(sink))
        .spawn()
    {
        Ok(child) => child,
        Err(error) => panic!("starting {BIN}: {error}"),
    };
    // Sample the child's VmHWM until it ends: the high-water mark only grows.
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_path)
            && let Some(kb) = status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        {
            peak = peak.max(kb);
        }
        if matches!(child.try_wait(), Ok(Some(_)) | Err(_)) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let elapsed = started.elapsed();
    let output_bytes = std::fs::metadata(&output).map_or(0, |m| m.len());
    let _ = std::fs::remove_dir_all(&dir);
    Cost {
        peak_kb: peak,
        elapsed,
        output_bytes,
    }
}

fn child_peak(case: &str) -> u64 {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(error) => panic!("this benchmark's path: {error}"),
    };
    let output = match Command::new(exe).arg("--case").arg(case).output() {
        Ok(output) => output,
        Err(error) => panic!("running the {case} case: {error}"),
    };
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .unwrap_or(0)
}

/// `kb` as megabytes with one decimal.
fn megabytes(kb: u64) -> String {
    format!("{}.{}", kb / 1024, kb % 1024 * 10 / 1024)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--case") {
        tui_case();
        return;
    }
    let mut out = std::io::stdout().lock();
    let run = binary_case(&[], 40_000);
    let _ = writeln!(
        out,
        "memory/run text, 40,000 steps: peak RSS {} MB (target ≤ 60 MB)",
        megabytes(run.peak_kb)
    );
    let json = binary_case(&["--format", "json"], 10_000);
    let _ = writeln!(
        out,
        "memory/run json, 10,000 steps: {:.2} s, peak RSS {} MB, output {} MB \
         (targets ≤ 1 s, ≤ 100 MB, ≤ 30 MB)",
        json.elapsed.as_secs_f64(),
        megabytes(json.peak_kb),
        megabytes(json.output_bytes / 1024)
    );
    let tui = child_peak("tui");
    let _ = writeln!(
        out,
        "memory/tui 10,000 steps, End + State tab, one 200x60 frame: peak RSS {} MB (target ≤ 30 MB)",
        megabytes(tui)
    );
}
