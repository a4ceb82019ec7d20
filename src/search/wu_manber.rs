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
//! Literals shorter than `SHORT` would make every jump short: they are left out of the table and
//! each searched for on its own by its first byte (still linear: there are few, and short).

// Natively (`crate::FAST`), the first bytes are compared before a literal, as the unrolled
// loop and `Scanner::firsts` (items compiled natively only) are used.
use crate::FAST;

/// Bytes hashed per step.
const BLOCK: usize = 4;
/// Literals shorter than this are searched on their own: in the table they would shrink the
/// window, and with it every jump, to a byte or two (a 4-byte code among 12-byte phrases made the
/// explanation's scan step one byte at a time).
const SHORT: usize = 6;
/// Bits of the shift table's index.
const HASH_BITS: u32 = 15;
/// Bits of the candidates' table's index: fewer than the shift table's (a table of 32 K runs
/// cost more to clear and add up at first use than a few scans of a page), enough for a few
/// hundred literals to share a run seldom.
const BUCKET_BITS: u32 = 12;
/// The largest jump: also a mask, which tells the compiler where four jumps can reach.
const MAX_SHIFT: usize = 7;
/// Bytes four jumps read from.
#[cfg(not(target_arch = "wasm32"))]
const CHUNK: usize = 3 * MAX_SHIFT + BLOCK;
/// Bits of the index of `Scanner::firsts`.
#[cfg(not(target_arch = "wasm32"))]
const FIRST_BITS: u32 = 16;
/// Haystacks from this size are scanned as four parts in turn (see `Scanner::scan`).
const LANES_FROM: usize = 64 * 1024;

pub(crate) struct Scanner {
    /// Ids of the literals shorter than `SHORT`, searched one by one.
    short: Vec<usize>,
    /// Length of the shortest of the other literals: the window (0 when there are none).
    window: usize,
    /// How far the window may move when its last `BLOCK` bytes' key has these top bits (an
    /// array of the index's size, so the lookup needs no bounds check).
    shift: Box<[u8; 1 << HASH_BITS]>,
    /// The literals, grouped by their key's top `BUCKET_BITS` bits, literal order kept within a
    /// group.
    ends: Vec<Candidate>,
    /// Where each group's run starts in `ends` (one more entry than groups): a lookup, not a
    /// search, where the window cannot jump.
    bucket: Box<[u16; (1 << BUCKET_BITS) + 1]>,
    /// A bit per top `FIRST_BITS` of the key of a table literal's first block (natively):
    /// where the window cannot jump, most windows' first block rules every candidate out before
    /// they are looked up.
    #[cfg(not(target_arch = "wasm32"))]
    firsts: Vec<u64>,
}

/// A literal where the window cannot jump: one comparison of the key and one of the first
/// bytes pass only the literals that can start there, whatever else shares the group.
#[derive(Clone, Copy, Default)]
struct Candidate {
    /// Key of the block ending the literal's first window bytes.
    key: u32,
    id: usize,
    /// The literal's first 8 bytes, little-endian, masked to its length.
    head: u64,
    mask: u64,
}

/// The literals found, each once: a bit per literal, and the hits in the order found (a few,
/// where a slot per literal would be hundreds to clear and read).
pub(crate) struct Found {
    /// Natively grown to the words hits need: most haystacks (a head's reason phrase) have none,
    /// and allocate nothing.
    seen: Vec<u64>,
    /// `(literal id, where its first occurrence starts)`.
    pub(crate) hits: Vec<(usize, usize)>,
}

impl Found {
    fn new(literals: usize) -> Found {
        Found {
            seen: if FAST {
                Vec::new()
            } else {
                vec![0; literals.div_ceil(64)]
            },
            hits: Vec::new(),
        }
    }

    pub(crate) fn has(&self, id: usize) -> bool {
        self.seen
            .get(id / 64)
            .is_some_and(|word| word & (1 << (id % 64)) != 0)
    }

    /// Keeps `start` for `id` unless `id` was found before.
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    fn add(&mut self, id: usize, start: usize) {
        if FAST && self.seen.len() <= id / 64 {
            self.seen.resize(id / 64 + 1, 0);
        }
        if let Some(word) = self.seen.get_mut(id / 64) {
            if *word & (1 << (id % 64)) == 0 {
                *word |= 1 << (id % 64);
                self.hits.push((id, start));
            }
        }
    }

