//! Prints every citation as a JSON array (index = citation number), for the wasm packages'
//! `citations.json` (scripts/build-wasm.sh): `cargo run -q -p resplain-tables --example citations`.

fn main() {
    let packed = resplain_tables::pack();
    let mut out = String::from("[");
    for (i, c) in packed.citations.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        for ch in c.chars() {
            match ch {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
                c => out.push(c),
            }
        }
        out.push('"');
    }
    out.push_str("]\n");
    print!("{out}");
}
