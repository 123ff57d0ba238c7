//! The real binary in a real terminal: a pseudo-terminal runs `oauth-sim` (see
//! `pty.rs`), keys are typed the way a person types them, signals are sent the way a
//! shell or a closing window sends them, and the assertions are on what a terminal
//! would show and on the terminal's modes. Needs nothing but cargo.
#![cfg(all(unix, feature = "tui"))]

mod pty;

use std::os::unix::process::CommandExt as _;
use std::process::{Command, Output, Stdio};

use pty::{BIN, Pty, send_signal, wait_for_state};

const RIGHT: &[u8] = b"\x1b[C";
const END: &[u8] = b"\x1b[F";
const ESC: u8 = 0x1b;
const CTRL_Z: &[u8] = b"\x1a";
const NO_MOUSE: vt100::MouseProtocolMode = vt100::MouseProtocolMode::None;

/// The terminal is as the UI found it: the main screen, the cursor shown where it was
/// (the top left, where the tests start the UI), no mouse reporting, and the line
/// discipline cooked (lines, echo, ^C and ^Z).
fn assert_given_back(pty: &Pty) {
    assert_given_back_with_cursor_at(pty, (0, 0));
}

fn assert_given_back_with_cursor_at(pty: &Pty, cursor: (u16, u16)) {
    pty.wait_until(
        &format!("the main screen, the cursor shown at {cursor:?}, no mouse reporting"),
        |s| {
            !s.alternate_screen()
                && !s.hide_cursor()
                && s.cursor_position() == cursor
                && s.mouse_protocol_mode() == NO_MOUSE
        },
    );
    assert_modes(pty, &["icanon", "echo", "isig"]);
}

/// The UI holds the terminal: the alternate screen, the cursor hidden, mouse
/// reporting on, raw mode.
fn assert_taken(pty: &Pty) {
    pty.wait_until(
        "the alternate screen, the cursor hidden, mouse reporting",
        |s| s.alternate_screen() && s.hide_cursor() && s.mouse_protocol_mode() != NO_MOUSE,
    );
    assert_modes(pty, &["-icanon", "-echo", "-isig"]);
}

fn assert_modes(pty: &Pty, modes: &[&str]) {
    let stty = pty.stty(&["-a"]);
    let flags: Vec<&str> = stty.split([' ', '\n', ';']).collect();
    for mode in modes {
        assert!(flags.contains(mode), "stty shows {mode}:\n{stty}");
    }
}

/// A `cols` × `rows` pty showing the lesson's first step, its first frame complete.
fn lesson(cols: u16, rows: u16) -> (Pty, u32) {
    let mut pty = Pty::open(cols, rows);
    let tui = pty.start_tui(&[]);
    pty.wait_for("step 1/12");
    assert_taken(&pty);
    (pty, tui)
}

#[test]
fn a_person_steps_switches_language_and_quits_to_a_working_shell() {
    let mut pty = Pty::open(160, 48);
    let tui = pty.start_tui(&[]);
    pty.wait_for_all(&["step 1/12", "The standard flow", "Four parties, four lanes"]);

    pty.send(RIGHT);
    pty.wait_for_all(&["step 2/12", "POST /register"]);

    pty.send(b"L");
    pty.wait_for_all(&["인가 서버", "단계 2/12"]);

    pty.send(b"q");
    assert_eq!(pty.wait_exit(tui).exit_code(), 0);
    assert_given_back(&pty);
    pty.start_shell("read line; echo \"GOT:$line\"");
    pty.send(b"hello\r");
    let shell = pty.wait_for("GOT:hello");
    assert!(
        shell.contains("hello\n"),
        "typing echoes again, so raw mode is off:\n{shell}"
    );
}

