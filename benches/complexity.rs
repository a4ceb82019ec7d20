//! Complexity report: for each large case, `inspect` at the size and at twice that size,
//! and the ratio of the median times (linear ⇒ about 2.0; the target is 2.0 ± 30%, i.e. 1.4–2.6).
//! A report, not a test: it prints a table and never fails.
//!
//! `cargo bench --bench complexity` prints the table. With `RESPLAIN_WRITE_INPUTS=<dir>` it writes
//! every generated input to `<dir>/<case>.http` instead (for `/usr/bin/time -f %M resplain <file>`).
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

mod inputs;

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Median of repeated runs; at least 5 runs and about `budget` of time in all.
fn median_time(input: &[u8], budget: Duration) -> Duration {
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < 5 || (started.elapsed() < budget && times.len() < 200) {
        let t = Instant::now();
        black_box(resplain::inspect(black_box(input)));
        times.push(t.elapsed());
    }
    times.sort_unstable();
    times[times.len() / 2]
}

fn main() {
    // `cargo bench` passes `--bench`; any other filter argument selects cases by name.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    if let Some(dir) = std::env::var_os("RESPLAIN_WRITE_INPUTS") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        for case in inputs::LARGE {
            let path = dir.join(format!("{}.http", case.name));
            std::fs::write(&path, (case.make)(case.base)).unwrap();
            println!("wrote {}", path.display());
        }
        return;
    }
    println!("| case | size | median | size ×2 | median | ratio |");
    println!("|---|---:|---:|---:|---:|---:|");
    for case in inputs::LARGE {
        if filter.as_deref().is_some_and(|f| !case.name.contains(f)) {
            continue;
        }
        let small = (case.make)(case.base);
        let large = (case.make)(case.base * 2);
        // Warm up (the automaton is built on first use).
        black_box(resplain::inspect(&small));
        let budget = Duration::from_secs(3);
        let t1 = median_time(&small, budget);
        let t2 = median_time(&large, budget);
        let ratio = t2.as_secs_f64() / t1.as_secs_f64();
        let verdict = if (1.4..=2.6).contains(&ratio) {
            "linear"
        } else {
            "OUT OF RANGE"
        };
        println!(
            "| {} | {:.2} MB | {:.3} ms | {:.2} MB | {:.3} ms | {ratio:.2} ({verdict}) |",
            case.name,
            small.len() as f64 / 1e6,
            t1.as_secs_f64() * 1e3,
            large.len() as f64 / 1e6,
            t2.as_secs_f64() * 1e3,
        );
    }
}
