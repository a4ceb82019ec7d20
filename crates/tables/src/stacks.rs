//! HTTP stacks: the library that wrote the response head, recognised from its habits rather than
//! from a banner (banner-less fingerprinting, as httprint and HMAP do): the order and the case of
//! the header names it writes, and values it always writes. A stack is not a generator: Go's
//! net/http writes for applications and for proxies (Traefik, Caddy) alike; it tells which
//! software family answered when no Server header says so, and leans the layer where the family
//! usually serves one. Every signal cites the captures (lab/recipes) and the source that show it.

use crate::cues::log_odds_byte;
use crate::pack::Packer;
use crate::product::{generated, Layer, Matcher::*, Signal};
use crate::products::{pack_signal, read_signal};
use crate::unpack::Reader;

#[derive(Debug, PartialEq)]
pub struct Stack {
    /// Lowercase kebab-case; products refer to it as `Feature("stack:<id>")`.
    pub id: &'static str,
    pub name: &'static str,
    /// The layer this stack usually serves, with how much that says (log-odds, like a cue's
    /// weight); `None` when it serves both (Go, Rust's hyper).
    pub lean: Option<(Layer, f32)>,
    pub signals: &'static [Signal],
}

const NODE_OUTGOING: &str = "nodejs/node lib/_http_outgoing.js (_storeHeader: the handler's headers as set, then Date, Connection and Keep-Alive: timeout=<keepAliveTimeout/1000>, default 5 s); captured locally from Node 20 http, Express, Fastify, Koa, hapi (lab/recipes/node-*.sh)";
const NODE_PARSER: &str = "nodejs/node lib/_http_server.js (socketOnError: constant badRequestResponse / requestHeaderFieldsTooLargeResponse / requestTimeoutResponse = status line + 'Connection: close' only); captured locally from node v20.20.2 (lab/recipes/node-http.sh: node-http-400-lab-garbage-request, node-http-431-lab-header-too-large, node-http-408-lab-slow-head, node-http-400-lab-te-and-cl)";
const NODE_FASTIFY: &str = "fastify/fastify lib/server.js (keepAliveTimeout default 72 s, written by node's _http_outgoing.js as Keep-Alive: timeout=72); captured locally from Fastify 4 and 5 (lab/recipes/node-fastify.sh)";
const GO_SERVER: &str = "golang/go src/net/http/server.go (chunkWriter.writeHeader: the handler's header map sorted by key, then Date and Content-Length appended by the server, and no Server header; http.Error sets Content-Type and X-Content-Type-Options: nosniff); captured locally from Go 1.19/1.22 net/http, gin, echo, chi (lab/recipes/go-*.sh)";
const HYPER: &str = "hyperium/hyper src/proto/h1/role.rs (Server::encode writes header names lowercase, then `date` last when the handler set none); actix-http writes lowercase names likewise; captured locally from axum, actix-web, warp, Rocket, poem, salvo (lab/recipes/rust-*.sh)";
const UVICORN: &str = "encode/uvicorn uvicorn/protocols/http/h11_impl.py and httptools_impl.py (default_headers: lowercase `date` and `server` first; h11 adds its own framing headers in canonical case); captured locally from uvicorn 0.55, FastAPI, Starlette, Litestar (lab/recipes/py-*.sh: 47 heads, all on uvicorn); Envoy writes lowercase date and server too, but last";
const PY_SERVERS: &str = "captured locally from aiohttp 3.14.5 (Content-Length, Date, Server, Connection last: aiohttp/web_protocol.py), Tornado 6.6.1 (Server, Content-Type, Date first: tornado/web.py clear()), Hypercorn 0.18.0 (the app's lowercase headers, then date, server, Connection: hypercorn/protocol/h11.py), Sanic 25.12 (content-length, connection, content-type last, no Date or Server: sanic/response) (lab/recipes/py-*.sh)";
const PY_STDLIB: &str = "python/cpython Lib/http/server.py (BaseHTTPRequestHandler.send_error: Server, Date, Connection, Content-Type text/html;charset=utf-8, Content-Length); also the request errors of Werkzeug's dev server, Django's runserver and wsgiref, which subclass it (lab/recipes/py-stdlib.sh, py-flask.sh, py-django.sh)";
const COYOTE: &str = "apache/tomcat java/org/apache/coyote/http11/Http11Processor.java (no reason phrase since Tomcat 8.5) and ErrorReportValve (Content-Type text/html;charset=utf-8, Content-Language); captured locally from Debian tomcat10 10.1 (lab/recipes/java-tomcat.sh)";
const WEBRICK: &str = "ruby/webrick lib/webrick/httpresponse.rb (setup_header: Server, Date, Content-Length, Connection appended after the handler's headers; header names re-capitalised, so X-XSS-Protection arrives as X-Xss-Protection); captured locally from WEBrick 1.8.1 (lab/recipes/ruby-webrick.sh, ruby-rack.sh, ruby-sinatra.sh)";
const APACHE_HTTPD: &str = "apache/httpd modules/http/http_filters.c (basic_http_header: Date then Server first) and modules/http/http_protocol.c (ap_send_error_response: Content-Type set last, text/html; charset=iso-8859-1); captured locally from Apache 2.4.71 (lab/recipes/apache.sh, modsecurity.sh, php-*.sh)";
const LIGHTTPD: &str = "lighttpd/lighttpd1.4 src/http-header-glue.c, src/response.c (Date and Server appended after the response's own headers); captured locally from lighttpd 1.4.69 (lab/recipes/lighttpd.sh)";
const PHP_CLI: &str = "php/php-src sapi/cli/php_cli_server.c (append_essential_headers: Host, Date, Connection first); captured locally from PHP 8.2 php -S (lab/recipes/php-builtin.sh, php-symfony.sh, php-slim.sh, php-laravel.sh)";

