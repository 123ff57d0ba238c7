//! Running `oauth-sim serve` for a test: the real binary on a free port, its first
//! line read for the base URLs, the rest of its output kept as it comes.

#![allow(dead_code, reason = "each test file uses part of these helpers")]

use std::io::{BufRead as _, BufReader, Read as _};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

/// How long anything may take on a slow, busy machine before a test gives up.
pub const DEADLINE: Duration = Duration::from_secs(120);

/// A client's loopback redirect URI: any port is allowed for it (RFC 8252 §7.3).
pub const REDIRECT_URI: &str = "http://127.0.0.1/callback";

/// A scenario whose client has fixed credentials and a loopback redirect URI.
pub fn scenario(extra: &str) -> String {
    format!(
        r#"{{"title": "serve test",
            "client": {{"client_id": "printer", "client_secret": "s3cret",
                        "redirect_uris": ["{REDIRECT_URI}"]}}{extra}}}"#
    )
}

/// A running `oauth-sim serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// The first line: base URLs and credentials.
    pub started: Value,
    lines: Arc<Mutex<Vec<String>>>,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `serve` on the scenario text given, on a free port, with `args`.
    pub fn start(scenario: &str, args: &[&str]) -> Self {
        static FILES: AtomicUsize = AtomicUsize::new(0);
        let file = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
            "serve-{}-{}.json",
            std::process::id(),
            FILES.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::write(&file, scenario).expect("the scenario file is written");
        let mut child = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
            .arg("serve")
            .arg(&file)
            .args(["--port", "0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("oauth-sim serve starts");
        let stdout = child.stdout.take().expect("stdout is piped");
        let mut stderr_pipe = child.stderr.take().expect("stderr is piped");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let stderr = Arc::new(Mutex::new(String::new()));
        let (first, first_read) = mpsc::channel();
        {
            let lines = Arc::clone(&lines);
            thread::spawn(move || {
                let mut reader = BufReader::new(stdout).lines();
                if let Some(Ok(line)) = reader.next() {
                    let _ = first.send(line);
                }
                for line in reader.map_while(Result::ok) {
                    lines.lock().expect("lines lock").push(line);
                }
            });
        }
        {
            let stderr = Arc::clone(&stderr);
            thread::spawn(move || {
                let mut buffer = [0u8; 4096];
                while let Ok(n @ 1..) = stderr_pipe.read(&mut buffer) {
                    let text = String::from_utf8_lossy(&buffer[..n]).into_owned();
                    stderr.lock().expect("stderr lock").push_str(&text);
                }
            });
        }
        let line = first_read
            .recv_timeout(DEADLINE)
            .expect("serve prints its first line");
        let started = serde_json::from_str(&line).expect("the first line is JSON");
        Self {
            child,
            started,
            lines,
            stderr,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base(&self) -> String {
        self.field("authorization_server")
    }

    /// `127.0.0.1:PORT`, for a raw TCP connection.
    pub fn address(&self) -> String {
        self.base().trim_start_matches("http://").to_owned()
    }

    pub fn field(&self, name: &str) -> String {
        self.started[name].as_str().unwrap_or_default().to_owned()
    }

    /// The exchange lines printed so far, once there are at least `count`.
    pub fn lines(&self, count: usize) -> Vec<Value> {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let lines = self.lines.lock().expect("lines lock").clone();
            if lines.len() >= count || Instant::now() > deadline {
                return lines
                    .iter()
                    .map(|l| serde_json::from_str(l).expect("each line is JSON"))
                    .collect();
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether standard error says `text`, waiting for it until the deadline.
    pub fn stderr_with(&self, text: &str) -> bool {
        let deadline = Instant::now() + DEADLINE;
        while Instant::now() < deadline {
            if self.stderr().contains(text) {
                return true;
            }
            thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// What it wrote on standard error so far.
    pub fn stderr(&self) -> String {
        self.stderr.lock().expect("stderr lock").clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP client that shows every answer as it is: no redirect followed, no
/// status taken for an error.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(DEADLINE))
        .build()
        .into()
}

/// The `oauth2` crate's HTTP client over `agent`.
pub fn oauth_http(
    agent: &ureq::Agent,
) -> impl Fn(oauth2::HttpRequest) -> Result<oauth2::HttpResponse, ureq::Error> + '_ {
    move |request| {
        let response = agent.run(request)?;
        let (parts, mut body) = response.into_parts();
        let bytes = body.read_to_vec()?;
        Ok(oauth2::http::Response::from_parts(parts, bytes))
    }
}

/// The value of one query parameter of a URL.
pub fn query_value(url: &str, name: &str) -> Option<String> {
    let url = url::Url::parse(url).ok()?;
    url.query_pairs()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.into_owned())
}
