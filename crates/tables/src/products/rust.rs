//! Rust: hyper and the frameworks on it (axum, tower-http, warp, poem, salvo, Rocket) and actix-web.
//!
//! Each signal cites where its bytes come from: the product's source, its documentation, or a capture
//! of the lab (lab/recipes) whose bytes are in tests/fixtures.

use crate::product::{generated, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &ACTIX_WEB,
    &AXUM,
    &ROCKET,
    &HYPER,
    &TOWER_HTTP,
    &WARP,
    &POEM,
    &SALVO,
];

const ACTIX_WEB: Product = Product {
    id: "actix-web",
    name: "Actix Web",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Json deserialize error: "),
            0.9,
            "actix/actix-web actix-web/src/error/mod.rs (JsonPayloadError::Deserialize)",
        ),
        generated(
            Body("Content type error"),
            0.6,
            "actix/actix-web actix-web/src/error/mod.rs (JsonPayloadError::ContentType)",
        ),
        generated(
            Body("Query deserialize error: "),
            0.9,
            "actix/actix-web actix-web/src/error/mod.rs (QueryPayloadError::Deserialize)",
        ),
        generated(
            Body("can not parse \""),
            0.6,
            "actix/actix-web actix-router/src/de.rs (path segment parse error, 404 via PathError)",
        ),
        generated(
            Body("is larger than allowed (limit: "),
            0.8,
            "actix/actix-web actix-web/src/error/mod.rs (JsonPayloadError::OverflowKnownLength)",
        ),
    generated(
        All(&[Status(415, 415), BodyIs("Content type error.")]),
        0.8,
        "captured locally from actix-web 4.18.1 (lab/recipes/rust-actix-web.sh, actix-web-415-lab-form-content-type: web::Form with a JSON content-type; note the period, the Json variant has none and is 400); actix/actix-web actix-web/src/error/mod.rs (UrlencodedError::ContentType)",
    ),
    generated(
        Body("JSON payload ("),
        0.85,
        "captured locally from actix-web 4.18.1 (lab/recipes/rust-actix-web.sh, actix-web-413-lab-json-limit 'JSON payload (43 bytes) is larger than allowed (limit: 10 bytes).'); actix/actix-web actix-web/src/error/mod.rs (JsonPayloadError::OverflowKnownLength)",
    ),
    // `Body("Content type error")` also matches the Form 415 variant; the Json, Query and path
    // signals are confirmed by actix-web-400-lab-json-syntax, -json-missing-field, -query and
    // actix-web-404-lab-path.
],
};

const AXUM: Product = Product {
    id: "axum",
    name: "axum",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Failed to parse the request body as JSON: "),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (JsonSyntaxError)",
        ),
        generated(
            Body("Failed to deserialize the JSON body into the target type: "),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (JsonDataError)",
        ),
        generated(
            Body("Expected request with `Content-Type: application/json`"),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (MissingJsonContentType)",
        ),
        generated(
            Body("Form requests must have `Content-Type: application/x-www-form-urlencoded`"),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (InvalidFormContentType)",
        ),
        generated(
            Body("Failed to deserialize query string: "),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (FailedToDeserializeQueryString)",
        ),
        generated(
            Body("Invalid URL: "),
            0.6,
            "tokio-rs/axum axum/src/extract/path/mod.rs (FailedToDeserializePathParams body 'Invalid URL: ...')",
        ),
        generated(
            Body("Missing request extension: "),
            0.9,
            "tokio-rs/axum axum/src/extract/rejection.rs (MissingExtension)",
        ),
    generated(
        Body("Failed to buffer the request body: "),
        0.95,
        "captured locally from axum 0.8.9 (lab/recipes/rust-axum.sh, axum-413-lab-body-limit 'Failed to buffer the request body: length limit exceeded'); tokio-rs/axum axum-core/src/extract/rejection.rs (FailedToBufferBody / LengthLimitError)",
    ),
    generated(
        Body("Invalid URL: Cannot parse `"),
        0.85,
        "captured locally from axum 0.8.9 (lab/recipes/rust-axum.sh, axum-400-lab-path: 'Invalid URL: Cannot parse `abc` to a `u32`'); tokio-rs/axum axum/src/extract/path/mod.rs (ErrorKind::ParseError Display)",
    ),
    generated(
        All(&[Status(405, 405), HeaderIs("allow", "GET,HEAD"), BodyIs("")]),
        0.5,
        "captured locally from axum 0.8.9 (lab/recipes/rust-axum.sh, axum-405-lab-method-not-allowed: 'allow: GET,HEAD' without a space, empty body); tokio-rs/axum axum/src/routing/method_routing.rs (AllowHeader joined with ',')",
    ),
    // The existing JsonSyntaxError / JsonDataError / MissingJsonContentType / InvalidFormContentType
    // / FailedToDeserializeQueryString signals are confirmed by axum-400-lab-json-syntax,
    // axum-422-lab-json-data, axum-415-lab-json-content-type, axum-415-lab-form-content-type,
    // axum-400-lab-query.
],
};

