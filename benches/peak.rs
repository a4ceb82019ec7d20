//! Peak memory of one `inspect` per large case, as a report (it prints a table and never fails).
//!
//! Each case runs in a child process of this binary, which reads the input, calls `inspect` once
//! and prints its peak resident size (`VmHWM` in `/proc/self/status`, so Linux only). The table
//! sets the peak against a child that inspects an empty input (the process itself, the constant)
//! and against the input's size: the budget is a peak of at most twice the input (the input
//! itself included) plus that constant.
//!
//! `cargo bench --bench peak`
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

mod inputs;

use std::process::Command;

const CHILD: &str = "RESPLAIN_PEAK_CHILD";

fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    if let Some(path) = std::env::var_os(CHILD) {
        let input = std::fs::read(path).unwrap_or_default();
        let report = resplain::inspect(&input);
        std::hint::black_box(&report);
        println!("{}", peak_kb().unwrap_or(0));
        return;
    }
    let dir = std::env::temp_dir().join("resplain-peak");
    std::fs::create_dir_all(&dir).unwrap();
    let exe = std::env::current_exe().unwrap();
    let peak_of = |input: &[u8]| -> u64 {
        let path = dir.join("input.http");
        std::fs::write(&path, input).unwrap();
        let out = Command::new(&exe).env(CHILD, &path).output().unwrap();
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .unwrap_or(0)
    };
    let baseline = peak_of(b"");
    println!("Peak resident memory of one `inspect` (the process alone: {baseline} KB)\n");
    println!("| input | size | peak | (peak − process) / size |");
    println!("|---|---:|---:|---:|");
    for case in inputs::LARGE {
        let input = (case.make)(case.base);
        let size_kb = input.len() as f64 / 1024.0;
        let peak = peak_of(&input);
        let ratio = peak.saturating_sub(baseline) as f64 / size_kb;
        println!(
            "| {} | {:.2} MB | {:.1} MB | {ratio:.1}× |",
            case.name,
            size_kb / 1024.0,
            peak as f64 / 1024.0
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
