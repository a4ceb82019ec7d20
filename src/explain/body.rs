//! The error message a body carries, read by shape rules: JSON error shapes (RFC 9457, GraphQL,
//! JSON:API, Google, OpenAI/Stripe-style `error` objects, AWS, Spring Boot, FastAPI/DRF
//! `detail`, Laravel, Slack `ok:false`…), error page templates (one entry each: Tomcat, Jetty,
//! Django's debug and CSRF pages, Rails, Symfony, Starlette, Bottle, Sanic…), PHP errors,
//! Python tracebacks and plain text. Of a shape's candidates the first that says more than the
//! status is the message; frameworks' stock texts are read but known as such ([`is_generic`]).
//!
//! Invariants: never panics, never recurses on the input (the JSON reader's nesting limit turns
//! deep JSON into an error; the path walker here follows a fixed, short path), and reads a bounded
//! prefix of large bodies.

use std::sync::OnceLock;

use crate::search::memmem;

use crate::body_scan::BodyScan;
use crate::http::line::parse_u64;
use crate::json::Json;
use crate::report::{BodyKind, ErrorMessage, Span};
use crate::search::find_short;

/// Bodies larger than this are not parsed as JSON.
const MAX_JSON: usize = 512 * 1024;
/// Markup is scanned in this prefix only: past the 68 KB of styles and scripts Sanic's error
/// page inlines, and the 80 KB of Passenger's development page.
const MAX_MARKUP: usize = 128 * 1024;
/// Messages are cut to this many characters.
const MAX_MESSAGE: usize = 400;

/// A condition on the parsed JSON document.
#[derive(Clone, Copy)]
enum Cond {
    /// The path exists.
    Has(&'static str),
    /// The path holds this string (case-insensitive) or this literal (`false`, `true`).
    Is(&'static str, &'static str),
    /// The path holds a non-empty array.
    Array(&'static str),
    /// The Content-Type is `application/problem+json` (or `+xml`).
    ProblemType,
}

/// One JSON error shape: every `when` must hold; the message is the first of `message` paths
/// that holds a non-empty string (or array of strings); `code` likewise.
struct JsonShape {
    name: &'static str,
    when: &'static [Cond],
    /// Any one of these must hold too (empty: no extra condition).
    any: &'static [Cond],
    message: &'static [&'static str],
    code: &'static [&'static str],
    source: &'static str,
}

use Cond::{Array, Has, Is, ProblemType};

/// First match wins: the more specific shapes come first. Paths are `/`-separated keys or array
/// indexes; `*` is the first member of an object that has the rest of the path.
static JSON_SHAPES: &[JsonShape] = &[
    JsonShape {
        name: "graphql",
        when: &[Array("/errors"), Has("/errors/0/message")],
        any: &[
            Has("/data"),
            Has("/errors/0/locations"),
            Has("/errors/0/path"),
            Has("/errors/0/extensions"),
        ],
        message: &["/errors/0/message"],
        code: &["/errors/0/extensions/code"],
        source: "GraphQL spec, section 7.1.2 Errors",
    },
    JsonShape {
        name: "json-api",
        when: &[Array("/errors")],
        any: &[Has("/errors/0/detail"), Has("/errors/0/title")],
        message: &["/errors/0/detail", "/errors/0/title"],
        code: &["/errors/0/code", "/errors/0/status"],
        source: "JSON:API 1.1, Error Objects",
    },
    JsonShape {
        name: "falcon",
        when: &[Has("/title"), Has("/description")],
        any: &[],
        message: &["/description", "/title"],
        code: &["/code"],
        source: "Falcon HTTPError.to_dict",
    },
    JsonShape {
        name: "webob",
        when: &[Has("/message"), Has("/code"), Has("/title")],
        any: &[],
        message: &["/message"],
        code: &[],
        source: "WebOb HTTPException JSON",
    },
    JsonShape {
        name: "rfc9457",
        when: &[],
        any: &[ProblemType, Has("/type"), Has("/title")],
        message: &["/detail", "/title"],
        code: &["/type"],
        source: "RFC 9457 (Problem Details for HTTP APIs)",
    },
    JsonShape {
        name: "google-api",
        when: &[
            Has("/error/code"),
            Has("/error/message"),
            Has("/error/status"),
        ],
        any: &[],
        message: &["/error/message"],
        code: &["/error/status"],
        source: "Google Cloud APIs, error model (google.rpc.Status JSON)",
    },
    JsonShape {
        name: "stripe",
        when: &[Has("/error/message"), Has("/error/type")],
        any: &[
            Has("/error/doc_url"),
            Has("/error/request_log_url"),
            Has("/error/decline_code"),
            Has("/error/charge"),
        ],
        message: &["/error/message"],
        code: &["/error/decline_code", "/error/code", "/error/type"],
        source: "Stripe API reference, Errors",
    },
    JsonShape {
        name: "openai",
        when: &[Has("/error/message"), Has("/error/type")],
        any: &[],
        message: &["/error/message"],
        code: &["/error/code", "/error/type"],
        source: "OpenAI API reference, error codes",
    },
    JsonShape {
        name: "error-object",
        when: &[Has("/error/message")],
        any: &[],
        message: &["/error/message"],
        code: &["/error/code", "/error/type", "/error/status"],
        source: "common `{\"error\": {\"message\"}}` shape",
    },
    JsonShape {
        name: "aws-json",
        when: &[],
        any: &[Has("/__type")],
        message: &["/message", "/Message", "/__type"],
        code: &["/__type"],
        source: "AWS JSON protocol errors (`__type`, `message`)",
    },
    JsonShape {
        name: "github-api",
        when: &[Has("/message"), Has("/documentation_url")],
        any: &[],
        message: &["/message"],
        code: &["/errors/0/code"],
        source: "GitHub REST API docs, client errors",
    },
    JsonShape {
        name: "k8s-status",
        when: &[Is("/kind", "Status"), Has("/message")],
        any: &[],
        message: &["/message"],
        code: &["/reason"],
        source: "Kubernetes API conventions, Status kind",
    },
    JsonShape {
        name: "spring-boot",
        when: &[
            Has("/timestamp"),
            Has("/status"),
            Has("/error"),
            Has("/path"),
        ],
        any: &[],
        message: &["/message", "/error"],
        code: &[],
        source: "Spring Boot DefaultErrorAttributes",
    },
    JsonShape {
        name: "spring-boot-actuator",
        when: &[],
        any: &[Is("/status", "DOWN"), Is("/status", "OUT_OF_SERVICE")],
        message: &[
            "/components/*/details/error",
            "/*/details/*/details.error",
            "/details/*/details/error",
            "/status",
        ],
        code: &["/status"],
        source: "Spring Boot Actuator health endpoint",
    },
    JsonShape {
        name: "nestjs-terminus",
        when: &[Is("/status", "error"), Has("/error")],
        any: &[],
        message: &["/error/*/message", "/error/*/status"],
        code: &[],
        source: "@nestjs/terminus HealthCheckError",
    },
    JsonShape {
        name: "status-code-error",
        when: &[Has("/statusCode")],
        any: &[Has("/message"), Has("/statusMessage")],
        message: &["/message", "/statusMessage", "/error"],
        code: &["/code"],
        source: "Fastify, NestJS, hapi Boom and h3 error payloads",
    },
    JsonShape {
        name: "fastapi-validation",
        when: &[Array("/detail"), Has("/detail/0/msg")],
        any: &[],
        message: &["/detail/0/msg"],
        code: &["/detail/0/type"],
        source: "FastAPI RequestValidationError",
    },
    JsonShape {
        name: "detail",
        when: &[Has("/detail")],
        any: &[],
        message: &["/detail"],
        code: &["/code"],
        source: "FastAPI HTTPException / Django REST framework `detail`",
    },
    JsonShape {
        name: "laravel",
        when: &[Has("/message"), Has("/errors")],
        any: &[],
        message: &["/message"],
        code: &[],
        source: "Laravel ValidationException JSON",
    },
    JsonShape {
        name: "slack",
        when: &[Is("/ok", "false")],
        any: &[],
        message: &["/error", "/message"],
        code: &["/error"],
        source: "Slack Web API, `ok: false` errors",
    },
    JsonShape {
        name: "grpc-gateway",
        when: &[Has("/code"), Has("/message")],
        any: &[Has("/details"), Has("/error")],
        message: &["/message"],
        code: &["/code"],
        source: "grpc-gateway error body (google.rpc.Status)",
    },
    JsonShape {
        name: "rails-json",
        when: &[Has("/status"), Has("/error")],
        any: &[],
        message: &["/message", "/error"],
        code: &[],
        source: "Rails ActionDispatch::ShowExceptions JSON",
    },
    JsonShape {
        name: "slim",
        when: &[Has("/exception/0/message")],
        any: &[],
        message: &["/exception/0/message", "/message"],
        code: &["/exception/0/type"],
        source: "Slim error renderer",
    },
    JsonShape {
        name: "message",
        when: &[],
        any: &[
            Has("/message"),
            Has("/Message"),
            Has("/errorMessage"),
            Has("/error_description"),
            Has("/msg"),
        ],
        message: &[
            "/message",
            "/Message",
            "/errorMessage",
            "/error_description",
            "/msg",
            "/error",
        ],
        code: &["/code", "/error", "/errorType", "/type"],
        source: "common `message` field (Express apps, Echo, Kong, AWS Lambda, OAuth 2.0)",
    },
    JsonShape {
        name: "error-string",
        when: &[Has("/error")],
        any: &[],
        message: &["/error", "/errors/0"],
        code: &["/code"],
        source: "common `error` field",
    },
    JsonShape {
        name: "errors-array",
        when: &[Array("/errors")],
        any: &[],
        message: &["/errors/0/message", "/errors/0"],
        code: &["/errors/0/code"],
        source: "common `errors` array",
    },
    JsonShape {
        name: "success-false",
        when: &[Is("/success", "false")],
        any: &[],
        message: &["/reason", "/status"],
        code: &[],
        source: "common `success: false` envelope",
    },
    JsonShape {
        name: "nested-error",
        when: &[],
        any: &[],
        message: &[
            "/error/message",
            "/error/reason",
            "/error/detail",
            "/error/description",
            "/errors/0/message",
            "/errors/0/detail",
            "/errors/0/title",
            "/error/brief",
        ],
        code: &["/error/code", "/error/type", "/errors/0/code", "/code"],
        source: "common nested error fields (`error.message`, Elasticsearch's `error.reason`, `errors[0].message`)",
    },
];

