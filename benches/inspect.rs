//! `inspect` benchmarks (criterion): typical error pages, heads side by side with `httparse`,
//! large bodies (MB/s) and pathological pastes. After criterion's own output, a summary table is
//! printed from the medians criterion saved (`target/criterion/*/new/estimates.json`).
//!
//! `cargo bench --bench inspect` runs everything; `cargo bench --bench inspect -- heads` runs one
//! group (criterion's filter). The machine these numbers come from is shared and noisy, which is why
//! the summary uses medians.
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

mod inputs;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};

/// A typical error page: the "≤ 4 KB error page".
const TYPICAL_MAX: usize = 4096;

/// Named typical pages, benchmarked one by one (ids of fixtures).
const NAMED: &[&str] = &[
    "nginx-502-default",
    "haproxy-503-default",
    "aws-alb-502-2018-bgcolor",
    "aspnet-core-404-problem",
    "envoy-503-upstream-connect-error-sidecar",
];

fn typical(c: &mut Criterion) {
    let fixtures = inputs::fixtures();
    let mut group = c.benchmark_group("typical");
    group.measurement_time(Duration::from_secs(4));
    for fixture in fixtures.iter().filter(|f| NAMED.contains(&f.id.as_str())) {
        group.throughput(Throughput::Bytes(fixture.bytes.len() as u64));
        group.bench_function(&fixture.id, |b| {
            b.iter(|| resplain::inspect(black_box(&fixture.bytes)))
        });
    }
    // Every fixture of at most 4 KB, one after the other: time per page is the median / count.
    let small: Vec<&[u8]> = fixtures
        .iter()
        .map(|f| f.bytes.as_slice())
        .filter(|b| b.len() <= TYPICAL_MAX)
        .collect();
    group.throughput(Throughput::Elements(small.len() as u64));
    group.bench_function(BenchmarkId::new("all_fixtures_le_4k", small.len()), |b| {
        b.iter(|| {
            for page in &small {
                black_box(resplain::inspect(black_box(page)));
            }
        })
    });
    group.finish();
}

/// The heads of the fixtures that `httparse` accepts, parsed by both.
fn heads(c: &mut Criterion) {
    let fixtures = inputs::fixtures();
    let heads: Vec<&[u8]> = fixtures
        .iter()
        .filter_map(|f| inputs::head_of(&f.bytes))
        .filter(|h| httparse_len(h).is_some())
        .collect();
    let bytes: usize = heads.iter().map(|h| h.len()).sum();
    let mut group = c.benchmark_group("heads");
    group.measurement_time(Duration::from_secs(4));
    group.throughput(Throughput::Bytes(bytes as u64));
    let id = heads.len();
    group.bench_function(BenchmarkId::new("inspect", id), |b| {
        b.iter(|| {
            for head in &heads {
                black_box(resplain::inspect(black_box(head)));
            }
        })
    });
    group.bench_function(BenchmarkId::new("httparse", id), |b| {
        b.iter(|| {
            for head in &heads {
                black_box(httparse_len(black_box(head)));
            }
        })
    });
    // resplain's own HTTP reader alone (status line, headers, framing), without the other stages.
    group.bench_function(BenchmarkId::new("http_stage", id), |b| {
        b.iter(|| {
            for head in &heads {
                black_box(read_head(black_box(head)));
            }
        })
    });
    // The 10,000-header head and the 1 MB header line, by both.
    for (name, paste) in [
        ("headers_10000", inputs::many_headers(10_000)),
        ("header_line_1mb", inputs::long_header(1 << 20)),
    ] {
        group.throughput(Throughput::Bytes(paste.len() as u64));
        group.bench_function(BenchmarkId::new("inspect", name), |b| {
            b.iter(|| resplain::inspect(black_box(&paste)))
        });
        // Room for every header, allocated once (httparse itself never allocates).
        let mut headers = vec![httparse::EMPTY_HEADER; 10_100];
        assert!(httparse_with(&paste, &mut headers).is_some());
        group.bench_function(BenchmarkId::new("httparse", name), |b| {
            b.iter(|| httparse_with(black_box(&paste), &mut headers))
        });
        group.bench_function(BenchmarkId::new("http_stage", name), |b| {
            b.iter(|| read_head(black_box(&paste)))
        });
    }
    group.finish();
}

/// resplain's HTTP stage on one response: the headers it read.
fn read_head(head: &[u8]) -> usize {
    let mut endings = resplain::internals::EndingCount::default();
    let mut diags = resplain::internals::Diagnostics::default();
    let (response, _) =
        resplain::internals::read_response(head, 0, 0, true, &mut endings, &mut diags);
    response.headers.len()
}