    /// Where literal `id` first starts, when found.
    pub(crate) fn start(&self, id: usize) -> Option<usize> {
        // Natively, the bit answers most calls without reading the hits.
        if FAST && !self.has(id) {
            return None;
        }
        self.hits.iter().find(|h| h.0 == id).map(|h| h.1)
    }
}

/// A block's key: multiplied by an odd number, so distinct blocks keep distinct keys and the
/// top bits mix every byte. Tables index by the top bits.
fn key(block: u32) -> u32 {
    block.wrapping_mul(0x9E37_79B1)
}

/// The shift table's index of a key.
fn shift_index(key: u32) -> usize {
    (key >> (32 - HASH_BITS)) as usize
}

/// `Scanner::firsts`' bit of a key.
#[cfg(not(target_arch = "wasm32"))]
fn first_index(key: u32) -> usize {
    (key >> (32 - FIRST_BITS)) as usize
}

/// The candidates' group of a key: its top bits.
fn group_of(key: u32) -> usize {
    (key >> (32 - BUCKET_BITS)) as usize
}

fn block_at(bytes: &[u8], at: usize) -> Option<u32> {
    let block: [u8; BLOCK] = bytes.get(at..at + BLOCK)?.try_into().ok()?;
    Some(u32::from_le_bytes(block))
}

/// The first 8 bytes from `at`, zeros past the end (a literal that reads them cannot be there
/// anyway).
fn head_at(bytes: &[u8], at: usize) -> u64 {
    let rest = bytes.get(at..).unwrap_or_default();
    if let Some(word) = rest.first_chunk::<8>() {
        return u64::from_le_bytes(*word);
    }
    let mut word = [0; 8];
    for (w, b) in word.iter_mut().zip(rest) {
        *w = *b;
    }
    u64::from_le_bytes(word)
}