/// Texts a framework or platform writes on every error page of a kind: quoting them says nothing
/// the status does not, and searching logs for them finds every error. Compared in any case,
/// without a final full stop; texts longer than 20 characters by their opening, since pages
/// append details to them. The status itself (`404 Not Found`, `⚠️ 500 — Internal Server
/// Error`) says even less: see [`rank`].
static GENERIC_MESSAGES: &[&str] = &[
    // Laravel's default error view (resources/views/errors/500.blade.php).
    "server error",
    // Django's default 500 and 404 pages (django.views.defaults).
    "server error (500)",
    "the requested resource was not found on this server",
    // Heroku's router error page.
    "application error",
    "an error occurred in the application and your page could not be served",
    // Laravel's and Symfony's production error pages (Symfony ErrorHandler error.html.php).
    "whoops, looks like something went wrong",
    "the server returned a \"",
    // Rails public/500.html.
    "we're sorry, but something went wrong",
    // ASP.NET's default error page.
    "an error occurred while processing your request",
    // Werkzeug (Flask, Quart) HTTPException descriptions (werkzeug/exceptions.py); the 500's
    // opening is Rocket's and Salvo's too.
    "the browser (or proxy) sent",
    "you don't have the permission",
    "the requested url was not found",
    "the method is not allowed for the",
    "the data value transmitted exceeds",
    "the server encountered an internal error",
    "the server is temporarily unable to service",
    // aiohttp RequestHandler.handle_error (web_protocol.py).
    "server got itself in trouble",
    // Sanic's default 500 message (sanic/errorpages.py).
    "the application encountered an unexpected",
    // Rocket's and Salvo's default catchers (404).
    "the requested resource could not be found",
    // Apache httpd's and Erlang inets' 401 page.
    "this server could not verify that you",
    // Apache Tomcat ErrorReportValve's status descriptions (RFC 9110's definitions); the 500's
    // opening is Jetty's and waitress's too.
    "the server encountered an unexpected",
    "the origin server did not find a current",
    "the method received in the request-line",
    // IIS custom error page.
    "the page cannot be displayed because an internal server error",
    // Spring Boot Actuator's health status.
    "down",
    // Common placeholders.
    "something went wrong",
    "an error occurred",
    "error",
];

/// How much a text says about this failure: 0 something of its own, 1 a framework's stock text
/// ([`GENERIC_MESSAGES`]), 2 the status itself: a reason phrase of the status table, with or
/// without its code (`404: Not Found`, `⚠️ 500 — Internal Server Error`), or a bare code.
fn rank(text: &str) -> u8 {
    // Marks and the code before the words.
    let lead = |c: char| not_word(c) || c.is_ascii_digit();
    let bare = crate::http::line::trim_end_of(text.trim(), b".").trim_start_matches(lead);
    // Varnish's `Error 405 Not allowed.`, Bottle's `Error: 404 Not Found`.
    let bare = match past(bare, "error") {
        Some(rest) if rest.starts_with(lead) => rest.trim_start_matches(lead),
        _ => bare,
    };
    let reason = |e: &crate::status::StatusEntry| {
        e.reason.eq_ignore_ascii_case(bare)
            || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(bare))
    };
    // No reason phrase is longer (most texts are): the table is not read.
    let first = bare.as_bytes().first().map(u8::to_ascii_lowercase);
    if bare.is_empty()
        || (bare.len() <= LONGEST_REASON && crate::status::entries().iter().any(reason))
    {
        2
    } else if GENERIC_MESSAGES.iter().any(|t| {
        // The stock texts are lowercase: the first byte rules most out.
        t.as_bytes().first().copied() == first
            && past(bare, t).is_some_and(|rest| rest.is_empty() || t.len() > 20)
    }) {
        1
    } else {
        0
    }
}

