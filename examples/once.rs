fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let input = std::fs::read(path).unwrap_or_default();
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    for _ in 0..n {
        std::hint::black_box(resplain::inspect(&input));
    }
}
