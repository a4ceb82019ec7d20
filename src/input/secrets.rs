//! Secrets a paste may hold — credentials, cookies, API keys in URLs — masked before anything is
//! shown or exported. The bytes stay in the input; the Report lists their ranges (`secrets`) so a
//! display can hide them too.

/// Headers whose values are credentials or session state.
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
    "api-key",
    "apikey",
    "x-auth-token",
    "x-access-token",
    "x-amz-security-token",
    "x-goog-api-key",
    "private-token",
    "x-csrf-token",
    "x-xsrf-token",
    "x-vault-token",
    "ocp-apim-subscription-key",
];

/// Query parameters whose values are credentials.
const SECRET_PARAMS: &[&str] = &[
    "key",
    "api_key",
    "apikey",
    "api-key",
    "token",
    "access_token",
    "refresh_token",
    "id_token",
    "auth",
    "password",
    "passwd",
    "pwd",
    "secret",
    "client_secret",
    "sig",
    "signature",
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-security-token",
    "x-goog-signature",
    "code",
];

/// Secret ranges listed per value; past it the rest of the value is one range. A Cookie header of
/// 50,000 cookies then costs a thousand ranges, not fifty thousand (masking only grows).
const MAX_RANGES: usize = 1000;

/// The length of the longest of `SECRET_PARAMS` (a test checks it).
const LONGEST_PARAM: usize = 20;

pub(crate) const MASK: &str = "••••";

pub(crate) fn is_secret_header(name: &str) -> bool {
    SECRET_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name))
}

/// The byte ranges of `value` that are secret. Keeps what helps diagnosis visible: the auth
/// scheme, cookie names and attributes, URLs around their credentials and keys.
pub(crate) fn secret_ranges(name: &str, value: &str) -> Vec<(usize, usize)> {
    let whole = || vec![(0, value.len())];
    if name.eq_ignore_ascii_case("authorization")
        || name.eq_ignore_ascii_case("proxy-authorization")
    {
        return match crate::search::byte(value, b' ') {
            Some(space) if space > 0 => {
                let credentials = value.get(space..).unwrap_or_default();
                let start = space + credentials.len() - credentials.trim_start().len();
                vec![(start, value.len())]
            }
            _ => whole(),
        };
    }
    // Cookie values, names kept; a value that is not `name=value` is masked whole.
    if name.eq_ignore_ascii_case("cookie") {
        let found = pairs(value, 0, value.len(), ';');
        return if found.is_empty() && !value.is_empty() {
            whole()
        } else {
            found
        };
    }
    if name.eq_ignore_ascii_case("set-cookie") {
        let end = crate::search::byte(value, b';').unwrap_or(value.len());
        let found = pairs(value, 0, end, ';');
        return if found.is_empty() && end > 0 {
            vec![(0, end)]
        } else {
            found
        };
    }
    if is_secret_header(name) {
        return whole();
    }
    url_secret_ranges(value)
}

/// The values of `name=value` pairs in `text[start..end]`, pairs separated by `separator`.
fn pairs(text: &str, start: usize, end: usize, separator: char) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut at = start;
    for pair in text.get(start..end).unwrap_or_default().split(separator) {
        if let Some(eq) = crate::search::byte(pair, b'=') {
            let value_start = at + eq + 1;
            let value_end = at + pair.trim_end().len();
            if value_end > value_start {
                if ranges.len() == MAX_RANGES {
                    // The rest of the value, names and all, as one secret.
                    ranges.push((at, end));
                    break;
                }
                ranges.push((value_start, value_end));
            }
        }
        at += pair.len() + separator.len_utf8();
    }
    ranges
}

/// Passwords in URLs' user info and the values of secret query parameters, wherever URLs appear.
fn url_secret_ranges(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut ranges = Vec::new();
    let mut search = 0;
    while let Some(found) = text
        .get(search..)
        .and_then(|t| crate::search::find(t, "://"))
    {
        let authority_start = search + found + 3;
        let authority_end = bytes
            .iter()
            .skip(authority_start)
            .position(|&b| matches!(b, b'/' | b'?' | b'#' | b' ' | b'"' | b'\'' | b'>' | b','))
            .map_or(bytes.len(), |i| authority_start + i);
        let authority = text.get(authority_start..authority_end).unwrap_or_default();
        if let Some(at) = crate::search::rbyte(authority, b'@') {
            if let Some(colon) = authority
                .get(..at)
                .and_then(|u| crate::search::byte(u, b':'))
            {
                ranges.push((authority_start + colon + 1, authority_start + at));
            }
        }
        search = authority_end.max(authority_start);
    }
    // `?key=…` / `&token=…` anywhere in the text. One pass: after a secret value the search goes
    // on past it (a `?` inside a value is part of it), so `?token=?token=…` stays linear.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        if !matches!(b, b'?' | b'&' | b';') {
            continue;
        }
        // The `=` must come within a parameter name's length: looking further would make a value
        // of a million `&` quadratic.
        let rest = text.get(i..).unwrap_or_default();
        let near = rest
            .as_bytes()
            .get(..=LONGEST_PARAM)
            .unwrap_or(rest.as_bytes());
        let Some(eq) = near.iter().position(|&b| b == b'=') else {
            continue;
        };
        let name = rest.get(..eq).unwrap_or_default();
        if name.is_empty() || !SECRET_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name)) {
            continue;
        }
        let value_start = i + eq + 1;
        let value_end = bytes
            .iter()
            .skip(value_start)
            .position(|&b| matches!(b, b'&' | b'#' | b' ' | b'"' | b'\'' | b'>' | b',' | b';'))
            .map_or(bytes.len(), |j| value_start + j);
        if value_end > value_start {
            if ranges.len() == MAX_RANGES {
                ranges.push((value_start, bytes.len()));
                break;
            }
            ranges.push((value_start, value_end));
        }
        i = value_end;
    }
    crate::sort::by_key(&mut ranges, |&(start, _)| start as u64);
    ranges
}

