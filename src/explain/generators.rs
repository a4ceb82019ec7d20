//! Which product-specific entries (crates/tables/src/generators.rs) apply to a response: the
//! product, the code, and the marker in the body or headers that shows the condition.
//!
//! Markers are matched as whole words: a marker that starts or ends with a letter, digit or `_`
//! must not continue into one in the text, so `FUNCTION_INVOCATION_FAILED` is not found inside
//! `EDGE_FUNCTION_INVOCATION_FAILED` and `error code: 102` not inside `error code: 1020`.

use std::sync::OnceLock;

use crate::search::ids::Ids;
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

/// The body markers of the entries that apply to any product (a vendor's code or log line pasted
/// with the response): they are looked for in every response, so they are found in one scan,
/// prepared once. Entries for a product are few once the product and code have matched, and are
/// searched directly.
struct Markers {
    literals: Vec<&'static str>,
    scanner: Scanner,
    per_entry: Vec<Vec<usize>>,
}

fn markers() -> &'static Markers {
    static MARKERS: OnceLock<Markers> = OnceLock::new();
    MARKERS.get_or_init(|| {
        let mut literals = Vec::new();
        let mut ids = Ids::default();
        let mut per_entry = Vec::new();
        for e in entries() {
            let mut entry_ids = Vec::new();
            // A product's entries are matched by product, not by a marker of their own.
            let body = if e.generators.is_empty() { e.body } else { &[] };
            for m in body {
                let lower = m.to_ascii_lowercase();
                let id = match ids.get(lower.as_bytes()) {
                    Some(id) => id,
                    None => {
                        // Kept for good, as the scanner's literal.
                        let lower: &'static str = lower.leak();
                        literals.push(lower);
                        ids.id(lower.as_bytes())
                    }
                };
                entry_ids.push(id);
            }
            per_entry.push(entry_ids);
        }
        let scanner = Scanner::new(&literals);
        Markers {
            literals,
            scanner,
            per_entry,
        }
    })
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

/// Whether `needle` occurs in `haystack` as a word, looking from `from` (the first occurrence,
/// when a scan already found it).
fn contains_word(haystack: &[u8], needle: &[u8], from: usize) -> bool {
    let finder = crate::search::memmem::Finder::new(needle);
    let mut at = from;
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
    relays: &[&str],
    code: Option<u16>,
    haystack: &[u8],
    header: &dyn Fn(&str) -> Option<String>,
) -> Vec<Matched> {
    let markers = markers();
    let present = markers
        .scanner
        .first_occurrences(&markers.literals, haystack);
    let mut found: Vec<(u8, Matched)> = Vec::new();
    for (i, e) in entries().iter().enumerate() {
        let product = !e.generators.is_empty();
        let has_marker = !e.body.is_empty() || e.header.is_some();
        let generated = generator.is_some_and(|g| e.generators.contains(&g));
        let on_path = has_marker && relays.iter().any(|r| e.generators.contains(r));
        if product && !generated && !on_path {
            continue;
        }
        let code_given = !e.codes.is_empty();
        if code_given && !code.is_some_and(|c| e.codes.contains(&c)) {
            continue;
        }
        let body_hit = if product {
            e.body.iter().any(|m| {
                let lower = m.to_ascii_lowercase();
                contains_word(haystack, lower.as_bytes(), 0)
            })
        } else {
            markers.per_entry.get(i).is_some_and(|ids| {
                ids.iter().any(|&id| {
                    let first = present.get(id).copied().flatten().map(|(start, _)| start);
                    let literal = markers.literals.get(id);
                    match (first, literal) {
                        (Some(at), Some(l)) => contains_word(haystack, l.as_bytes(), at),
                        _ => false,
                    }
                })
            })
        };
        let header_hit = e.header.is_some_and(|(name, values)| {
            header(name).is_some_and(|v| {
                let v = v.to_ascii_lowercase();
                values.is_empty()
                    || values.iter().any(|want| {
                        contains_word(v.as_bytes(), want.to_ascii_lowercase().as_bytes(), 0)
                    })
            })
        });
        if has_marker && !body_hit && !header_hit {
            continue;
        }
        // An entry with neither product nor marker would apply to everything: not allowed.
        if !product && !has_marker {
            continue;
        }
        let rank = match (has_marker, product) {
            (true, false) => 8,
            (true, true) => 6,
            _ => 2,
        };
        let score = rank + u8::from(code_given);
        found.push((
            score,
            Matched {
                entry: e,
                marked: has_marker,
            },
        ));
    }
    // Best score first; the sort is stable, so table order breaks ties.
    crate::sort::by_key(&mut found, |&(score, _)| u64::from(u8::MAX - score));
    let mut matched = Vec::new();
    for (_, m) in found {
        matched.push(m);
    }
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(generator: &str, code: u16, body: &[u8]) -> Option<&'static str> {
        let none = |_: &str| None;
        matching(Some(generator), &[], Some(code), body, &none)
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
        assert!(!contains_word(hay, b"function_invocation_failed", 0));
        assert!(contains_word(hay, b"edge_function_invocation_failed", 0));
        assert!(contains_word(
            b"x function_invocation_failed edge_function_invocation_failed",
            b"function_invocation_failed",
            0
        ));
        assert!(!contains_word(b"error code: 10200", b"error code: 1020", 0));
        assert!(contains_word(b"<b>1020</b>", b"1020", 0));
        // A marker ending in punctuation needs no boundary there.
        assert!(contains_word(b"code=h12 desc", b"code=h12 ", 0));
    }
}
