//! The shape of a fingerprint entry. One `Product` per product; each signal cites its source.

/// What kind of layer a product is, which also orders the relay chain (edge first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Layer {
    /// CDNs and edge networks: the hop closest to the client.
    Edge,
    /// Load balancers, API gateways, hosting platforms' routers.
    Gateway,
    /// Reverse proxies and service-mesh sidecars in front of the app.
    Proxy,
    /// Application frameworks, app servers, and APIs' own error shapes.
    App,
}

impl Layer {
    /// The layer's id in a Report: `edge`, `gateway`, `proxy` or `app`.
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Edge => "edge",
            Layer::Gateway => "gateway",
            Layer::Proxy => "proxy",
            Layer::App => "app",
        }
    }
}

/// What a signal shows about its product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shows {
    /// The product wrote this response (its error page, its JSON shape, a header only its own
    /// replies carry).
    Generated,
    /// The product was on the path (a header it adds to every response it relays).
    OnPath,
}

/// How a signal is matched. Header names are ASCII case-insensitive; header values are
/// compared case-insensitively; body literals are matched byte for byte.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Matcher {
    /// The header is present, whatever its value.
    Header(&'static str),
    /// The header's value is exactly this.
    HeaderIs(&'static str, &'static str),
    /// The header's value starts with this.
    HeaderPrefix(&'static str, &'static str),
    /// The header's value contains this.
    HeaderContains(&'static str, &'static str),
    /// The header's value is exactly one of these (a built-in page's `Content-Length`, which
    /// still names the product when the paste has no body: `curl -I`, copied headers).
    HeaderIn(&'static str, &'static [&'static str]),
    /// The body contains these bytes.
    Body(&'static str),
    /// The whole body, without surrounding whitespace, is exactly this (`""` for an empty body).
    BodyIs(&'static str),
    /// The status line's reason phrase is exactly this (a product's own spelling).
    Reason(&'static str),
    /// The status code is in this inclusive range (codes only one product sends).
    Status(u16, u16),
    /// The body is JSON and has every one of these JSON pointers (`/error/message`).
    JsonKeys(&'static [&'static str]),
    /// The body is JSON and the string (or number, as written) at this JSON pointer equals the value.
    JsonIs(&'static str, &'static str),
    /// Every one of these matches: for signals that mean something only together (an empty body
    /// *and* `Server: Caddy`).
    All(&'static [Matcher]),
    /// These header names, spelled exactly so (case included), appear in this order, others
    /// possibly between them: how an HTTP stack writes its head (`Content-Type`,
    /// `X-Content-Type-Options`, `Date`, `Content-Length` for Go's `http.Error`).
    NamesInOrder(&'static [&'static str]),
    /// The head starts with exactly these header names, spelled exactly so (uvicorn writes `date`
    /// and `server` first).
    NamesStart(&'static [&'static str]),
    /// The head ends with exactly these header names, spelled exactly so (Node's http module
    /// appends `Date`, `Connection`, `Keep-Alive` after the handler's headers).
    NamesEnd(&'static [&'static str]),
    /// A property of the response that the attribution code observes, named here (see
    /// `FEATURES`).
    Feature(&'static str),
}

/// The observations `Matcher::Feature` can name; the attribution code computes each one.
pub const FEATURES: &[(&str, &str)] = &[
    ("empty-body", "the body is empty and the head does not announce one"),
    ("head-only", "the head announces a body the paste does not have (curl -I, a HEAD request, copied headers)"),
    ("generic-page", "an HTML page that says nothing but the status (code and reason in its title or heading), perhaps with a server name: a server's built-in page"),
    ("short-text", "a plain-text body of one short line"),
    ("error-json", "a JSON object with an error member (error, errors, message, detail, title, fault)"),
    ("problem-json", "an RFC 9457 problem details body"),
    ("debug-page", "a stack trace or traceback in the body"),
    ("reason-nonstandard", "a reason phrase that is neither the registered one nor a known variant"),
    ("server-unknown", "a Server header that names no product in the tables"),
    ("powered-by", "an X-Powered-By header: the application or its platform wrote or passed this head"),
    ("via", "a Via header: a proxy relayed the response"),
    ("no-server", "no Server header"),
    ("no-reason", "an HTTP/1 status line without a reason phrase (`HTTP/1.1 404 `: Tomcat since 8.5, Hypercorn, h3 2)"),
    ("no-date", "no Date header (HTTP/1): frameworks' responses carry one; servers' low-level error paths and some proxies' own replies do not"),
    ("names-lowercase", "an HTTP/1 head whose header names are all lowercase"),
    ("http2", "an HTTP/2 or HTTP/3 status line (header names are lowercase on the wire)"),
    ("http1.1", "an HTTP/1.1 status line (servers built on Python's http.server answer HTTP/1.0 unless told otherwise)"),
    ("stack:<id>", "the head has the habits of that HTTP stack (stacks.rs)"),
];

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Signal {
    pub matcher: Matcher,
    pub shows: Shows,
    /// How strongly the match alone points to the product, 0 to 1.
    pub weight: f32,
    /// Where the product is shown to send this: source file at a commit, documentation, capture.
    pub source: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Product {
    /// Lowercase kebab-case id (../shared/corpus/README.md).
    pub id: &'static str,
    pub name: &'static str,
    pub layer: Layer,
    pub signals: &'static [Signal],
}

impl Layer {
    /// The layer written as `layer as u8`.
    pub const fn from_byte(byte: u8) -> Layer {
        match byte {
            0 => Layer::Edge,
            1 => Layer::Gateway,
            2 => Layer::Proxy,
            _ => Layer::App,
        }
    }
}

impl Product {
    pub const fn is_app(&self) -> bool {
        matches!(self.layer, Layer::App)
    }
}

/// Shorthands that keep the tables readable.
pub const fn generated(matcher: Matcher, weight: f32, source: &'static str) -> Signal {
    Signal {
        matcher,
        shows: Shows::Generated,
        weight,
        source,
    }
}

pub const fn on_path(matcher: Matcher, weight: f32, source: &'static str) -> Signal {
    Signal {
        matcher,
        shows: Shows::OnPath,
        weight,
        source,
    }
}
