//! A pseudo-terminal that runs the real binary, as a terminal emulator would: the
//! program leads its own session with the pty as its controlling terminal
//! (portable-pty), and everything it writes is kept twice, as raw bytes and as the
//! screen a terminal would show (vt100). Every wait polls with a deadline; whatever
//! still runs is killed on drop, also when a test fails.

use std::fs::File;
use std::io::{ErrorKind, Read as _, Write};
use std::num::NonZeroU16;
use std::os::fd::{AsRawFd as _, BorrowedFd};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::{JoinHandle, sleep};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, SlavePty};

pub const BIN: &str = env!("CARGO_BIN_EXE_oauth-sim");
/// The longest any one wait may take, on a slow and busy machine.
const DEADLINE: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(20);
/// What [`Pty::drain`] writes after everything else.
pub const DRAINED: &str = "--drained--";

/// What the programs in the pty wrote.
struct Output {
    screen: vt100::Parser,
    bytes: Vec<u8>,
}

/// One pseudo-terminal of a given size, and the programs started in it.
pub struct Pty {
    /// The terminal's side, until it hangs up.
    master: Option<Master>,
    slave: Box<dyn SlavePty + Send>,
    /// The program's side, `/dev/pts/N`.
    device: PathBuf,
    output: Arc<Mutex<Output>>,
    children: Vec<Box<dyn Child + Send + Sync>>,
}

/// The terminal's side: every descriptor of it, so that closing them all hangs up.
struct Master {
    pty: Box<dyn MasterPty + Send>,
    keyboard: Box<dyn Write + Send>,
    reading: Arc<AtomicBool>,
    reader: JoinHandle<()>,
}

impl Pty {
    /// A `cols` × `rows` pty with nothing running in it yet.
    pub fn open(cols: u16, rows: u16) -> Self {
        let pair = portable_pty::native_pty_system()
            .openpty(size(cols, rows))
            .expect("a pseudo-terminal");
        let output = Arc::new(Mutex::new(Output {
            screen: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            bytes: Vec::new(),
        }));
        let fd = pair.master.as_raw_fd().expect("the pty's descriptor");
        // SAFETY: `fd` is open for as long as `pair.master`, which outlives this line.
        let master = unsafe { BorrowedFd::borrow_raw(fd) };
        let file = File::from(master.try_clone_to_owned().expect("the pty's reader"));
        let reading = Arc::new(AtomicBool::new(true));
        let reader = {
            let (output, reading) = (Arc::clone(&output), Arc::clone(&reading));
            std::thread::spawn(move || read_until_stopped(file, &output, &reading))
        };
        Self {
            device: pair.master.tty_name().expect("the pty's device name"),
            master: Some(Master {
                keyboard: pair.master.take_writer().expect("the pty's writer"),
                pty: pair.master,
                reading,
                reader,
            }),
            slave: pair.slave,
            output,
            children: Vec::new(),
        }
    }

    /// Starts `oauth-sim ARGS` with `TERM=xterm-256color` and returns its pid.
    pub fn start_tui(&mut self, args: &[&str]) -> u32 {
        self.start_tui_with(args, "xterm-256color")
    }

    /// Starts `oauth-sim ARGS` with this `TERM` and returns its pid.
    pub fn start_tui_with(&mut self, args: &[&str], term: &str) -> u32 {
        let mut command = CommandBuilder::new(BIN);
        command.args(args);
        command.env("TERM", term);
        self.start(command)
    }

    /// Starts `sh -c SCRIPT`, for a program after the TUI has exited.
    pub fn start_shell(&mut self, script: &str) -> u32 {
        let mut command = CommandBuilder::new("sh");
        command.args(["-c", script]);
        self.start(command)
    }

    fn start(&mut self, mut command: CommandBuilder) -> u32 {
        command.cwd(env!("CARGO_MANIFEST_DIR"));
        command.env("LANG", "C.UTF-8");
        command.env_remove("NO_COLOR");
        let child = self
            .slave
            .spawn_command(command)
            .expect("a program in the pty");
        let pid = child.process_id().expect("a pid");
        self.children.push(child);
        pid
    }

    /// Types `bytes` as a person would.
    pub fn send(&mut self, bytes: &[u8]) {
        let keyboard = &mut self.master().keyboard;
        keyboard.write_all(bytes).expect("typing");
        keyboard.flush().expect("typing");
    }

