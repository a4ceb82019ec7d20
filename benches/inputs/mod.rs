//! Benchmark inputs: the fixtures, their heads, and generated large and pathological pastes.
//! Shared by `benches/inspect.rs` and `benches/complexity.rs` (`mod inputs;`).
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub(crate) struct Fixture {
    pub(crate) id: String,
    pub(crate) bytes: Vec<u8>,
}

/// Every `tests/fixtures/*.http`, sorted by name.
pub(crate) fn fixtures() -> Vec<Fixture> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "http"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| Fixture {
            id: p.file_stem().unwrap().to_string_lossy().into_owned(),
            bytes: std::fs::read(&p).unwrap(),
        })
        .collect()
}

/// The head of a paste (status line through the blank line), when it has one.
pub(crate) fn head_of(bytes: &[u8]) -> Option<&[u8]> {
    let crlf = memchr::memmem::find(bytes, b"\r\n\r\n").map(|i| i + 4);
    let lf = memchr::memmem::find(bytes, b"\n\n").map(|i| i + 2);
    let end = match (crlf, lf) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some(&bytes[..end])
}

const HTML_HEAD: &str =
    "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=utf-8\r\n\r\n";

/// A response with an HTML body of about `size` bytes: an ordinary app page (tables, links,
/// paragraphs), no error-page markers, no declared length (read to the end).
pub(crate) fn html(size: usize) -> Vec<u8> {
    let mut s = String::with_capacity(size + 512);
    s.push_str(HTML_HEAD);
    s.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Orders &middot; Example Shop</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n\
         </head>\n<body>\n<div id=\"app\">\n<table class=\"orders\">\n",
    );
    let mut i = 0u64;
    while s.len() < size {
        let _ = write!(
            s,
            "<tr class=\"row\" data-id=\"{i}\"><td><a href=\"/orders/{i}\">Order #{i}</a></td>\
             <td>Shipped to Jane Doe, 12 Example Street, Springfield</td><td class=\"num\">{}.{:02} EUR</td>\
             <td><span class=\"badge\">paid</span></td></tr>\n<tr><td colspan=\"4\"><p>Lorem ipsum dolor \
             sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore \
             magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.</p></td></tr>\n",
            i * 7 % 1000,
            i % 100
        );
        i += 1;
    }
    s.push_str("</table>\n</div>\n</body>\n</html>\n");
    s.into_bytes()
}

/// A response with a JSON body of about `size` bytes (an array of records).
pub(crate) fn json(size: usize) -> Vec<u8> {
    let mut s = String::with_capacity(size + 512);
    s.push_str("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"data\":[");
    let mut i = 0u64;
    while s.len() < size {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(
            s,
            "{{\"id\":{i},\"name\":\"item {i}\",\"price\":{}.{:02},\"tags\":[\"a\",\"b\",\"c\"],\
             \"active\":true,\"owner\":{{\"id\":{},\"email\":\"user{}@example.com\"}},\
             \"description\":\"Lorem ipsum dolor sit amet, consectetur adipiscing elit.\"}}",
            i % 500,
            i % 100,
            i % 97,
            i % 97
        );
        i += 1;
    }
    s.push_str("],\"next\":null}");
    s.into_bytes()
}

