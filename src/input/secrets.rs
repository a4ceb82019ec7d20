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

pub const MASK: &str = "••••";

pub fn is_secret_header(name: &str) -> bool {
    SECRET_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name))
}

/// The value with its secret parts masked, or `None` when the header holds no secret.
/// Keeps what helps diagnosis: the auth scheme, cookie names and attributes.
pub fn mask_header_value(name: &str, value: &str) -> Option<String> {
    if !is_secret_header(name) {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "authorization" | "proxy-authorization" => match value.trim().split_once(' ') {
            Some((scheme, _)) => format!("{scheme} {MASK}"),
            None => MASK.to_owned(),
        },
        "cookie" => value
            .split(';')
            .map(|pair| match pair.split_once('=') {
                Some((cookie, _)) => format!("{}={MASK}", cookie.trim()),
                None => pair.trim().to_owned(),
            })
            .collect::<Vec<_>>()
            .join("; "),
        "set-cookie" => {
            let mut parts = value.split(';');
            let first = match parts.next().and_then(|p| p.split_once('=')) {
                Some((cookie, _)) => format!("{}={MASK}", cookie.trim()),
                None => MASK.to_owned(),
            };
            std::iter::once(first)
                .chain(parts.map(|attr| attr.trim().to_owned()))
                .collect::<Vec<_>>()
                .join("; ")
        }
        _ => MASK.to_owned(),
    })
}

/// The URL with user info and secret query values masked.
pub fn mask_url(url: &str) -> String {
    let (base, fragment) = match url.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (url, None),
    };
    let (path, query) = match base.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (base, None),
    };
    let mut out = mask_userinfo(path);
    if let Some(query) = query {
        out.push('?');
        let masked: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((name, value))
                    if !value.is_empty()
                        && SECRET_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name)) =>
                {
                    format!("{name}={MASK}")
                }
                _ => pair.to_owned(),
            })
            .collect();
        out.push_str(&masked.join("&"));
    }
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// `https://user:pass@host/` → `https://user:••••@host/`.
fn mask_userinfo(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let authority_start = scheme_end + 3;
    let rest = url.get(authority_start..).unwrap_or_default();
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = rest.get(..authority_end).unwrap_or_default();
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or_default();
            format!(
                "{}{user}:{MASK}@{host}{}",
                url.get(..authority_start).unwrap_or_default(),
                rest.get(authority_end..).unwrap_or_default()
            )
        }
        None => url.to_owned(),
    }
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
