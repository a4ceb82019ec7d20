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

/// The first byte `normalized` keeps, lowercased (a character's first byte when not ASCII):
/// phrases that differ in it are not the same.
fn first_letter(phrase: &str) -> Option<u8> {
    phrase
        .bytes()
        .find(|b| b.is_ascii_alphanumeric() || !b.is_ascii())
        .map(|b| b.to_ascii_lowercase())
}

fn same_reason(a: &str, b: &str) -> bool {
    // Most phrases are written as registered: no character is decoded.
    a == b || normalized(a).eq(normalized(b))
}

/// Whether `reason` is the registered phrase of `code` or one real servers use for it.
pub(crate) fn reason_matches(code: u16, reason: &str) -> bool {
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
    // Natively, entries none of whose phrases opens with the reason's first letter are passed
    // over before a phrase is compared (most of the table).
    let letter = if crate::FAST {
        first_letter(reason)
    } else {
        None
    };
    let mut found = entries().iter().filter(|e| {
        !e.unofficial
            && (!crate::FAST
                || first_letter(e.reason) == letter
                || e.aliases.iter().any(|a| first_letter(a) == letter))
            && (same_reason(e.reason, reason) || e.aliases.iter().any(|a| same_reason(a, reason)))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(entries().windows(2).all(|w| w[0].code < w[1].code));
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