use crate::FAST;

/// `s` past its opening `head` (lowercase), compared in any case: by its last byte first, which
/// tells most of the stock texts apart (many open with `the `).
fn past<'a>(s: &'a str, head: &str) -> Option<&'a str> {
    // Natively only (the same result): the wasm module compares whole, for its size.
    if let (true, Some(&last)) = (FAST, head.as_bytes().last()) {
        (s.as_bytes().get(head.len() - 1)?.to_ascii_lowercase() == last).then_some(())?;
    }
    s.get(..head.len())?
        .eq_ignore_ascii_case(head)
        .then_some(())?;
    s.get(head.len()..)
}

/// Punctuation, spaces and symbols (`⚠️`, `—`): what stands around a status line's words.
fn not_word(c: char) -> bool {
    !c.is_ascii_alphanumeric()
        && (c.is_ascii() || matches!(c, '\u{2000}'..='\u{2BFF}' | '\u{FE0F}'))
}

/// The longest reason phrase or alias of the status table (a test checks it).
const LONGEST_REASON: usize = 40;

/// Whether `text` is a framework's or platform's stock error text (or a status's reason phrase),
/// not something the application wrote about this failure.
pub(crate) fn is_generic(text: &str) -> bool {
    rank(text) > 0
}

/// Keeps the first candidate, or the first that says more than the status, with its [`rank`]:
/// `true` once that one is kept.
fn keep(best: &mut Option<(String, u8)>, text: String) -> bool {
    // The text already kept (a default page's title repeats its heading) ranks as it did.
    if text.is_empty() || best.as_ref().is_some_and(|(b, _)| *b == text) {
        return false;
    }
    let rank = rank(&text);
    if rank < 2 || best.is_none() {
        *best = Some((text, rank));
        return rank < 2;
    }
    false
}

