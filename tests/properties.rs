//! Properties over arbitrary and HTTP-shaped bytes: `inspect` never panics, every range lies inside
//! the input, and the Report always serialises with the contract's fields. The JSON reader
//! accepts exactly what `serde_json` accepts, and reads the same values.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::cast_possible_truncation
)]

use proptest::prelude::*;
use serde_json::Value;

fn check(input: &[u8]) {
    let report = resplain::inspect(input);
    let json = serde_json::to_value(&report).unwrap();
    assert!(json["status"]["code"].is_null() || json["status"]["code"].is_u64());
    assert!(json["body"]["kind"].is_string());
    assert!(json["origin"]["kind"].is_string());
    assert!(json["explanation"]["summary"].is_string());
    spans_inside(&json, input.len());
}

fn spans_inside(value: &Value, len: usize) {
    match value {
        Value::Object(map) => {
            if let (Some(s), Some(e)) = (map.get("start"), map.get("end")) {
                let (s, e) = (s.as_u64().unwrap(), e.as_u64().unwrap());
                assert!(
                    s <= e && e as usize <= len,
                    "span {s}..{e} outside 0..{len}"
                );
            }
            map.values().for_each(|v| spans_inside(v, len));
        }
        Value::Array(items) => items.iter().for_each(|v| spans_inside(v, len)),
        _ => {}
    }
}

/// Pieces real pastes are made of, in any order and number.
fn http_piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"HTTP/1.1 502 Bad Gateway\r\n".to_vec()),
        Just(b"HTTP/2 503\n".to_vec()),
        Just(b"HTTP/1.1 100 Continue\r\n\r\n".to_vec()),
        Just(b"Content-Length: 5\r\n".to_vec()),
        Just(b"Content-Length: 99999999999999999999999\r\n".to_vec()),
        Just(b"Transfer-Encoding: chunked\r\n".to_vec()),
        Just(b"Content-Type: application/json\r\n".to_vec()),
        Just(b"Server: nginx\r\n".to_vec()),
        Just(b" folded\r\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"5\r\nhello\r\n".to_vec()),
        Just(b"ffffffffffffffff\r\n".to_vec()),
        Just(b"0\r\n\r\n".to_vec()),
        Just(b"<html><center>nginx</center></html>".to_vec()),
        Just(b"{\"error\":{\"message\":\"x\"}}".to_vec()),
        Just(b"[[[[[[[[[[[[[[[[[[[[".to_vec()),
        Just(vec![0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe]),
        proptest::collection::vec(any::<u8>(), 0..16),
    ]
}

