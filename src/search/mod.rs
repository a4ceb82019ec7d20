//! Every substring search of the crate: over bytes by Two-Way (`memmem`, with memchr's API),
//! on `&str` through it (here), and many literals at once over a body by Wu–Manber
//! (`wu_manber`), which attribution and the explanation's body reading share.
//!
//! The standard library's `str::find`, `contains`, `split` and `replace` with a `&str` pattern
//! bring their own Two-Way searcher into the wasm module, and memchr's `memmem` a larger one; the
//! crate searches here instead (clippy.toml's `disallowed-methods` keeps it so).
//!
//! A match of valid UTF-8 in valid UTF-8 starts and ends on character boundaries, so the slices
//! taken around one never fail.

pub(crate) mod ids;
pub(crate) mod memmem;
pub(crate) mod wu_manber;

pub(crate) fn find(haystack: &str, needle: &str) -> Option<usize> {
    memmem::find(haystack.as_bytes(), needle.as_bytes())
}

/// The first match of a short needle from the crate's own tables (a tag, a label): `memchr` for
/// the needle's first byte, then a comparison there. `memmem::find` builds a searcher per call,
/// which costs more than this on a page of markup. Linear for a needle of bounded length, so
/// not for needles taken from the input.
pub(crate) fn find_short(haystack: &str, needle: &str) -> Option<usize> {
    find_short_bytes(haystack.as_bytes(), needle.as_bytes())
}

/// [`find_short`] over bytes (the Wu–Manber scanner's literals too short for its table).
pub(crate) fn find_short_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    memchr::memchr_iter(first, hay).find(|&at| hay.get(at..at + needle.len()) == Some(needle))
}

/// Haystacks up to this size are searched by the needle's first byte (see [`find_sized`]).
const SMALL: usize = 4 * 1024;

/// The first match of `needle`: in a small haystack by its first byte ([`find_short_bytes`]),
/// where building a searcher costs more than the search (the work stays bounded whatever the
/// needle: the haystack is small); in a larger one by a searcher.
pub(crate) fn find_sized(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if haystack.len() <= SMALL {
        find_short_bytes(haystack, needle)
    } else {
        memmem::find(haystack, needle)
    }
}

/// The last match, found forwards (a reverse searcher would add code to the module);
/// each search starts one byte after the previous match, so overlapping matches count.
pub(crate) fn rfind(haystack: &str, needle: &str) -> Option<usize> {
    let finder = memmem::Finder::new(needle.as_bytes());
    let bytes = haystack.as_bytes();
    let mut last = None;
    let mut from = 0;
    while let Some(at) = bytes.get(from..).and_then(|rest| finder.find(rest)) {
        last = Some(from + at);
        from += at + 1;
    }
    last
}

pub(crate) fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// The text before the first `separator` (all of it when there is none).
pub(crate) fn before<'a>(text: &'a str, separator: &str) -> &'a str {
    find(text, separator)
        .and_then(|at| text.get(..at))
        .unwrap_or(text)
}

pub(crate) fn split_once<'a>(text: &'a str, separator: &str) -> Option<(&'a str, &'a str)> {
    let at = find(text, separator)?;
    Some((text.get(..at)?, text.get(at + separator.len()..)?))
}

/// Every `from` replaced by `to`.
pub(crate) fn replace(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for at in memmem::find_iter(text.as_bytes(), from.as_bytes()) {
        out.push_str(text.get(last..at).unwrap_or_default());
        out.push_str(to);
        last = at + from.len();
    }
    out.push_str(text.get(last..).unwrap_or_default());
    out
}

/// `text` with each CR and LF as a space: `text.replace(['\r', '\n'], " ")` without the
/// standard library's generic `replace` and its char-array searcher. An ASCII byte for an ASCII
/// byte keeps the text UTF-8.
pub(crate) fn line_breaks_to_spaces(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for b in &mut bytes {
        if matches!(*b, b'\r' | b'\n') {
            *b = b' ';
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// `parts` with `sep` between them. Instead of `[T]::join`, whose two instances (over `String`
/// and `&str`, 1 KB of wasm each) copy through a precomputed length: a loop per caller is smaller.
pub(crate) fn join<'a>(parts: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out
}

/// `haystack.to_ascii_lowercase()` contains `lower_needle` (already lowercase), without allocating.
/// Natively the needle's first byte is looked for alone and the rest compared only there, where
/// the wasm module compares a window at each place (the same answer).
pub(crate) fn contains_ignore_ascii_case(haystack: &[u8], lower_needle: &[u8]) -> bool {
    if !crate::FAST {
        return windows_contain(haystack, lower_needle);
    }
    let Some((&first, rest)) = lower_needle.split_first() else {
        return true;
    };
    // A letter matches its other case too: the one other byte that is it with 0x20.
    let (case, first) = match first.is_ascii_alphabetic() {
        true => (0x20, first | 0x20),
        false => (0, first),
    };
    let Some(starts) = haystack.len().checked_sub(rest.len()) else {
        return false;
    };
    haystack.iter().take(starts).enumerate().any(|(i, &b)| {
        b | case == first
            && haystack
                .get(i + 1..i + lower_needle.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(rest))
    })
}

/// `contains_ignore_ascii_case`, a window compared at each place.
fn windows_contain(haystack: &[u8], lower_needle: &[u8]) -> bool {
    lower_needle.is_empty()
        || haystack
            .windows(lower_needle.len())
            .any(|w| w.eq_ignore_ascii_case(lower_needle))
}

/// The first `byte` (an ASCII delimiter) in `haystack`, by memchr.
pub(crate) fn byte(haystack: &str, byte: u8) -> Option<usize> {
    memchr::memchr(byte, haystack.as_bytes())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with the standard library
mod tests {
    use super::*;

    /// The first-byte search agrees with the window compared at each place.
    #[test]
    fn case_blind_search_agrees_with_windows() {
        let texts = [
            "",
            "a",
            "Via",
            "@[`{AZaz",
            "Caf\u{e9}-\u{c9}T\u{e9}",
            "cloudflare, 1.1 CloudFront (CloudFront)",
        ];
        for text in texts {
            for needle in ["", "c", "cloudfront", "1.1 c", "@", "\u{e9}-", "zz", "az"] {
                assert_eq!(
                    contains_ignore_ascii_case(text.as_bytes(), needle.as_bytes()),
                    windows_contain(text.as_bytes(), needle.as_bytes()),
                    "{text:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn as_the_standard_library() {
        let text = "é://a ( b ) c ( d :// e";
        for needle in ["://", "( ", "é", "zz", " "] {
            assert_eq!(find(text, needle), text.find(needle));
            assert_eq!(find_short(text, needle), text.find(needle));
            assert_eq!(rfind(text, needle), text.rfind(needle));
            assert_eq!(contains(text, needle), text.contains(needle));
            assert_eq!(split_once(text, needle), text.split_once(needle));
            assert_eq!(Some(before(text, needle)), text.split(needle).next());
            assert_eq!(replace(text, needle, "-"), text.replace(needle, "-"));
        }
        assert_eq!(replace("aaa", "aa", "b"), "aaa".replace("aa", "b"));
        assert_eq!(rfind("aaa", "aa"), "aaa".rfind("aa"));
        assert_eq!(rfind("abc", ""), "abc".rfind(""));
    }
}