/// How a markup page's message is found. `After` and `TagAfter` read from where the shape's
/// marker is; the others read the whole page.
#[derive(Clone, Copy)]
enum Take {
    /// The text after this literal up to the next `end`: `<`, the next tag; a quote, the end of a
    /// string inside a script.
    After(&'static str, &'static str),
    /// The text of the first element with this tag name.
    Tag(&'static str),
    /// The text of the last element with this tag name.
    LastTag(&'static str),
    /// The text of the first element with this tag name after this literal.
    TagAfter(&'static str, &'static str),
}

/// One page template: the first shape whose marker the page contains reads it; its message is
/// the first of its takes that says more than the status (see [`rank`]), else the first.
struct MarkupShape {
    name: &'static str,
    /// The page contains this literal.
    marker: &'static str,
    take: &'static [Take],
    source: &'static str,
}

use Take::{After, LastTag, Tag, TagAfter};

static MARKUP_SHAPES: &[MarkupShape] = &[
    MarkupShape {
        name: "php-fatal",
        marker: "<b>Fatal error</b>:",
        take: &[After("<b>Fatal error</b>:", "<")],
        source: "PHP display_errors output",
    },
    MarkupShape {
        name: "php-parse",
        marker: "<b>Parse error</b>:",
        take: &[After("<b>Parse error</b>:", "<")],
        source: "PHP display_errors output",
    },
    MarkupShape {
        name: "tomcat-html",
        marker: "<b>Type</b>",
        take: &[
            After("<b>Message</b>", "<"),
            After("<b>Description</b>", "<"),
        ],
        source: "Apache Tomcat ErrorReportValve",
    },
    MarkupShape {
        name: "jetty-html",
        marker: "<th>MESSAGE:</th><td>",
        take: &[After("<th>MESSAGE:</th><td>", "<")],
        source: "Eclipse Jetty ErrorHandler",
    },
    MarkupShape {
        name: "spring-boot-whitelabel",
        marker: "Whitelabel Error Page",
        take: &[LastTag("div")],
        source: "Spring Boot ErrorMvcAutoConfiguration (Whitelabel page)",
    },
    MarkupShape {
        name: "express-finalhandler-html",
        marker: "<title>Error</title>",
        // The first line: the stack follows after `<br>`.
        take: &[After("<pre>", "<br")],
        source: "finalhandler (Express) error page",
    },
    // The exception's value, the CSRF failure's reason; the technical 404's title names the path.
    MarkupShape {
        name: "django-debug-html",
        marker: "pre.exception_value",
        take: &[After("exception_value\">", "<"), Tag("title")],
        source: "Django technical 404/500 page",
    },
    MarkupShape {
        name: "django-csrf-html",
        marker: "<span>(403)</span></h1>",
        take: &[
            TagAfter("Reason given for failure:", "pre"),
            TagAfter("", "p"),
        ],
        source: "Django csrf_failure page",
    },
    MarkupShape {
        name: "rack-html",
        marker: "id=\"summary\"",
        take: &[TagAfter("</h1>", "h2"), Tag("h1")],
        source: "Rack and Sinatra ShowExceptions",
    },
    // Before Symfony's page, whose marker its `exception-message` class also holds.
    MarkupShape {
        name: "rails-debug-html",
        marker: "Exception caught</title>",
        take: &[
            After("class=\"message\">", "<"),
            TagAfter("Routing Error</h1>", "h2"),
            Tag("h1"),
        ],
        source: "Rails DebugExceptions page",
    },
    MarkupShape {
        name: "symfony-debug-html",
        marker: "exception-message\">",
        take: &[After("exception-message\">", "<")],
        source: "Symfony exception page",
    },
    MarkupShape {
        name: "symfony-html",
        marker: "Oops! An Error Occurred",
        take: &[Tag("h2")],
        source: "Symfony error page",
    },
    MarkupShape {
        name: "starlette-html",
        marker: "Starlette Debugger",
        take: &[Tag("h2")],
        source: "Starlette ServerErrorMiddleware",
    },
    MarkupShape {
        name: "litestar-html",
        marker: "Litestar exception page",
        take: &[Tag("h3")],
        source: "Litestar debug page",
    },
    MarkupShape {
        name: "bottle-html",
        marker: "caused an error:",
        take: &[TagAfter("Exception:</h2>", "pre"), TagAfter("", "pre")],
        source: "Bottle ERROR_PAGE_TEMPLATE",
    },
    MarkupShape {
        name: "http-server-html",
        marker: "<p>Message: ",
        take: &[After("<p>Message: ", "<")],
        source: "Python http.server send_error",
    },
    MarkupShape {
        name: "sanic-html",
        marker: "id=sanic",
        take: &[After("</h1><p>", "<")],
        source: "Sanic error page",
    },
    MarkupShape {
        name: "slim-html",
        marker: "<strong>Message:</strong>",
        take: &[After("<strong>Message:</strong>", "<")],
        source: "Slim error renderer",
    },
    MarkupShape {
        name: "salvo-html",
        marker: "//salvo.rs",
        take: &[Tag("h3")],
        source: "Salvo default Catcher",
    },
    MarkupShape {
        name: "salvo-xml",
        marker: "<brief>",
        take: &[Tag("brief")],
        source: "Salvo default Catcher",
    },
    MarkupShape {
        name: "drf-html",
        marker: "response-info",
        // The response it shows, escaped: DRF's `{"detail": …}` errors.
        take: &[After("&quot;detail&quot;: &quot;", "&quot;")],
        source: "DRF browsable API page",
    },
    MarkupShape {
        name: "nextjs-dev-html",
        marker: "E{\\\"digest\\\":",
        take: &[After("\\\"message\\\":\\\"", "\\\"")],
        source: "Next.js dev error row",
    },
    MarkupShape {
        name: "mediawiki-html",
        marker: "technical difficulties.</h1>",
        take: &[Tag("small"), Tag("h1")],
        source: "MediaWiki MWExceptionRenderer",
    },
    MarkupShape {
        name: "wordpress-wp-die-html",
        marker: "wp-die-message",
        take: &[Tag("h1"), After("wp-die-message\">", "<")],
        source: "WordPress wp_die page",
    },
    MarkupShape {
        name: "passenger-html",
        marker: "Phusion Passenger(R)",
        take: &[After("\"summary\" : \"", "\""), Tag("h1")],
        source: "Passenger error page",
    },
    MarkupShape {
        name: "rails-public-html",
        marker: "rails-default-error-page",
        take: &[Tag("h1")],
        source: "Rails public/404.html, 422.html, 500.html",
    },
    MarkupShape {
        name: "nextjs-html",
        marker: "next-error-h1",
        take: &[Tag("h2")],
        source: "Next.js default error page",
    },
    MarkupShape {
        name: "gunicorn-html",
        marker: "<h1><p>",
        take: &[After("</h1>", "<"), Tag("p")],
        source: "gunicorn util.write_error",
    },
    MarkupShape {
        name: "squid-html",
        marker: "<blockquote id=\"error\">",
        take: &[TagAfter("", "p")],
        source: "Squid error page templates (ERR_*)",
    },
    MarkupShape {
        name: "iis-html",
        marker: "<h3>HTTP Error ",
        take: &[Tag("h4"), Tag("h3")],
        source: "IIS detailed error page",
    },
    // The text after the heading: WebOb (Pyramid), the JDK's HttpServer, and in capitals Erlang
    // inets, yaws and WEBrick.
    MarkupShape {
        name: "html",
        marker: "",
        take: &[
            Tag("p"),
            After("</h1>", "<"),
            After("</H1>", "<"),
            Tag("h1"),
            Tag("h2"),
            Tag("title"),
        ],
        source: "generic HTML error page",
    },
];

/// Plain-text shapes: marker, shape, source (when not the markup shape's of that name). The
/// message is the first line after the marker that is not indented: the rest of the marker's
/// line, or a Python traceback's exception after its frames.
const TEXT_SHAPES: &[(&str, &str, &str)] = &[
    // PHP errors, CLI-style or with html_errors off.
    ("PHP Fatal error:", "php-fatal", ""),
    ("Fatal error: ", "php-fatal", ""),
    ("PHP Parse error:", "php-parse", ""),
    ("Parse error: ", "php-parse", ""),
    // Django's technical_500.txt (its traceback comes first).
    (
        "\nException Value: ",
        "django-debug-text",
        "Django technical 404/500 page",
    ),
    // aiohttp, Tornado, waitress, FastAPI and Litestar debug responses as text.
    (
        "Traceback (most recent call last):",
        "python-traceback",
        "Python traceback",
    ),
];

/// Source of the shape named `shape`.
pub(crate) fn source_of(shape: &str) -> Option<&'static str> {
    JSON_SHAPES
        .iter()
        .find(|s| s.name == shape)
        .map(|s| s.source)
        .or_else(|| {
            MARKUP_SHAPES
                .iter()
                .find(|s| s.name == shape)
                .map(|s| s.source)
        })
        .or_else(|| {
            TEXT_SHAPES
                .iter()
                .find(|t| t.1 == shape && !t.2.is_empty())
                .map(|t| t.2)
        })
}

/// What the body says, when it says something.
pub(crate) struct BodyReading {
    pub message: Option<ErrorMessage>,
    /// The body reports an error although the status is a success (GraphQL `errors`,
    /// `{"ok": false}`, a PHP fatal error).
    pub error_flag: bool,
    /// The message's [`rank`], when reading it found it (and cutting it changed nothing).
    rank: Option<u8>,
}

impl BodyReading {
    /// Whether the message is a stock text or the status itself ([`is_generic`]).
    pub(crate) fn generic(&self) -> bool {
        match (&self.message, self.rank) {
            (Some(_), Some(rank)) => rank > 0,
            (Some(m), None) => is_generic(&m.text),
            (None, _) => false,
        }
    }
}

/// A message read with its [`rank`]: the rank holds for the message when cutting it changes
/// nothing.
fn ranked(
    text: String,
    rank: u8,
    shape: &'static str,
    code: Option<String>,
    error_flag: bool,
) -> BodyReading {
    // Natively only (the same result): the wasm module ranks the message again when asked.
    let rank = (FAST && text.len() <= MAX_MESSAGE).then_some(rank);
    BodyReading {
        message: Some(message(text, shape, code)),
        error_flag,
        rank,
    }
}

/// Reads the error message of `body` (already de-chunked; `page` is its text, by [`prefix`]).
/// `input` and `span` locate the body in the paste, to point at the message when it is written
/// there as is. `scan` holds where the raw body's page markers are.
pub(crate) fn read(
    body: &[u8],
    page: &str,
    kind: BodyKind,
    media_type: Option<&str>,
    input: &[u8],
    span: Span,
    scan: &BodyScan,
) -> BodyReading {
    let mut reading = match kind {
        BodyKind::Json | BodyKind::ProblemJson if body.len() <= MAX_JSON => {
            read_json_body(body, kind, media_type)
        }
        // The scan's answers hold for the page when it read these very bytes (not de-chunked,
        // the whole body valid text).
        BodyKind::Html | BodyKind::Xml => read_markup(
            page,
            std::ptr::eq(scan.bytes, page.as_bytes()).then_some(scan),
        ),
        BodyKind::Text => read_text(page),
        _ => empty(),
    };
    if let Some(m) = &mut reading.message {
        m.span = locate(input, span, &m.text);
    }
    reading
}

fn empty() -> BodyReading {
    BodyReading {
        message: None,
        error_flag: false,
        rank: None,
    }
}

/// The body's text read for markup, text and ids: its valid UTF-8 prefix, at most `MAX_MARKUP`.
pub(crate) fn prefix(body: &[u8]) -> &str {
    let cut = body.get(..MAX_MARKUP).unwrap_or(body);
    match std::str::from_utf8(cut) {
        Ok(s) => s,
        // Cut inside a character, or not UTF-8: keep the valid prefix.
        Err(e) => cut
            .get(..e.valid_up_to())
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or(""),
    }
}

fn locate(input: &[u8], span: Span, text: &str) -> Option<Span> {
    if text.is_empty() {
        return None;
    }
    let region = input.get(span.start..span.end)?;
    let at = crate::search::find_sized(region, text.as_bytes())?;
    Some(Span::new(span.start + at, span.start + at + text.len()))
}

// ---------------------------------------------------------------------------------------------
// JSON

// Each kind's reading is a function of its own, out of `read` (and so out of `explain`): V8
// compiles a wasm function when it is first called, so a page does not compile the JSON reading.

#[inline(never)]
fn read_json_body(body: &[u8], kind: BodyKind, media_type: Option<&str>) -> BodyReading {
    let problem = kind == BodyKind::ProblemJson
        || media_type.is_some_and(|m| m.starts_with("application/problem+"));
    match Json::parse(body) {
        Some(doc) => read_json(&doc, problem),
        None => empty(),
    }
}

fn read_json(doc: &Json, problem: bool) -> BodyReading {
    let Some(root) = doc.as_object() else {
        // A top-level array of errors.
        if let Some(first) = doc.at(0) {
            let text = first
                .get("message")
                .and_then(text_of)
                .or_else(|| text_of(first));
            if let Some(text) = text {
                return BodyReading {
                    message: Some(message(text, "errors-array", None)),
                    error_flag: false,
                    rank: None,
                };
            }
        }
        return empty();
    };
    let is_false = |key: &str| matches!(doc.get(key), Some(Json::Bool(false)));
    // `"error": false`, `null` or `""` says there is none.
    let error_set = doc.get("error").is_some_and(|e| match e {
        Json::Null | Json::Bool(false) => false,
        Json::String(s) => !s.trim().is_empty(),
        _ => true,
    });
    let error_flag = is_false("ok")
        || is_false("success")
        || doc
            .get("errors")
            .is_some_and(|e| e.as_array().is_some_and(|a| !a.is_empty()))
        || error_set;
    for shape in JSON_SHAPES {
        let holds = |c: &Cond| match *c {
            Has(path) => walk(doc, path).is_some_and(|v| !v.is_null()),
            Is(path, want) => walk(doc, path).is_some_and(|v| match v {
                Json::String(s) => s.eq_ignore_ascii_case(want),
                Json::Bool(_) => v.scalar_text() == Some(want),
                _ => false,
            }),
            Array(path) => walk(doc, path)
                .and_then(Json::as_array)
                .is_some_and(|a| !a.is_empty()),
            ProblemType => problem,
        };
        if !shape.when.iter().all(holds) {
            continue;
        }
        if !shape.any.is_empty() && !shape.any.iter().any(holds) {
            continue;
        }
        // The first path that says more than the status: Echo's debug `error` past its
        // `message`, Rocket's `description` past its `reason`.
        let mut best = None;
        for text in shape
            .message
            .iter()
            .filter_map(|p| walk(doc, p).and_then(text_of))
        {
            if keep(&mut best, text) {
                break;
            }
        }
        let Some((text, rank)) = best else {
            continue;
        };
        let code = shape
            .code
            .iter()
            .find_map(|p| walk(doc, p).and_then(code_of));
        return ranked(text, rank, shape.name, code, error_flag);
    }
    // Django REST framework field errors: `{"field": ["message", …]}`.
    for (field, value) in root {
        if let Some(text) = value.as_array().and_then(|a| a.first()).and_then(text_of) {
            return BodyReading {
                message: Some(message(text, "field-errors", Some(first_chars(field, 80)))),
                error_flag,
                rank: None,
            };
        }
    }
    // Only a flag that is in the body is quoted: `{"error": true}` or `{"errors": [{"code": 34}]}`
    // report an error without a message, and get none.
    let flag = if is_false("ok") {
        Some("ok: false")
    } else if is_false("success") {
        Some("success: false")
    } else {
        None
    };
    BodyReading {
        message: flag.map(|text| message(text.to_owned(), "success-false", None)),
        error_flag,
        rank: None,
    }
}

/// Follows a `/`-separated path; `*` takes the first member of an object (or element of an
/// array) for which the rest of the path exists. The path is static and short, so the walk is
/// bounded by its length times the width of the objects.
fn walk<'v, 'a>(v: &'v Json<'a>, path: &str) -> Option<&'v Json<'a>> {
    let path = path.strip_prefix('/').unwrap_or(path);
    if path.is_empty() {
        return Some(v);
    }
    // The paths are a few bytes: natively a loop, not a searcher (the same result).
    let (head, rest) = if FAST {
        match path.bytes().position(|b| b == b'/') {
            Some(at) => (
                path.get(..at).unwrap_or(path),
                path.get(at + 1..).unwrap_or(""),
            ),
            None => (path, ""),
        }
    } else {
        path.split_once('/').unwrap_or((path, ""))
    };
    if head == "*" {
        return match v {
            Json::Object(members) => members.iter().find_map(|(_, child)| walk(child, rest)),
            Json::Array(items) => items.iter().find_map(|child| walk(child, rest)),
            _ => None,
        };
    }
    let child = match v {
        Json::Object(_) => v.get(head)?,
        Json::Array(items) => items.get(usize::try_from(parse_u64(head.as_bytes())?).ok()?)?,
        _ => return None,
    };
    walk(child, rest)
}

/// A message from a string, or from an array of strings (the first, with a count of the rest).
fn text_of(v: &Json) -> Option<String> {
    match v {
        Json::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Json::Array(items) => {
            let first = items.iter().find_map(|i| i.as_str())?.trim();
            if first.is_empty() {
                return None;
            }
            Some(match items.len() {
                1 => first.to_owned(),
                n => format!("{first} (and {} more)", n - 1),
            })
        }
        _ => None,
    }
}

fn code_of(v: &Json) -> Option<String> {
    match v {
        Json::String(s) if !s.is_empty() => {
            // AWS `__type` is `namespace#Code`; keep the code.
            let code = crate::http::line::after_last(s, b'#');
            Some(first_chars(code, 120))
        }
        Json::Number(n) => Some((*n).to_owned()),
        _ => None,
    }
}

fn message(text: String, shape: &'static str, code: Option<String>) -> ErrorMessage {
    ErrorMessage {
        text: cut(text, MAX_MESSAGE),
        shape,
        code,
        span: None,
    }
}

/// `text` cut to `max` characters, with `…` when it was longer.
pub(crate) fn cut(mut text: String, max: usize) -> String {
    // Bytes bound characters: most texts are shorter than that. (`chars().count()` would bring
    // a counting routine of its own into the module.)
    if text.len() > max {
        if let Some((end, _)) = text.char_indices().nth(max) {
            text.truncate(end);
            text.push('…');
        }
    }
    text
}

/// The first `max` characters of `text`. One function: each `chars().take().collect()` is an
/// instance of its own.
fn first_chars(text: &str, max: usize) -> String {
    // Natively, no more bytes than `max` are no more characters (the same result).
    if FAST && text.len() <= max {
        return text.to_owned();
    }
    let end = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    text.get(..end).unwrap_or(text).to_owned()
}

// ---------------------------------------------------------------------------------------------
// Markup and text

/// A searcher per shape's marker, built once (building one costs more than searching a page):
/// for the pages `body_scan` did not read as they are.
fn shape_finders() -> &'static [memmem::Finder<'static>] {
    static FINDERS: OnceLock<Vec<memmem::Finder<'static>>> = OnceLock::new();
    FINDERS.get_or_init(|| {
        let mut finders = Vec::new();
        for s in MARKUP_SHAPES {
            finders.push(memmem::Finder::new(s.marker.as_bytes()));
        }
        finders
    })
}