/// `text` with each range (sorted, as `secret_ranges` gives them) replaced by the mask.
pub(crate) fn apply(text: &str, ranges: &[(usize, usize)]) -> String {
    // Ranges that start inside an earlier one are skipped, here and when copying.
    let kept = || {
        let mut at = 0;
        ranges.iter().filter(move |&&(start, end)| {
            let keep = start >= at;
            if keep {
                at = end;
            }
            keep
        })
    };
    // Sized exactly: a header of 100,000 cookies is masked without a doubling buffer.
    let removed: usize = kept().map(|&(start, end)| end.saturating_sub(start)).sum();
    let mut out =
        String::with_capacity((text.len() + kept().count() * MASK.len()).saturating_sub(removed));
    let mut at = 0;
    for &(start, end) in kept() {
        out.push_str(text.get(at..start).unwrap_or_default());
        out.push_str(MASK);
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// The value with its secret parts masked, or `None` when it holds no secret.
pub(crate) fn mask_header_value(name: &str, value: &str) -> Option<String> {
    let ranges = secret_ranges(name, value);
    (!ranges.is_empty()).then(|| apply(value, &ranges))
}

/// The URL with user info passwords and secret query values masked.
pub(crate) fn mask_url(url: &str) -> String {
    apply(url, &url_secret_ranges(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_headers_keeping_what_helps() {
        assert_eq!(
            mask_header_value("Authorization", "Bearer eyJhbGciOi.x.y").as_deref(),
            Some("Bearer ••••")
        );
        assert_eq!(
            mask_header_value("Cookie", "sid=abc; theme=dark").as_deref(),
            Some("sid=••••; theme=••••")
        );
        assert_eq!(
            mask_header_value("Set-Cookie", "sid=abc; Path=/; HttpOnly").as_deref(),
            Some("sid=••••; Path=/; HttpOnly")
        );
        assert_eq!(mask_header_value("Server", "nginx"), None);
        assert_eq!(
            mask_header_value("Location", "https://u:pw@h.test/x?api_key=k&page=2").as_deref(),
            Some("https://u:••••@h.test/x?api_key=••••&page=2")
        );
        assert_eq!(secret_ranges("Authorization", "Bearer abc"), vec![(7, 10)]);
    }

    #[test]
    fn ranges_are_bounded_per_value() {
        let cookies = "a=1; ".repeat(MAX_RANGES + 50);
        let ranges = secret_ranges("Cookie", &cookies);
        assert_eq!(ranges.len(), MAX_RANGES + 1);
        let last = ranges[MAX_RANGES];
        assert_eq!(last, (5 * MAX_RANGES - 1, cookies.len()));
        let url = "https://h.test/?".to_owned() + &"token=x&".repeat(MAX_RANGES + 50);
        let ranges = secret_ranges("Location", &url);
        assert_eq!(ranges.len(), MAX_RANGES + 1);
        assert_eq!(ranges[MAX_RANGES].1, url.len());
        // A `?` inside a value belongs to it.
        assert_eq!(mask_url("/x?token=a?key=b&page=2"), "/x?token=••••&page=2");
    }

    #[test]
    fn longest_param() {
        assert_eq!(
            SECRET_PARAMS.iter().map(|p| p.len()).max(),
            Some(LONGEST_PARAM)
        );
    }

    #[test]
    fn masks_urls() {
        assert_eq!(
            mask_url("https://api.test/v1/x?api_key=s3cret&page=2#top"),
            "https://api.test/v1/x?api_key=••••&page=2#top"
        );
        assert_eq!(
            mask_url("https://bob:hunter2@host.test/path"),
            "https://bob:••••@host.test/path"
        );
        assert_eq!(mask_url("/plain/path"), "/plain/path");
    }
}