pub const TABLE: &[Stack] = &[
    Stack {
        id: "node",
        name: "Node.js http",
        lean: Some((Layer::App, 0.8)),
        signals: &[
            generated(
                NamesEnd(&["Date", "Connection", "Keep-Alive"]),
                0.9,
                NODE_OUTGOING,
            ),
            generated(HeaderIs("keep-alive", "timeout=5"), 0.8, NODE_OUTGOING),
            // With `Connection: close` the tail is shorter and others end so too: weak alone.
            generated(
                NamesEnd(&["Content-Length", "Date", "Connection"]),
                0.45,
                NODE_OUTGOING,
            ),
            generated(
                All(&[
                    NamesEnd(&["Content-Length", "Date", "Connection"]),
                    Feature("no-server"),
                ]),
                0.7,
                NODE_OUTGOING,
            ),
            generated(
                NamesEnd(&["content-length", "Date", "Connection"]),
                0.85,
                NODE_OUTGOING,
            ),
            generated(
                NamesEnd(&["Transfer-Encoding", "Date", "Connection"]),
                0.45,
                NODE_OUTGOING,
            ),
            generated(HeaderIs("keep-alive", "timeout=72"), 0.85, NODE_FASTIFY),
            // A handler that lets res.end(string) set the length gets it after Keep-Alive; one
            // that writes a head then data gets Transfer-Encoding there.
            generated(
                NamesEnd(&["Date", "Connection", "Keep-Alive", "Content-Length"]),
                0.8,
                NODE_OUTGOING,
            ),
            generated(
                NamesEnd(&["Date", "Connection", "Keep-Alive", "Transfer-Encoding"]),
                0.8,
                NODE_OUTGOING,
            ),
            // Node's parser answers malformed requests itself, whatever the program (an app,
            // configurable-http-proxy, express-gateway): these name the stack, not the layer.
            // The whole head is one header, `Connection: close`, and nothing follows.
            generated(All(&[Status(431, 431), NamesStart(&["Connection"]), NamesEnd(&["Connection"]), HeaderIs("connection", "close"), BodyIs("")]), 0.85, NODE_PARSER),
            generated(All(&[Status(408, 408), NamesStart(&["Connection"]), NamesEnd(&["Connection"]), HeaderIs("connection", "close"), BodyIs("")]), 0.8, NODE_PARSER),
            // Other small servers also write a bare `400 / Connection: close`: lower.
            generated(All(&[Status(400, 400), NamesStart(&["Connection"]), NamesEnd(&["Connection"]), HeaderIs("connection", "close"), BodyIs("")]), 0.7, NODE_PARSER),
        ],
    },
    Stack {
        id: "go",
        name: "Go net/http",
        lean: None,
        signals: &[
            // Go writes no Server header; servers that end their heads the same way (WEBrick,
            // Tornado, CherryPy) name themselves in one.
            generated(
                All(&[NamesEnd(&["Date", "Content-Length"]), Feature("no-server")]),
                0.85,
                GO_SERVER,
            ),
            generated(
                All(&[
                    NamesEnd(&["Date", "Content-Length", "Connection"]),
                    Feature("no-server"),
                ]),
                0.8,
                GO_SERVER,
            ),
            generated(
                NamesInOrder(&[
                    "Content-Type",
                    "X-Content-Type-Options",
                    "Date",
                    "Content-Length",
                ]),
                0.6,
                GO_SERVER,
            ),
            // net/http's server answers malformed requests before any handler runs, whatever
            // the program (an app, Caddy, Traefik): these name the stack, not the layer.
            generated(
                Reason("Bad Request: missing required Host header"),
                0.95,
                "captured locally from Go net/http go1.19.8 (lab/recipes/go-net-http.sh, go-net-http-400-lab-missing-host); golang/go src/net/http/server.go (conn.serve: statusError written as 'HTTP/1.1 400 Bad Request: <text>'; readRequest badRequestError)",
            ),
            generated(
                Reason("Bad Request: invalid header name"),
                0.95,
                "captured locally from Go net/http go1.19.8 (lab/recipes/go-net-http.sh, go-net-http-400-lab-invalid-header-name); golang/go src/net/http/server.go (readRequest badRequestError(\"invalid header name\"))",
            ),
            generated(
                Reason("Bad Request: invalid header value"),
                0.95,
                "golang/go src/net/http/server.go (readRequest badRequestError(\"invalid header value\"), same path as the captured go-net-http-400-lab-invalid-header-name)",
            ),
            generated(
                Reason("Bad Request: malformed Host header"),
                0.95,
                "golang/go src/net/http/server.go (readRequest badRequestError(\"malformed Host header\"), same path as the captured go-net-http-400-lab-missing-host)",
            ),
            generated(
                All(&[Status(501, 501), BodyIs("Unsupported transfer encoding")]),
                0.9,
                "captured locally from Go net/http go1.19.8 (lab/recipes/go-net-http.sh, go-net-http-501-lab-unsupported-transfer-encoding); golang/go src/net/http/server.go (conn.serve isUnsupportedTEError)",
            ),
            generated(
                All(&[Status(400, 400), BodyIs("400 Bad Request"), HeaderIs("content-type", "text/plain; charset=utf-8"), HeaderIs("connection", "close")]),
                0.55,
                "captured locally from Go net/http go1.19.8 and go1.22.10 (lab/recipes/go-net-http.sh, go-net-http-400-lab-garbage-request-line: status line, Content-Type, Connection: close and nothing else, no Date); golang/go src/net/http/server.go (conn.serve publicErr)",
            ),
            generated(
                All(&[Status(431, 431), BodyIs("431 Request Header Fields Too Large")]),
                0.75,
                "captured locally from Go net/http go1.19.8 (lab/recipes/go-net-http.sh, go-net-http-431-lab-header-too-large); golang/go src/net/http/server.go (conn.serve errTooLarge)",
            ),
        ],
    },
    Stack {
        id: "hyper",
        name: "Rust hyper / actix-http",
        lean: Some((Layer::App, 0.6)),
        signals: &[generated(
            All(&[Feature("names-lowercase"), NamesEnd(&["date"])]),
            0.85,
            HYPER,
        )],
    },
    Stack {
        id: "uvicorn",
        name: "uvicorn",
        lean: Some((Layer::App, 1.2)),
        signals: &[generated(NamesStart(&["date", "server"]), 0.8, UVICORN)],
    },
    Stack {
        id: "aiohttp",
        name: "aiohttp",
        lean: Some((Layer::App, 1.2)),
        signals: &[generated(NamesEnd(&["Content-Length", "Date", "Server", "Connection"]), 0.8, PY_SERVERS)],
    },
    Stack {
        id: "tornado",
        name: "Tornado",
        lean: Some((Layer::App, 1.2)),
        signals: &[generated(NamesStart(&["Server", "Content-Type", "Date"]), 0.7, PY_SERVERS)],
    },
    Stack {
        id: "hypercorn",
        name: "Hypercorn",
        lean: Some((Layer::App, 1.2)),
        signals: &[
            generated(NamesEnd(&["date", "server", "Connection"]), 0.8, PY_SERVERS),
            // Hypercorn writes no reason phrase (h11.Response without one).
            generated(All(&[Feature("no-reason"), Feature("names-lowercase")]), 0.5, PY_SERVERS),
        ],
    },
    Stack {
        id: "sanic",
        name: "Sanic",
        lean: Some((Layer::App, 1.2)),
        signals: &[generated(NamesEnd(&["content-length", "connection", "content-type"]), 0.8, PY_SERVERS)],
    },
    Stack {
        id: "python-http-server",
        name: "Python http.server",
        lean: Some((Layer::App, 1.0)),
        signals: &[generated(
            All(&[
                NamesStart(&["Server", "Date", "Connection", "Content-Type", "Content-Length"]),
                HeaderIs("content-type", "text/html;charset=utf-8"),
            ]),
            0.9,
            PY_STDLIB,
        )],
    },
    Stack {
        id: "coyote",
        name: "Apache Tomcat (Coyote)",
        lean: Some((Layer::App, 1.0)),
        signals: &[
            generated(
                NamesInOrder(&["Content-Type", "Content-Language", "Content-Length", "Date"]),
                0.85,
                COYOTE,
            ),
            generated(
                HeaderIs("content-type", "text/html;charset=utf-8"),
                0.5,
                COYOTE,
            ),
        ],
    },
    Stack {
        id: "webrick",
        name: "Ruby WEBrick",
        lean: Some((Layer::App, 1.0)),
        signals: &[
            // Caddy and CherryPy end their heads the same way: weak alone.
            generated(
                NamesEnd(&["Server", "Date", "Content-Length", "Connection"]),
                0.45,
                WEBRICK,
            ),
            generated(
                All(&[
                    NamesEnd(&["Server", "Date", "Content-Length", "Connection"]),
                    HeaderPrefix("server", "WEBrick"),
                ]),
                0.9,
                WEBRICK,
            ),
            generated(NamesEnd(&["Server", "Date", "Connection"]), 0.4, WEBRICK),
            generated(NamesInOrder(&["X-Xss-Protection"]), 0.7, WEBRICK),
        ],
    },
    Stack {
        id: "apache-httpd",
        name: "Apache httpd",
        // httpd writes its own pages and the heads of the apps it runs (mod_php, Passenger).
        lean: Some((Layer::Proxy, 0.4)),
        signals: &[
            generated(
                NamesInOrder(&[
                    "Date",
                    "Server",
                    "Content-Length",
                    "Connection",
                    "Content-Type",
                ]),
                0.8,
                APACHE_HTTPD,
            ),
            generated(
                NamesEnd(&["Content-Length", "Connection", "Content-Type"]),
                0.8,
                APACHE_HTTPD,
            ),
            generated(
                HeaderIs("content-type", "text/html; charset=iso-8859-1"),
                0.5,
                APACHE_HTTPD,
            ),
        ],
    },
    Stack {
        id: "lighttpd",
        name: "lighttpd",
        lean: Some((Layer::Proxy, 0.5)),
        signals: &[
            generated(
                NamesEnd(&["Content-Length", "Connection", "Date", "Server"]),
                0.85,
                LIGHTTPD,
            ),
            generated(
                NamesEnd(&["Content-Type", "Content-Length", "Connection", "Date"]),
                0.6,
                LIGHTTPD,
            ),
        ],
    },
    Stack {
        id: "php-cli-server",
        name: "PHP built-in web server",
        lean: Some((Layer::App, 1.0)),
        signals: &[generated(
            NamesStart(&["Host", "Date", "Connection"]),
            0.9,
            PHP_CLI,
        )],
    },
];

pub(crate) fn pack(p: &mut Packer) {
    p.uint(TABLE.len());
    for stack in TABLE {
        p.str(stack.id);
        p.str(stack.name);
        match stack.lean {
            None => p.byte(0),
            Some((layer, weight)) => {
                p.byte(layer as u8 + 1);
                p.byte(log_odds_byte(weight, stack.id));
            }
        }
        p.uint(stack.signals.len());
        for signal in stack.signals {
            pack_signal(p, signal, stack.id);
        }
    }
}

pub(crate) fn read(r: &mut Reader) -> Stack {
    Stack {
        id: r.str(),
        name: r.str(),
        lean: match r.byte() {
            0 => None,
            layer => {
                let layer = Layer::from_byte(layer - 1);
                Some((layer, f32::from(r.byte()) / 20.0))
            }
        },
        signals: r.signals(read_signal),
    }
}
