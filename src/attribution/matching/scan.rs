//! The first occurrence of every body literal, in one pass over the body.
//!
//! A Wu–Manber scan: a window as long as the shortest literal slides over the body, and a table
//! indexed by a hash of the window's last `BLOCK` bytes says how far it can safely jump (no literal
//! has those bytes closer to the end of its first `min_len` bytes). Only where the table allows no
//! jump are the literals ending their first `min_len` bytes with that block compared. Every
//! position a literal can start at is either skipped safely or checked, so every occurrence is
//! found (overlapping ones included) and each literal's first (leftmost) one is kept — the same
//! answer as an overlapping Aho-Corasick search, at several times its speed on ordinary bodies
//! (the jump is usually the whole window). Linear: the window moves by at least one byte per step
//! and each check is bounded by the number of literals sharing a hash.
//!
//! Literals shorter than `BLOCK` would make every jump zero: they are left out of the table and
//! each searched for on its own with `memmem` (still linear: there are few of them).

use memchr::memmem;

/// Bytes hashed per step.
const BLOCK: usize = 4;
/// Bits of the shift table's index.
const HASH_BITS: u32 = 15;

pub struct Scanner {
    /// Ids of the literals shorter than `BLOCK`, searched one by one.
    short: Vec<usize>,
    /// Length of the shortest of the other literals: the window (0 when there are none).
    window: usize,
    /// How far the window may move when its last `BLOCK` bytes hash to the index (an array of
    /// the hash's size, so the lookup needs no bounds check).
    shift: Box<[u8; 1 << HASH_BITS]>,
    /// `(hash of the block ending the literal's first window bytes, literal id, the literal's
    /// first `BLOCK` bytes)`, sorted by hash.
    ends: Vec<(u32, usize, u32)>,
    /// Where each hash's run starts in `ends` (one more entry than hashes): a lookup, not a
    /// search, where the window cannot jump.
    bucket: Box<[u16]>,
}

fn hash(block: u32) -> u32 {
    block.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)
}

fn block_at(bytes: &[u8], at: usize) -> Option<u32> {
    let block: [u8; BLOCK] = bytes.get(at..at + BLOCK)?.try_into().ok()?;
    Some(u32::from_le_bytes(block))
}

impl Scanner {
    pub fn new(literals: &[&str]) -> Scanner {
        let is_short = |l: &&str| l.len() < BLOCK;
        let short = (0..literals.len())
            .filter(|&id| literals.get(id).is_some_and(is_short))
            .collect();
        let window = literals
            .iter()
            .filter(|l| !is_short(l))
            .map(|l| l.len())
            .min()
            .unwrap_or(0);
        // The largest jump is capped so that it fits the table's bytes.
        let max_shift = (window.saturating_sub(BLOCK) + 1).min(usize::from(u8::MAX));
        let mut shift = Box::new([max_shift as u8; 1 << HASH_BITS]);
        let mut ends = Vec::new();
        for (id, literal) in literals.iter().enumerate().filter(|(_, l)| !is_short(l)) {
            let bytes = literal.as_bytes();
            // `end` is where a block ends within the literal's first `window` bytes.
            for end in BLOCK..=window {
                let Some(h) = block_at(bytes, end - BLOCK).map(hash) else {
                    continue;
                };
                let distance = window - end;
                if let Some(slot) = shift.get_mut(h as usize) {
                    if distance < usize::from(*slot) {
                        *slot = distance as u8;
                    }
                }
                if distance == 0 {
                    ends.push((h, id, block_at(bytes, 0).unwrap_or(0)));
                }
            }
        }
        crate::sort::by_key(&mut ends, |&(h, id, _)| (u64::from(h) << 32) | id as u64);
        let mut bucket = vec![0u16; (1 << HASH_BITS) + 1].into_boxed_slice();
        for &(h, _, _) in &ends {
            if let Some(count) = bucket.get_mut(h as usize + 1) {
                *count += 1;
            }
        }
        for i in 1..bucket.len() {
            let before = bucket.get(i - 1).copied().unwrap_or(0);
            if let Some(slot) = bucket.get_mut(i) {
                *slot += before;
            }
        }
        Scanner {
            short,
            window,
            shift,
            ends,
            bucket,
        }
    }