/// Pieces of what tools and clients print around a response (wget, curl traces, prompts, Python
/// and Node printouts, the browser console), in any order and number: the shapes the format
/// readers look for, cut where a reader must not trust what follows.
fn tool_piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"--2026-12-03 01:38:59--  http://127.0.0.1:22010/orders\n".to_vec()),
        Just(b"HTTP request sent, awaiting response...\n".to_vec()),
        Just(b"HTTP request sent, awaiting response... 502 Bad Gateway\n".to_vec()),
        Just(b"  HTTP/1.1 502 Bad Gateway\n".to_vec()),
        Just(b"  Content-Length: 157\n".to_vec()),
        Just("Saving to: \u{2018}STDOUT\u{2019}\n".as_bytes().to_vec()),
        Just(b"-      0%[        ]       0  --.-KB/s               <html>\n".to_vec()),
        Just(b"-    100%[=======>]     157  --.-KB/s    in 0s\n".to_vec()),
        Just(b"     0K                          100% 19.2M=0s\n".to_vec()),
        Just(b"== Info:   Trying 127.0.0.1:22010...\n".to_vec()),
        Just(b"<= Recv header, 26 bytes (0x1a)\n".to_vec()),
        Just(b"<= Recv data, 70 bytes (0x46)\n".to_vec()),
        Just(b"=> Send header, 5 bytes (0x5)\n".to_vec()),
        Just(b"0000: HTTP/1.1 502 Bad Gateway\n".to_vec()),
        Just(b"0010: 0d 0a 48 54 54 50 2f 31 2e 31 20 35 30 32 0d 0a ..HTTP/1.1 502..\n".to_vec()),
        Just(b"0053:\n".to_vec()),
        Just(b"ffffffff: x\n".to_vec()),
        Just(b"dev@laptop:~$ curl -si http://x/\n".to_vec()),
        Just(b"root@vm:~#".to_vec()),
        Just(b"502 0.000363\n".to_vec()),
        Just(b"000\n".to_vec()),
        Just(b"curl: (22) The requested URL returned error: 502\n".to_vec()),
        Just(b"curl: (7) Failed to connect\n".to_vec()),
        Just(b"502 Bad Gateway\n".to_vec()),
        Just(b"{'Server': 'nginx', 'Content-Length': '157'}\n".to_vec()),
        Just(b"<Response [503 Backend fetch failed]>\n".to_vec()),
        Just(b"<ClientResponse(http://x/) [504 Gateway Time-out]>\n".to_vec()),
        Just(b"<CIMultiDictProxy('Server': 'nginx')>\n".to_vec()),
        Just(b"Headers({'server': 'x'})\n".to_vec()),
        Just(b"Traceback (most recent call last):\n".to_vec()),
        Just(b"requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: http://x/\n".to_vec()),
        Just(b"httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'http://x/'\n".to_vec()),
        Just(b"aiohttp.client_exceptions.ClientResponseError: 502, message='Bad Gateway', url='http://x/'\n".to_vec()),
        Just(b"java.io.IOException: Server returned HTTP response code: 502 for URL: http://x/\n".to_vec()),
        Just(b"in `error!': 502 \"Bad Gateway\" (Net::HTTPFatalError)\n".to_vec()),
        Just(b"The remote server returned an error: (503) Server Unavailable.\n".to_vec()),
        Just(b"Response {\n".to_vec()),
        Just(b"{\n".to_vec()),
        Just(b"  status: 502,\n".to_vec()),
        Just(b"  statusText: 'Bad Gateway',\n".to_vec()),
        Just(b"  headers: Headers {\n".to_vec()),
        Just(b"    'content-type': 'text/html',\n".to_vec()),
        Just(b"  data: '<html>\\r\\n' +\n".to_vec()),
        Just(b"    '</html>\\x3C\\u{1F600}\\',\n".to_vec()),
        Just(b"  [Symbol(Response internals)]: {\n".to_vec()),
        Just(b"  data: { error: 'x', n: [ 1, [Object] ], \xe2\x80\xa6 }\n".to_vec()),
        Just(b"}\n".to_vec()),
        Just(b"]\n".to_vec()),
        Just(b"AxiosError: Request failed with status code 503\n".to_vec()),
        Just(b"  code: 'ECONNREFUSED',\n".to_vec()),
        Just(b"(index):17  GET http://x/orders net::ERR_FAILED 502 (Bad Gateway)\n".to_vec()),
        Just("(index):18 Response\u{a0}{type: 'basic', status: 502, ok: false,\u{a0}\u{2026}}\n".as_bytes().to_vec()),
        Just(b"(index):22 503 'Service Unavailable' '<html>\\r\\n'\n".to_vec()),
        Just(b"(index):23 {error: 'maintenance', retry_after: 30}\n".to_vec()),
        Just(b"'".to_vec()),
        Just(b"\\".to_vec()),
        Just(b"\r".to_vec()),
        proptest::collection::vec(any::<u8>(), 0..12),
    ]
}

/// Pieces of JSON text, valid and not, short enough that nesting stays under both readers'
/// limit. (`\\u` escapes are left out: lone surrogates are an error in `serde_json`, U+FFFD in
/// ours.)
fn json_piece() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("["),
        Just("]"),
        Just("{"),
        Just("}"),
        Just(":"),
        Just(","),
        Just(" "),
        Just("\n"),
        Just("\"a\""),
        Just("\"message\""),
        Just("\"é ü\""),
        Just("\"x\\\"y\\n\""),
        Just("\""),
        Just("\\"),
        Just("1"),
        Just("0"),
        Just("-0.5e3"),
        Just("01"),
        Just("1."),
        Just("-"),
        Just("true"),
        Just("fals"),
        Just("null"),
        Just("\"long string of plain text here\""),
        Just("\u{1}"),
        Just("x"),
    ]
}