/// A HAR 1.2 log with `entries` entries (each an error response with headers and an HTML body).
/// Until HAR input is supported, a HAR paste is read as a JSON body.
pub(crate) fn har(entries: usize) -> Vec<u8> {
    let mut s = String::from(
        "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"WebInspector\",\"version\":\"537.36\"},\
         \"pages\":[],\"entries\":[",
    );
    for i in 0..entries {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(
            s,
            "{{\"startedDateTime\":\"2024-05-14T09:12:{:02}.000Z\",\"time\":{}.5,\
             \"request\":{{\"method\":\"GET\",\"url\":\"https://shop.example.com/api/orders/{i}\",\
             \"httpVersion\":\"HTTP/1.1\",\"headers\":[{{\"name\":\"Host\",\"value\":\"shop.example.com\"}},\
             {{\"name\":\"Accept\",\"value\":\"application/json\"}},{{\"name\":\"User-Agent\",\
             \"value\":\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36\"}}],\"queryString\":[],\
             \"cookies\":[],\"headersSize\":-1,\"bodySize\":0}},\
             \"response\":{{\"status\":502,\"statusText\":\"Bad Gateway\",\"httpVersion\":\"HTTP/1.1\",\
             \"headers\":[{{\"name\":\"Server\",\"value\":\"nginx\"}},{{\"name\":\"Content-Type\",\
             \"value\":\"text/html\"}},{{\"name\":\"Content-Length\",\"value\":\"157\"}},\
             {{\"name\":\"Date\",\"value\":\"Tue, 14 May 2024 09:12:44 GMT\"}}],\"cookies\":[],\
             \"content\":{{\"size\":157,\"mimeType\":\"text/html\",\"text\":\"<html>\\r\\n<head><title>502 \
             Bad Gateway</title></head>\\r\\n<body>\\r\\n<center><h1>502 Bad Gateway</h1></center>\\r\\n\
             <hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n\"}},\"redirectURL\":\"\",\
             \"headersSize\":-1,\"bodySize\":157}},\"cache\":{{}},\"timings\":{{\"send\":0.1,\"wait\":{}.2,\
             \"receive\":0.3}}}}",
            i % 60,
            i % 300,
            i % 300
        );
    }
    s.push_str("]}}");
    s.into_bytes()
}

/// A 431 response with `n` small headers.
pub(crate) fn many_headers(n: usize) -> Vec<u8> {
    let mut s = String::from("HTTP/1.1 431 Request Header Fields Too Large\r\nServer: nginx\r\n");
    for i in 0..n {
        let _ = write!(s, "X-Header-{i}: value-{i}\r\n");
    }
    s.push_str("Content-Length: 0\r\n\r\n");
    s.into_bytes()
}

/// A response with one header line of `len` bytes.
pub(crate) fn long_header(len: usize) -> Vec<u8> {
    let mut v = b"HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nCookie: ".to_vec();
    v.extend((0..len).map(|i| b"abcdefghij=0123456789; "[i % 23]));
    v.extend_from_slice(b"\r\nContent-Length: 0\r\n\r\n");
    v
}

/// A chunked response with `n` one-byte chunks.
pub(crate) fn tiny_chunks(n: usize) -> Vec<u8> {
    let mut v =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
            .to_vec();
    for _ in 0..n {
        v.extend_from_slice(b"1\r\nx\r\n");
    }
    v.extend_from_slice(b"0\r\n\r\n");
    v
}

/// `n` responses in one paste (redirects, then the final error page).
pub(crate) fn many_responses(n: usize) -> Vec<u8> {
    let redirect = b"HTTP/1.1 301 Moved Permanently\r\nLocation: /next\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n";
    let mut v = redirect.repeat(n.saturating_sub(1));
    v.extend_from_slice(
        b"HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n\
          <html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
          <center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
    );
    v
}

/// A large case: a name, and the paste at a given scale (`scale` 1 is the size the issue names).
pub(crate) struct Large {
    pub(crate) name: &'static str,
    pub(crate) make: fn(usize) -> Vec<u8>,
    /// The scale parameter for the size the issue names.
    pub(crate) base: usize,
}

pub(crate) const LARGE: &[Large] = &[
    Large {
        name: "html_1mb",
        make: html,
        base: 1 << 20,
    },
    Large {
        name: "html_50mb",
        make: html,
        base: 50 << 20,
    },
    Large {
        name: "json_10mb",
        make: json,
        base: 10 << 20,
    },
    Large {
        name: "har_2000",
        make: har,
        base: 2000,
    },
    Large {
        name: "headers_10000",
        make: many_headers,
        base: 10_000,
    },
    Large {
        name: "header_line_1mb",
        make: long_header,
        base: 1 << 20,
    },
    Large {
        name: "chunks_100000",
        make: tiny_chunks,
        base: 100_000,
    },
    Large {
        name: "responses_1000",
        make: many_responses,
        base: 1000,
    },
];