/// Pages up to this size that `body_scan` did not read as they are get a scan of their own;
/// larger ones are searched marker by marker (a searcher's vector loop is faster there).
const SCAN_UP_TO: usize = 16 * 1024;

/// The shapes' markers, in table order, for `body_scan`.
pub(crate) fn page_markers() -> impl Iterator<Item = &'static str> {
    MARKUP_SHAPES.iter().map(|s| s.marker)
}

#[inline(never)]
fn read_markup(page: &str, scan: Option<&BodyScan>) -> BodyReading {
    // A page the body scan did not read as it is (de-chunked): scanned here when small, searched
    // marker by marker when large (a searcher's vector loop is faster there).
    let own;
    let scan = match scan {
        Some(scan) => Some(scan),
        None if page.len() <= SCAN_UP_TO => {
            own = BodyScan::of(page.as_bytes());
            Some(&own)
        }
        None => None,
    };
    for (i, shape) in MARKUP_SHAPES.iter().enumerate() {
        // The generic shape's empty marker is at the start (the body scan does not list it).
        let first = match scan {
            _ if shape.marker.is_empty() => Some(0),
            Some(scan) => scan.marker_start(i),
            None => shape_finders().get(i).and_then(|f| f.find(page.as_bytes())),
        };
        let Some(at) = first else {
            continue;
        };
        let from = page.get(at..).unwrap_or(page);
        let after = |lit: &str| find_short(from, lit).and_then(|i| from.get(i + lit.len()..));
        let mut best = None;
        for take in shape.take {
            let text = match *take {
                Tag(tag) => element_text(page, tag, false),
                LastTag(tag) => element_text(page, tag, true),
                TagAfter(lit, tag) => after(lit).and_then(|rest| element_text(rest, tag, false)),
                After(lit, end) => after(lit).map(|rest| {
                    clean(
                        find_short(rest, end)
                            .and_then(|i| rest.get(..i))
                            .unwrap_or(rest),
                    )
                }),
            };
            let php = shape.name.starts_with("php-");
            let text = text.map(|t| if php { php_message(&t) } else { t });
            if text.is_some_and(|t| keep(&mut best, t)) {
                break;
            }
        }
        if let Some((text, rank)) = best {
            return ranked(text, rank, shape.name, None, shape.name.starts_with("php-"));
        }
    }
    // Declared HTML but no markup at all (PHP-FPM's `File not found.`): plain text.
    if crate::search::byte(page, b'<').is_none() {
        return read_text(page);
    }
    empty()
}

