//! The explanation: table coverage, error messages read from real bodies (the `message` labels of
//! the fixtures and of ../shared/corpus), retry advice (Retry-After as seconds and as an
//! HTTP-date, rate-limit headers, the request's method), and one pinned summary per fixture in
//! `tests/summaries/<id>.txt` (`UPDATE_SNAPSHOTS=1 cargo test --test explain` rewrites them).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

use resplain::internals as stages;
use resplain::{inspect, RetryAdvice};
use serde_json::Value;

fn cases(dir: &Path) -> Vec<(String, PathBuf, Value)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "http"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let label = std::fs::read_to_string(p.with_extension("json")).ok()?;
            let id = p.file_stem()?.to_string_lossy().into_owned();
            Some((id, p, serde_json::from_str(&label).ok()?))
        })
        .collect()
}

fn fixtures() -> Vec<(String, PathBuf, Value)> {
    cases(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"))
}

/// Every status code any table names (the product entries, the unofficial codes the issue
/// lists) has its own entry in the status table, with meaning, retry advice, causes and checks.
#[test]
fn every_named_code_has_an_entry() {
    let listed: &[u16] = &[
        420, 430, 444, 460, 463, 464, 494, 495, 496, 497, 498, 499, 509, 520, 521, 522, 523, 524,
        525, 526, 527, 529, 530, 561, 598, 599,
    ];
    let from_generators = stages::generator_entries()
        .iter()
        .flat_map(|e| e.codes.iter().copied());
    for code in listed.iter().copied().chain(from_generators) {
        let e = stages::status_lookup(code).unwrap_or_else(|| panic!("{code} has no status entry"));
        assert!(!e.meaning.is_empty(), "{code}");
        assert!(!e.causes.is_empty(), "{code} has no causes");
        assert!(!e.checks.is_empty(), "{code} has no checks");
        assert!(stages::class_of(code).is_some(), "{code}");
    }
    for e in stages::status_entries() {
        assert!((100..=599).contains(&e.code));
        assert!(!e.causes.is_empty() && !e.checks.is_empty(), "{}", e.code);
        assert!(!e.source.is_empty(), "{}", e.code);
    }
    // Every registered class has its x00.
    for class in [100, 200, 300, 400, 500] {
        assert!(stages::status_lookup(class).is_some());
    }
}

/// A code no table knows is explained by its class (RFC 9110: treat as x00).
#[test]
fn unknown_codes_fall_back_to_their_class() {
    for (code, class) in [
        (299, "success"),
        (477, "client-error"),
        (555, "server-error"),
    ] {
        let r = inspect(format!("HTTP/1.1 {code} Whatever\r\n\r\n").as_bytes());
        assert_eq!(r.explanation.class, Some(class));
        let x00 = stages::status_lookup(code / 100 * 100).unwrap();
        assert_eq!(r.explanation.meaning, x00.meaning, "{code}");
        assert!(r.explanation.summary.starts_with(&code.to_string()));
    }
}

/// The message labels of the fixtures and of the shared corpus, read by shape rules: the
/// extracted text contains the label or the label contains it.
#[test]
fn messages_match_labels() {
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
    dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let mut total = 0;
    let mut misses = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for dir in dirs {
        for (id, path, label) in cases(&dir) {
            if !seen.insert(id.clone()) {
                continue;
            }
            let Some(want) = label["message"].as_str() else {
                continue;
            };
            total += 1;
            let r = inspect(&std::fs::read(&path).unwrap());
            let got = r.explanation.message.as_ref().map(|m| m.text.clone());
            let ok = got
                .as_deref()
                .is_some_and(|g| g.contains(want) || (!g.is_empty() && want.contains(g)));
            if !ok {
                misses.push(format!("{id}: want {want:?}, got {got:?}"));
            }
        }
    }
    assert!(total > 50, "labels found: {total}");
    let share = 1.0 - misses.len() as f64 / total as f64;
    assert!(
        share >= 0.95,
        "messages right on {:.0}% of {total} labels:\n{}",
        share * 100.0,
        misses.join("\n")
    );
}

#[test]
fn retry_after_seconds_and_date() {
    let r = inspect(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\n\r\n");
    assert_eq!(r.explanation.retry.after_seconds, Some(120));
    assert!(r.explanation.retry.detail.contains("2 min"));

    let r = inspect(
        b"HTTP/1.1 429 Too Many Requests\r\nDate: Wed, 21 Oct 2015 07:28:00 GMT\r\nRetry-After: Wed, 21 Oct 2015 07:29:30 GMT\r\n\r\n",
    );
    let retry = &r.explanation.retry;
    assert_eq!(retry.after_seconds, Some(90));
    let after = retry.after.as_ref().unwrap();
    assert_eq!(after.date.as_deref(), Some("Wed, 21 Oct 2015 07:29:30 GMT"));
    assert_eq!(after.raw, "Wed, 21 Oct 2015 07:29:30 GMT");
    assert_eq!(retry.advice, RetryAdvice::Yes);

    // A date and no Date header: the date is shown, no seconds are invented.
    let r = inspect(b"HTTP/1.1 503 x\r\nRetry-After: Fri, 31 Dec 1999 23:59:59 GMT\r\n\r\n");
    assert_eq!(r.explanation.retry.after_seconds, None);
    assert!(r
        .explanation
        .retry
        .detail
        .contains("Fri, 31 Dec 1999 23:59:59 GMT"));

    // Garbage is reported, not trusted.
    let r = inspect(b"HTTP/1.1 503 x\r\nRetry-After: soon\r\n\r\n");
    assert_eq!(r.explanation.retry.after_seconds, None);
    assert!(r.explanation.retry.detail.contains("soon"));
}

#[test]
fn rate_limit_headers() {
    let r = inspect(
        b"HTTP/1.1 429 Too Many Requests\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nX-RateLimit-Limit: 60\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: 1700000060\r\n\r\n",
    );
    let rl = r.explanation.retry.rate_limit.as_ref().unwrap();
    assert_eq!(rl.limit.as_deref(), Some("60"));
    assert_eq!(rl.remaining.as_deref(), Some("0"));
    assert_eq!(rl.reset_seconds, Some(60));
    assert!(r.explanation.retry.detail.contains("0 of 60"));

    let r = inspect(
        b"HTTP/1.1 429 Too Many Requests\r\nRateLimit-Policy: \"burst\";q=100;w=60\r\nRateLimit: \"burst\";r=0;t=30\r\n\r\n",
    );
    let rl = r.explanation.retry.rate_limit.as_ref().unwrap();
    assert_eq!(rl.remaining.as_deref(), Some("0"));
    assert_eq!(rl.reset_seconds, Some(30));
    assert!(rl.policy.is_some());
}

/// The request's method decides whether a retry is safe, unless the request never reached the
/// application.
#[test]
fn method_idempotency() {
    use resplain::internals::Subject;
    let paste: &[u8] = b"HTTP/1.1 504 Gateway Time-out\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>";
    let base = inspect(paste);
    let explain = |method: Option<&str>, body: &[u8]| {
        resplain::internals::explain(&Subject {
            input: paste,
            status: &base.response.status,
            headers: &base.response.headers,
            body,
            body_kind: base.response.body.kind,
            media_type: base.response.body.media_type.as_deref(),
            body_span: base.response.body.span,
            origin: &base.origin,
            method,
            request_headers: &[],
        })
    };
    let post = explain(Some("POST"), b"");
    assert_eq!(post.retry.idempotent, Some(false));
    assert_eq!(post.retry.advice, RetryAdvice::Maybe);
    assert!(post.retry.detail.contains("not idempotent"));
    let get = explain(Some("get"), b"");
    assert_eq!(get.retry.idempotent, Some(true));
    assert_eq!(explain(None, b"").retry.idempotent, None);
    // A refused connection never reached the app: safe to repeat even a POST.
    let refused = explain(
        Some("POST"),
        b"connect() failed (111: Connection refused) while connecting to upstream",
    );
    assert!(refused
        .retry
        .detail
        .contains("never reached the application"));
}

#[test]
fn errors_inside_a_success() {
    let r = inspect(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"data\":null,\"errors\":[{\"message\":\"User 42 not found\",\"path\":[\"user\"]}]}",
    );
    assert!(r
        .explanation
        .summary
        .contains("but the body reports an error"));
    assert_eq!(r.explanation.message.as_ref().unwrap().shape, "graphql");

    let r = inspect(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"ok\":false,\"error\":\"channel_not_found\"}");
    assert_eq!(
        r.explanation.message.as_ref().unwrap().text,
        "channel_not_found"
    );
    assert!(r
        .explanation
        .summary
        .contains("but the body reports an error"));

    let r = inspect(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function foo() in /var/www/html/index.php:3\nStack trace:\n#0 {main}");
    assert_eq!(
        r.explanation.message.as_ref().unwrap().text,
        "Uncaught Error: Call to undefined function foo()"
    );
    assert!(r
        .explanation
        .summary
        .contains("but the body reports an error"));
}

#[test]
fn header_insights() {
    let r = inspect(
        b"HTTP/1.1 502 Bad Gateway\r\nProxy-Status: ExampleCDN; error=connection_refused; next-hop=\"10.0.0.7:8080\"\r\nServer-Timing: cdn-cache;desc=MISS, edge;dur=12\r\nVia: 1.1 varnish, 1.1 edge\r\nAge: 0\r\nCF-Cache-Status: DYNAMIC\r\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"\r\nX-Request-Id: abc-123\r\n\r\n",
    );
    let e = &r.explanation;
    assert!(e.causes.iter().any(|c| c.contains("connection_refused")));
    let kinds: Vec<&str> = e.insights.iter().map(|i| i.kind).collect();
    for kind in ["proxy-status", "timing", "path", "cache", "auth", "id"] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    assert!(e.ids.iter().any(|i| i.value == "abc-123"));
    assert!(e
        .insights
        .iter()
        .any(|i| i.kind == "auth" && i.note.contains("invalid_token")));
    assert!(stages::header_entry_count() >= 40);
}

#[test]
fn product_specific_explanations() {
    let cases: &[(&[u8], &str)] = &[
        (b"HTTP/1.1 503 Service Unavailable\r\nserver: envoy\r\ncontent-type: text/plain\r\n\r\nno healthy upstream", "no healthy host"),
        (b"HTTP/2 504\r\nserver: Vercel\r\nx-vercel-error: FUNCTION_INVOCATION_TIMEOUT\r\nx-vercel-id: fra1::abc\r\n\r\n", "maximum duration"),
        (b"HTTP/1.1 500 Internal Server Error\r\nServer: Microsoft-IIS/10.0\r\nContent-Type: text/html\r\n\r\n<html><body><h3>HTTP Error 500.30 - ASP.NET Core app failed to start</h3></body></html>", "startup"),
        (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n\r\n2024-01-01T00:00:00Z heroku[router]: at=error code=H12 desc=\"Request timeout\" method=POST status=503", "30-second"),
    ];
    for (paste, want) in cases {
        let r = inspect(paste);
        let all = format!(
            "{} {}",
            r.explanation.summary,
            r.explanation.causes.join(" ")
        );
        assert!(all.contains(want), "{want:?} not in {all:?}");
        assert!(!r.explanation.checks.is_empty());
        assert!(!r.explanation.sources.is_empty());
    }
}

/// One summary per fixture, pinned in tests/summaries/<id>.txt.
#[test]
fn summaries() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/summaries");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    if update {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut failures = Vec::new();
    for (id, path, _) in fixtures() {
        let r = inspect(&std::fs::read(&path).unwrap());
        let got = format!("{}\n", r.explanation.summary);
        let file = dir.join(format!("{id}.txt"));
        if update {
            std::fs::write(&file, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&file) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!("{id}:\n  want {want}  got  {got}")),
            Err(_) => failures.push(format!("{id}: no {}", file.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "summaries differ (UPDATE_SNAPSHOTS=1 cargo test --test explain rewrites them):\n{}",
        failures.join("\n")
    );
}

/// Explaining never panics, whatever the body and headers.
#[test]
fn odd_inputs() {
    let pastes: &[&[u8]] = &[
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[[[[[[[[[[[[[[[[[[[[",
        b"HTTP/1.1 400 x\r\nContent-Type: application/json\r\n\r\n{\"errors\":[]}",
        b"HTTP/1.1 503 x\r\nRetry-After: Sun, 06 Nov 1994 08:49:37\r\nProxy-Status: ;;;=,,\"\r\nRateLimit: ;;r=\r\nX-RateLimit-Reset: 99999999999999999999999\r\n\r\n",
        b"HTTP/1.1 500 x\r\nContent-Type: text/html\r\n\r\n<p><p><p>&#xFFFFFFFF;&#;&amp<b>Message</b>",
        b"HTTP/1.1 403 x\r\nServer: cloudflare\r\n\r\nerror code: 1020",
    ];
    for p in pastes {
        let r = inspect(p);
        assert!(!r.explanation.summary.is_empty());
    }
    let deep = format!(
        "HTTP/1.1 500 x\r\nContent-Type: application/json\r\n\r\n{}",
        "{\"a\":".repeat(50_000)
    );
    assert!(!inspect(deep.as_bytes()).explanation.summary.is_empty());
}