#[test]
fn a_teacher_walks_chapters_zooms_and_esc_never_quits() {
    let mut pty = Pty::open(160, 48);
    let tui = pty.start_tui(&[]);
    pty.wait_for_all(&["step 1/12", "── 1 · Roles ──", "── 2 · Registration ──"]);

    pty.send(b"]");
    pty.wait_for("step 2/12");
    pty.send(b"]");
    pty.wait_for_all(&["step 3/12", "── 3 · Owner approval ──"]);
    pty.send(b"]");
    pty.wait_for("step 6/12");
    pty.send(b"[");
    pty.wait_for("step 3/12");

    pty.send(b"z");
    pty.wait_until("the detail pane has the whole screen", |s| {
        !s.contents().contains("┌ Flow") && s.contents().contains("1 Message")
    });
    pty.send(&[ESC]);
    pty.wait_for("┌ Flow");
    pty.send(&[ESC]);
    pty.send(b"L");
    pty.wait_for("단계 3/12");

    pty.send(b"q");
    assert_eq!(pty.wait_exit(tui).exit_code(), 0);
    assert_given_back(&pty);
}

#[test]
fn a_class_predicts_an_answer_then_looks_a_word_up_in_the_glossary() {
    let mut pty = Pty::open(160, 48);
    let tui = pty.start_tui(&[]);
    pty.wait_for("step 1/12");

    pty.send(b"p");
    pty.wait_for("score 0/0 · streak 0");
    pty.send(RIGHT);
    pty.wait_for_all(&["step 2/12", "What will POST /register answer?"]);
    assert!(
        !pty.contents().contains("201 client_id"),
        "the response is hidden until answered"
    );
    // In a question only the numbers, Esc and Enter act: `q` does not quit.
    pty.send(b"q");
    pty.send(b"1");
    pty.wait_until("the answer counted", |s| {
        s.contents().contains("/1 · streak") && s.contents().contains("Enter continue")
    });
    pty.send(b"\r");
    pty.wait_for_all(&["201 client_id", "1 Message"]);

    pty.send(b"t");
    pty.wait_for_all(&["Glossary", "Search: ▏", "resource owner"]);
    pty.send("인가 코드".as_bytes());
    pty.wait_for_all(&["Search: 인가 코드", "RFC 6749 §1.3.1, §4.1.2, §10.5"]);
    pty.send(&[ESC]);
    pty.wait_until("the glossary is closed", |s| {
        !s.contents().contains("Search:") && s.contents().contains("step 2/12")
    });

    pty.send(b"q");
    assert_eq!(pty.wait_exit(tui).exit_code(), 0);
    assert_given_back(&pty);
}

#[test]
fn resizing_to_tiny_and_back_is_safe() {
    let mut pty = Pty::open(160, 48);
    let tui = pty.start_tui(&["expired-token"]);
    pty.wait_for("step 1/8");
    pty.send(END);
    pty.wait_for("step 8/8");
    pty.resize(40, 10);
    pty.wait_for("Enlarge the terminal");
    pty.resize(120, 40);
    pty.wait_for_all(&["⊘ 401 invalid_token", "step 8/8"]);
    pty.send(b"q");
    assert_eq!(pty.wait_exit(tui).exit_code(), 0);
}

#[test]
fn an_unknown_scenario_is_refused_before_the_terminal_is_touched() {
    let mut pty = Pty::open(80, 24);
    let tui = pty.start_tui(&["no-such-scenario"]);
    assert_eq!(pty.wait_exit(tui).exit_code(), 2);
    let screen = pty.wait_for("no such file or built-in scenario");
    pty.drain();
    assert!(!pty.bytes().contains(&ESC), "no escape codes:\n{screen}");
}

/// Starts the lesson, sends `signal`, and checks the exit status and the terminal.
fn a_terminating_signal_gives_the_terminal_back(signal: i32, status: u32) {
    let (mut pty, tui) = lesson(80, 24);
    send_signal(tui, signal);
    let exit = pty.wait_exit(tui);
    assert_eq!(exit.signal(), None, "the UI exits by itself, not killed");
    assert_eq!(exit.exit_code(), status, "128 + the signal's number");
    assert_given_back(&pty);
}

#[test]
fn sigterm_gives_the_terminal_back_and_exits_143() {
    a_terminating_signal_gives_the_terminal_back(libc::SIGTERM, 143);
}

