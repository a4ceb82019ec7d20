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
        // Below 400 the meaning says it all; errors list their causes.
        assert!(code < 400 || !e.causes.is_empty(), "{code} has no causes");
        assert!(!e.checks.is_empty(), "{code} has no checks");
        assert!(stages::class_of(code).is_some(), "{code}");
    }
    for e in stages::status_entries() {
        assert!((100..=599).contains(&e.code));
        assert!(e.code < 400 || !e.causes.is_empty(), "{}", e.code);
        assert!(!e.checks.is_empty(), "{}", e.code);
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
/// extracted text contains the label, whitespace runs counted as one space (a page's reader
/// collapses them, a label may keep the body's); case and characters count as written (the
/// reader decodes HTML entities, labels are written decoded). An empty label says the body
/// carries no message: right is then none extracted.
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
            let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            let ok = match got.as_deref().map(squash) {
                None => want.is_empty(),
                Some(g) => !want.is_empty() && g.contains(&squash(want)),
            };
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
            body_scan: &resplain::internals::BodyScan::of(body),
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
        (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n\r\n2024-01-01T00:00:00Z heroku[router]: at=error code=H12 desc=\"Request timeout\" method=POST status=503", "30 seconds"),
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
        assert!(!r.explanation.cites.is_empty());
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

// ---------------------------------------------------------------------------------------------
// Issue 17: each statement that was wrong, with the response that showed it.

/// The explanation of `paste` with attribution replaced by `origin` (to test what the text says
/// for a given strength of evidence, whatever the attribution tables decide today).
fn explain_as(paste: &[u8], edit: impl Fn(&mut resplain::Origin)) -> resplain::Explanation {
    use resplain::internals::Subject;
    let base = inspect(paste);
    let mut origin = base.origin.clone();
    edit(&mut origin);
    resplain::internals::explain(&Subject {
        input: paste,
        status: &base.response.status,
        headers: &base.response.headers,
        body: &paste[base.response.body.span.start..base.response.body.span.end],
        body_kind: base.response.body.kind,
        media_type: base.response.body.media_type.as_deref(),
        body_span: base.response.body.span,
        origin: &origin,
        method: None,
        request_headers: &[],
        body_scan: &resplain::internals::BodyScan::of(
            &paste[base.response.body.span.start..base.response.body.span.end],
        ),
    })
}

fn all_text(e: &resplain::Explanation) -> String {
    let mut parts = vec![e.summary.clone(), e.retry.detail.to_string()];
    parts.extend(e.causes.iter().map(|t| t.to_string()));
    parts.extend(e.checks.iter().map(|t| t.to_string()));
    parts.extend(e.ruled_out.iter().map(|t| t.to_string()));
    parts.join("\n")
}

/// A body with `error`/`errors` that no shape reads is not quoted as saying "success: false";
/// nested `error.reason`, `error.message` and `errors[0].message` are read generically.
#[test]
fn no_invented_quotes() {
    let json = |status: &str, body: &str| {
        inspect(
            format!("HTTP/1.1 {status}\r\nContent-Type: application/json\r\n\r\n{body}").as_bytes(),
        )
    };
    let es = json(
        "404 Not Found",
        r#"{"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [logs]"}],"type":"index_not_found_exception","reason":"no such index [logs]","index":"logs"},"status":404}"#,
    );
    let m = es.explanation.message.as_ref().unwrap();
    assert_eq!(m.text, "no such index [logs]");
    assert_eq!(m.code.as_deref(), Some("index_not_found_exception"));
    for body in [
        r#"{"error":true}"#,
        r#"{"errors":[{"code":34}]}"#,
        r#"{"error":{"code":7}}"#,
    ] {
        for status in ["200 OK", "404 Not Found", "500 Internal Server Error"] {
            let r = json(status, body);
            let text = all_text(&r.explanation);
            assert!(
                !text.contains("success: false") && !text.contains("ok: false"),
                "{status} {body}: {text}"
            );
            if let Some(m) = &r.explanation.message {
                assert!(body.contains(&m.text), "{body}: quoted {:?}", m.text);
            }
        }
    }
    // A flag the body does have is still quoted.
    let r = json("200 OK", r#"{"success":false}"#);
    assert_eq!(r.explanation.message.unwrap().text, "success: false");
    for (body, want) in [
        (
            r#"{"error":{"message":"quota exceeded"}}"#,
            "quota exceeded",
        ),
        (r#"{"errors":[{"message":"bad cursor"}]}"#, "bad cursor"),
        (
            r#"{"error":{"description":"token revoked"}}"#,
            "token revoked",
        ),
    ] {
        let r = json("400 Bad Request", body);
        assert_eq!(r.explanation.message.unwrap().text, want, "{body}");
    }
    // `"error": false` says there is none.
    let r = json("200 OK", r#"{"error":false,"data":[]}"#);
    assert!(!r.explanation.summary.contains("reports an error"));
}

/// "Not a proxy failure" and other absolute claims only when the verdict is sure (`origin.sure`:
/// a product's own fingerprint, confidence 0.8 or more); weaker evidence is hedged, and a hedged
/// explanation keeps the causes of every layer.
#[test]
fn absolute_claims_need_strong_evidence() {
    let paste: &[u8] = b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\nServer: uvicorn\r\n\r\n{\"detail\":\"Upstream weather service returned an invalid response\"}";
    let weak = explain_as(paste, |o| {
        o.kind = resplain::OriginKind::App;
        o.basis = "fingerprint";
        o.confidence = 0.55;
        o.sure = false;
    });
    let text = all_text(&weak);
    assert!(!text.contains("Not a proxy"), "{text}");
    assert!(!text.contains("every layer"), "{text}");
    assert!(weak.summary.contains("probably"), "{}", weak.summary);
    assert!(weak
        .causes
        .iter()
        .any(|c| c.starts_with("Proxy or load balancer:")));
    let strong = explain_as(paste, |o| {
        o.kind = resplain::OriginKind::App;
        o.basis = "fingerprint";
        o.confidence = 0.95;
        o.sure = true;
    });
    assert!(strong
        .ruled_out
        .iter()
        .any(|n| n.starts_with("Not a proxy")));
    // Never proxy causes after saying it is not a proxy.
    assert!(
        !strong.causes.iter().any(|c| c.starts_with("Proxy")),
        "{:?}",
        strong.causes
    );
    assert!(!strong.summary.contains("probably"));
    // A server token or layer cues are not strong, however high the confidence.
    let cues = explain_as(paste, |o| {
        o.kind = resplain::OriginKind::App;
        o.basis = "layer-cues";
        o.confidence = 0.95;
        o.sure = false;
    });
    assert!(!all_text(&cues).contains("Not a proxy"));
    // A proxy named on weak evidence is not asserted either.
    let proxy = explain_as(
        b"HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
        |o| {
            o.confidence = 0.5;
            o.sure = false;
        },
    );
    assert!(
        !proxy.summary.contains("not by your application"),
        "{}",
        proxy.summary
    );
    assert!(proxy.summary.contains("probably"), "{}", proxy.summary);
    // The same holds over every fixture, whatever attribution decides for it today.
    for (id, path, _) in fixtures() {
        let r = inspect(&std::fs::read(&path).unwrap());
        // What `sure` means, held against the fields it is decided from.
        assert_eq!(
            r.origin.sure,
            r.origin.basis == "fingerprint" && r.origin.confidence >= 0.8,
            "{id}"
        );
        let strong = r.origin.sure;
        let text = all_text(&r.explanation);
        assert!(!text.contains("every layer"), "{id}");
        if !strong {
            assert!(!text.contains("Not a proxy"), "{id}: {text}");
            assert!(
                !r.explanation.summary.contains("not by your application"),
                "{id}"
            );
        }
        if r.explanation
            .ruled_out
            .iter()
            .any(|n| n.starts_with("Not a proxy"))
        {
            assert!(
                !r.explanation.causes.iter().any(|c| c.starts_with("Proxy")),
                "{id}: proxy causes after 'not a proxy'"
            );
        }
    }
}

/// nginx's own 500 page is nginx failing inside itself, not an application bug.
#[test]
fn nginx_own_500_is_nginx_internal() {
    let r = inspect(b"HTTP/1.1 500 Internal Server Error\r\nServer: nginx/1.24.0\r\nContent-Type: text/html\r\nContent-Length: 177\r\nConnection: close\r\n\r\n<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n");
    assert_eq!(r.origin.generator.as_deref(), Some("nginx"));
    let first = r.explanation.causes.first().unwrap();
    assert!(
        first.contains("rewrite or internal redirection cycle"),
        "{first}"
    );
    assert!(!all_text(&r.explanation).contains("bug in the application"));
    // The error-log line, pasted with it, leads.
    let r = inspect(b"HTTP/1.1 500 Internal Server Error\r\nServer: nginx\r\n\r\n2024/05/01 12:00:00 [error] 7#7: *1 rewrite or internal redirection cycle while internally redirecting to \"/index.html\"");
    assert!(r.explanation.causes[0].starts_with("nginx: rewrite or internal redirection cycle"));
}

/// The IIS/ARR 502 page does not rule out a timeout: ARR and Azure's front ends serve it for
/// backend time-outs too, and App Service cuts requests off at 230 seconds.
#[test]
fn iis_arr_502_can_be_a_timeout() {
    let r = inspect(b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nServer: Microsoft-IIS/10.0\r\nX-Powered-By: ARR/3.0\r\n\r\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"><html><head><title>502 - Web server received an invalid response while acting as a gateway or proxy server.</title></head><body><div id=\"content\"><fieldset><h2>502 - Web server received an invalid response while acting as a gateway or proxy server.</h2><h3>There is a problem with the page you are looking for, and it cannot be displayed. When the Web server (while acting as a gateway or proxy) contacted the upstream content server, it received an invalid response from the content server.</h3></fieldset></div></body></html>");
    let text = all_text(&r.explanation);
    assert!(!text.contains("Not a timeout"), "{text}");
    assert!(
        r.explanation.causes[0].contains("time-out"),
        "{:?}",
        r.explanation.causes
    );
    assert!(text.contains("230 seconds"));
}

/// Rate-limit headers decide retry advice whatever the status: a 403 with
/// `x-ratelimit-remaining: 0` (GitHub's primary limit) is retried after the reset.
#[test]
fn used_up_rate_limit_means_retry_after_reset() {
    let r = inspect(b"HTTP/1.1 403 Forbidden\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nContent-Type: application/json\r\nx-ratelimit-limit: 60\r\nx-ratelimit-remaining: 0\r\nx-ratelimit-reset: 1700000060\r\n\r\n{\"message\":\"API rate limit exceeded for 203.0.113.7.\",\"documentation_url\":\"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting\"}");
    let retry = &r.explanation.retry;
    assert_eq!(retry.advice, RetryAdvice::Yes);
    assert!(retry.detail.contains("resets in 60 s"), "{}", retry.detail);
    let r = inspect(b"HTTP/1.1 429 Too Many Requests\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: 30\r\n\r\n");
    assert_eq!(r.explanation.retry.advice, RetryAdvice::Yes);
    // A success that has used up its limit needs no retry.
    let r = inspect(b"HTTP/1.1 200 OK\r\nX-RateLimit-Remaining: 0\r\n\r\n");
    assert_eq!(r.explanation.retry.advice, RetryAdvice::NotNeeded);
}

/// A PHP fatal error inside a 200 is an error: retry advice says so instead of "not an error".
#[test]
fn error_inside_a_success_is_not_a_success_for_retry() {
    let r = inspect(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function foo() in /var/www/html/index.php:3\nStack trace:\n#0 {main}");
    let retry = &r.explanation.retry;
    assert_ne!(retry.advice, RetryAdvice::NotNeeded);
    assert!(!retry.detail.contains("Not an error"), "{}", retry.detail);
    assert!(r.explanation.summary.contains("reports an error"));
    // The success status's own text ("The request succeeded…") is not offered as a cause.
    assert!(!r.explanation.causes.iter().any(|c| c.contains("succeeded")));
}

/// Cloudflare's 1xxx codes as Cloudflare documents them, whoever attribution says answered.
#[test]
fn cloudflare_1xxx_as_documented() {
    let r = inspect(b"HTTP/1.1 403 Forbidden\r\nServer: cloudflare\r\nCF-RAY: 8a1b2c3d4e5f6789-FRA\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nerror code: 1104");
    let text = all_text(&r.explanation);
    assert!(!text.contains("Script not found"), "{text}");
    assert!(text.contains("email address"), "{text}");
    // The plain-text page alone: Cloudflare's, not the application's.
    let r = inspect(
        b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n\r\nerror code: 1200",
    );
    assert!(!r
        .explanation
        .summary
        .contains("generated by the application"));
    assert!(
        r.explanation.summary.contains("Cloudflare 1200"),
        "{}",
        r.explanation.summary
    );
    assert!(r.explanation.causes[0].contains("queued"));
    // Whole codes only: 1020 is not read inside 10200.
    let r = inspect(b"HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nerror code: 10200");
    assert!(!all_text(&r.explanation).contains("Cloudflare 1020"));
}

/// Vercel's codes match exactly: EDGE_FUNCTION_INVOCATION_FAILED is not the serverless
/// FUNCTION_INVOCATION_FAILED.
#[test]
fn vercel_codes_match_exactly() {
    let r = inspect(b"HTTP/2 500\r\nserver: Vercel\r\nx-vercel-id: fra1::iad1::abcde-1700000000000-0123456789ab\r\nx-vercel-error: EDGE_FUNCTION_INVOCATION_FAILED\r\ncontent-type: text/plain; charset=utf-8\r\n\r\nA server error has occurred\n\nEDGE_FUNCTION_INVOCATION_FAILED\n\nfra1::iad1::abcde-1700000000000-0123456789ab\n");
    let causes = r.explanation.causes.join("\n");
    assert!(
        causes.starts_with("Vercel EDGE_FUNCTION_INVOCATION_FAILED"),
        "{causes}"
    );
    assert!(!causes.contains("serverless function"), "{causes}");
}

/// A 502 or 504 with the method unknown may have reached the application: retry advice says
/// what is safe for idempotent requests and what to do otherwise.
#[test]
fn gateway_retry_with_the_method_unknown() {
    let r = inspect(b"HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
    let retry = &r.explanation.retry;
    assert_eq!(retry.advice, RetryAdvice::Maybe);
    assert!(retry.detail.contains("idempotent") && retry.detail.contains("idempotency key"));
    // A refusal before the application (a Cloudflare 521) stays a plain yes.
    let r = inspect(b"HTTP/1.1 521 Web Server Is Down\r\nServer: cloudflare\r\nCF-RAY: 8a1b2c3d4e5f6789-FRA\r\n\r\n");
    assert_eq!(r.explanation.retry.advice, RetryAdvice::Yes);
}

/// One list of checks, most specific first, no near-duplicates: a product's checks replace the
/// generic proxy ones, and an ALB page is never told to read "the proxy's error log".
#[test]
fn one_list_of_checks() {
    let nginx = inspect(b"HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
    let alb = inspect(b"HTTP/1.1 502 Bad Gateway\r\nServer: awselb/2.0\r\nContent-Type: text/html\r\nContent-Length: 122\r\n\r\n<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n");
    assert_eq!(alb.origin.generator.as_deref(), Some("aws-alb"));
    for r in [&nginx, &alb] {
        let checks = &r.explanation.checks;
        assert!(
            !checks.iter().any(|c| c.contains("the proxy's error log")),
            "{checks:?}"
        );
        let openings: Vec<String> = checks
            .iter()
            .map(|c| c.split_whitespace().take(4).collect::<Vec<_>>().join(" "))
            .collect();
        for (i, o) in openings.iter().enumerate() {
            assert!(
                !openings[..i].contains(o),
                "near-duplicate checks: {checks:?}"
            );
        }
    }
    assert!(nginx.explanation.checks[0].starts_with("Read nginx's error.log"));
    assert!(!alb
        .explanation
        .checks
        .iter()
        .any(|c| c.contains("error log")));
}

/// A framework's or platform's stock text ("Server Error", "Application Error") is not a
/// message to search the logs for.
#[test]
fn stock_error_text_is_not_searched_for() {
    let laravel = inspect(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Server Error</title>\n</head>\n<body>\n<div class=\"px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider\">500</div>\n<div class=\"ml-4 text-lg text-gray-500 uppercase tracking-wider\">Server Error</div>\n</body>\n</html>\n");
    let heroku = inspect(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<!DOCTYPE html>\n<html>\n<head>\n<title>Application Error</title>\n</head>\n<body>\n<iframe src=\"//www.herokucdn.com/error-pages/application-error.html\"></iframe>\n</body>\n</html>\n");
    for r in [laravel, heroku] {
        let text = all_text(&r.explanation);
        assert!(!text.contains("Search the application's logs"), "{text}");
        assert!(
            !r.explanation.summary.contains("which says"),
            "{}",
            r.explanation.summary
        );
    }
    // A message the application wrote still is.
    let r = inspect(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n\r\n{\"message\":\"invoice 42 has no customer\"}");
    assert!(r.explanation.checks[0].contains("invoice 42 has no customer"));
}

/// Every 502, 503 and 504, whatever generated it: a one-line answer, the meaning with how the
/// three differ, causes by layer, a checklist, why it is not the client's fault, retry with
/// backoff, and "don't assume JSON" with the safe client pattern.
#[test]
fn every_gateway_status_explains_the_same_things() {
    for code in [502, 503, 504] {
        let r = inspect(format!("HTTP/1.1 {code} Whatever\r\n\r\n").as_bytes());
        let e = &r.explanation;
        assert!(e.summary.starts_with(&code.to_string()) && !e.summary.contains('\n'));
        for other in [502, 503, 504].iter().filter(|&&c| c != code) {
            assert!(
                e.meaning.contains(&other.to_string()),
                "{code}: {}",
                e.meaning
            );
        }
        for layer in ["Proxy or load balancer:", "Application"] {
            assert!(
                e.causes.iter().any(|c| c.starts_with(layer)),
                "{code}: {:?}",
                e.causes
            );
        }
        assert!(e.checks.len() >= 3, "{code}");
        assert!(e
            .ruled_out
            .iter()
            .any(|n| n.contains("not your request's fault")));
        assert!(e
            .checks
            .iter()
            .any(|c| c.contains("Content-Type") && c.contains("res.json()")));
        assert!(e.retry.detail.contains("backoff") || e.retry.detail.contains("back off"));
    }
    // Retry-After is honoured.
    let r = inspect(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\n\r\n");
    assert!(r.explanation.retry.detail.contains("30 s"));
    // A proxy's HTML page where the request asked for JSON: said so.
    let paste = b"> GET /api/orders HTTP/1.1\r\n> Host: example.com\r\n> Accept: application/json\r\n>\r\n< HTTP/1.1 502 Bad Gateway\r\n< Server: nginx\r\n< Content-Type: text/html\r\n<\r\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    let r = inspect(paste);
    assert!(r.request.is_some());
    assert!(
        r.explanation
            .checks
            .iter()
            .any(|c| c.contains("asked for JSON")),
        "{:?}",
        r.explanation.checks
    );
}

/// One minimal response per vendor code and per product entry (tests/explain/*.txt: `### title`,
/// then the response as pasted: real heads from the fixtures, the vendor's own body or log
/// line): each gets that entry's explanation first, with its source, not the status class's
/// text; and every entry of the table has its case.
#[test]
fn every_vendor_code_gets_its_own_explanation() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/explain");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let entries = stages::generator_entries();
    let mut covered = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for block in text.split("### ").skip(1) {
            let (title, response) = block.split_once('\n').unwrap();
            let entry = entries
                .iter()
                .find(|e| e.title == title)
                .unwrap_or_else(|| panic!("{}: no entry titled {title:?}", file.display()));
            covered.insert(title.to_owned());
            let r = inspect(response.as_bytes());
            let e = &r.explanation;
            let first = e.causes.first().map(|c| c.to_string()).unwrap_or_default();
            let leads = first.starts_with(&format!("{title} — "));
            // A vendor code for any product may lead a product's entry when both read the same
            // words (a Lambda timeout relayed by Netlify): the product's entry follows it.
            let follows = e
                .causes
                .iter()
                .any(|c| c.starts_with(&format!("{title} — ")))
                && entries
                    .iter()
                    .find(|o| first.starts_with(&format!("{} — ", o.title)))
                    .is_some_and(|other| {
                        other.generators.is_empty()
                            && other
                                .body
                                .iter()
                                .any(|m| entry.body.iter().any(|n| n.eq_ignore_ascii_case(m)))
                    });
            if !(leads || follows) {
                failures.push(format!("{title}: first cause {first:?}"));
            } else if !resplain_tables::cite_number(entry.source)
                .is_some_and(|n| e.cites.contains(&n))
            {
                failures.push(format!("{title}: source missing"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let missing: Vec<&str> = entries
        .iter()
        .map(|e| e.title)
        .filter(|t| !covered.contains(*t))
        .collect();
    assert!(missing.is_empty(), "entries without a case: {missing:?}");
}
