//! Substring search over bytes, with memchr's `memmem` API. Natively it is memchr's `memmem`
//! (SIMD prefilters make it the fast one); in the wasm module, built without SIMD, memchr's
//! `memmem` is a larger Two-Way searcher with fallbacks (about 3 KB brotli more, measured), and
//! the search is [`two_way`] here. Both find the leftmost occurrence, and `find_iter` the
//! non-overlapping ones in order; the tests hold the two to the naive search and to each other.

#[cfg(not(target_arch = "wasm32"))]
pub(crate) use native::{find, find_iter, Finder};
#[cfg(target_arch = "wasm32")]
pub(crate) use two_way::{find, find_iter, Finder};

/// memchr's `memmem`, the one place the crate calls it (clippy.toml's `disallowed-methods`).
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_methods)]
mod native {
    use memchr::memmem;

    pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
        memmem::find(haystack, needle)
    }

    pub(crate) fn find_iter<'h, 'n>(
        haystack: &'h [u8],
        needle: &'n [u8],
    ) -> memmem::FindIter<'h, 'n> {
        memmem::find_iter(haystack, needle)
    }

    /// A needle prepared once, searched for in many haystacks.
    pub(crate) struct Finder<'n>(memmem::Finder<'n>);

    impl<'n> Finder<'n> {
        pub(crate) fn new<B: ?Sized + AsRef<[u8]>>(needle: &'n B) -> Finder<'n> {
            Finder(memmem::Finder::new(needle))
        }

        pub(crate) fn find(&self, haystack: &[u8]) -> Option<usize> {
            self.0.find(haystack)
        }
    }
}

/// The Two-Way algorithm (Crochemore and Perrin, "Two-way string matching", JACM 1991), as the
/// standard library's `str::find` runs it, with `memchr` for the needle's rarest byte whenever
/// the search has nothing to remember. Linear in the haystack and the needle, whatever their
/// contents.
#[cfg(any(target_arch = "wasm32", test))]
mod two_way {
    /// The first occurrence of `needle` in `haystack`.
    pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
        Finder::new(needle).find(haystack)
    }

    /// Every occurrence of `needle` that does not overlap the one before it, in order.
    pub(crate) fn find_iter<'h, 'n>(
        haystack: &'h [u8],
        needle: &'n [u8],
    ) -> impl Iterator<Item = usize> + use<'h, 'n> {
        Finder::new(needle).into_iter(haystack)
    }

    /// A needle prepared once, searched for in many haystacks.
    #[derive(Debug, Clone)]
    pub(crate) struct Finder<'n> {
        needle: &'n [u8],
        /// The critical factorisation: `needle[..split]` and `needle[split..]`.
        split: usize,
        /// The needle's period, when its left part repeats in it (the search then remembers how
        /// much of the needle the last shift kept matched); `None` for a long period, where a
        /// shift by more than half the needle makes remembering useless.
        period: Option<usize>,
        /// The shift after a mismatch in the left part.
        shift: usize,
        /// The needle's rarest byte (by [`COMMON`]) and where it is: what `memchr` looks for.
        rare: (u8, usize),
    }

    /// Bytes from the most to the less common in the text the crate searches (HTTP heads, markup,
    /// English): a needle is looked for by its byte latest in this list, or by one not in it.
    const COMMON: &[u8] = b" etaoinsrhldcum\n<>/\"=-:.,pfgwybv\r_k;TSCEAx";

    impl<'n> Finder<'n> {
        pub(crate) fn new<B: ?Sized + AsRef<[u8]>>(needle: &'n B) -> Finder<'n> {
            let needle = needle.as_ref();
            let (split, period) = {
                let less = maximal_suffix(needle, false);
                let greater = maximal_suffix(needle, true);
                if less.0 > greater.0 {
                    less
                } else {
                    greater
                }
            };
            // Whether the left part is a suffix of the right part's first period.
            let periodic = needle.get(..split) == needle.get(period..period + split);
            let long_shift = split.max(needle.len() - split) + 1;
            let rank = |b: u8| COMMON.iter().position(|&c| c == b).unwrap_or(COMMON.len());
            let rare = needle
                .iter()
                .enumerate()
                .max_by_key(|&(_, &b)| rank(b))
                .map_or((0, 0), |(i, &b)| (b, i));
            Finder {
                needle,
                rare,
                split,
                period: periodic.then_some(period),
                shift: if periodic { period } else { long_shift },
            }
        }

        pub(crate) fn find(&self, haystack: &[u8]) -> Option<usize> {
            let needle = self.needle;
            if needle.is_empty() {
                return Some(0);
            }
            let (rare, rare_at) = self.rare;
            let last = haystack.len().checked_sub(needle.len())?;
            let mut at = 0;
            // How much of the needle's start is known to match at `at` (periodic needles only).
            let mut memory = 0;
            'search: while at <= last {
                if memory == 0 {
                    // Nothing remembered: a match has the needle's rare byte in its place.
                    at += memchr::memchr(rare, haystack.get(at + rare_at..=last + rare_at)?)?;
                }
                let window = haystack.get(at..)?;
                // The right part, left to right, from where memory leaves off.
                for i in self.split.max(memory)..needle.len() {
                    if needle.get(i) != window.get(i) {
                        at += i - self.split + 1;
                        memory = 0;
                        continue 'search;
                    }
                }
                // The left part, right to left, down to what memory already matched.
                for i in (memory..self.split).rev() {
                    if needle.get(i) != window.get(i) {
                        at += self.shift;
                        memory = self.period.map_or(0, |p| needle.len() - p);
                        continue 'search;
                    }
                }
                return Some(at);
            }
            None
        }

        fn into_iter<'h>(self, haystack: &'h [u8]) -> impl Iterator<Item = usize> + use<'h, 'n> {
            let mut from = 0;
            std::iter::from_fn(move || {
                let at = from + self.find(haystack.get(from..)?)?;
                from = at + self.needle.len().max(1);
                Some(at)
            })
        }
    }

    /// The maximal suffix of `needle` in the order given (`greater`: bytes compare reversed) and its
    /// period: the critical factorisation is the later of the two orders' suffixes.
    fn maximal_suffix(needle: &[u8], greater: bool) -> (usize, usize) {
        let (mut left, mut right, mut offset, mut period) = (0, 1, 0, 1);
        while let Some(&a) = needle.get(right + offset) {
            let b = needle.get(left + offset).copied().unwrap_or_default();
            if (a < b && !greater) || (a > b && greater) {
                // The suffix is smaller: the period is the whole prefix so far.
                right += offset + 1;
                offset = 0;
                period = right - left;
            } else if a == b {
                // Through a repetition of the current period.
                if offset + 1 == period {
                    right += offset + 1;
                    offset = 0;
                } else {
                    offset += 1;
                }
            } else {
                // The suffix is larger: start over from here.
                left = right;
                right += 1;
                offset = 0;
                period = 1;
            }
        }
        (left, period)
    }
}

