//! How long the headless core takes to run long scenarios: the target is at most
//! 100 ms for 10,000 steps, with cost linear in steps (compare the two sizes).

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use oauth_sim::sim::{self, Action, Step, Words, World};

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
    let (title, summary) = (Words::new("bench", None), Words::default());
    let mut group = c.benchmark_group("headless");
    for total in [1_000, 10_000] {
        let steps = long_scenario(total);
        group.throughput(Throughput::Elements(total as u64));
        group.bench_with_input(BenchmarkId::new("run", total), &steps, |b, steps| {
            b.iter(|| black_box(sim::run(&title, &summary, &world, steps, 1, start)));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = headless
}
criterion_main!(benches);