/// 2000 cases in the normal test run; `PROPTEST_CASES=200000 cargo test --profile bench --test
/// properties` is the long run (the local substitute for fuzzing where libFuzzer is unavailable).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(input in proptest::collection::vec(any::<u8>(), 0..512)) {
        check(&input);
    }

    #[test]
    fn http_shaped_pastes(pieces in proptest::collection::vec(http_piece(), 0..24)) {
        check(&pieces.concat());
    }

    #[test]
    fn tool_shaped_pastes(pieces in proptest::collection::vec(tool_piece(), 0..24)) {
        let input = pieces.concat();
        check(&input);
        use resplain::internals as r;
        let readers = [
            r::prepare_wget(&input),
            r::prepare_trace(&input),
            r::prepare_terminal(&input),
            r::prepare_python(&input),
            r::prepare_node(&input),
            r::prepare_console(&input),
            r::prepare_client(&input),
        ];
        for prepared in readers.iter().flatten() {
            prop_assert!(r::maps_inside(input.len(), prepared));
        }
    }

    #[test]
    fn json_reader_agrees_with_serde_json(pieces in proptest::collection::vec(json_piece(), 0..40)) {
        let text = pieces.concat();
        let reference = serde_json::from_str::<Value>(&text);
        // `-0.5e3011` is valid JSON text; serde_json refuses numbers beyond f64, ours keeps them
        // as written.
        prop_assume!(!reference
            .as_ref()
            .is_err_and(|e| e.to_string().contains("number out of range")));
        let reference = reference.ok();
        prop_assert_eq!(resplain::internals::Json::is_valid(text.as_bytes()), reference.is_some());
        let ours = resplain::internals::Json::parse(text.as_bytes());
        prop_assert_eq!(ours.is_some(), reference.is_some());
        if let (Some(ours), Some(reference)) = (ours, reference) {
            prop_assert!(same(&ours, &reference), "{text}");
        }
    }
}

/// The same document: numbers compared as written, members in order (serde_json keeps the last
/// of repeated keys, as `get` does).
fn same(ours: &resplain::internals::Json, theirs: &Value) -> bool {
    use resplain::internals::Json;
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        // serde_json's default float parsing is not always correctly rounded: compare closely.
        (Json::Number(a), Value::Number(b)) => match (a.parse::<f64>(), b.as_f64()) {
            (Ok(x), Some(y)) => (x - y).abs() <= 1e-12 * x.abs().max(y.abs()),
            _ => false,
        },
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Json::Object(_), Value::Object(b)) => b
            .iter()
            .all(|(k, v)| ours.get(k).is_some_and(|x| same(x, v))),
        _ => false,
    }
}

#[test]
fn deep_json_nesting_is_not_recursion() {
    let mut body =
        b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n\r\n".to_vec();
    body.extend(std::iter::repeat_n(b'[', 100_000));
    check(&body);
}

#[test]
fn a_thousand_responses_in_one_paste() {
    let one = b"HTTP/1.1 301 Moved Permanently\r\nLocation: /next\r\nContent-Length: 0\r\n\r\n";
    let paste = one.repeat(1000);
    let report = resplain::inspect(&paste);
    // The first 100 earlier responses and the final one are reported; the middle is counted.
    assert_eq!(report.previous.len(), 100);
    let skipped = report
        .diagnostics
        .iter()
        .find(|d| d.code == resplain::Code::TooManyResponses)
        .expect("a too-many-responses diagnostic");
    assert_eq!(
        skipped.detail.as_deref(),
        Some("899 responses after the first 100 were skipped")
    );
    assert_eq!(skipped.span.start, one.len() * 100);
    assert_eq!(skipped.span.end, one.len() * 999);
    assert_eq!(report.response.span.start, one.len() * 999);
    check(&paste);
}