    /// Resizes the terminal, which sends `SIGWINCH` to the program in front.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.output().screen.set_size(nonzero(rows), nonzero(cols));
        self.master()
            .pty
            .resize(size(cols, rows))
            .expect("a resize");
    }

    /// Closes the terminal's side, as a terminal window closes: the kernel hangs up
    /// the pty and sends `SIGHUP` to the program that leads its session.
    pub fn hang_up(&mut self) {
        if let Some(master) = self.master.take() {
            master.reading.store(false, Ordering::Relaxed);
            master.reader.join().expect("the reader stops");
        }
    }

    fn master(&mut self) -> &mut Master {
        self.master.as_mut().expect("the terminal is still open")
    }

    /// The pty's device (`/dev/pts/N`), opened without making it anyone's
    /// controlling terminal.
    pub fn device(&self) -> File {
        File::options()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY)
            .open(&self.device)
            .expect("the pty's device")
    }

    /// Runs `stty ARGS` on the terminal, from outside its session, and returns what
    /// it prints: with `-a`, the line discipline's modes.
    pub fn stty(&self, args: &[&str]) -> String {
        let output = std::process::Command::new("stty")
            .arg("-F")
            .arg(&self.device)
            .args(args)
            .output()
            .expect("stty");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Writes `bytes` to the screen as another program on the terminal would.
    pub fn print(&self, bytes: &[u8]) {
        self.device().write_all(bytes).expect("printing");
    }

    /// Polls until the screen shows `text`, and returns the screen's text.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_for_all(&[text])
    }

    /// Polls until the screen shows every one of `texts` (a frame may arrive in
    /// pieces), and returns the screen's text.
    pub fn wait_for_all(&self, texts: &[&str]) -> String {
        self.wait_until(&format!("the screen shows {texts:?}"), |screen| {
            let contents = screen.contents();
            texts.iter().all(|text| contents.contains(text))
        });
        self.contents()
    }

    /// Polls until `holds` is true of the screen.
    pub fn wait_until(&self, what: &str, holds: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while !holds(self.output().screen.screen()) {
            let screen = self.screen();
            assert!(
                start.elapsed() < DEADLINE,
                "never true: {what}; alternate screen {}, cursor hidden {}, mouse {:?}; \
                 the screen shows:\n{}",
                screen.alternate_screen(),
                screen.hide_cursor(),
                screen.mouse_protocol_mode(),
                screen.contents()
            );
            sleep(POLL);
        }
    }

    /// The screen's text.
    pub fn contents(&self) -> String {
        self.output().screen.screen().contents()
    }

    /// A copy of the screen now.
    pub fn screen(&self) -> vt100::Screen {
        self.output().screen.screen().clone()
    }

    /// Everything written to the terminal so far. Call [`Pty::drain`] first to be sure
    /// that what a program wrote before it exited has been read.
    pub fn bytes(&self) -> Vec<u8> {
        self.output().bytes.clone()
    }

    /// Writes a line to the terminal's device after everything written so far, and
    /// waits until it has been read back: whatever came before it has been read too.
    pub fn drain(&self) {
        let marker = DRAINED.as_bytes();
        self.print(marker);
        let start = Instant::now();
        while !self
            .output()
            .bytes
            .windows(marker.len())
            .any(|w| w == marker)
        {
            assert!(
                start.elapsed() < DEADLINE,
                "the pty never echoed the marker"
            );
            sleep(POLL);
        }
    }

    /// Polls until the program started here as `pid` has exited.
    pub fn wait_exit(&mut self, pid: u32) -> ExitStatus {
        let start = Instant::now();
        loop {
            let child = self
                .children
                .iter_mut()
                .find(|child| child.process_id() == Some(pid))
                .expect("a program started here");
            if let Some(status) = child.try_wait().expect("a status") {
                return status;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "program {pid} never exited; the screen shows:\n{}",
                self.contents()
            );
            sleep(POLL);
        }
    }

    fn output(&self) -> MutexGuard<'_, Output> {
        self.output.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Feeds what the programs write to `output` until `reading` is cleared or no program
/// side is left, then closes `master`. Polls, so that it notices `reading` in time.
fn read_until_stopped(mut master: File, output: &Mutex<Output>, reading: &AtomicBool) {
    let mut buffer = [0; 4096];
    while reading.load(Ordering::Relaxed) {
        let mut ready = libc::pollfd {
            fd: master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, alive for the whole call.
        if unsafe { libc::poll(&raw mut ready, 1, 20) } <= 0 {
            continue;
        }
        match master.read(&mut buffer) {
            Ok(0) => return,
            Ok(n) => {
                let mut output = output.lock().unwrap_or_else(PoisonError::into_inner);
                output.screen.process(&buffer[..n]);
                output.bytes.extend_from_slice(&buffer[..n]);
            }
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        self.hang_up();
        for child in &mut self.children {
            if let Ok(None) = child.try_wait() {
                if let Some(pid) = child.process_id() {
                    send_signal(pid, libc::SIGKILL);
                }
                let _ = child.wait();
            }
        }
    }
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal at least one cell wide and high")
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

/// `kill -SIGNAL pid`.
pub fn send_signal(pid: u32, signal: i32) {
    let pid = libc::pid_t::try_from(pid).expect("a pid");
    // SAFETY: kill(2) only sends a signal; pid is a child this test started.
    let sent = unsafe { libc::kill(pid, signal) };
    assert_eq!(sent, 0, "kill -{signal} {pid}");
}

/// The process's state letter from `/proc/PID/stat` (`T` when stopped), or `None`
/// when it is gone.
pub fn process_state(pid: u32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // "pid (comm) state …": comm may hold spaces and parentheses, so look after the last.
    stat.rsplit_once(')')?.1.trim_start().chars().next()
}

/// Polls until the process is in `state`.
pub fn wait_for_state(pid: u32, state: char) {
    let start = Instant::now();
    while process_state(pid) != Some(state) {
        assert!(
            start.elapsed() < DEADLINE,
            "process {pid} never reached state {state}; it is in {:?}",
            process_state(pid)
        );
        sleep(POLL);
    }
}