    /// For each literal (by id), `(start, end)` of its first occurrence in `haystack`.
    pub fn first_occurrences(
        &self,
        literals: &[&str],
        haystack: &[u8],
    ) -> Vec<Option<(usize, usize)>> {
        let mut found = vec![None; literals.len()];
        for &id in &self.short {
            if let (Some(slot), Some(literal)) = (found.get_mut(id), literals.get(id)) {
                *slot = memmem::find(haystack, literal.as_bytes()).map(|s| (s, s + literal.len()));
            }
        }
        if self.window >= BLOCK {
            self.scan(literals, haystack, &mut found);
        }
        found
    }

    fn scan(&self, literals: &[&str], haystack: &[u8], found: &mut [Option<(usize, usize)>]) {
        let tail = self.window - BLOCK;
        // `pos` is where the window starts; its last block starts at `pos + tail`.
        let mut pos = 0;
        while let Some(block) = block_at(haystack, pos + tail) {
            let h = hash(block);
            let jump = self.shift.get(h as usize).copied().unwrap_or(1);
            if jump > 0 {
                pos += usize::from(jump);
                continue;
            }
            let run = |i: usize| usize::from(self.bucket.get(i).copied().unwrap_or(0));
            let candidates = self.ends.get(run(h as usize)..run(h as usize + 1));
            let start = block_at(haystack, pos).unwrap_or(0);
            for &(_, id, first) in candidates.unwrap_or_default() {
                if first != start {
                    continue;
                }
                let (Some(slot @ None), Some(literal)) = (found.get_mut(id), literals.get(id))
                else {
                    continue;
                };
                let rest = haystack.get(pos..).unwrap_or_default();
                if rest.starts_with(literal.as_bytes()) {
                    *slot = Some((pos, pos + literal.len()));
                }
            }
            pos += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(literals: &[&str], haystack: &[u8]) -> Vec<Option<(usize, usize)>> {
        literals
            .iter()
            .map(|l| memchr::memmem::find(haystack, l.as_bytes()).map(|s| (s, s + l.len())))
            .collect()
    }

    #[test]
    fn finds_first_occurrences_overlapping_included() {
        let literals = [
            "404 page not found",
            "404 page not found\n",
            "Powered by Tengine",
            "<hr/>Powered by Tengine",
            "nginx</center>",
            "center>nginx",
        ];
        let scanner = Scanner::new(&literals);
        let haystack = b"x <hr/>Powered by Tengine <center>nginx</center> 404 page not found\n\
            404 page not found\n <hr/>Powered by Tengine";
        assert_eq!(
            scanner.first_occurrences(&literals, haystack),
            reference(&literals, haystack)
        );
        for cut in 0..haystack.len() {
            let part = haystack.get(..cut).unwrap_or_default();
            assert_eq!(
                scanner.first_occurrences(&literals, part),
                reference(&literals, part)
            );
        }
    }

    #[test]
    fn short_literals_are_searched_on_their_own() {
        let literals = ["ab", "abcd", "x", "bcdab"];
        let scanner = Scanner::new(&literals);
        for haystack in [&b"xxabcdab"[..], b"", b"ab", b"bcdabcd", b"qqqq"] {
            assert_eq!(
                scanner.first_occurrences(&literals, haystack),
                reference(&literals, haystack)
            );
        }
        let only_short = ["ab", "c"];
        assert_eq!(
            Scanner::new(&only_short).first_occurrences(&only_short, b"cab"),
            vec![Some((1, 3)), Some((0, 1))]
        );
    }
}