#[inline(never)]
fn read_text(text: &str) -> BodyReading {
    for (marker, shape, _) in TEXT_SHAPES {
        // The first: a chained traceback's first exception caused the others.
        let Some(at) = crate::search::find(text, marker) else {
            continue;
        };
        let rest = text.get(at + marker.len()..).unwrap_or("");
        let mut lines = rest.lines();
        let line = lines.next().map(str::trim).filter(|l| !l.is_empty());
        let line = line
            .or_else(|| lines.find(|l| !matches!(l.as_bytes().first(), None | Some(b' ' | b'\t'))));
        let php = shape.starts_with("php-");
        let found = line.map(|l| {
            if php {
                php_message(l)
            } else {
                l.trim().to_owned()
            }
        });
        if let Some(found) = found.filter(|f| !f.is_empty()) {
            // An error report, whatever the status.
            return BodyReading {
                message: Some(message(found, shape, None)),
                error_flag: true,
                rank: None,
            };
        }
    }
    // Past the status repeated (`404 Not Found`, Sanic's `⚠️ 403 — Forbidden` and its `====`
    // underline) to the next lines.
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.chars().all(not_word));
    let first = lines.next();
    let line = match first {
        Some(echo) if rank(echo) == 2 => lines.take(3).find(|l| rank(l) < 2).or(first),
        other => other,
    };
    BodyReading {
        message: line.map(|l| message(l.to_owned(), "plain-text", None)),
        error_flag: false,
        rank: None,
    }
}

/// `Uncaught Error: Call to undefined function foo() in /var/www/x.php:3` → without the
/// location and stack trace.
fn php_message(text: &str) -> String {
    let text = crate::search::before(text, "Stack trace:");
    let text = match crate::search::rfind(text, " in /") {
        Some(at) => text.get(..at).unwrap_or(text),
        None => text,
    };
    text.trim().to_owned()
}

/// Where `<tag` (or, with `close`, `</tag>`) first starts in `text`: each `<` compared, so no
/// needle is built per tag.
fn find_tag(text: &str, tag: &str, close: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let tag = tag.as_bytes();
    memchr::memchr_iter(b'<', bytes).find(|&at| {
        let name = at + 1 + usize::from(close);
        (!close || bytes.get(at + 1) == Some(&b'/'))
            && (!FAST || bytes.get(name) == tag.first())
            && bytes.get(name..name + tag.len()) == Some(tag)
            && (!close || bytes.get(name + tag.len()) == Some(&b'>'))
    })
}

/// The raw inner markup of the first (or last) `<tag …>…</tag>`.
fn element_inner<'p>(page: &'p str, tag: &str, last: bool) -> Option<&'p str> {
    let mut found = None;
    let mut from = 0;
    while let Some(rel) = page.get(from..).and_then(|p| find_tag(p, tag, false)) {
        let start = from + rel;
        let after_name = start + 1 + tag.len();
        // `<p>` or `<p class=…>`, not `<pre>` when looking for `p`.
        let next = page.as_bytes().get(after_name).copied();
        if !matches!(next, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
            from = after_name;
            continue;
        }
        let gt = crate::search::byte(page.get(after_name..)?, b'>')? + after_name + 1;
        let end = page
            .get(gt..)
            .and_then(|rest| find_tag(rest, tag, true))
            .map_or(page.len(), |e| gt + e);
        found = page.get(gt..end);
        if !last {
            break;
        }
        from = end;
    }
    found
}

