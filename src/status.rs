//! Looking codes and reason phrases up in the status table (src/tables/status.rs), and the
//! status classes of RFC 9110 section 15.

pub(crate) use resplain_tables::status::StatusEntry;

/// Every status entry, sorted by code.
pub fn entries() -> &'static [StatusEntry] {
    crate::knowledge::get().status
}

/// A status class (RFC 9110 section 15): its id and what any code of the class means.
pub struct Class {
    pub digit: u16,
    pub id: &'static str,
    pub meaning: &'static str,
}

pub(crate) static CLASSES: &[Class] = &[
    Class { digit: 1, id: "informational", meaning: "An interim response: the request was received and the final response follows." },
    Class { digit: 2, id: "success", meaning: "The request was received, understood and accepted." },
    Class { digit: 3, id: "redirection", meaning: "The client must take further action (usually follow Location) to complete the request." },
    Class { digit: 4, id: "client-error", meaning: "The server sees a problem with the request itself; repeating it unchanged gets the same answer." },
    Class { digit: 5, id: "server-error", meaning: "The server, or a layer in front of it, failed to fulfil an apparently valid request." },
];

/// The class of `code` (`5xx` → server-error); None outside 100..=599.
pub fn class_of(code: u16) -> Option<&'static Class> {
    CLASSES.iter().find(|c| c.digit == code / 100)
}

pub fn lookup(code: u16) -> Option<&'static StatusEntry> {
    let entries = entries();
    // Natively from a table by code (the same entry).
    #[cfg(not(target_arch = "wasm32"))]
    if crate::FAST {
        return native::place(code).and_then(|at| entries.get(at));
    }
    entries
        .binary_search_by_key(&code, |e| e.code)
        .ok()
        .and_then(|i| entries.get(i))
}

/// The code's entry, or `x00` of its class for codes no table knows (RFC 9110 section 15).
pub(crate) fn lookup_or_class(code: u16) -> Option<&'static StatusEntry> {
    lookup(code).or_else(|| lookup(code / 100 * 100))
}

fn normalized(reason: &str) -> impl Iterator<Item = char> + '_ {
    reason
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || !c.is_ascii())
        .map(|c| c.to_ascii_lowercase())
}