impl Scanner {
    pub(crate) fn new(literals: &[&str]) -> Scanner {
        let mut short = Vec::new();
        let mut shortest = None;
        for (id, literal) in literals.iter().enumerate() {
            // An empty literal is at the start of every haystack: not searched, never reported
            // (the one caller with one, the generic page shape, knows where it is).
            if literal.is_empty() {
                continue;
            }
            if literal.len() < SHORT {
                short.push(id);
            } else if shortest.map_or(true, |s| literal.len() < s) {
                shortest = Some(literal.len());
            }
        }
        let window = shortest.unwrap_or(0);
        let max_shift = (window.saturating_sub(BLOCK) + 1).min(MAX_SHIFT);
        let mut shift = Box::new([u8::try_from(max_shift).unwrap_or(u8::MAX); 1 << HASH_BITS]);
        // Each literal's candidate, in literal order.
        let mut candidates = Vec::new();
        for (id, literal) in literals.iter().enumerate() {
            let bytes = literal.as_bytes();
            if bytes.len() < SHORT {
                continue;
            }
            // `end` is where a block ends within the literal's first `window` bytes.
            for end in BLOCK..=window {
                let Some(k) = block_at(bytes, end - BLOCK).map(key) else {
                    continue;
                };
                let distance = window - end;
                if let Some(slot) = shift.get_mut(shift_index(k)) {
                    if let Ok(distance) = u8::try_from(distance) {
                        *slot = (*slot).min(distance);
                    }
                }
                if distance == 0 {
                    // No first bytes compared in the wasm module (its size): a mask of none.
                    let mask = match FAST {
                        true => u64::MAX >> (8 * 8usize.saturating_sub(bytes.len())),
                        false => 0,
                    };
                    candidates.push(Candidate {
                        key: k,
                        id,
                        head: if FAST { head_at(bytes, 0) & mask } else { 0 },
                        mask,
                    });
                }
            }
        }
        // Grouped with a counting sort (literal order kept within a group): `bucket[g]` counts,
        // then ends, then (filled from the back) starts group `g`'s run.
        let mut bucket = Box::new([0u16; (1 << BUCKET_BITS) + 1]);
        for c in &candidates {
            if let Some(count) = bucket.get_mut(group_of(c.key)) {
                *count += 1;
            }
        }
        let mut total = 0;
        for slot in bucket.iter_mut() {
            total += *slot;
            *slot = total;
        }
        let mut ends = vec![Candidate::default(); candidates.len()];
        for &c in candidates.iter().rev() {
            if let Some(end) = bucket.get_mut(group_of(c.key)) {
                *end -= 1;
                if let Some(place) = ends.get_mut(usize::from(*end)) {
                    *place = c;
                }
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let mut firsts = vec![0u64; 1 << (FIRST_BITS - 6)];
        #[cfg(not(target_arch = "wasm32"))]
        for c in &candidates {
            let first = literals.get(c.id).and_then(|l| block_at(l.as_bytes(), 0));
            let f = first_index(key(first.unwrap_or(0)));
            if let Some(word) = firsts.get_mut(f / 64) {
                *word |= 1 << (f % 64);
            }
        }
        Scanner {
            #[cfg(not(target_arch = "wasm32"))]
            firsts,
            short,
            window,
            shift,
            ends,
            bucket,
        }
    }

    /// For each literal (by id), `(start, end)` of its first occurrence in `haystack`.
    #[cfg(test)]
    pub(crate) fn first_occurrences(
        &self,
        literals: &[&str],
        haystack: &[u8],
    ) -> Vec<Option<(usize, usize)>> {
        let mut found = vec![None; literals.len()];
        for &(id, start) in &self.find(literals, haystack).hits {
            if let (Some(slot), Some(literal)) = (found.get_mut(id), literals.get(id)) {
                *slot = Some((start, start + literal.len()));
            }
        }
        found
    }

    /// The literals that occur in `haystack`, each with where it first starts.
    pub(crate) fn find(&self, literals: &[&str], haystack: &[u8]) -> Found {
        let mut found = Found::new(literals.len());
        // An empty haystack holds none (empty literals are not searched): a head's empty body.
        if haystack.is_empty() {
            return found;
        }
        for &id in &self.short {
            if let Some(literal) = literals.get(id) {
                // Fewer than SHORT bytes: a first-byte search beats building a searcher each time.
                if let Some(start) = super::find_short_bytes(haystack, literal.as_bytes()) {
                    found.add(id, start);
                }
            }
        }
        if self.window >= BLOCK {
            self.scan(literals, haystack, &mut found);
        }
        found
    }

    fn scan(&self, literals: &[&str], haystack: &[u8], found: &mut Found) {
        // Each step waits on the previous one's table lookup. On a large body, scans of its four
        // quarters take their steps in turn: independent chains run in little more than the
        // time of one. A literal's first occurrence is the earliest quarter's that has one (a
        // match starting in one quarter may run into the next).
        if haystack.len() < LANES_FROM {
            // The unrolled loop natively; the wasm module keeps one loop, for its size.
            #[cfg(not(target_arch = "wasm32"))]
            self.scan_one(literals, haystack, found);
            #[cfg(target_arch = "wasm32")]
            {
                let mut pos = 0;
                while self.step(literals, haystack, &mut pos, haystack.len(), found) {}
            }
            return;
        }
        let quarter = haystack.len() / 4;
        let (q1, q2, q3) = (quarter, 2 * quarter, 3 * quarter);
        // Three calls, not `[(); 3].map`: an array's `map` is an instance of its own.
        let n = literals.len();
        let mut later = [Found::new(n), Found::new(n), Found::new(n)];
        let [second, third, fourth] = &mut later;
        let mut pos = [0, q1, q2, q3];
        let [p1, p2, p3, p4] = &mut pos;
        loop {
            // `|`, not `||`: every lane takes its step.
            let more = self.step(literals, haystack, p1, q1, found)
                | self.step(literals, haystack, p2, q2, second)
                | self.step(literals, haystack, p3, q3, third)
                | self.step(literals, haystack, p4, haystack.len(), fourth);
            if !more {
                break;
            }
        }
        for lane in later {
            for (id, start) in lane.hits {
                found.add(id, start);
            }
        }
    }

    /// The whole haystack as one lane. Steps are taken four at a time without testing their
    /// jumps: a zero jump stalls the window where it is, so the last jump is zero when any was,
    /// and one test every four steps finds where the candidates are to be checked.
    #[cfg(not(target_arch = "wasm32"))]
    fn scan_one(&self, literals: &[&str], haystack: &[u8], found: &mut Found) {
        // `at` is where the window's last block starts.
        let off = self.window - BLOCK;
        let mut at = off;
        let jump = |k: u32| usize::from(self.shift.get(shift_index(k)).copied().unwrap_or(1));
        loop {
            // Four jumps (each at most `MAX_SHIFT`, which the masks tell the compiler) read
            // within one chunk: no bounds check per step.
            while let Some(chunk) = haystack.get(at..).and_then(|c| c.first_chunk::<CHUNK>()) {
                let key_at = |o: usize| key(block_at(chunk, o).unwrap_or(0));
                let o1 = jump(key_at(0)) & MAX_SHIFT;
                let o2 = o1 + (jump(key_at(o1)) & MAX_SHIFT);
                let o3 = o2 + (jump(key_at(o2)) & MAX_SHIFT);
                let k = key_at(o3);
                let last = jump(k) & MAX_SHIFT;
                at += o3 + last;
                if last == 0 {
                    if self.may_start(haystack, at - off) {
                        self.check(literals, haystack, at - off, k, found);
                    }
                    at += 1;
                }
            }
            let Some(k) = block_at(haystack, at).map(key) else {
                return;
            };
            match jump(k) {
                0 => {
                    if self.may_start(haystack, at - off) {
                        self.check(literals, haystack, at - off, k, found);
                    }
                    at += 1;
                }
                j => at += j,
            }
        }
    }

    /// Whether a table literal can start at `pos`, by its first block.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    fn may_start(&self, haystack: &[u8], pos: usize) -> bool {
        let f = first_index(key(block_at(haystack, pos).unwrap_or(0)));
        self.firsts
            .get(f / 64)
            .is_some_and(|w| w & 1 << (f % 64) != 0)
    }

    /// The literals that can start at `pos`, where the window's last block has key `k`,
    /// compared there.
    #[inline(always)]
    fn check(&self, literals: &[&str], haystack: &[u8], pos: usize, k: u32, found: &mut Found) {
        let run = |i: usize| usize::from(self.bucket.get(i).copied().unwrap_or(0));
        let group = group_of(k);
        let head = if FAST { head_at(haystack, pos) } else { 0 };
        for c in self
            .ends
            .get(run(group)..run(group + 1))
            .unwrap_or_default()
        {
            if c.key != k || head & c.mask != c.head {
                continue;
            }
            let id = c.id;
            let Some(literal) = literals.get(id).filter(|_| !found.has(id)) else {
                continue;
            };
            if haystack
                .get(pos..)
                .unwrap_or_default()
                .starts_with(literal.as_bytes())
            {
                found.add(id, pos);
            }
        }
    }

    /// One step of the window starting at `pos` (below `end`): a jump, or the candidates
    /// checked and one byte. False when the window has reached `end` or the haystack's end.
    // Inlined into the scan loop natively; the wasm module keeps one copy.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn step(
        &self,
        literals: &[&str],
        haystack: &[u8],
        pos: &mut usize,
        end: usize,
        found: &mut Found,
    ) -> bool {
        // `pos` is where the window starts; its last block starts `window - BLOCK` later.
        let Some(k) = block_at(haystack, *pos + self.window - BLOCK)
            .filter(|_| *pos < end)
            .map(key)
        else {
            return false;
        };
        let jump = self.shift.get(shift_index(k)).copied().unwrap_or(1);
        if jump > 0 {
            *pos += usize::from(jump);
            return true;
        }
        self.check(literals, haystack, *pos, k, found);
        *pos += 1;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(literals: &[&str], haystack: &[u8]) -> Vec<Option<(usize, usize)>> {
        literals
            .iter()
            .map(|l| crate::search::memmem::find(haystack, l.as_bytes()).map(|s| (s, s + l.len())))
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

    /// A large haystack is scanned in four parts: literals across the parts' borders, in one
    /// part only, and in several parts (the earliest wins) are found as a single search finds them.
    #[test]
    fn large_haystacks_scanned_in_parts_agree() {
        let literals = [
            "404 page not found",
            "Powered by Tengine",
            "nginx</center>",
            "center>nginx",
            "only in the last part",
        ];
        let scanner = Scanner::new(&literals);
        for len in [LANES_FROM, LANES_FROM + 3, 300_001] {
            let quarter = len / 4;
            let mut haystack = vec![b'x'; len];
            let mut put = |at: usize, text: &str| {
                let end = (at + text.len()).min(len);
                haystack[at..end].copy_from_slice(&text.as_bytes()[..end - at]);
            };
            put(quarter - 5, "404 page not found");
            put(2 * quarter - 1, "<center>nginx</center>");
            put(3 * quarter + 10, "Powered by Tengine");
            put(3 * quarter - 30, "Powered by Tengine");
            put(len - 25, "only in the last part");
            put(len - 10, "center>nginx");
            assert_eq!(
                scanner.first_occurrences(&literals, &haystack),
                reference(&literals, &haystack),
                "{len}"
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