fn element_text(page: &str, tag: &str, last: bool) -> Option<String> {
    element_inner(page, tag, last).map(clean)
}

/// Strips tags, decodes the common entities and collapses whitespace.
fn clean(markup: &str) -> String {
    // Each tag becomes a space; an unclosed one ends the text.
    let mut text = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(open) = crate::search::byte(rest, b'<') {
        text.push_str(rest.get(..open).unwrap_or(""));
        let tag = rest.get(open..).unwrap_or("");
        rest = match crate::search::byte(tag, b'>') {
            Some(close) => {
                text.push(' ');
                tag.get(close + 1..).unwrap_or("")
            }
            None => "",
        };
    }
    text.push_str(rest);
    let decoded = match crate::search::byte(&text, b'&') {
        Some(_) => decode_entities(&text),
        None => text,
    };
    // `Page not found (404)` rather than `Page not found ( 404 )` from `<small>` wrappers.
    super::join_words(decoded.into(), true).into_owned()
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = crate::search::byte(rest, b'&') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let tail = rest.get(at..).unwrap_or("");
        let Some(semi) = crate::search::byte(tail.get(..12).unwrap_or(tail), b';') else {
            out.push('&');
            rest = tail.get(1..).unwrap_or("");
            continue;
        };
        let entity = tail.get(1..semi).unwrap_or("");
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::try_from(crate::http::line::parse_hex(h.as_bytes())?).ok())
                .or_else(|| {
                    let decimal = parse_u64(entity.strip_prefix('#')?.as_bytes())?;
                    u32::try_from(decimal).ok()
                })
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = tail.get(semi + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------------------------------------
// Ids written in error pages.

/// Labels before an id in proxy and CDN error pages, with the product that writes them.
static BODY_IDS: &[(&str, &str)] = &[
    // Cloudflare error pages.
    ("Ray ID:", "Cloudflare Ray ID (from the error page)"),
    // Amazon CloudFront error pages.
    ("Request ID:", "Request ID (from the error page)"),
    // Akamai's Access Denied page.
    ("Reference #", "Akamai reference (from the error page)"),
    // Varnish's builtin.vcl synthetic error page (Guru Meditation).
    (
        "XID:",
        "Varnish transaction id (from the Guru Meditation page)",
    ),
];

/// Ids an error page writes in its body (`page`, its text by [`prefix`]): `(label, value, span)`.
pub(crate) fn ids(
    raw: &str,
    input: &[u8],
    span: Span,
) -> Vec<(&'static str, String, Option<Span>)> {
    // Some pages write the label and id with character references (Akamai).
    let decoded = if find_short(raw, "&#").is_some() {
        Some(decode_entities(raw))
    } else {
        None
    };
    // Three of the labels end with `ID:`: when the page has none, they are not looked for.
    let no_id = FAST && decoded.is_none() && find_short(raw, "ID:").is_none();
    let mut out = Vec::new();
    for (label, name) in BODY_IDS {
        if no_id && label.ends_with("ID:") {
            continue;
        }
        let (page, at) = match (find_short(raw, label), &decoded) {
            (Some(at), _) => (raw, at),
            (None, Some(d)) => match find_short(d, label) {
                Some(at) => (d.as_str(), at),
                None => continue,
            },
            (None, None) => continue,
        };
        let rest = page.get(at + label.len()..).unwrap_or("");
        push_id(&mut out, name, rest, input, span);
    }
    out
}

/// The id written at the start of `rest`, after its label (out of `ids`: V8 compiles it only
/// for a page that shows a label).
#[inline(never)]
fn push_id(
    out: &mut Vec<(&'static str, String, Option<Span>)>,
    name: &'static str,
    rest: &str,
    input: &[u8],
    span: Span,
) {
    // Skip markup and spaces between the label and the value (`<strong class="…">`).
    let mut rest = rest.trim_start();
    while rest.starts_with('<') {
        rest = crate::search::byte(rest, b'>')
            .and_then(|g| rest.get(g + 1..))
            .unwrap_or("");
        rest = rest.trim_start();
    }
    // Up to 120 characters of the id's alphabet, all ASCII: counted in bytes.
    let len = rest
        .bytes()
        .take(120)
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'=' | b':'))
        .count();
    let value = crate::http::line::trim_end_of(rest.get(..len).unwrap_or(""), b".:").to_owned();
    if value.len() < 4 {
        return;
    }
    let located = locate(input, span, &value);
    out.push((name, value, located));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(body: &str) -> Option<(String, &'static str)> {
        read(
            body.as_bytes(),
            body,
            BodyKind::Json,
            None,
            b"",
            Span::new(0, 0),
            &BodyScan::of(b""),
        )
        .message
        .map(|m| (m.text, m.shape))
    }

    #[test]
    fn json_shapes() {
        assert_eq!(
            json(r#"{"errors":[{"message":"boom","path":["a"]}],"data":null}"#),
            Some(("boom".into(), "graphql"))
        );
        assert_eq!(
            json(r#"{"error":{"code":503,"message":"down","status":"UNAVAILABLE"}}"#),
            Some(("down".into(), "google-api"))
        );
        assert_eq!(
            json(r#"{"detail":[{"loc":["body","x"],"msg":"Field required","type":"missing"}]}"#),
            Some(("Field required".into(), "fastapi-validation"))
        );
        assert_eq!(
            json(r#"{"email":["This field is required."]}"#),
            Some(("This field is required.".into(), "field-errors"))
        );
        assert_eq!(
            json(
                r#"{"statusCode":400,"message":["a must be x","b must be y"],"error":"Bad Request"}"#
            ),
            Some(("a must be x (and 1 more)".into(), "status-code-error"))
        );
        assert_eq!(json(r#"{"ok":true}"#), None);
        assert_eq!(json("[1,2]"), None);
        assert_eq!(json(&"[".repeat(100_000)), None);
    }

    #[test]
    fn markup() {
        let page = "<html><title>Error</title><pre>Cannot GET /x</pre></html>";
        let r = read(
            page.as_bytes(),
            page,
            BodyKind::Html,
            None,
            b"",
            Span::new(0, 0),
            &BodyScan::of(b""),
        );
        assert_eq!(r.message.map(|m| m.text), Some("Cannot GET /x".into()));
        assert_eq!(
            decode_entities("a &amp; b &#x27;c&#39; &bogus; &"),
            "a & b 'c' &bogus; &"
        );
        let php = "<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function f() in /var/www/a.php:3\nStack trace:";
        let r = read(
            php.as_bytes(),
            php,
            BodyKind::Html,
            None,
            b"",
            Span::new(0, 0),
            &BodyScan::of(b""),
        );
        assert!(r.error_flag);
        assert_eq!(
            r.message.map(|m| m.text),
            Some("Uncaught Error: Call to undefined function f()".into())
        );
    }

    fn page(body: &str, kind: BodyKind) -> Option<(String, &'static str)> {
        let scan = BodyScan::of(body.as_bytes());
        read(
            body.as_bytes(),
            body,
            kind,
            None,
            b"",
            Span::new(0, 0),
            &scan,
        )
        .message
        .map(|m| (m.text, m.shape))
    }

    /// Excerpts of the lab's captures (tests/fixtures/*-lab-*).
    #[test]
    fn what_a_text_says() {
        // Something of its own, in any script.
        assert_eq!(rank("lab: order service unavailable"), 0);
        assert_eq!(rank("数据库不可用"), 0);
        assert_eq!(rank("Bad request syntax ('GET /a b HTTP/1.1')."), 0);
        // Stock texts, compared by their opening.
        assert_eq!(rank("The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."), 1);
        assert_eq!(rank("Server got itself in trouble"), 1);
        assert_eq!(past("ERROR: x", "error"), Some(": x"));
        assert_eq!(past("errors", "error"), Some("s"));
        assert_eq!(past("erro", "error"), None);
        assert_eq!(past("x", ""), Some("x"));
        for e in crate::status::entries() {
            for r in e.aliases.iter().chain([&e.reason]) {
                assert!(r.len() <= LONGEST_REASON, "{r}");
            }
        }
        for t in GENERIC_MESSAGES {
            assert_eq!(
                t.to_ascii_lowercase(),
                *t,
                "compared by a lowercase first byte"
            );
        }
        assert_eq!(rank("The server returned a \"405 Method Not Allowed\"."), 1);
        // The status repeated.
        for echo in [
            "404: Not Found",
            "500 Internal Server Error",
            "⚠\u{fe0f} 403 — Forbidden",
            "Error: 404 Not Found",
            "500",
        ] {
            assert_eq!(rank(echo), 2, "{echo}");
        }
    }

    #[test]
    fn json_says_the_most() {
        // Echo in debug mode (echo-500-lab-handler-error-debug).
        let echo = "{\n  \"error\": \"lab: database unavailable\",\n  \"message\": \"Internal Server Error\"\n}";
        assert_eq!(
            json(echo),
            Some(("lab: database unavailable".into(), "message"))
        );
        let falcon = r#"{"title": "Forbidden", "description": "lab: not for you"}"#;
        assert_eq!(json(falcon), Some(("lab: not for you".into(), "falcon")));
        let rocket = r#"{"error": {"code": 404, "reason": "Not Found", "description": "The requested resource could not be found."}}"#;
        assert_eq!(
            json(rocket).map(|m| m.0),
            Some("The requested resource could not be found.".into())
        );
        let h3 = r#"{"statusCode": 404, "statusMessage": "Cannot find any path matching /api/orders.", "stack": []}"#;
        assert_eq!(
            json(h3),
            Some((
                "Cannot find any path matching /api/orders.".into(),
                "status-code-error"
            ))
        );
        let h3_hidden = "{\n  \"statusCode\": 500,\n  \"stack\": []\n}";
        assert_eq!(json(h3_hidden), None);
    }

    #[test]
    fn text_past_the_status() {
        let text = |body: &str| page(body, BodyKind::Text);
        assert_eq!(
            text("500 Internal Server Error\n\nServer got itself in trouble"),
            Some(("Server got itself in trouble".into(), "plain-text"))
        );
        assert_eq!(
            text("⚠\u{fe0f} 403 — Forbidden\n==================\nlab: not for you\n\n"),
            Some(("lab: not for you".into(), "plain-text"))
        );
        assert_eq!(
            text("Internal Server Error\n\nThe server encountered an unexpected internal server error\n\n(generated by waitress)"),
            Some(("The server encountered an unexpected internal server error".into(), "plain-text"))
        );
        // Tornado's serve_traceback.
        let traceback = "Traceback (most recent call last):\n  File \"/tmp/resplain-lab/py-venvs/py-tornado/lib/python3.13/site-packages/tornado/web.py\", line 2002, in _execute\n    result = method(*self.path_args, **self.path_kwargs)\n  File \"/work/main/lab/apps/python/tornado/app.py\", line 17, in get\n    raise RuntimeError(\"lab: order service unavailable\")\nRuntimeError: lab: order service unavailable\n";
        let r = read(
            traceback.as_bytes(),
            traceback,
            BodyKind::Text,
            None,
            b"",
            Span::new(0, 0),
            &BodyScan::of(b""),
        );
        assert!(r.error_flag);
        assert_eq!(
            r.message.map(|m| (m.text, m.shape)),
            Some((
                "RuntimeError: lab: order service unavailable".into(),
                "python-traceback"
            ))
        );
    }

    #[test]
    fn page_templates() {
        let html = |body: &str| page(body, BodyKind::Html);
        // The JDK's HttpServer and, in capitals, Erlang inets: the text after the heading.
        assert_eq!(
            html("<h1>400 Bad Request</h1>NumberFormatException thrown"),
            Some(("NumberFormatException thrown".into(), "html"))
        );
        let inets = "<HTML>\n       <HEAD>\n           <TITLE>Not Implemented</TITLE>\n      </HEAD>\n      <BODY>\n      <H1>Not Implemented</H1>\nDELETE to &#47;hello.txt (HTTP/1.1) not supported.\n</BODY>\n      </HTML>\n";
        assert_eq!(
            html(inets).map(|m| m.0),
            Some("DELETE to /hello.txt (HTTP/1.1) not supported.".into())
        );
        // Django's technical 500 page: the exception's value, not its class in the title.
        let django = "<title>RuntimeError at /boom</title><style>pre.exception_value { }</style><div id=\"summary\">\n  <h1>RuntimeError at /boom</h1>\n  <pre class=\"exception_value\">lab: order service unavailable</pre>";
        assert_eq!(
            html(django),
            Some(("lab: order service unavailable".into(), "django-debug-html"))
        );
        // Bottle in debug mode: the exception over the page's stock error.
        let bottle = "<h1>Error: 500 Internal Server Error</h1>\n<p>Sorry, the requested URL <tt>&#039;http://127.0.0.1:18201/boom&#039;</tt>\n   caused an error:</p>\n<pre>Internal Server Error</pre>\n  <h2>Exception:</h2>\n  <pre>RuntimeError(&#039;lab: order service unavailable&#039;)</pre>";
        assert_eq!(
            html(bottle),
            Some((
                "RuntimeError('lab: order service unavailable')".into(),
                "bottle-html"
            ))
        );
        // PHP-FPM's answer, declared HTML but plain text.
        assert_eq!(
            html("File not found.\n"),
            Some(("File not found.".into(), "plain-text"))
        );
    }
}