/// `code`'s decimal digits, written into `buffer` without the formatter (whose u16 writer
/// would be code of its own): one writer for the explanation and the attribution.
pub(crate) fn digits(code: u16, buffer: &mut [u8; 5]) -> &[u8] {
    let mut from = buffer.len();
    let mut rest = code;
    while let Some(slot) = from.checked_sub(1).and_then(|at| buffer.get_mut(at)) {
        *slot = b'0' + u8::try_from(rest % 10).unwrap_or(0);
        from -= 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    buffer.get(from..).unwrap_or_default()
}

fn same_reason(a: &str, b: &str) -> bool {
    // Most phrases are written as registered: no character is decoded.
    a == b || normalized(a).eq(normalized(b))
}

/// Whether `reason` is the registered phrase of `code` or one real servers use for it.
pub(crate) fn reason_matches(code: u16, reason: &str) -> bool {
    // Natively, the phrase normalized once (the same answer).
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(answer) = native::reason_matches(code, reason).filter(|_| crate::FAST) {
        return answer;
    }
    match lookup(code) {
        Some(e) => {
            same_reason(e.reason, reason) || e.aliases.iter().any(|a| same_reason(a, reason))
        }
        // Unknown codes have no phrase to disagree with.
        None => true,
    }
}

/// The registered code whose phrase (or a known variant) is `reason`, if exactly one matches.
pub(crate) fn code_for_reason(reason: &str) -> Option<u16> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(answer) = native::code_for_reason(reason).filter(|_| crate::FAST) {
        return answer;
    }
    let mut found = entries().iter().filter(|e| {
        !e.unofficial
            && (same_reason(e.reason, reason) || e.aliases.iter().any(|a| same_reason(a, reason)))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first.code)
}

/// The native lookups (`FAST`): a table by code, and every entry's phrases normalized once.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{entries, normalized};
    use crate::search::ids::Ids;
    use std::sync::OnceLock;

    /// Each code's place in [`entries`], and each entry's phrases ([`normalized`]: its reason
    /// and aliases). Built once.
    struct Index {
        places: Vec<Option<usize>>,
        phrases: Vec<Vec<String>>,
    }

    fn index() -> &'static Index {
        static INDEX: OnceLock<Index> = OnceLock::new();
        INDEX.get_or_init(|| {
            let last = entries().iter().map(|e| e.code).max().unwrap_or(0);
            let mut places = vec![None; usize::from(last) + 1];
            let mut phrases = Vec::new();
            for (at, e) in entries().iter().enumerate() {
                if let Some(place) = places.get_mut(usize::from(e.code)) {
                    *place = Some(at);
                }
                let mut forms = vec![normalized(e.reason).collect::<String>()];
                for a in e.aliases {
                    forms.push(normalized(a).collect());
                }
                phrases.push(forms);
            }
            Index { places, phrases }
        })
    }

    /// Where `code`'s entry is in [`entries`].
    pub(super) fn place(code: u16) -> Option<usize> {
        index().places.get(usize::from(code)).copied().flatten()
    }

    /// `reason` [`normalized`] into `buffer` as UTF-8, when it fits: byte by byte, as a
    /// character other than ASCII is bytes of 0x80 and above, each kept (no character decoded).
    fn normalized_into<'b>(reason: &str, buffer: &'b mut [u8; 128]) -> Option<&'b [u8]> {
        let mut len = 0;
        for &b in reason.as_bytes() {
            if b.is_ascii_alphanumeric() || !b.is_ascii() {
                *buffer.get_mut(len)? = b.to_ascii_lowercase();
                len += 1;
            }
        }
        buffer.get(..len)
    }

    /// [`super::reason_matches`], or `None` for a phrase too long to normalize here.
    pub(super) fn reason_matches(code: u16, reason: &str) -> Option<bool> {
        let Some(at) = place(code) else {
            return Some(true);
        };
        let mut buffer = [0; 128];
        let wanted = normalized_into(reason, &mut buffer)?;
        let phrases = index().phrases.get(at).map_or(&[][..], Vec::as_slice);
        Some(phrases.iter().any(|p| p.as_bytes() == wanted))
    }

    /// [`super::code_for_reason`], or `None` for a phrase too long to normalize here: looked up
    /// among every official entry's phrases, numbered once (each the code of the one entry it
    /// is a phrase of, or `None` when several entries share it).
    pub(super) fn code_for_reason(reason: &str) -> Option<Option<u16>> {
        static CODES: OnceLock<(Ids, Vec<Option<u16>>)> = OnceLock::new();
        let (ids, codes) = CODES.get_or_init(|| {
            let mut ids = Ids::default();
            let mut codes: Vec<Option<u16>> = Vec::new();
            for (e, forms) in entries().iter().zip(&index().phrases) {
                if e.unofficial {
                    continue;
                }
                for form in forms {
                    let id = ids.id(form.clone().leak().as_bytes());
                    match codes.get_mut(id) {
                        Some(code) if *code != Some(e.code) => *code = None,
                        Some(_) => {}
                        None => codes.push(Some(e.code)),
                    }
                }
            }
            (ids, codes)
        });
        let mut buffer = [0; 128];
        let wanted = normalized_into(reason, &mut buffer)?;
        Some(
            ids.get(wanted)
                .and_then(|id| codes.get(id).copied().flatten()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(entries().windows(2).all(|w| w[0].code < w[1].code));
    }

    /// The native lookups give what the table read in order gives.
    #[test]
    fn the_index_finds_what_the_table_gives() {
        for code in 0..=1000 {
            let linear = entries().iter().find(|e| e.code == code);
            assert_eq!(lookup(code).map(|e| e.code), linear.map(|e| e.code));
        }
        let mut reasons = vec![
            "",
            "OK",
            "ok",
            "Not  Found!",
            "Caf\u{e9}",
            "CAF\u{c9}",
            "\u{e9}",
        ];
        for e in entries() {
            reasons.push(e.reason);
            reasons.extend(e.aliases);
        }
        let matches = |e: &StatusEntry, r: &str| {
            same_reason(e.reason, r) || e.aliases.iter().any(|a| same_reason(a, r))
        };
        for r in reasons {
            let upper = r.to_ascii_uppercase();
            for r in [r, upper.as_str()] {
                for e in entries() {
                    assert_eq!(reason_matches(e.code, r), matches(e, r), "{} {r:?}", e.code);
                }
                let mut found = entries().iter().filter(|e| !e.unofficial && matches(e, r));
                let linear = found
                    .next()
                    .filter(|_| found.next().is_none())
                    .map(|e| e.code);
                assert_eq!(code_for_reason(r), linear, "{r:?}");
            }
        }
    }

    #[test]
    fn reasons() {
        assert!(reason_matches(504, "Gateway Time-out"));
        assert!(reason_matches(503, "Service Temporarily Unavailable"));
        assert!(!reason_matches(200, "Not Found"));
        assert_eq!(code_for_reason("not found"), Some(404));
        assert_eq!(code_for_reason("Something else"), None);
    }
}