#[test]
fn sighup_gives_the_terminal_back_and_exits_129() {
    a_terminating_signal_gives_the_terminal_back(libc::SIGHUP, 129);
}

#[test]
fn sigint_gives_the_terminal_back_and_exits_130() {
    a_terminating_signal_gives_the_terminal_back(libc::SIGINT, 130);
}

#[test]
fn sigquit_gives_the_terminal_back_and_exits_131() {
    a_terminating_signal_gives_the_terminal_back(libc::SIGQUIT, 131);
}

#[test]
fn a_closed_terminal_ends_the_ui_with_exit_129() {
    let (mut pty, tui) = lesson(80, 24);
    pty.hang_up();
    let exit = pty.wait_exit(tui);
    assert_eq!(exit.signal(), None, "the UI exits by itself, not killed");
    assert_eq!(exit.exit_code(), 129, "128 + SIGHUP");
}

/// Starts the lesson, lets `stop` stop it, checks the terminal while it is stopped,
/// continues it as `fg` does, and checks that it draws everything and takes keys.
fn suspends_and_resumes(stop: impl FnOnce(&mut Pty, u32)) {
    let (mut pty, tui) = lesson(160, 48);
    stop(&mut pty, tui);
    wait_for_state(tui, 'T');
    assert_given_back(&pty);

    send_signal(tui, libc::SIGCONT);
    pty.wait_until("the UI is back", vt100::Screen::alternate_screen);
    pty.wait_for_all(&["step 1/12", "The standard flow", "Four parties, four lanes"]);
    assert_taken(&pty);
    pty.send(RIGHT);
    pty.wait_for("step 2/12");

    pty.send(b"q");
    assert_eq!(pty.wait_exit(tui).exit_code(), 0);
    assert_given_back(&pty);
}

#[test]
fn ctrl_z_suspends_with_the_terminal_given_back_and_sigcont_redraws_everything() {
    suspends_and_resumes(|pty, _| pty.send(CTRL_Z));
}

#[test]
fn sigtstp_suspends_with_the_terminal_given_back_and_sigcont_redraws_everything() {
    suspends_and_resumes(|_, tui| send_signal(tui, libc::SIGTSTP));
}

#[test]
fn ended_while_suspended_the_ui_leaves_the_shell_screen_alone() {
    let (mut pty, tui) = lesson(80, 24);
    pty.send(CTRL_Z);
    wait_for_state(tui, 'T');
    assert_given_back(&pty);
    // The shell's lines while the UI is stopped, then `kill %1`: SIGTERM, SIGCONT,
    // which may reach the UI in either order.
    pty.print(b"[1]+  Stopped  oauth-sim\r\n$ kill %1\r\n");
    pty.wait_for("kill %1");
    send_signal(tui, libc::SIGTERM);
    send_signal(tui, libc::SIGCONT);
    assert_eq!(pty.wait_exit(tui).exit_code(), 143);
    pty.drain();
    let screen = pty.contents();
    assert!(
        screen.starts_with("[1]+  Stopped  oauth-sim\n$ kill %1\n"),
        "{screen}"
    );
    // The cursor is where the shell left it, after the drain marker.
    let marker = u16::try_from(pty::DRAINED.len()).expect("a short marker");
    assert_given_back_with_cursor_at(&pty, (2, marker));
}

#[test]
fn sigstop_then_sigcont_sets_raw_mode_again_and_redraws_everything() {
    let (mut pty, tui) = lesson(80, 24);
    send_signal(tui, libc::SIGSTOP);
    wait_for_state(tui, 'T');
    // What a shell does when its job stops: its own modes back, and a line on screen.
    pty.stty(&["sane"]);
    pty.print(b"\r\n[1]+  Stopped  oauth-sim\r\n$ fg\r\n");
    pty.wait_for("Stopped");

    send_signal(tui, libc::SIGCONT);
    pty.wait_until("the shell's lines are drawn over", |s| {
        !s.contents().contains("Stopped") && s.contents().contains("step 1/12")
    });
    assert_taken(&pty);
    pty.send(RIGHT);
    pty.wait_for("step 2/12");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(tui).exit_code(), 0);
    assert_given_back(&pty);
}