#[test]
fn many_headers_and_a_long_header_line() {
    let mut paste = b"HTTP/1.1 431 Request Header Fields Too Large\r\n".to_vec();
    for i in 0..10_000 {
        paste.extend_from_slice(format!("X-H-{i}: {i}\r\n").as_bytes());
    }
    paste.extend_from_slice(b"X-Long: ");
    paste.extend(std::iter::repeat_n(b'a', 1 << 20));
    paste.extend_from_slice(b"\r\n\r\n");
    let report = resplain::inspect(&paste);
    // 1,000 headers are kept; the head is still read to its end, and the body after it found.
    assert_eq!(report.response.headers.len(), 1000);
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.code == resplain::Code::TooManyHeaders));
    assert_eq!(report.response.body.span.start, paste.len());
    check(&paste);
    // A long line among few headers is kept whole.
    let mut paste = b"HTTP/1.1 431 Request Header Fields Too Large\r\nX-Long: ".to_vec();
    paste.extend(std::iter::repeat_n(b'a', 1 << 20));
    paste.extend_from_slice(b"\r\n\r\n");
    let report = resplain::inspect(&paste);
    assert_eq!(report.response.headers[0].value.len(), 1 << 20);
    check(&paste);
}

#[test]
fn many_tiny_chunks() {
    let mut paste = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..100_000 {
        paste.extend_from_slice(b"1\r\nx\r\n");
    }
    paste.extend_from_slice(b"0\r\n\r\n");
    let report = resplain::inspect(&paste);
    assert_eq!(report.response.body.length, 100_000);
    check(&paste);
}

#[test]
fn deeply_nested_json_objects_and_a_deep_har() {
    let mut body =
        b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n\r\n".to_vec();
    body.extend(b"{\"a\":".repeat(100_000));
    check(&body);
    // A HAR-shaped paste whose entries nest 100,000 deep.
    let mut har = b"{\"log\":{\"version\":\"1.2\",\"entries\":[".to_vec();
    har.extend(std::iter::repeat_n(b'[', 100_000));
    check(&har);
}

#[test]
fn empty_and_whitespace_pastes_say_so() {
    for paste in [&b""[..], b"\r\n\r\n", b"\0"] {
        let report = resplain::inspect(paste);
        assert!(!report.diagnostics.is_empty(), "{paste:?}");
        check(paste);
    }
}

#[test]
fn a_megabyte_cookie_header() {
    let mut paste = b"HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nCookie: ".to_vec();
    paste.extend(b"session=0123456789abcdef; ".repeat(40_000));
    paste.extend_from_slice(b"\r\nContent-Length: 0\r\n\r\n");
    check(&paste);
}

#[test]
fn a_huge_content_length_over_a_large_body() {
    let mut paste =
        b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 1000000000000000000000000000000\r\n\r\n"
            .to_vec();
    paste.extend(b"<html><body>upstream error</body></html>\n".repeat(25_000));
    let report = resplain::inspect(&paste);
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.code == resplain::Code::InvalidContentLength));
    check(&paste);
}

#[test]
fn chunk_sizes_at_and_past_u64() {
    for size in [
        "ffffffffffffffff",
        "10000000000000000",
        "0000000000000000000001",
    ] {
        let paste = format!(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{size}\r\nabc\r\n0\r\n\r\n"
        );
        let report = resplain::inspect(paste.as_bytes());
        assert!(!report.diagnostics.is_empty(), "{size}");
        check(paste.as_bytes());
    }
}

