//! How long the headless core takes: long scenarios (at most 250 ms for 100,000
//! steps, and cost linear in steps: 10,000 steps at most 11 times 1,000), run as
//! `oauth-sim run` runs them (each step's record made and let go) and as the TUI
//! does (the whole transcript kept); and one step with 100,000 `with` parameters,
//! loaded from its 1 MiB of text and run (at most 200 ms).

use std::hint::black_box;
use std::sync::Arc;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use oauth_sim::scenario;
use oauth_sim::sim::{self, Action, Run, Step, Words, World};

/// The allocator the binary uses (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The lesson's opening, then cycles of `wait`, `call_api`, `refresh` up to `total`
/// steps: every access token expires and is replaced, so state keeps growing.
fn long_scenario(total: usize) -> Vec<Step> {
    use Action::{Authorize, CallApi, Callback, Consent, Login, Refresh, Register, Token};
    let mut steps: Vec<Step> = [Register, Authorize, Login, Consent, Callback, Token]
        .into_iter()
        .map(Step::new)
        .collect();
    let cycle = [Step::wait(3601), Step::new(CallApi), Step::new(Refresh)];
    steps.extend(
        cycle
            .into_iter()
            .cycle()
            .take(total.saturating_sub(steps.len())),
    );
    steps
}

fn headless(c: &mut Criterion) {
    let world = World::default();
    let start = "2026-01-01T09:00:00Z".parse().expect("a valid time");
    let (title, summary) = (Words::english("bench"), Words::default());
    let mut group = c.benchmark_group("headless");
    for total in [1_000, 10_000, 100_000] {
        let steps = long_scenario(total);
        // A loaded scenario's steps, shared with the records as `oauth-sim run` shares
        // them: cloning the list clones pointers, not steps.
        let shared: Vec<Arc<Step>> = steps.iter().cloned().map(Arc::new).collect();
        group.throughput(Throughput::Elements(total as u64));
        group.bench_with_input(BenchmarkId::new("run", total), &shared, |b, shared| {
            b.iter(|| {
                let run = Run::new(&title, &summary, &world, shared.clone(), 1, start);
                run.map(|record| black_box(record).index).sum::<usize>()
            });
        });
        group.bench_with_input(BenchmarkId::new("transcript", total), &steps, |b, steps| {
            b.iter(|| black_box(sim::run(&title, &summary, &world, steps, 1, start)));
        });
    }
    group.finish();
}

/// A scenario file whose `authorize` step sends 100,000 extra parameters with
/// three-character names: just under 1 MiB, the most a file may hold.
fn wide_scenario() -> String {
    let alphabet: Vec<char> = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
    let name = |i: usize| {
        let n = alphabet.len();
        let [a, b, c] = [i / (n * n), i / n % n, i % n].map(|d| alphabet[d]);
        format!(r#""{a}{b}{c}":"""#)
    };
    let with: Vec<String> = (0..100_000).map(name).collect();
    format!(
        r#"{{"title":"Wide","steps":[{{"do":"register"}},{{"do":"authorize","with":{{{}}}}}]}}"#,
        with.join(",")
    )
}

fn wide(c: &mut Criterion) {
    let text = wide_scenario();
    assert!(
        text.len() as u64 <= scenario::MAX_FILE_SIZE,
        "{} bytes",
        text.len()
    );
    c.bench_function("with/load and run, 100,000 parameters", |b| {
        b.iter(|| {
            let loaded = scenario::parse("wide.json", text.as_bytes());
            black_box(loaded.map(|s| s.run(None)))
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = headless, wide
}
criterion_main!(benches);