/// Exit 3, one line on stderr that says why and names the headless command, and not
/// one escape code written.
fn assert_refused(status: u32, stderr: &str, written: &[u8], why: &str) {
    assert_eq!(status, 3, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.starts_with("error: the terminal UI needs a terminal")
            && stderr.contains(why)
            && stderr.contains("`oauth-sim run NAME|FILE` prints the scenario headless"),
        "{stderr}"
    );
    assert!(!written.contains(&ESC), "no escape codes: {written:?}");
}

fn assert_output_refused(output: &Output, written: &[u8], why: &str) {
    let status = output.status.code().and_then(|c| u32::try_from(c).ok());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_refused(status.unwrap_or(u32::MAX), &stderr, written, why);
}

fn oauth_sim(args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command.args(args).env("TERM", "xterm-256color");
    command
}

#[test]
fn output_to_a_pipe_or_a_file_is_refused_in_one_line_with_exit_3() {
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tui-stdout.txt");
    for args in [&[][..], &["standard-flow"], &["tui", "expired-token"]] {
        let piped = oauth_sim(args).output().expect("oauth-sim runs");
        assert_output_refused(&piped, &piped.stdout, "standard output is not a terminal");

        let stdout = std::fs::File::create(&file).expect("a file for stdout");
        let filed = oauth_sim(args)
            .stdout(stdout)
            .output()
            .expect("oauth-sim runs");
        let written = std::fs::read(&file).expect("the stdout file");
        assert_output_refused(&filed, &written, "standard output is not a terminal");
        assert!(written.is_empty(), "{args:?} wrote nothing to the file");
    }
}

#[test]
fn a_dumb_terminal_is_refused_in_one_line_with_exit_3() {
    let mut pty = Pty::open(80, 24);
    let tui = pty.start_tui_with(&["tui"], "dumb");
    let status = pty.wait_exit(tui).exit_code();
    pty.drain();
    // Standard output and standard error are both the terminal.
    let written = pty.bytes();
    let text = String::from_utf8_lossy(&written);
    let (stderr, _) = text.split_once(pty::DRAINED).expect("the marker");
    assert_refused(status, stderr, &written, "TERM=dumb");
}

