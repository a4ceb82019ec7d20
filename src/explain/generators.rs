//! Which product-specific entries (src/tables/generators.rs) apply to a response: the product,
//! the code, and the marker in the body or headers that shows the condition.

use std::sync::OnceLock;

use crate::search::wu_manber::Scanner;
pub(crate) use resplain_tables::generators::GeneratorEntry;

/// The entries, in table order.
pub fn entries() -> &'static [GeneratorEntry] {
    crate::knowledge::get().generators
}

/// The body markers of the entries that apply to any product (IIS sub-status pages, Heroku router
/// lines): they are looked for in every response, so they are found in one scan, prepared once.
/// Entries for a product are few once the product and code have matched, and are searched directly.
struct Markers {
    literals: Vec<String>,
    scanner: Scanner,
    per_entry: Vec<Vec<usize>>,
}

fn markers() -> &'static Markers {
    static MARKERS: OnceLock<Markers> = OnceLock::new();
    MARKERS.get_or_init(|| {
        let mut literals: Vec<String> = Vec::new();
        let per_entry = entries()
            .iter()
            .map(|e| {
                if !e.generators.is_empty() {
                    return Vec::new();
                }
                e.body
                    .iter()
                    .map(|m| {
                        let lower = m.to_ascii_lowercase();
                        match literals.iter().position(|l| *l == lower) {
                            Some(id) => id,
                            None => {
                                literals.push(lower);
                                literals.len() - 1
                            }
                        }
                    })
                    .collect()
            })
            .collect();
        let refs: Vec<&str> = literals.iter().map(String::as_str).collect();
        let scanner = Scanner::new(&refs);
        Markers {
            literals,
            scanner,
            per_entry,
        }
    })
}

/// Entries that apply to this response, best first. `haystack` is the lowercased body start (and
/// reason phrase).
pub(crate) fn matching(
    generator: Option<&str>,
    code: Option<u16>,
    haystack: &[u8],
    header: &dyn Fn(&str) -> Option<String>,
) -> Vec<&'static GeneratorEntry> {
    let markers = markers();
    let refs: Vec<&str> = markers.literals.iter().map(String::as_str).collect();
    let present = markers.scanner.first_occurrences(&refs, haystack);
    let mut found: Vec<(u8, usize, &'static GeneratorEntry)> = Vec::new();
    for (i, e) in entries().iter().enumerate() {
        let product = !e.generators.is_empty();
        if product && !generator.is_some_and(|g| e.generators.contains(&g)) {
            continue;
        }
        let code_given = !e.codes.is_empty();
        if code_given && !code.is_some_and(|c| e.codes.contains(&c)) {
            continue;
        }
        let has_marker = !e.body.is_empty() || e.header.is_some();
        let body_hit = if product {
            e.body.iter().any(|m| {
                let m: std::borrow::Cow<str> = if m.bytes().any(|b| b.is_ascii_uppercase()) {
                    m.to_ascii_lowercase().into()
                } else {
                    (*m).into()
                };
                memchr::memmem::find(haystack, m.as_bytes()).is_some()
            })
        } else {
            markers.per_entry.get(i).is_some_and(|ids| {
                ids.iter()
                    .any(|&id| present.get(id).is_some_and(Option::is_some))
            })
        };
        let header_hit = e.header.is_some_and(|(name, values)| {
            header(name).is_some_and(|v| {
                let v = v.to_ascii_lowercase();
                values.is_empty()
                    || values
                        .iter()
                        .any(|want| crate::search::contains(&v, &want.to_ascii_lowercase()))
            })
        });
        if has_marker && !body_hit && !header_hit {
            continue;
        }
        // A marker with no product restriction must at least be specific text; an entry with
        // neither product, code nor marker would apply to everything and is not allowed.
        if !product && !has_marker {
            continue;
        }
        let score = u8::from(has_marker) * 4 + u8::from(product) * 2 + u8::from(code_given);
        found.push((score, i, e));
    }
    // Best score first; the sort is stable, so table order breaks ties.
    crate::sort::by_key(&mut found, |&(score, _, _)| u64::from(u8::MAX - score));
    found.into_iter().map(|(_, _, e)| e).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let none = |_: &str| None;
        let found = matching(Some("envoy"), Some(503), b"no healthy upstream", &none);
        assert_eq!(
            found.first().map(|e| e.title),
            Some("Envoy UH: no healthy upstream")
        );
        let found = matching(Some("cloudflare"), Some(403), b"error code: 1020", &none);
        assert_eq!(
            found.first().map(|e| e.title),
            Some("Cloudflare error 1020: Access denied")
        );
        let found = matching(
            Some("iis"),
            Some(500),
            b"http error 500.30 - asp.net core app failed to start",
            &none,
        );
        assert!(found
            .first()
            .is_some_and(|e| e.title.starts_with("IIS 500.30")));
        let found = matching(Some("iis"), Some(500), b"http error 500.3 - nothing", &none);
        assert!(found.is_empty());
    }
}
