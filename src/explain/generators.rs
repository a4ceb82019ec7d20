//! Which product-specific entries (crates/tables/src/generators.rs) apply to a response: the
//! product, the code, and the marker in the body or headers that shows the condition.
//!
//! Markers are matched as whole words: a marker that starts or ends with a letter, digit or `_`
//! must not continue into one in the text, so `FUNCTION_INVOCATION_FAILED` is not found inside
//! `EDGE_FUNCTION_INVOCATION_FAILED` and `error code: 102` not inside `error code: 1020`.

use std::sync::OnceLock;

use crate::http::headers::first;
use crate::report::{Header, Relay};
use crate::search::memmem;
use crate::search::wu_manber::Scanner;
pub(crate) use resplain_tables::generators::GeneratorEntry;

/// The entries, in table order.
pub fn entries() -> &'static [GeneratorEntry] {
    crate::knowledge::get().generators
}

/// One entry that applies, and whether a marker (body or header) showed it: a condition shown by
/// its own marker does not depend on who generated the response.
#[derive(Clone, Copy)]
pub(crate) struct Matched {
    pub entry: &'static GeneratorEntry,
    pub marked: bool,
}

/// The entries' body markers, lowercased, and where to look for the few entries a response can
/// match: its product's, and those whose marker it shows. The markers of the entries for any
/// product (a vendor's code or log line pasted with the response) are looked for in every
/// response, so they are found in one scan, prepared once; a product's are searched only when
/// the response is the product's, and directly.
struct Markers {
    /// The markers of the entries for any product, lowercased, in table order (leaked: prepared
    /// once per process).
    scanned: Vec<&'static str>,
    /// The scanned markers of `LONG` bytes or more, and their ids in `scanned`.
    long: Vec<&'static str>,
    long_ids: Vec<usize>,
    scanner: Scanner,
    /// The shorter ones, by first byte: the opening all of them share, a searcher for it, their
    /// ids.
    short: Vec<(&'static [u8], memmem::Finder<'static>, Vec<usize>)>,
    /// Natively, per byte, the place in `short` of the group that opens with it (`usize::MAX`
    /// for none; empty in the wasm module).
    short_by_byte: Vec<usize>,
    /// Per scanned marker, its entry.
    owner: Vec<usize>,
    /// The markers of the products' entries, lowercased, in table order.
    products: Vec<&'static str>,
    /// Per entry, where its markers start in `scanned` or `products`.
    start: Vec<usize>,
    /// Per generator id, its entries.
    by_product: Vec<(&'static str, Vec<usize>)>,
    /// Natively, `by_product`'s places by [`product_key`] (empty in the wasm module).
    product_keys: Vec<Vec<usize>>,
    /// Entries for any product with a header marker: no scan finds them.
    by_header: Vec<usize>,
}

fn markers() -> &'static Markers {
    static MARKERS: OnceLock<Markers> = OnceLock::new();
    MARKERS.get_or_init(|| {
        let (mut scanned, mut owner, mut products) = (Vec::new(), Vec::new(), Vec::new());
        let mut start = Vec::new();
        let mut by_product: Vec<(&'static str, Vec<usize>)> = Vec::new();
        let mut by_header = Vec::new();
        for (i, e) in entries().iter().enumerate() {
            let any = e.generators.is_empty();
            let literals = if any { &mut scanned } else { &mut products };
            start.push(literals.len());
            for m in e.body {
                let lower: &'static str = m.to_ascii_lowercase().leak();
                literals.push(lower);
                if any {
                    owner.push(i);
                }
            }
            if any && e.header.is_some() {
                by_header.push(i);
            }
            for &g in e.generators {
                match by_product.iter_mut().find(|(id, _)| *id == g) {
                    Some((_, list)) => list.push(i),
                    None => by_product.push((g, vec![i])),
                }
            }
        }
        let (mut long, mut long_ids) = (Vec::new(), Vec::new());
        let mut short: Vec<(u8, &'static str, Vec<usize>)> = Vec::new();
        for (id, &m) in scanned.iter().enumerate() {
            let Some(&first) = m.as_bytes().first().filter(|_| m.len() < LONG) else {
                long.push(m);
                long_ids.push(id);
                continue;
            };
            match short.iter_mut().find(|(b, _, _)| *b == first) {
                Some((_, shared, ids)) => {
                    let common = shared
                        .bytes()
                        .zip(m.bytes())
                        .take_while(|(a, b)| a == b)
                        .count();
                    *shared = shared.get(..common).unwrap_or("");
                    ids.push(id);
                }
                None => short.push((first, m, vec![id])),
            }
        }
        let mut product_keys: Vec<Vec<usize>> = Vec::new();
        if crate::FAST {
            product_keys.resize_with(PRODUCT_KEYS, Vec::new);
            for (at, (id, _)) in by_product.iter().enumerate() {
                if let Some(list) = product_keys.get_mut(product_key(id)) {
                    list.push(at);
                }
            }
        }
        let mut finders = Vec::new();
        let mut short_by_byte = Vec::new();
        if crate::FAST {
            short_by_byte.resize(256, usize::MAX);
        }
        for (first, shared, ids) in short {
            if crate::FAST {
                if let Some(slot) = short_by_byte.get_mut(usize::from(first)) {
                    *slot = finders.len();
                }
            }
            finders.push((
                shared.as_bytes(),
                memmem::Finder::new(shared.as_bytes()),
                ids,
            ));
        }
        Markers {
            scanner: Scanner::new(&long),
            long,
            long_ids,
            short: finders,
            short_by_byte,
            scanned,
            owner,
            products,
            start,
            by_product,
            product_keys,
            by_header,
        }
    })
}

/// How many keys [`product_key`] gives.
const PRODUCT_KEYS: usize = 256;

/// A product id's key in `Markers::product_keys`: from its length and its last bytes.
fn product_key(id: &str) -> usize {
    let b = id.as_bytes();
    let last = |back: usize| {
        usize::from(
            b.len()
                .checked_sub(back)
                .and_then(|i| b.get(i))
                .copied()
                .unwrap_or(0),
        )
    };
    (b.len() * 7 + last(1) * 3 + last(2)) % PRODUCT_KEYS
}

/// The entries of the product that generated the response and of those on its path, natively
/// by their key (the wasm module reads every product's).
fn product_entries(
    markers: &Markers,
    generator: Option<&str>,
    relays: &[Relay],
    consider: &mut impl FnMut(usize),
) {
    let mut add = |product: &str| {
        let places = markers.product_keys.get(product_key(product));
        for &at in places.map_or(&[][..], Vec::as_slice) {
            if let Some((_, list)) = markers.by_product.get(at).filter(|(id, _)| *id == product) {
                for &i in list {
                    consider(i);
                }
            }
        }
    };
    if let Some(g) = generator {
        add(g);
    }
    for (i, r) in relays.iter().enumerate() {
        let earlier = relays.get(..i).unwrap_or_default();
        if generator != Some(r.product) && !earlier.iter().any(|e| e.product == r.product) {
            add(r.product);
        }
    }
}

/// Markers shorter than this are searched by their first byte, not scanned: in the scanner they
/// would shorten its window, and with it every jump (the codes like `[pc01]` and `503 uh`). From 8
/// bytes (`code=h10`) they are scanned: a searcher per opening, and one more per false start of a
/// short opening, cost more than the narrower window (measured).
const LONG: usize = 8;

/// A haystack and its `first_starts`.
type ReasonStarts = (Vec<u8>, Vec<(usize, usize)>);

/// `code`'s registered reason phrase as a head's haystack (`\n`, the phrase lowercased) and its
/// `first_starts`, natively: found once per status entry, for most heads.
fn reason_starts(code: u16) -> Option<&'static ReasonStarts> {
    static STARTS: OnceLock<Vec<Option<ReasonStarts>>> = OnceLock::new();
    STARTS
        .get_or_init(|| {
            let mut starts = Vec::new();
            for e in crate::status::entries() {
                let code = usize::from(e.code);
                if starts.len() <= code {
                    starts.resize(code + 1, None);
                }
                let mut haystack = b"\n".to_vec();
                haystack.extend(e.reason.bytes().map(|b| b.to_ascii_lowercase()));
                let found = first_starts(markers(), &haystack);
                if let Some(slot) = starts.get_mut(code) {
                    *slot = Some((haystack, found));
                }
            }
            starts
        })
        .get(usize::from(code))?
        .as_ref()
}

/// Haystacks shorter than this are read byte by byte for the short markers' openings.
const TINY: usize = 64;

/// `(id, start)` of each scanned marker in `haystack`, where it first starts: only those found
/// (a few), not a slot per marker, whose vector would cost more to fill than the search.
fn first_starts(markers: &Markers, haystack: &[u8]) -> Vec<(usize, usize)> {
    let mut present = Vec::new();
    for (long, start) in markers.scanner.find(&markers.long, haystack).hits {
        if let Some(&id) = markers.long_ids.get(long) {
            present.push((id, start));
        }
    }
    // Natively, a haystack of a few words (a head's reason phrase) is read once, each byte
    // looked up among the openings' first bytes: less than a search per opening.
    if crate::FAST && haystack.len() < TINY {
        for (at, &b) in haystack.iter().enumerate() {
            let group = markers.short_by_byte.get(usize::from(b));
            if let Some((shared, _, ids)) = group.and_then(|&g| markers.short.get(g)) {
                let rest = haystack.get(at..).unwrap_or_default();
                if rest.starts_with(shared) {
                    compare_group(markers, ids, shared.len(), rest, at, &mut present);
                }
            }
        }
        return present;
    }
    // Per first byte, where the group's shared opening is, each marker compared there.
    for (shared, finder, ids) in &markers.short {
        let (mut left, mut from) = (ids.len(), 0);
        while let Some(rel) = haystack.get(from..).and_then(|rest| finder.find(rest)) {
            let at = from + rel;
            from = at + 1;
            let rest = haystack.get(at..).unwrap_or_default();
            left -= compare_group(markers, ids, shared.len(), rest, at, &mut present);
            if left == 0 {
                break;
            }
        }
    }
    present
}

/// Each marker of a group compared at `at`, where `rest` starts with their shared opening of
/// `opening` bytes: those found there for the first time are added. How many were.
fn compare_group(
    markers: &Markers,
    ids: &[usize],
    opening: usize,
    rest: &[u8],
    at: usize,
    present: &mut Vec<(usize, usize)>,
) -> usize {
    // The byte after the opening rules most markers out before a comparison.
    let next = rest.get(opening);
    let mut added = 0;
    for &id in ids {
        let Some(m) = markers.scanned.get(id) else {
            continue;
        };
        let m = m.as_bytes();
        if (!crate::FAST || m.get(opening).map_or(true, |b| next == Some(b)))
            && rest.starts_with(m)
            && !present.iter().any(|&(i, _)| i == id)
        {
            present.push((id, at));
            added += 1;
        }
    }
    added
}

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Whether the match of `needle` at `at` stands as a word: no word byte continues it on a side
/// where the needle itself starts or ends with one.
fn stands_alone(haystack: &[u8], needle: &[u8], at: usize) -> bool {
    let starts_word = needle.first().copied().is_some_and(is_word);
    let ends_word = needle.last().copied().is_some_and(is_word);
    let before = at
        .checked_sub(1)
        .and_then(|i| haystack.get(i))
        .copied()
        .is_some_and(is_word);
    let after = haystack
        .get(at + needle.len())
        .copied()
        .is_some_and(is_word);
    !((starts_word && before) || (ends_word && after))
}

/// Whether header `h` holds one of an entry's values (out of `matching`: V8 compiles it only for
/// a response with an entry's header).
#[inline(never)]
fn header_says(h: &Header, values: &[&str]) -> bool {
    let v = h.value.to_ascii_lowercase();
    values.is_empty()
        || values
            .iter()
            .any(|want| contains_word(v.as_bytes(), want.to_ascii_lowercase().as_bytes()))
}

/// Whether `needle` (from the tables) occurs in `haystack` as a word.
fn contains_word(haystack: &[u8], needle: &[u8]) -> bool {
    crate::search::find_short_bytes(haystack, needle)
        .is_some_and(|first| word_from(haystack, needle, first))
}

/// Whether `needle` occurs in `haystack` as a word, from its first occurrence `first`: a
/// searcher is built only when that one continues a word.
fn word_from(haystack: &[u8], needle: &[u8], first: usize) -> bool {
    if stands_alone(haystack, needle, first) {
        return true;
    }
    let finder = memmem::Finder::new(needle);
    let mut at = first + 1;
    while let Some(rel) = haystack.get(at..).and_then(|rest| finder.find(rest)) {
        if stands_alone(haystack, needle, at + rel) {
            return true;
        }
        at += rel + 1;
    }
    false
}

/// Entries that apply to this response, best first: a marker that names the condition whatever
/// the product (a vendor's code or log line in the paste) leads, then a product's marker, then
/// the product and code. `haystack` is the lowercased body start (and reason phrase). A product's
/// marker also counts when the product is only seen on the path (`relays`: an Azure Front Door
/// ErrorInfo pasted with a response that passed through it); its status and code alone do not.
pub(crate) fn matching(
    generator: Option<&str>,
    relays: &[Relay],
    code: Option<u16>,
    haystack: &[u8],
    headers: &[Header],
) -> Vec<Matched> {
    let markers = markers();
    // Natively, a head's haystack (the code's registered reason phrase) was read once.
    let read_once = match (crate::FAST, code) {
        (true, Some(code)) => reason_starts(code).filter(|(reason, _)| reason == haystack),
        _ => None,
    };
    let owned;
    let present: &[(usize, usize)] = match read_once {
        Some((_, starts)) => starts,
        None => {
            owned = first_starts(markers, haystack);
            &owned
        }
    };
    // Each entry that can apply, with its key: `None` when it does not.
    let all = entries();
    let evaluate = |i: usize| -> Option<(u64, Matched)> {
        let e = all.get(i)?;
        // The code first: it rules most entries out, without comparing a string.
        let code_given = !e.codes.is_empty();
        if code_given && !code.is_some_and(|c| e.codes.contains(&c)) {
            return None;
        }
        let product = !e.generators.is_empty();
        let has_marker = !e.body.is_empty() || e.header.is_some();
        let generated = generator.is_some_and(|g| e.generators.contains(&g));
        let on_path = has_marker && relays.iter().any(|r| e.generators.contains(&r.product));
        if product && !generated && !on_path {
            return None;
        }
        let first_id = markers.start.get(i).copied().unwrap_or_default();
        let body_hit = (first_id..first_id + e.body.len()).any(|id| {
            let literals = if product {
                &markers.products
            } else {
                &markers.scanned
            };
            let Some(literal) = literals.get(id).map(|l| l.as_bytes()) else {
                return false;
            };
            // A product's marker was not scanned for: searched here.
            let first = match product {
                true => crate::search::find_sized(haystack, literal),
                false => present.iter().find(|&&(i, _)| i == id).map(|&(_, at)| at),
            };
            first.is_some_and(|at| word_from(haystack, literal, at))
        });
        let header_hit = e.header.is_some_and(|(name, values)| {
            first(headers, name).is_some_and(|h| header_says(h, values))
        });
        if has_marker && !body_hit && !header_hit {
            return None;
        }
        // An entry with neither product nor marker would apply to everything: not allowed.
        if !product && !has_marker {
            return None;
        }
        let rank = match (has_marker, product) {
            (true, false) => 8,
            (true, true) => 6,
            _ => 2,
        };
        let score = rank + u8::from(code_given);
        // Best score first, then table order.
        let key = (u64::from(u8::MAX - score) << 32) | i as u64;
        Some((
            key,
            Matched {
                entry: e,
                marked: has_marker,
            },
        ))
    };
    let mut found: Vec<(u64, Matched)> = Vec::new();
    // Natively each entry is evaluated as it is named; the wasm module lists them first and
    // evaluates them in one loop below, for its size (one place to inline `evaluate` into).
    let mut candidates: Vec<usize> = Vec::new();
    let mut consider = |i: usize| match crate::FAST {
        true => {
            if let Some(m) = evaluate(i) {
                found.push(m);
            }
        }
        false => candidates.push(i),
    };
    // The entries that can apply: those marked by a header, the product's and the relays', and
    // those whose marker is in the haystack (an entry may come twice: see the end).
    for &i in &markers.by_header {
        consider(i);
    }
    if crate::FAST {
        product_entries(markers, generator, relays, &mut consider);
    } else {
        for (product, list) in &markers.by_product {
            if generator == Some(*product) || relays.iter().any(|r| r.product == *product) {
                for &i in list {
                    consider(i);
                }
            }
        }
    }
    for &(id, _) in present {
        if let Some(&owner) = markers.owner.get(id) {
            consider(owner);
        }
    }
    for i in candidates {
        if let Some(m) = evaluate(i) {
            found.push(m);
        }
    }
    crate::sort::by_key(&mut found, |&(key, _)| key);
    let mut matched: Vec<Matched> = Vec::new();
    for (_, m) in found {
        // An entry that came twice is next to itself: its key names it.
        if !matched
            .last()
            .is_some_and(|l| std::ptr::eq(l.entry, m.entry))
        {
            matched.push(m);
        }
    }
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each registered phrase's haystack, read once, is a head's (`small_haystack`'s) and holds
    /// the markers a search of it finds.
    #[test]
    fn reason_phrases_read_once_read_as_anew() {
        for e in crate::status::entries() {
            let (haystack, starts) = reason_starts(e.code).unwrap();
            let mut buffer = [0; 64];
            let head = super::super::small_haystack(&mut buffer, b"", Some(e.reason)).unwrap();
            assert_eq!(haystack.as_slice(), head, "{}", e.code);
            assert_eq!(starts, &first_starts(markers(), haystack), "{}", e.code);
        }
    }

    fn first(generator: &str, code: u16, body: &[u8]) -> Option<&'static str> {
        matching(Some(generator), &[], Some(code), body, &[])
            .first()
            .map(|m| m.entry.title)
    }

    #[test]
    fn entries_complete() {
        for e in entries() {
            assert!(
                !e.title.is_empty() && !e.cause.is_empty() && !e.source.is_empty(),
                "{}",
                e.title
            );
            assert!(!e.checks.is_empty(), "{} has no checks", e.title);
            assert!(
                !e.generators.is_empty() || !e.body.is_empty() || e.header.is_some(),
                "{}",
                e.title
            );
        }
    }

    #[test]
    fn specific_marker_wins() {
        assert_eq!(
            first("envoy", 503, b"no healthy upstream"),
            Some("Envoy UH: no healthy upstream")
        );
        assert!(first("cloudflare", 403, b"error code: 1020")
            .is_some_and(|t| t.starts_with("Cloudflare 1020")));
        assert!(first(
            "iis",
            500,
            b"http error 500.30 - asp.net core app failed to start"
        )
        .is_some_and(|t| t.starts_with("IIS 500.30")));
        assert_eq!(first("iis", 500, b"http error 500.3 - nothing"), None);
    }

    #[test]
    fn markers_match_whole_words() {
        let hay = b"edge_function_invocation_failed";
        assert!(!contains_word(hay, b"function_invocation_failed"));
        assert!(contains_word(hay, b"edge_function_invocation_failed"));
        assert!(contains_word(
            b"x function_invocation_failed edge_function_invocation_failed",
            b"function_invocation_failed"
        ));
        assert!(contains_word(
            b"edge_function_invocation_failed function_invocation_failed",
            b"function_invocation_failed"
        ));
        assert!(!contains_word(b"error code: 10200", b"error code: 1020"));
        assert!(contains_word(b"<b>1020</b>", b"1020"));
        // A marker ending in punctuation needs no boundary there.
        assert!(contains_word(b"code=h12 desc", b"code=h12 "));
    }
}
