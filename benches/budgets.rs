//! Native medians for the inputs of benches/budget-inputs.json, printed as JSON
//! (`{"typical-page": µs, …}`) for scripts/budgets.mjs, which sets them beside the wasm timings.
//! A plain harness: the budget table needs medians of single calls, not criterion's estimates.
#![allow(clippy::disallowed_methods)]

use std::path::Path;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let specs: Vec<serde_json::Value> = serde_json::from_slice(
        &std::fs::read(root.join("benches/budget-inputs.json")).unwrap_or_default(),
    )
    .unwrap_or_default();
    let mut medians = serde_json::Map::new();
    for spec in &specs {
        let file = spec["file"].as_str().unwrap_or_default();
        let mut input = std::fs::read(root.join(file)).unwrap_or_default();
        if let Some(target) = spec["repeat_body_to"].as_u64() {
            input = repeat_body(&input, usize::try_from(target).unwrap_or(usize::MAX));
        }
        let runs = usize::try_from(spec["runs"].as_u64().unwrap_or(100)).unwrap_or(100);
        for _ in 0..runs.min(50) {
            std::hint::black_box(resplain::inspect(&input));
        }
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(resplain::inspect(std::hint::black_box(&input)));
                start.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied().unwrap_or_default();
        if let Some(name) = spec["name"].as_str() {
            medians.insert(name.to_owned(), median.into());
        }
    }
    println!("{}", serde_json::Value::Object(medians));
}

/// The page's body repeated to `target` bytes, without its Content-Length (as budgets.mjs does).
fn repeat_body(page: &[u8], target: usize) -> Vec<u8> {
    let text = String::from_utf8_lossy(page);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let head: Vec<&str> = head
        .split("\r\n")
        .filter(|l| !l.to_ascii_lowercase().starts_with("content-length:"))
        .collect();
    let copies = target.div_ceil(body.len().max(1));
    format!("{}\r\n\r\n{}", head.join("\r\n"), body.repeat(copies)).into_bytes()
}