/// Parses a response head with httparse (room for 64 headers, on the stack); the head's length
/// when it is complete and valid.
fn httparse_len(head: &[u8]) -> Option<usize> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    httparse_with(head, &mut headers)
}

fn httparse_with<'h>(head: &'h [u8], headers: &mut [httparse::Header<'h>]) -> Option<usize> {
    let mut response = httparse::Response::new(headers);
    match response.parse(head) {
        Ok(httparse::Status::Complete(n)) => Some(n),
        _ => None,
    }
}

fn large(c: &mut Criterion) {
    let mut group = c.benchmark_group("large");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    for case in inputs::LARGE {
        let paste = (case.make)(case.base);
        group.throughput(Throughput::Bytes(paste.len() as u64));
        group.bench_function(case.name, |b| {
            b.iter(|| resplain::inspect(black_box(&paste)))
        });
    }
    group.finish();
}

/// The median (ns) criterion saved for `group/id`.
fn median_ns(group: &str, id: &str) -> Option<f64> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let path = target
        .join("criterion")
        .join(group)
        .join(id)
        .join("new/estimates.json");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn summary() {
    let fixtures = inputs::fixtures();
    let small = fixtures
        .iter()
        .filter(|f| f.bytes.len() <= TYPICAL_MAX)
        .count();
    println!("\n## Summary (criterion medians)\n");
    println!("| what | median | per unit |");
    println!("|---|---:|---:|");
    for name in NAMED {
        if let Some(ns) = median_ns("typical", name) {
            println!("| typical/{name} | {:.2} µs | |", ns / 1e3);
        }
    }
    if let Some(ns) = median_ns("typical", &format!("all_fixtures_le_4k/{small}")) {
        println!(
            "| typical/all {small} fixtures ≤ 4 KB | {:.1} µs | {:.2} µs per page |",
            ns / 1e3,
            ns / 1e3 / small as f64
        );
    }
    // Per page: each fixture of at most 4 KB timed on its own (median of 301 runs), then the
    // median and 90th percentile over the pages.
    let mut per_page: Vec<f64> = fixtures
        .iter()
        .filter(|f| f.bytes.len() <= TYPICAL_MAX)
        .map(|f| {
            let mut runs: Vec<f64> = (0..301)
                .map(|_| {
                    let t = std::time::Instant::now();
                    black_box(resplain::inspect(black_box(&f.bytes)));
                    t.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            runs.sort_by(f64::total_cmp);
            runs[runs.len() / 2]
        })
        .collect();
    per_page.sort_by(f64::total_cmp);
    if !per_page.is_empty() {
        println!(
            "| typical: median over {} pages ≤ 4 KB (each page's median) | {:.2} µs | p90 {:.2} µs, max {:.2} µs |",
            per_page.len(),
            per_page[per_page.len() / 2],
            per_page[per_page.len() * 9 / 10],
            per_page[per_page.len() - 1]
        );
    }
    let heads = fixtures
        .iter()
        .filter_map(|f| inputs::head_of(&f.bytes))
        .filter(|h| httparse_len(h).is_some())
        .count();
    for id in [
        heads.to_string(),
        "headers_10000".into(),
        "header_line_1mb".into(),
    ] {
        let (Some(ours), Some(theirs)) = (
            median_ns("heads", &format!("inspect/{id}")),
            median_ns("heads", &format!("httparse/{id}")),
        ) else {
            continue;
        };
        println!(
            "| heads/{id}: inspect vs httparse | {:.1} µs vs {:.1} µs | ratio {:.1}× |",
            ours / 1e3,
            theirs / 1e3,
            ours / theirs
        );
        if let Some(stage) = median_ns("heads", &format!("http_stage/{id}")) {
            println!(
                "| heads/{id}: HTTP stage alone vs httparse | {:.1} µs vs {:.1} µs | ratio {:.1}× |",
                stage / 1e3,
                theirs / 1e3,
                stage / theirs
            );
        }
    }
    for case in inputs::LARGE {
        if let Some(ns) = median_ns("large", case.name) {
            let bytes = (case.make)(case.base).len() as f64;
            println!(
                "| large/{} ({:.2} MB) | {:.3} ms | {:.0} MB/s |",
                case.name,
                bytes / 1e6,
                ns / 1e6,
                bytes / ns * 1e3
            );
        }
    }
}

criterion::criterion_group!(benches, typical, heads, large);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    summary();
}