const ROCKET: Product = Product {
    id: "rocket",
    name: "Rocket",
    layer: Layer::App,
    signals: &[
        generated(
            Body("<small>Rocket</small>"),
            0.95,
            "rwf2/Rocket core/lib/src/catcher/catcher.rs (html_error_template)",
        ),
        generated(
            JsonKeys(&["/error/code", "/error/reason", "/error/description"]),
            0.85,
            "rwf2/Rocket core/lib/src/catcher/catcher.rs (json_error_template)",
        ),
        generated(
            HeaderIs("server", "Rocket"),
            0.6,
            "rwf2/Rocket core/lib/src/config/ident.rs (default ident 'Rocket' sent as Server)",
        ),
    generated(
        HeaderIs("permissions-policy", "interest-cohort=()"),
        0.6,
        "captured locally from Rocket 0.5.2 (lab/recipes/rust-rocket.sh, every rocket-*-lab-* fixture except the hyper-level garbage 400); rwf2/Rocket core/lib/src/shield/policy.rs (Shield default Permission policy: interest-cohort=())",
    ),
    generated(
        Body("<div role=\"contentinfo\" align=\"center\">"),
        0.7,
        "captured locally from Rocket 0.5.2 (lab/recipes/rust-rocket.sh, rocket-404-lab-not-found, rocket-500-lab-panic); rwf2/Rocket core/lib/src/catcher/catcher.rs (html_error_template)",
    ),
    generated(
        Body("The request was well-formed but was unable to be followed due to semantic errors."),
        0.5,
        "captured locally from Rocket 0.5.2 (lab/recipes/rust-rocket.sh, rocket-422-lab-param-parse, rocket-422-lab-json-data); rwf2/Rocket core/lib/src/catcher/catcher.rs (default_handler descriptions)",
    ),
    // The existing `<small>Rocket</small>`, JSON `/error/code,/error/reason,/error/description`
    // and `Server: Rocket` signals are confirmed by rocket-404-lab-not-found,
    // rocket-404-lab-not-found-json and every Rocket-generated capture (header `server: Rocket`,
    // lowercase name from hyper).
],
};

/// hyper's own answers to malformed requests: empty bodies, so weak alone.
const HYPER: Product = Product {
    id: "hyper",
    name: "hyper",
    layer: Layer::App,
    signals: &[
        generated(
            All(&[Status(431, 431), BodyIs(""), HeaderIs("content-length", "0")]),
            0.35,
            "captured locally from hyper 1.12.0 under axum 0.8.9 (lab/recipes/rust-axum.sh, hyper-431-lab-header-too-large) and hyper 0.14.32 under warp 0.3.7 (lab/recipes/rust-warp.sh); hyperium/hyper src/proto/h1/role.rs (Server::on_error: Parse::TooLarge -> 431, empty body)",
        ),
        generated(
            All(&[Status(400, 400), BodyIs(""), HeaderIs("content-length", "0"), HeaderIs("connection", "close")]),
            0.2,
            "captured locally from hyper 1.12.0 under axum 0.8.9 and Rocket 0.5.2 (lab/recipes/rust-axum.sh, rust-rocket.sh: garbage request line); hyperium/hyper src/proto/h1/role.rs (Server::on_error: Parse errors -> 400)",
        ),
    ],
};

const TOWER_HTTP: Product = Product {
    id: "tower-http",
    name: "tower-http",
    layer: Layer::App,
    signals: &[
        generated(
            BodyIs("Service panicked"),
            0.9,
            "captured locally from tower-http 0.6.11 under axum 0.8.9 (lab/recipes/rust-axum.sh, tower-http-500-lab-catch-panic); tower-rs/tower-http src/catch_panic.rs (DefaultResponseForPanic: 500 text/plain 'Service panicked')",
        ),
    ],
};