/// A HAR of many entries: every entry is listed, failing ones first; the first 200 of that order
/// are inspected, the rest only listed, and a diagnostic says so.
#[test]
fn a_har_of_many_entries() {
    let entry = |status: u16| {
        format!(
            "{{\"request\":{{\"method\":\"GET\",\"url\":\"https://shop.test/api/{status}?token=s3cret\",\"headers\":[]}},\
             \"response\":{{\"status\":{status},\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\",\
             \"headers\":[{{\"name\":\"Server\",\"value\":\"nginx\"}}],\"content\":{{\"size\":0,\"mimeType\":\"text/html\",\"text\":\"\"}}}}}}"
        )
    };
    // 250 failing entries among 100 passing ones, interleaved.
    let entries: Vec<String> = (0..350)
        .map(|i| entry(if i % 7 < 5 { 502 } else { 200 }))
        .collect();
    let har = format!(
        "{{\"log\":{{\"version\":\"1.2\",\"entries\":[{}]}}}}",
        entries.join(",")
    );
    let report = resplain::inspect(har.as_bytes());
    assert_eq!(report.entries.len(), 350);
    assert!(report.entries.iter().take(250).all(|e| e.failing));
    let inspected: Vec<bool> = report.entries.iter().map(|e| e.report.is_some()).collect();
    assert!(inspected[..200].iter().all(|&i| i));
    assert!(inspected[200..].iter().all(|&i| !i));
    // Listed entries keep their line: method, URL (masked), status.
    let listed = &report.entries[300];
    assert_eq!((listed.method.as_str(), listed.status), ("GET", 200));
    assert_eq!(listed.url, "https://shop.test/api/200?token=••••");
    let note = report
        .diagnostics
        .iter()
        .find(|d| d.code == resplain::Code::HarEntriesNotInspected)
        .expect("a har-entries-not-inspected diagnostic");
    assert_eq!(
        note.detail.as_deref(),
        Some("200 of 350 entries inspected; the other 150 are listed only")
    );
    check(har.as_bytes());
}

/// Header values of a megabyte made of what the secret scanner and the header readers look for
/// (`?token=` once took 35 s: each value was searched to the end of the text). Each is one linear
/// pass now; a regression shows as a suite that takes minutes.
#[test]
fn megabyte_values_of_delimiters() {
    for unit in ["?token=", "&key=a", ";", "&", "://", "a:b@", "\"", "=", "%"] {
        let value = unit.repeat((1 << 20) / unit.len());
        let paste = format!(
            "HTTP/1.1 302 Found\r\nLocation: {value}\r\nSet-Cookie: {value}\r\nCookie: {value}\r\n\
             RateLimit: {value}\r\nProxy-Status: {value}\r\nWWW-Authenticate: {value}\r\n\r\n"
        );
        check(paste.as_bytes());
    }
}

/// The format readers over pastes built to make them work hard: a megabyte of one line each
/// reader looks at, repeated. Each must stay linear (the test would time out otherwise) and
/// keep its spans inside the paste.
#[test]
fn megabytes_of_what_the_format_readers_look_for() {
    let units: &[&str] = &[
        "  status: 502,\n",
        "{\n",
        "  data: '<html>\\r\\n' +\n",
        "Response {\n  headers: Headers {\n",
        "(index):17  GET http://x/ 502 (Bad Gateway)\n",
        "(index):23 {error: 'x', a: [1, {b: [2, {c: 3}]}]}\n",
        "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n",
        "HTTP request sent, awaiting response...\n  HTTP/1.1 502 Bad Gateway\n",
        "-      0%[        ]       0  --.-KB/s  <p>\n",
        "<= Recv data, 64 bytes (0x40)\n0000: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f ................\n",
        "0000: line of a trace\n",
        "{'a': '\\x3c', 'b': 'c'}",
        "'",
        "[",
        "502 0.1\n",
    ];
    for unit in units {
        let paste = unit.repeat((1 << 20) / unit.len());
        let started = std::time::Instant::now();
        check(paste.as_bytes());
        let prefixed = format!("== Info: x\n{paste}");
        check(prefixed.as_bytes());
        let node = format!("AxiosError: x\n{paste}");
        check(node.as_bytes());
        assert!(
            started.elapsed().as_secs() < 60,
            "{unit:?} took {:?}",
            started.elapsed()
        );
    }
}