#[test]
fn no_controlling_terminal_is_refused_in_one_line_with_exit_3() {
    let pty = Pty::open(80, 24);
    let mut command = oauth_sim(&[]);
    // Standard output is a terminal, but the process leads a new session that has
    // none, so there is no keyboard (`/dev/tty` does not open).
    command
        .stdin(Stdio::null())
        .stdout(pty.device())
        .stderr(Stdio::piped());
    // SAFETY: setsid(2) is async-signal-safe, as pre_exec requires.
    unsafe {
        command.pre_exec(|| {
            if libc::setsid() == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let output = command.output().expect("oauth-sim runs");
    pty.drain();
    assert_output_refused(
        &output,
        &pty.bytes(),
        "there is no controlling terminal to read keys from",
    );
}

#[test]
fn a_broken_file_without_a_terminal_is_reported_as_a_broken_file_with_exit_2() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/invalid/unknown-field.json"
    );
    let output = oauth_sim(&["tui", file]).output().expect("oauth-sim runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("unknown-field.json:3:10: sumary: unknown field `sumary`"),
        "{stderr}"
    );
    assert!(!stderr.contains("needs a terminal"), "{stderr}");
}

#[test]
fn a_person_edits_a_request_flips_a_defense_and_saves_the_what_if_as_a_test() {
    const DOWN: &[u8] = b"\x1b[B";
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("what-if-e2e");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let dir_arg = dir.to_str().expect("a UTF-8 temp path");
    let mut pty = Pty::open(160, 48);
    let tui = pty.start_tui(&["--dir", dir_arg]);
    pty.wait_for("step 1/12");
    for _ in 0..6 {
        pty.send(RIGHT);
    }
    pty.wait_for_all(&["step 7/12", "POST /token"]);

    pty.send(b"e");
    pty.wait_for("What if: edit the request");
    for _ in 0..4 {
        pty.send(DOWN);
    }
    pty.send(b"/x");
    pty.wait_for("redirect_uri=https://printer.example/callback/x");
    pty.send(b"\r");
    pty.wait_for("what if: step 7 redirect_uri changed");

    pty.send(b"x");
    pty.wait_for("What if: defenses");
    let row = oauth_sim::tui::app::defenses()
        .iter()
        .position(|d| d.path == "server.redirect_uri_matching")
        .unwrap_or_default();
    for _ in 0..row {
        pty.send(DOWN);
    }
    pty.send(b" ");
    pty.wait_for("prefix  was: exact");
    pty.send(&[ESC]);
    // Esc and a key sent together would read as Alt and that key: the panel closes
    // first.
    pty.wait_until("the defenses panel closed", |s| {
        !s.contents().contains("What if: defenses")
    });
    pty.wait_for("what if: server.redirect_uri_matching changed");

    pty.send(b"w");
    pty.wait_for("saved as a test: ");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(tui).exit_code(), 0);
    assert_given_back(&pty);

    let file = dir.join("standard-flow-what-if.json");
    let file = file.to_str().expect("a UTF-8 temp path");
    let output = oauth_sim(&["run", "--brief", file])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(report.contains("Result: passed"), "{report}");
    assert!(report.contains("400 invalid_grant"), "{report}");
}

/// `serve --tui` in a pty: the port it printed before taking the terminal.
fn served_port(pty: &Pty) -> u16 {
    let bytes = String::from_utf8_lossy(&pty.bytes()).into_owned();
    let at = bytes
        .find("\"authorization_server\":\"http://127.0.0.1:")
        .expect("serve printed its first line");
    let rest = &bytes[at + "\"authorization_server\":\"http://127.0.0.1:".len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().expect("a port")
}

/// The terminal is given back after `serve --tui` wherever its printed lines left the
/// cursor: the main screen, the cursor shown, no mouse reporting, cooked mode.
fn assert_served_view_given_back(pty: &Pty) {
    pty.wait_until(
        "the main screen, the cursor shown, no mouse reporting",
        |s| !s.alternate_screen() && !s.hide_cursor() && s.mouse_protocol_mode() == NO_MOUSE,
    );
    assert_modes(pty, &["icanon", "echo", "isig"]);
}

#[test]
fn serve_tui_draws_each_request_as_it_arrives_and_quits_to_a_working_shell() {
    use std::io::{Read as _, Write as _};
    let mut pty = Pty::open(120, 40);
    let tui = pty.start_tui(&["serve", "--tui", "--port", "0", "--clock", "simulated"]);
    pty.wait_for("Waiting for the first request");
    assert_taken(&pty);
    let port = served_port(&pty);
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("serve accepts");
    stream
        .write_all(
            b"GET /authorize?client_id=nobody HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        )
        .expect("the request is sent");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    pty.wait_for_all(&["step 1/1", "GET /authorize"]);
    pty.send(RIGHT);
    pty.send(b"q");
    assert_eq!(pty.wait_exit(tui).exit_code(), 0);
    assert_served_view_given_back(&pty);
}

#[test]
fn serve_tui_ends_on_sigterm_with_the_terminal_given_back_and_exit_143() {
    let mut pty = Pty::open(100, 30);
    let tui = pty.start_tui(&["serve", "--tui", "--port", "0"]);
    pty.wait_for("Waiting for the first request");
    assert_taken(&pty);
    send_signal(tui, libc::SIGTERM);
    let exit = pty.wait_exit(tui);
    assert_eq!(exit.signal(), None, "the UI exits by itself, not killed");
    assert_eq!(exit.exit_code(), 143);
    assert_served_view_given_back(&pty);
}