const WARP: Product = Product {
    id: "warp",
    name: "warp",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Request body deserialize error: "),
            0.95,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-400-lab-json-syntax, -json-missing-field); seanmonstar/warp src/filters/body.rs (BodyDeserializeError Display)",
        ),
        generated(
            BodyIs("HTTP method not allowed"),
            0.85,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh: warp-405-lab-unknown-path, an unknown path answered 405 when filters of several methods are combined); seanmonstar/warp src/reject.rs (MethodNotAllowed)",
        ),
        generated(
            BodyIs("The request's content-type is not supported"),
            0.9,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-415-lab-json-content-type); seanmonstar/warp src/reject.rs (UnsupportedMediaType)",
        ),
        generated(
            BodyIs("A content-length header is required"),
            0.9,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-411-lab-length-required); seanmonstar/warp src/reject.rs (LengthRequired)",
        ),
        generated(
            Body("Missing request header \""),
            0.85,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-400-lab-missing-header); seanmonstar/warp src/reject.rs (MissingHeader Display 'Missing request header {:?}')",
        ),
        generated(
            BodyIs("Invalid query string"),
            0.7,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-400-lab-query); seanmonstar/warp src/reject.rs (InvalidQuery)",
        ),
        generated(
            BodyIs("The request payload is too large"),
            0.75,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-413-lab-content-length-limit); seanmonstar/warp src/reject.rs (PayloadTooLarge: 'The request payload is too large')",
        ),
    ],
};

const POEM: Product = Product {
    id: "poem",
    name: "poem",
    layer: Layer::App,
    signals: &[
        generated(
            Body("invalid content type `"),
            0.9,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-415-lab-json-content-type); poem-web/poem poem/src/error.rs (ParseJsonError::InvalidContentType 'invalid content type `{0}`, expect: `application/json`')",
        ),
        generated(
            BodyIs("invalid path params"),
            0.9,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-400-lab-path); poem-web/poem poem/src/error.rs (ParsePathError)",
        ),
        generated(
            All(&[Status(404, 404), BodyIs("not found"), HeaderIs("content-type", "text/plain; charset=utf-8"), Feature("stack:hyper")]),
            0.6,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-404-lab-not-found); poem-web/poem poem/src/error.rs (NotFoundError 'not found')",
        ),
        generated(
            All(&[Status(405, 405), BodyIs("method not allowed"), Feature("stack:hyper")]),
            0.6,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-405-lab-method-not-allowed); poem-web/poem poem/src/error.rs (MethodNotAllowedError 'method not allowed')",
        ),
        generated(
            All(&[Status(400, 400), Body("parse error: "), HeaderIs("content-type", "text/plain; charset=utf-8")]),
            0.5,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-400-lab-json-syntax, -json-missing-field); poem-web/poem poem/src/error.rs (ParseJsonError::Parse 'parse error: {0}')",
        ),
        generated(
            All(&[Status(413, 413), BodyIs("payload too large"), Feature("stack:hyper")]),
            0.6,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-413-lab-size-limit); poem-web/poem poem/src/error.rs (ReadBodyError::PayloadTooLarge 'payload too large', raised under middleware::SizeLimit)",
        ),
    ],
};

const SALVO: Product = Product {
    id: "salvo",
    name: "Salvo",
    layer: Layer::App,
    signals: &[
        generated(
            Body("<a href=\"https://salvo.rs\" target=\"_blank\">salvo</a>"),
            0.98,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-404-lab-not-found and every HTML catcher page); salvo-rs/salvo crates/core/src/catcher.rs (SALVO_LINK footer of the default Catcher's HTML)",
        ),
        generated(
            JsonKeys(&["/error/code", "/error/name", "/error/brief"]),
            0.85,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-404-lab-not-found-json, salvo-500-lab-status-error-json); salvo-rs/salvo crates/core/src/catcher.rs (status_error_json: {\"error\":{\"code\",\"name\",\"brief\"}})",
        ),
        generated(
            Body("</code><name>"),
            0.7,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-404-lab-not-found-xml: <Data><code>404</code><name>Not Found</name><brief>...); salvo-rs/salvo crates/core/src/catcher.rs (status_error_xml)",
        ),
        generated(
            Body("parse http data failed"),
            0.9,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-400-lab-json-syntax); salvo-rs/salvo crates/core/src/http/errors/parse_error.rs (StatusError::bad_request().brief(\"parse http data failed\"))",
        ),
        generated(
            Body("panic occurred on server"),
            0.9,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-500-lab-catch-panic); salvo-rs/salvo crates/extra/src/catch_panic.rs",
        ),
    ],
};