#[cfg(test)]
mod tests {
    use super::two_way;

    /// The naive search, for comparison.
    fn naive(haystack: &[u8], needle: &[u8]) -> Option<usize> {
        (0..=haystack.len().checked_sub(needle.len())?)
            .find(|&at| haystack.get(at..at + needle.len()) == Some(needle))
    }

    #[test]
    fn finds_what_the_naive_search_finds() {
        let haystacks: &[&[u8]] = &[
            b"",
            b"a",
            b"aaaaaaaaab",
            b"abababababc",
            b"HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\n<center>nginx</center>",
            b"abcabcabdabcabcabcabd",
            b"xxaabaabaaabaabaab",
            "é://a ( b ) c ( d :// e".as_bytes(),
        ];
        let needles: &[&[u8]] = &[
            b"",
            b"a",
            b"b",
            b"aa",
            b"ab",
            b"aab",
            b"abab",
            b"ababc",
            b"abcabd",
            b"aabaab",
            b"baabaab",
            b"nginx",
            b"\r\n\r\n",
            b"://",
            b"zz",
            b"aaaaaaaaab",
            b"aaaaaaaaaab",
        ];
        for haystack in haystacks {
            for needle in needles {
                let expected = naive(haystack, needle);
                assert_eq!(
                    two_way::find(haystack, needle),
                    expected,
                    "{needle:?} in {haystack:?}"
                );
                assert_eq!(super::find(haystack, needle), expected);
            }
        }
    }

    /// Every needle over a two-letter alphabet up to length 6 in every haystack up to 10: the
    /// periodic and the long-period cases, with and without what memory carries.
    #[test]
    fn exhaustive_over_a_small_alphabet() {
        let words = |len: usize| {
            (0..1u32 << len).map(move |bits| {
                (0..len)
                    .map(|i| if bits >> i & 1 == 1 { b'b' } else { b'a' })
                    .collect::<Vec<u8>>()
            })
        };
        for needle_len in 1..=6 {
            for needle in words(needle_len) {
                let finder = two_way::Finder::new(&needle);
                for haystack_len in [needle_len, needle_len + 3, 10] {
                    for haystack in words(haystack_len) {
                        assert_eq!(finder.find(&haystack), naive(&haystack, &needle));
                    }
                }
            }
        }
    }

    #[test]
    fn iterates_without_overlaps() {
        for (haystack, needle) in [
            (&b"aaaaa"[..], &b"aa"[..]),
            (b"xabyabab", b"ab"),
            (b"abc", b""),
        ] {
            let all: Vec<usize> = two_way::find_iter(haystack, needle).collect();
            let memchr: Vec<usize> = super::find_iter(haystack, needle).collect();
            assert_eq!(all, memchr);
        }
        assert_eq!(
            two_way::find_iter(b"aaaaa", b"aa").collect::<Vec<_>>(),
            [0, 2]
        );
    }
}
