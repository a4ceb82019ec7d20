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
}

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
