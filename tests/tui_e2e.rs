//! The real binary in a real terminal: tmux runs `oauth-sim`, keys are sent the way a
//! person types them, and the assertions are on what the pane shows. Every wait polls
//! with a deadline; every session is killed at the end, even when a test fails.
//!
//! tmux is required (CI installs it). Without it the tests fail with a clear message,
//! unless `OAUTH_SIM_SKIP_TMUX=1` says to skip them.
#![cfg(feature = "tui")]

use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_oauth-sim");
/// The longest any one wait may take.
const DEADLINE: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);

static SESSIONS: AtomicUsize = AtomicUsize::new(0);

/// One tmux session on a server of its own, killed on drop.
struct Session {
    socket: String,
    name: String,
    /// The server's socket file, removed with the server.
    socket_path: Option<String>,
}

impl Session {
    /// Starts `command` in a `width` × `height` pane, or returns `None` when tmux is
    /// missing and the environment allows skipping.
    fn start(width: u16, height: u16, command: &str) -> Option<Self> {
        if !tmux_installed() {
            if std::env::var("OAUTH_SIM_SKIP_TMUX").is_ok_and(|v| v == "1") {
                eprintln!("tmux is not installed: skipped (OAUTH_SIM_SKIP_TMUX=1)");
                return None;
            }
            panic!(
                "tmux is not installed: the end-to-end TUI tests need it \
                 (install tmux, or set OAUTH_SIM_SKIP_TMUX=1 to skip them)"
            );
        }
        let id = SESSIONS.fetch_add(1, Ordering::SeqCst);
        let mut session = Self {
            socket: format!("oauth-sim-e2e-{}-{id}", std::process::id()),
            name: format!("e2e{id}"),
            socket_path: None,
        };
        let (w, h) = (width.to_string(), height.to_string());
        session.tmux(&[
            "new-session",
            "-d",
            "-s",
            &session.name,
            "-x",
            &w,
            "-y",
            &h,
            command,
        ]);
        let path = session.tmux(&["display-message", "-p", "#{socket_path}"]);
        session.socket_path = Some(String::from_utf8_lossy(&path.stdout).trim().to_owned());
        Some(session)
    }

    fn tmux(&self, args: &[&str]) -> Output {
        let output = Command::new("tmux")
            .args(["-u", "-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .env("LANG", "C.UTF-8")
            .env_remove("NO_COLOR")
            .output()
            .unwrap_or_else(|e| panic!("tmux {args:?}: {e}"));
        assert!(
            output.status.success() || args.first() == Some(&"kill-server"),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", self.name.as_str()];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    fn capture(&self) -> String {
        let output = self.tmux(&["capture-pane", "-p", "-t", &self.name]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Polls the pane until it shows `text`, and returns the pane.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let pane = self.capture();
            if pane.contains(text) {
                return pane;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "the pane never showed {text:?}; it shows:\n{pane}"
            );
            sleep(POLL);
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
        if let Some(path) = self.socket_path.as_deref().filter(|p| !p.is_empty()) {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn tmux_installed() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The binary, then a line once it exits, then a shell read that only completes
/// when the terminal is back in cooked mode (Enter ends a line, typing echoes).
fn command(arguments: &str) -> String {
    format!("{BIN} {arguments}; echo EXITED; read line; echo \"GOT:$line\"; sleep 5")
}

#[test]
fn a_person_steps_switches_language_and_quits_to_a_working_shell() {
    let Some(tui) = Session::start(100, 30, &command("")) else {
        return;
    };
    let first = tui.wait_for("step 1/11");
    assert!(first.contains("The standard flow"), "{first}");
    assert!(first.contains("POST /register"), "{first}");

    tui.send(&["Right"]);
    let second = tui.wait_for("step 2/11");
    assert!(second.contains("GET /authorize"), "{second}");

    tui.send(&["L"]);
    let korean = tui.wait_for("인가 서버");
    assert!(korean.contains("단계 2/11"), "{korean}");

    tui.send(&["q"]);
    tui.wait_for("EXITED");
    tui.send(&["hello", "Enter"]);
    let shell = tui.wait_for("GOT:hello");
    assert!(
        shell.contains("hello\n"),
        "typing echoes again, so raw mode is off:\n{shell}"
    );
}

#[test]
fn resizing_to_tiny_and_back_is_safe() {
    let Some(tui) = Session::start(100, 30, &command("expired-token")) else {
        return;
    };
    tui.wait_for("step 1/8");
    tui.send(&["End"]);
    tui.wait_for("step 8/8");
    tui.tmux(&["resize-window", "-t", &tui.name, "-x", "40", "-y", "10"]);
    tui.wait_for("Enlarge the terminal");
    tui.tmux(&["resize-window", "-t", &tui.name, "-x", "120", "-y", "40"]);
    let wide = tui.wait_for("✗ 401 invalid_token");
    assert!(wide.contains("step 8/8"), "{wide}");
    tui.send(&["Escape"]);
    tui.wait_for("EXITED");
}

#[test]
fn an_unknown_scenario_is_refused_before_the_terminal_is_touched() {
    let Some(tui) = Session::start(100, 30, &command("no-such-scenario")) else {
        return;
    };
    let pane = tui.wait_for("EXITED");
    assert!(pane.contains("no such file or built-in scenario"), "{pane}");
}
