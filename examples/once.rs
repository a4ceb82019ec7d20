//! Inspects one file N times: a steady process for profilers (`perf record`, `valgrind
//! --tool=callgrind`, `--tool=massif`), which criterion's harness would blur.
//!
//! `cargo run --release --example once -- FILE [N]`

fn main() {
    let mut args = std::env::args().skip(1);
    let input = std::fs::read(args.next().unwrap_or_default()).unwrap_or_default();
    let times: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    for _ in 0..times {
        std::hint::black_box(resplain::inspect(&input));
    }
}
