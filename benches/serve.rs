//! `oauth-sim serve` under load: 200 flows at once from one machine, each on its own
//! thread and connection, each authorize → token → API → refresh. Every flow checks
//! what it got (its own `state` back, its own code redeemed with its own PKCE
//! verifier, Alice's photos, a new token from the refresh), so a failed flow or state
//! mixed up between flows panics the benchmark. After criterion's samples it prints
//! each request's latency (p50, p99) and the server's peak resident memory (`VmHWM`),
//! which the README reports.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Barrier, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use oauth2::{PkceCodeChallenge, PkceCodeVerifier};
use serde_json::Value;

/// Flows run at once.
const FLOWS: usize = 200;

/// The served scenario: a client with fixed credentials and a loopback redirect.
const SCENARIO: &str = r#"{"title": "load",
  "client": {"client_id": "printer", "client_secret": "s3cret",
             "redirect_uris": ["http://127.0.0.1/callback"]}}"#;

/// The running server, killed when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let file = std::env::temp_dir().join(format!("oauth-sim-bench-{}.json", std::process::id()));
    std::fs::write(&file, SCENARIO).expect("the scenario is written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .arg("serve")
        .arg(&file)
        .args(["--port", "0", "--auto-approve", "--clock", "simulated"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut lines = BufReader::new(stdout).lines();
    let first: Value = lines
        .next()
        .and_then(Result::ok)
        .and_then(|line| serde_json::from_str(&line).ok())
        .expect("serve prints its first line");
    // The exchange lines are read and dropped, so the pipe never fills.
    thread::spawn(move || for _ in lines.map_while(Result::ok) {});
    let base = first["authorization_server"]
        .as_str()
        .expect("a base URL")
        .to_owned();
    Server { child, base }
}

/// One flow; returns each request's latency. Panics when anything is not as it
/// must be.
fn flow(base: &str, n: usize) -> Vec<Duration> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(300)))
        .build()
        .into();
    let mut took = Vec::with_capacity(4);
    let mut timed = |request: &mut dyn FnMut() -> ureq::http::Response<ureq::Body>| {
        let started = Instant::now();
        let mut response = request();
        took.push(started.elapsed());
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response.body_mut().read_to_string().unwrap_or_default();
        (status, location, body)
    };
    let verifier = format!("flow-{n:05}-{}", "v".repeat(40));
    let challenge =
        PkceCodeChallenge::from_code_verifier_sha256(&PkceCodeVerifier::new(verifier.clone()));
    let state = format!("state-{n}");
    let url = format!(
        "{base}/authorize?response_type=code&client_id=printer&state={state}\
         &code_challenge={}&code_challenge_method=S256",
        challenge.as_str()
    );
    let (status, location, _) = timed(&mut || agent.get(&url).call().expect("authorize"));
    assert_eq!(status, 302, "flow {n}: authorize");
    let location = location.expect("a redirect");
    let query = |name: &str| {
        url::Url::parse(&location).ok().and_then(|u| {
            u.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        })
    };
    assert_eq!(
        query("state").as_deref(),
        Some(state.as_str()),
        "flow {n}: its own state"
    );
    let code = query("code").expect("a code");
    let form = format!("grant_type=authorization_code&code={code}&code_verifier={verifier}");
    let token = |form: &str| {
        agent
            .post(&format!("{base}/token"))
            .header("Authorization", "Basic cHJpbnRlcjpzM2NyZXQ=")
            .content_type("application/x-www-form-urlencoded")
            .send(form)
            .expect("token")
    };
    let (status, _, body) = timed(&mut || token(&form));
    assert_eq!(status, 200, "flow {n}: token {body}");
    let tokens: Value = serde_json::from_str(&body).expect("JSON tokens");
    let access = tokens["access_token"].as_str().expect("an access token");
    let api = format!("{base}/api/photos");
    let (status, _, body) = timed(&mut || {
        agent
            .get(&api)
            .header("Authorization", &format!("Bearer {access}"))
            .call()
            .expect("api")
    });
    assert_eq!(status, 200, "flow {n}: API");
    assert!(body.contains("\"owner\": \"alice\""), "flow {n}: {body}");
    let refresh = tokens["refresh_token"].as_str().expect("a refresh token");
    let form = format!("grant_type=refresh_token&refresh_token={refresh}");
    let (status, _, body) = timed(&mut || token(&form));
    assert_eq!(status, 200, "flow {n}: refresh {body}");
    let refreshed: Value = serde_json::from_str(&body).expect("JSON tokens");
    assert_ne!(
        refreshed["access_token"], tokens["access_token"],
        "flow {n}"
    );
    took
}

/// All flows at once, released together; every request's latency.
fn flows(base: &str) -> Vec<Duration> {
    let gate = Arc::new(Barrier::new(FLOWS));
    let handles: Vec<_> = (0..FLOWS)
        .map(|n| {
            let (base, gate) = (base.to_owned(), Arc::clone(&gate));
            thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || {
                    gate.wait();
                    flow(&base, n)
                })
                .expect("a thread")
        })
        .collect();
    handles
        .into_iter()
        .flat_map(|h| h.join().expect("no flow failed"))
        .collect()
}

/// The server's peak resident memory, from Linux's `/proc`.
fn peak_rss(server: &Server) -> String {
    std::fs::read_to_string(format!("/proc/{}/status", server.child.id()))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_owned())
        })
        .unwrap_or_else(|| "n/a (no /proc)".to_owned())
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    let at = (sorted.len() * p / 100).min(sorted.len().saturating_sub(1));
    sorted.get(at).copied().unwrap_or_default()
}

fn serve(c: &mut Criterion) {
    let server = start();
    let all = Mutex::new(Vec::new());
    let mut group = c.benchmark_group("serve");
    group.sample_size(10);
    group.bench_function("200 concurrent flows", |b| {
        b.iter(|| {
            let took = flows(&server.base);
            all.lock().expect("latencies").extend(took);
        });
    });
    group.finish();
    let mut all = all.into_inner().expect("latencies");
    all.sort();
    eprintln!(
        "serve: {} requests in {} flows of 4; latency p50 {:.1?}, p99 {:.1?}; server peak RSS {}",
        all.len(),
        all.len() / 4,
        percentile(&all, 50),
        percentile(&all, 99),
        peak_rss(&server)
    );
}

criterion_group!(benches, serve);
criterion_main!(benches);
