//! Layer cues: what any response shows about the layer that wrote it, whoever the product. When
//! no fingerprint names the generator, these decide whether a proxy (a proxy, load balancer, CDN,
//! gateway or platform) or the application wrote the response, and say why.
//!
//! Each cue's weight is log-odds (natural log of how much likelier the cue is when that layer
//! wrote the response than when the other did); matching cues add up, and the sum decides only
//! when it is large enough (attribution's `COMMIT`), so a single weak cue never makes a verdict.
//! Sources: RFC 9110's definitions of the codes, and the captures of the lab (lab/recipes), where
//! every proxy and application server in tests/fixtures shows which cues its responses carry.

use crate::pack::Packer;
use crate::product::{Layer, Matcher, Matcher::*};
use crate::products::{pack_matcher, read_matcher};
use crate::unpack::Reader;

#[derive(Debug, PartialEq)]
pub struct Cue {
    pub matcher: Matcher,
    /// `Layer::Proxy` for every layer in front of the application, or `Layer::App`.
    pub toward: Layer,
    /// Log-odds for `toward`: 0.4 a hint, 1 fair, 2 strong.
    pub weight: f32,
    /// What the cue shows, in words, for the Report's `reasons`.
    pub says: &'static str,
    pub source: &'static str,
}

const RFC: &str = "RFC 9110 section 15 (status code definitions)";
const LAB: &str = "lab captures: tests/fixtures/*-lab-* (every proxy and application server of lab/recipes, each scenario)";
const LAB_RFC: &str = "RFC 9110 section 15 and the lab captures (tests/fixtures/*-lab-*)";

const fn cue(
    matcher: Matcher,
    toward: Layer,
    weight: f32,
    says: &'static str,
    source: &'static str,
) -> Cue {
    Cue {
        matcher,
        toward,
        weight,
        says,
        source,
    }
}

use Layer::{App, Proxy};

pub const TABLE: &[Cue] = &[
    // The status: 502 and 504 are defined as a gateway's answers; 500 and most 4xx are the
    // application's verdict on the request.
    cue(
        Status(502, 502),
        Proxy,
        1.4,
        "502 is a gateway's answer: the server behind it failed to give a valid response",
        RFC,
    ),
    cue(
        Status(504, 504),
        Proxy,
        1.4,
        "504 is a gateway's answer: the server behind it did not answer in time",
        RFC,
    ),
    cue(
        Status(503, 503),
        Proxy,
        0.4,
        "503 comes from proxies with no backend as often as from applications",
        LAB_RFC,
    ),
    cue(
        Status(500, 500),
        App,
        1.0,
        "500 is usually the application failing (an exception, a crash)",
        LAB_RFC,
    ),
    cue(
        Status(400, 499),
        App,
        0.6,
        "a 4xx is usually the application's verdict on the request",
        LAB_RFC,
    ),
    // Protocol-level refusals come from whichever server reads the request first.
    cue(
        All(&[Status(408, 408)]),
        Proxy,
        0.6,
        "408: the front server gave up waiting for the request",
        LAB_RFC,
    ),
    cue(
        Status(413, 413),
        Proxy,
        0.6,
        "413: front servers limit body size as often as applications (nginx: 1 MB by default)",
        LAB_RFC,
    ),
    cue(
        Status(414, 414),
        Proxy,
        0.6,
        "414: the front server refused the request line's length",
        LAB_RFC,
    ),
    cue(
        Status(431, 431),
        Proxy,
        0.6,
        "431: the front server refused the header size",
        LAB_RFC,
    ),
    cue(
        Status(494, 497),
        Proxy,
        1.4,
        "494-497: nginx's own request errors",
        LAB,
    ),
    // The reason phrase: products that write their own spellings are servers and proxies;
    // frameworks pass the registered phrase.
    cue(
        All(&[Feature("reason-nonstandard"), Status(500, 599)]),
        Proxy,
        0.8,
        "a reason phrase of the server's own wording on a 5xx",
        LAB,
    ),
    // The body.
    cue(
        Feature("problem-json"),
        App,
        2.2,
        "an RFC 9457 problem details body: an application or API framework",
        LAB,
    ),
    cue(
        Feature("error-json"),
        App,
        2.0,
        "a JSON error object: the shape APIs answer with",
        LAB,
    ),
    cue(
        Feature("debug-page"),
        App,
        2.5,
        "a stack trace or traceback: the application's own failure",
        LAB,
    ),
    cue(
        Feature("generic-page"),
        Proxy,
        0.5,
        "a server's built-in page that says only the status",
        LAB,
    ),
    cue(
        All(&[Feature("generic-page"), Status(502, 504)]),
        Proxy,
        0.8,
        "a built-in status page for a gateway error",
        LAB,
    ),
    cue(
        All(&[Feature("empty-body"), Status(502, 504)]),
        Proxy,
        0.6,
        "no body on a gateway error",
        LAB,
    ),
    cue(
        All(&[Feature("short-text"), Status(502, 504)]),
        Proxy,
        0.6,
        "one short line of text on a gateway error",
        LAB,
    ),
    cue(
        All(&[Feature("empty-body"), Status(400, 499)]),
        App,
        0.9,
        "an empty 4xx: an API's verdict without a body",
        LAB,
    ),
    cue(
        All(&[Feature("short-text"), Status(400, 500)]),
        App,
        0.7,
        "a short text error: what frameworks answer by default",
        LAB,
    ),
    // Headers.
    cue(All(&[Feature("no-date"), Status(400, 599)]), Proxy, 0.9, "no Date header: a server's low-level error path or a proxy's own reply, not an application framework's", LAB_RFC),
    cue(
        Feature("powered-by"),
        App,
        1.2,
        "X-Powered-By: the application's stack wrote this head",
        LAB,
    ),
    cue(
        All(&[Feature("server-unknown"), Status(502, 504)]),
        Proxy,
        0.6,
        "a gateway error from a server the tables do not know: most likely its own page",
        LAB,
    ),
];

/// A log-odds weight as a byte in 20ths (0 to 12.75); one that is not fails the build here.
pub(crate) fn log_odds_byte(weight: f32, owner: &str) -> u8 {
    let byte = (0..=u8::MAX)
        .find(|&k| (f32::from(k) / 20.0 - weight).abs() < 1e-4)
        .unwrap_or(0);
    assert!(
        (f32::from(byte) / 20.0 - weight).abs() < 1e-4,
        "{owner}: weight {weight} is not a multiple of 0.05 up to 12.75"
    );
    byte
}

pub(crate) fn pack(p: &mut Packer) {
    p.uint(TABLE.len());
    for cue in TABLE {
        pack_matcher(p, &cue.matcher);
        p.byte(cue.toward as u8);
        p.byte(log_odds_byte(cue.weight, cue.says));
        p.str(cue.says);
        p.cite(cue.source);
    }
}

pub(crate) fn read(r: &mut Reader) -> Cue {
    Cue {
        matcher: read_matcher(r),
        toward: Layer::from_byte(r.byte()),
        weight: f32::from(r.byte()) / 20.0,
        says: r.str(),
        source: r.cite(),
    }
}
