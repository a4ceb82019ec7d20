//! Proposed fingerprint entries from the Java / Ruby / PHP capture lab (lab/recipes/java-*.sh,
//! ruby-*.sh, php-*.sh; notes in lab/notes/<product>.md). Written in the syntax of
//! crates/tables/src/products/*.rs (apps.rs: every product here is Layer::App).
//!
//! Products that already have an entry (tomcat, jetty, rails, sinatra, laravel, php) get an
//! `*_ADD` list of signals to APPEND, plus, for sinatra, one change to an existing signal (said so
//! in its comment). New products get a full `Product`: jdk-httpserver, webrick, puma, rack, thin,
//! rack-attack, passenger, php-builtin-server, php-fpm, wordpress, mediawiki, symfony, slim.
//!
//! Every literal was checked byte for byte against the captures in tests/fixtures (the
//! `*-lab-*` files named in the comments), and against the product's installed source where one
//! exists (paths below are of the Debian bookworm packages; upstream paths in the same form as
//! apps.rs). Weights follow apps.rs: a page/sentence only the product writes 0.85-0.98; a Server /
//! X-Powered-By header of its own 0.55-0.6; combinations other stacks could produce 0.3-0.7.
//!
//! Scored with a private build of main taken 2026-12-03 01:38 UTC (before these proposals): 84 of
//! the 158 lab captures of these recipes were misattributed (all of webrick, rack, rack-attack,
//! puma, thin, unicorn, slim, symfony, wordpress, mediawiki, passenger, jdk-httpserver; laravel's
//! pages read as `php`; rack's URLMap 404 read as `sinatra` through X-Cascade). The proposals were
//! compiled (rustc, against crates/tables/src/product.rs and the Stack struct) but not scored:
//! the two allowed builds were used before main's e811309 matchers landed.
//!
//! Uses the header-order matchers of e811309 (NamesInOrder, NamesEnd: exact case) where a stack's
//! habit names the product; proposed new `Stack`s for crates/tables/src/stacks.rs are at the end.
//! Proposed REFINES pair (products/mod.rs): ("laravel", "symfony") — Laravel renders statuses
//! without a view, and its debug page without Ignition, with Symfony's ErrorHandler templates
//! (laravel-405-lab-wrong-method, laravel-500-lab-exception-debug).
//!
//! What no current Matcher can express (would need new matchers; not proposed as code):
//! - A status line with NO reason phrase (`HTTP/1.1 404 ` — Tomcat 8.5+ on every response).
//!   `Reason("")` would also fire on HTTP/2 and HAR inputs, so it is only used below combined.
//! - The protocol version: PHP's own empty 500 is `HTTP/1.0 500 Internal Server Error` under
//!   php -S and under Apache mod_php (php-500-lab-fatal-display-off, php-500-lab-fatal-mod-php).
//! - A response with no header at all: Unicorn's `HTTP/1.1 500 Internal Server Error\r\n\r\n`
//!   (unicorn-500-lab-app-exception) and Puma's/Unicorn's `HTTP/1.1 400 Bad Request\r\n\r\n`
//!   (byte-identical between the two: puma-400-lab-garbage-request, unicorn-400-lab-garbage-request).
//!   No Unicorn entry is proposed for that reason: nothing it writes names it.

use crate::product::{generated, on_path, Layer, Matcher::*, Product, Signal};
use crate::stacks::Stack;

// ---------------------------------------------------------------------------------------------
// Tomcat: additions to TOMCAT (apps.rs)
// ---------------------------------------------------------------------------------------------

const TOMCAT_LAB: &str = "captured locally from Apache Tomcat 10.1.60 (Debian tomcat10 10.1.60-1~deb12u1) (lab/recipes/java-tomcat.sh)";

/// Append to TOMCAT.signals.
pub const TOMCAT_ADDITIONS: &[Signal] = &[
    // NOTE: the `coyote` stack (stacks.rs, e811309) already scores the header order and the
    // charset spelling; the next two are for Tomcat-the-product when Feature("stack:coyote") is
    // not enough on its own (a HEAD, tomcat-404-lab-head). Drop them if the stack suffices.
    // Header-only evidence (HEAD, tomcat-404-lab-head; also every ErrorReportValve page):
    // `Content-Type: text/html;charset=utf-8` (no space) with `Content-Language: en` — the valve
    // sets the response locale. Plus the reason-less status line that only Tomcat 8.5+ sends.
    generated(
        All(&[
            HeaderIs("content-type", "text/html;charset=utf-8"),
            HeaderIs("content-language", "en"),
        ]),
        0.7,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); apache/tomcat java/org/apache/catalina/valves/ErrorReportValve.java (setContentType(\"text/html\"), setCharacterEncoding(\"utf-8\"), response locale)",
    ),
    generated(
        All(&[Reason(""), HeaderIs("content-language", "en")]),
        0.6,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); apache/tomcat java/org/apache/coyote/http11/Http11OutputBuffer.java (no reason phrase since 8.5)",
    ),
    // The title survives showReport=false/showServerInfo=false (tomcat-404-lab-no-context-hardened).
    generated(
        Body("<title>HTTP Status "),
        0.8,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); catalina.jar org/apache/catalina/valves/LocalStrings.properties (errorReportValve.statusHeader=HTTP Status {0} \\u2013 {1})",
    ),
    // Coyote's request-line rejection, rendered as an Exception Report (tomcat-400-lab-invalid-target).
    generated(
        Body("The valid characters are defined in RFC 7230 and RFC 3986"),
        0.9,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); tomcat-coyote.jar org/apache/coyote/http11/LocalStrings.properties (iib.invalidRequestTarget)",
    ),
    // The Manager app's 401/403 pages (tomcat-401-lab-manager-unauthorized,
    // tomcat-403-lab-manager-forbidden): the most common Tomcat pages on the public internet.
    generated(
        Body("<tt>conf/tomcat-users.xml</tt>"),
        0.95,
        "captured locally from Tomcat 10.1.60 Manager (Debian tomcat10-admin) (lab/recipes/java-tomcat.sh); apache/tomcat webapps/manager/WEB-INF/jsp/401.jsp, 403.jsp",
    ),
    generated(
        HeaderIs("www-authenticate", "Basic realm=\"Tomcat Manager Application\""),
        0.95,
        "captured locally from Tomcat 10.1.60 Manager (lab/recipes/java-tomcat.sh); apache/tomcat webapps/manager/WEB-INF/web.xml (login-config realm-name)",
    ),
    // HttpServlet's own 501 (tomcat-501-lab-unknown-method; Jakarta servlet-api LocalStrings).
    generated(
        Body("is not implemented by this Servlet for this URI"),
        0.85,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); servlet-api.jar jakarta/servlet/http/LocalStrings.properties (http.method_not_implemented)",
    ),
];

// ---------------------------------------------------------------------------------------------
// Jetty: additions to JETTY (apps.rs)
// ---------------------------------------------------------------------------------------------

const JETTY_LAB: &str = "captured locally from Jetty 9.4.57.v20241219 (Debian libjetty9-java 9.4.57-1.1~deb12u1) (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server";

/// Append to JETTY.signals.
pub const JETTY_ADDITIONS: &[Signal] = &[
    // Parser-level errors (400/414/431): `<h1>Bad Message 400</h1><pre>reason: ...</pre>`
    // (jetty-400-lab-garbage-request, jetty-431-lab-header-too-large, jetty-414-lab-uri-too-long);
    // ErrorHandler.badMessageError.
    generated(Body("<h1>Bad Message "), 0.9, JETTY_LAB),
    // DefaultHandler's no-context page (jetty-404-lab-root-context-list); its footer is
    // "Powered by Eclipse Jetty:// Server", which the existing "Powered by Jetty://" misses.
    generated(
        Body("No context on this server matched or handled this request."),
        0.95,
        "captured locally from Jetty 9.4.57 (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server handler/DefaultHandler.java",
    ),
    generated(
        Body("Powered by Eclipse Jetty:// Server"),
        0.95,
        "captured locally from Jetty 9.4.57 (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server handler/DefaultHandler.java",
    ),
    // Header on every ErrorHandler page (no spaces after the commas): all jetty-*-lab-* HTML/JSON
    // error captures. Header-only evidence when Server is hidden.
    generated(
        HeaderIs("cache-control", "must-revalidate,no-cache,no-store"),
        0.65,
        "captured locally from Jetty 9.4.57 (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server handler/ErrorHandler.java (handle: Cache-Control must-revalidate,no-cache,no-store)",
    ),
    // Jetty's reason phrase for 500 (jetty-500-lab-exception); others say "Internal Server Error".
    generated(Reason("Server Error"), 0.4, JETTY_LAB),
];

// ---------------------------------------------------------------------------------------------
// JDK built-in HTTP server (new)
// ---------------------------------------------------------------------------------------------

const JDK_LAB: &str = "captured locally from OpenJDK 17.0.15 com.sun.net.httpserver (lab/recipes/java-jdk-httpserver.sh); openjdk/jdk src/jdk.httpserver/share/classes/sun/net/httpserver/ServerImpl.java (Exchange.reject)";

pub const JDK_HTTPSERVER: Product = Product {
    id: "jdk-httpserver",
    name: "JDK HttpServer (com.sun.net.httpserver)",
    layer: Layer::App,
    signals: &[
        // jdk-httpserver-404-lab-no-context, jdk-httpserver-404-lab-head (the body comes even to HEAD).
        generated(BodyIs("<h1>404 Not Found</h1>No context found for request"), 0.98, JDK_LAB),
        generated(Body("No context found for request"), 0.9, JDK_LAB),
        // jdk-httpserver-400-lab-bad-request-line / -bad-header / -bad-content-length.
        generated(Body("<h1>400 Bad Request</h1>Bad request line"), 0.9, JDK_LAB),
        generated(Body("Header key contains illegal characters"), 0.85, JDK_LAB),
        generated(BodyIs("<h1>400 Bad Request</h1>NumberFormatException thrown"), 0.9, JDK_LAB),
    ],
};

// ---------------------------------------------------------------------------------------------
// WEBrick (new)
// ---------------------------------------------------------------------------------------------

const WEBRICK_LAB: &str = "captured locally from WEBrick 1.8.1 on Ruby 3.1.2 (Debian ruby-webrick 1.8.1-1) (lab/recipes/ruby-webrick.sh)";

pub const WEBRICK: Product = Product {
    id: "webrick",
    name: "WEBrick",
    layer: Layer::App,
    signals: &[
        // The ADDRESS footer of every WEBrick error page (webrick-*-lab-*).
        generated(
            Body("<ADDRESS>\n     WEBrick/"),
            0.95,
            "captured locally from WEBrick 1.8.1 (lab/recipes/ruby-webrick.sh); ruby/webrick lib/webrick/httpresponse.rb (set_error, the error page template)",
        ),
        // Server on everything WEBrick serves, Rack apps included (webrick-404-lab-head,
        // rack-404-lab-urlmap-webrick). Sinatra/Rack signals outweigh it on their own pages.
        generated(
            HeaderPrefix("server", "WEBrick/"),
            0.55,
            "captured locally from WEBrick 1.8.1 (lab/recipes/ruby-webrick.sh); ruby/webrick lib/webrick/httpserver.rb (ServerSoftware: WEBrick/<version> (Ruby/<version>/<date>))",
        ),
        generated(
            Body("unsupported method `"),
            0.85,
            "captured locally from WEBrick 1.8.1 (webrick-405-lab-post); ruby/webrick lib/webrick/httpservlet/abstract.rb",
        ),
        generated(
            Body("bad Request-Line `"),
            0.9,
            "captured locally from WEBrick 1.8.1 (webrick-400-lab-garbage-request); ruby/webrick lib/webrick/httprequest.rb",
        ),
        // Reason phrase of WEBrick's 414 (webrick-414-lab-uri-too-long). nginx also says
        // "Request-URI Too Large" (products-proxies.rs gives it 0.35): kept low.
        generated(Reason("Request-URI Too Large"), 0.3, WEBRICK_LAB),
    ],
};

// ---------------------------------------------------------------------------------------------
// Puma (new)
// ---------------------------------------------------------------------------------------------

pub const PUMA: Product = Product {
    id: "puma",
    name: "Puma",
    layer: Layer::App,
    signals: &[
        // puma-500-lab-lowlevel-error (RACK_ENV production).
        generated(
            BodyIs("An unhandled lowlevel error occurred. The application logs may have details."),
            0.97,
            "captured locally from Puma 5.6.5 (Debian puma 5.6.5-3+deb12u2) (lab/recipes/ruby-puma.sh); puma/puma lib/puma/server.rb (lowlevel_error)",
        ),
        // puma-500-lab-lowlevel-error-development.
        generated(
            Body("Puma caught this error: "),
            0.97,
            "captured locally from Puma 5.6.5 (lab/recipes/ruby-puma.sh); puma/puma lib/puma/server.rb (lowlevel_error, development)",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Rack middleware (new)
// ---------------------------------------------------------------------------------------------

pub const RACK: Product = Product {
    id: "rack",
    name: "Rack",
    layer: Layer::App,
    signals: &[
        // Rack::URLMap's 404 (rack-404-lab-urlmap and its -thin/-unicorn/-webrick/-head twins):
        // text/plain "Not Found: <path>" with X-Cascade: pass.
        generated(
            All(&[HeaderIs("x-cascade", "pass"), HeaderIs("content-type", "text/plain"), Body("Not Found: /")]),
            0.85,
            "captured locally from Rack 2.2.22 (Debian ruby-rack) (lab/recipes/ruby-puma.sh); rack/rack lib/rack/urlmap.rb (call: [404, {Content-Type text/plain, X-Cascade pass}, [\"Not Found: #{path}\"]])",
        ),
        // Header-only form of the same (HEAD: rack-404-lab-urlmap-head).
        generated(
            All(&[HeaderIs("x-cascade", "pass"), HeaderIs("content-type", "text/plain")]),
            0.5,
            "captured locally from Rack 2.2.22 (lab/recipes/ruby-puma.sh); rack/rack lib/rack/urlmap.rb, lib/rack/files.rb",
        ),
        // Rack::Files (rack-404-lab-files, rack-405-lab-files-post).
        generated(
            All(&[HeaderIs("x-cascade", "pass"), Body("File not found: /")]),
            0.85,
            "captured locally from Rack 2.2.22 (lab/recipes/ruby-puma.sh); rack/rack lib/rack/files.rb (fail(404, \"File not found: #{path_info}\"))",
        ),
        // Rack::ShowExceptions (rack-500-lab-show-exceptions, rack-500-lab-lint-error).
        generated(
            Body("You're seeing this error because you use <code>Rack::ShowExceptions</code>."),
            0.97,
            "captured locally from Rack 2.2.22 (lab/recipes/ruby-rack.sh); rack/rack lib/rack/show_exceptions.rb (TEMPLATE)",
        ),
        // Rack::Lint failures as shown by ShowExceptions (rack-500-lab-lint-error).
        generated(
            Body("Rack::Lint::LintError"),
            0.9,
            "captured locally from Rack 2.2.22 (lab/recipes/ruby-rack.sh); rack/rack lib/rack/lint.rb (LintError)",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Thin (new)
// ---------------------------------------------------------------------------------------------

const THIN_LAB: &str = "captured locally from Thin 1.8.1 (Debian thin 1.8.1-2) (lab/recipes/ruby-thin.sh); macournoyer/thin lib/thin/response.rb (ERROR, BAD_REQUEST)";

pub const THIN: Product = Product {
    id: "thin",
    name: "Thin",
    layer: Layer::App,
    signals: &[
        // thin-500-lab-app-exception: lowercase "server error".
        generated(All(&[HeaderIs("server", "thin"), BodyIs("Internal server error")]), 0.97, THIN_LAB),
        generated(BodyIs("Internal server error"), 0.6, THIN_LAB),
        // thin-400-lab-garbage-request, thin-400-lab-header-too-large.
        generated(All(&[HeaderIs("server", "thin"), BodyIs("Bad Request")]), 0.95, THIN_LAB),
        // Server: thin on everything Thin serves (sinatra-*-thin, rack-404-lab-urlmap-thin).
        generated(
            HeaderIs("server", "thin"),
            0.55,
            "captured locally from Thin 1.8.1 (lab/recipes/ruby-thin.sh); macournoyer/thin lib/thin/response.rb (SERVER = 'thin')",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Sinatra: one change and additions to SINATRA (apps.rs)
// ---------------------------------------------------------------------------------------------

// CHANGE: SINATRA's `generated(HeaderIs("x-cascade", "pass"), 0.6, ...)` should become
// `on_path(HeaderIs("x-cascade", "pass"), 0.3, ...)`. Rack::URLMap and Rack::Files send it too
// (rack/rack lib/rack/urlmap.rb, lib/rack/files.rb), so under the current weight every
// rack-*-lab-* 404/405 (7 captures, four app servers) is attributed to Sinatra. Sinatra's own
// pages are named by the signals below instead.

const SINATRA_LAB: &str = "captured locally from Sinatra 3.0.5 (Debian ruby-sinatra 3.0.5-3+deb12u1) (lab/recipes/ruby-sinatra.sh)";

/// Append to SINATRA.signals.
pub const SINATRA_ADDITIONS: &[Signal] = &[
    // Production 404 (sinatra-404-lab-not-found-{puma,thin,webrick}): base.rb route_missing / the
    // not_found body `<h1>Not Found</h1>` with X-Cascade: pass.
    generated(
        All(&[BodyIs("<h1>Not Found</h1>"), HeaderIs("x-cascade", "pass")]),
        0.9,
        "captured locally from Sinatra 3.0.5 (lab/recipes/ruby-sinatra.sh); sinatra/sinatra lib/sinatra/base.rb (handle_exception!: body \"<h1>#{not_found? ? 'Not Found' : 'Bad Request'}</h1>\")",
    ),
    // Production 500 (sinatra-500-lab-exception-*, sinatra-500-lab-json-parse-puma): the default
    // `error ::Exception` block, with rack-protection's headers.
    generated(
        All(&[BodyIs("<h1>Internal Server Error</h1>"), HeaderIs("x-frame-options", "SAMEORIGIN")]),
        0.9,
        "captured locally from Sinatra 3.0.5 (lab/recipes/ruby-sinatra.sh); sinatra/sinatra lib/sinatra/base.rb (error ::Exception do ... '<h1>Internal Server Error</h1>')",
    ),
    // rack-protection's default header pair with Sinatra's charset spelling (every sinatra capture
    // but the development exception pages): banner-less evidence, e.g. sinatra-403-lab-halt-puma.
    on_path(
        All(&[
            HeaderIs("content-type", "text/html;charset=utf-8"),
            HeaderIs("x-xss-protection", "1; mode=block"),
            HeaderIs("x-frame-options", "SAMEORIGIN"),
        ]),
        0.5,
        "captured locally from Sinatra 3.0.5 (lab/recipes/ruby-sinatra.sh); sinatra/sinatra rack-protection/lib/rack/protection/xss_header.rb, frame_options.rb",
    ),
    // Development exception page (sinatra-500-lab-show-exceptions, -json-parse-development).
    generated(
        Body("enabled the <code>show_exceptions</code> setting."),
        0.97,
        "captured locally from Sinatra 3.0.5 (lab/recipes/ruby-sinatra.sh); sinatra/sinatra lib/sinatra/show_exceptions.rb (TEMPLATE, p#explanation)",
    ),
    // Its plain-text variant (curl; sinatra-500-lab-show-exceptions-text): the backtrace runs
    // through Sinatra's base.rb.
    generated(Body("/lib/sinatra/base.rb:"), 0.7, SINATRA_LAB),
];

// ---------------------------------------------------------------------------------------------
// Rack::Attack (new)
// ---------------------------------------------------------------------------------------------

const RACK_ATTACK_LAB: &str = "captured locally from Rack::Attack 6.6.1 (Debian ruby-rack-attack 6.6.1-1) on Puma 5.6.5 (lab/recipes/ruby-rack-attack.sh); rack/rack-attack lib/rack/attack/configuration.rb (DEFAULT_BLOCKLISTED_RESPONDER, DEFAULT_THROTTLED_RESPONDER)";

pub const RACK_ATTACK: Product = Product {
    id: "rack-attack",
    name: "Rack::Attack",
    layer: Layer::App,
    signals: &[
        // rack-attack-429-lab-throttled.
        generated(All(&[Status(429, 429), BodyIs("Retry later")]), 0.95, RACK_ATTACK_LAB),
        // rack-attack-403-lab-blocklisted: "Forbidden\n" alone is generic; the lowercase
        // content-type written before the server's capitalised names is Rack::Attack's.
        generated(
            All(&[Status(403, 403), BodyIs("Forbidden"), NamesInOrder(&["content-type", "Content-Length"])]),
            0.8,
            RACK_ATTACK_LAB,
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// MediaWiki (new)
// ---------------------------------------------------------------------------------------------

pub const MEDIAWIKI: Product = Product {
    id: "mediawiki",
    name: "MediaWiki",
    layer: Layer::App,
    signals: &[
        // mediawiki-500-lab-db-down(-api): the i18n message dberr-problems.
        generated(
            Body("<h1>Sorry! This site is experiencing technical difficulties.</h1>"),
            0.95,
            "captured locally from MediaWiki 1.39.17 (Debian mediawiki) (lab/recipes/php-mediawiki.sh); wikimedia/mediawiki includes/exception/MWExceptionRenderer.php, languages/i18n/en.json (dberr-problems)",
        ),
        generated(
            Header("mediawiki-api-error"),
            0.97,
            "captured locally from MediaWiki 1.39.17 (lab/recipes/php-mediawiki.sh); wikimedia/mediawiki includes/api/ApiMain.php (MediaWiki-API-Error header)",
        ),
        // mediawiki-200-lab-not-installed.
        generated(
            Body("<p>LocalSettings.php not found.</p>"),
            0.95,
            "captured locally from MediaWiki 1.39.17 (lab/recipes/php-mediawiki.sh); wikimedia/mediawiki includes/templates/NoLocalSettings.mustache",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Rails: additions to RAILS (apps.rs)
// ---------------------------------------------------------------------------------------------

/// Append to RAILS.signals. (The existing entry already attributes all 13 rails-*-lab-* captures.)
pub const RAILS_ADDITIONS: &[Signal] = &[
    // HostAuthorization's page (rails-403-lab-blocked-host) — already caught by the layout title,
    // but this sentence is the one users search for.
    generated(
        Body("<h1>Blocked host: "),
        0.95,
        "captured locally from Rails 6.1.7.10 (Debian ruby-rails) (lab/recipes/ruby-rails.sh); rails/rails actionpack/lib/action_dispatch/middleware/templates/rescues/blocked_host.html.erb",
    ),
    // ActionDispatch::RequestId + Rack::Runtime together on every Rails response (all rails-*-lab-*
    // except the Blocked host page).
    generated(
        All(&[Header("x-request-id"), Header("x-runtime")]),
        0.6,
        "captured locally from Rails 6.1.7.10 (lab/recipes/ruby-rails.sh); rails/rails actionpack/lib/action_dispatch/middleware/request_id.rb, rack/rack lib/rack/runtime.rb",
    ),
];

// ---------------------------------------------------------------------------------------------
// Phusion Passenger (new)
// ---------------------------------------------------------------------------------------------

const PASSENGER_LAB: &str = "captured locally from Passenger 6.0.17 (Debian libapache2-mod-passenger 6.0.17+ds-1) in Apache 2.4.71 (lab/recipes/ruby-passenger.sh)";

pub const PASSENGER: Product = Product {
    id: "passenger",
    name: "Phusion Passenger",
    layer: Layer::App,
    signals: &[
        // passenger-500-lab-app-boot-failed-{development,production} (title of both pages).
        generated(
            Body("Web application could not be started"),
            0.95,
            "captured locally from Passenger 6.0.17 (lab/recipes/ruby-passenger.sh); phusion/passenger resources/templates/error_renderer/ (with_details, without_details/src/index.html.template)",
        ),
        generated(
            Body("<b>Phusion Passenger(R)</b></a>&reg;, the smart application server built by"),
            0.95,
            "captured locally from Passenger 6.0.17 (lab/recipes/ruby-passenger.sh); phusion/passenger resources/templates/error_renderer/without_details/src/index.html.template (footer)",
        ),
        // passenger-502-lab-request-exception (the app raised inside a request).
        generated(
            BodyIs("<h1>Incomplete response received from application</h1>"),
            0.95,
            "captured locally from Passenger 6.0.17 (lab/recipes/ruby-passenger.sh); phusion/passenger src/agent/Core/Controller (string in PassengerAgent)",
        ),
        // On every app response Passenger relays (unknown-app-404-lab-passenger-passthrough).
        on_path(
            HeaderPrefix("x-powered-by", "Phusion Passenger"),
            0.6,
            PASSENGER_LAB,
        ),
        // Passenger's own pages: lowercase cache-control, then Content-Length and a CGI-style
        // Status header (passenger-500-lab-app-boot-failed-*, passenger-502-lab-request-exception).
        generated(NamesInOrder(&["cache-control", "Content-Length", "Status"]), 0.85, PASSENGER_LAB),
        generated(
            All(&[HeaderIs("cache-control", "no-cache, no-store, must-revalidate"), Header("status")]),
            0.6,
            PASSENGER_LAB,
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// PHP: additions to PHP (apps.rs)
// ---------------------------------------------------------------------------------------------

/// Append to PHP.signals.
pub const PHP_ADDITIONS: &[Signal] = &[
    // PHP's SAPI default header is spelled `Content-type` (lowercase t) and follows X-Powered-By;
    // it survives where the web server passes names through (php -S: php-200-lab-*-display-on,
    // php-500-lab-*-display-off; Slim keeps the spelling too). nginx and Apache rewrite it.
    generated(
        NamesInOrder(&["X-Powered-By", "Content-type"]),
        0.6,
        "captured locally from PHP 8.2.36 (lab/recipes/php-builtin.sh); php/php-src main/SAPI.c (sapi_send_headers default 'Content-type: %s')",
    ),
    // PHP's default Content-type header name spelling is lost (names are case-insensitive), but
    // the empty-500 pattern is not: display_errors off gives an empty 500 with X-Powered-By
    // (php-500-lab-fatal-display-off, php-500-lab-fatal-mod-php, php-500-lab-fatal-fpm-*).
    generated(
        All(&[Status(500, 500), BodyIs(""), HeaderPrefix("x-powered-by", "PHP/")]),
        0.8,
        "captured locally from PHP 8.2.36 (Debian php8.2) (lab/recipes/php-builtin.sh, php-mod-php.sh, php-fpm-nginx.sh); php/php-src main/main.c (php_error_cb: 500 on a fatal error, display_errors off)",
    ),
    // Memory / time limit fatals with display_errors on (php-200-lab-memory-display-on,
    // php-200-lab-timeout-display-on).
    generated(
        Body("</b>:  Allowed memory size of "),
        0.9,
        "captured locally from PHP 8.2.36 (lab/recipes/php-builtin.sh); php/php-src Zend/zend_alloc.c (zend_mm_safe_error 'Allowed memory size of %zu bytes exhausted')",
    ),
    generated(
        Body("</b>:  Maximum execution time of "),
        0.9,
        "captured locally from PHP 8.2.36 (lab/recipes/php-builtin.sh); php/php-src Zend/zend_execute_API.c (zend_timeout 'Maximum execution time of %d second%s exceeded')",
    ),
];

// ---------------------------------------------------------------------------------------------
// PHP built-in web server, php -S (new)
// ---------------------------------------------------------------------------------------------

const PHPCLI_LAB: &str = "captured locally from PHP 8.2.36 built-in server (Debian php8.2-cli) (lab/recipes/php-builtin.sh); php/php-src sapi/cli/php_cli_server.c";

pub const PHP_BUILTIN_SERVER: Product = Product {
    id: "php-builtin-server",
    name: "PHP built-in web server (php -S)",
    layer: Layer::App,
    signals: &[
        // php-builtin-404-lab-not-found (strings in /usr/bin/php8.2).
        generated(Body("</code> was not found on this server.</p>"), 0.9, PHPCLI_LAB),
        generated(Body("<code class=\"url\">"), 0.85, PHPCLI_LAB),
        // The cli-server echoes the request's Host as a response header, first, on everything it
        // sends (php-builtin-404-lab-head has nothing else to go on). Weight kept below the
        // frameworks' own page markers: a Symfony/Slim/Laravel page under php -S stays theirs.
        generated(Header("host"), 0.45, PHPCLI_LAB),
        // The same habit with its exact order and case: `Host`, `Date`, `Connection` first
        // (append_essential_headers), on every php-builtin/symfony/slim/laravel capture.
        generated(NamesInOrder(&["Host", "Date", "Connection"]), 0.45, PHPCLI_LAB),
    ],
};

// ---------------------------------------------------------------------------------------------
// PHP-FPM (new)
// ---------------------------------------------------------------------------------------------

const FPM_LAB: &str = "captured locally from PHP-FPM 8.2.36 (Debian php8.2-fpm) behind nginx 1.22.1 and Apache 2.4.71 (lab/recipes/php-fpm-nginx.sh, php-fpm-apache.sh); php/php-src sapi/fpm/fpm/fpm_main.c";

pub const PHP_FPM: Product = Product {
    id: "php-fpm",
    name: "PHP-FPM",
    layer: Layer::App,
    signals: &[
        // php-fpm-404-lab-file-not-found-{nginx,apache}: 'File not found.' (log: Primary script unknown).
        generated(All(&[BodyIs("File not found."), HeaderPrefix("x-powered-by", "PHP/")]), 0.97, FPM_LAB),
        generated(BodyIs("File not found."), 0.8, FPM_LAB),
        // php-fpm-403-lab-access-denied-nginx: outside security.limit_extensions.
        generated(All(&[BodyIs("Access denied."), HeaderPrefix("x-powered-by", "PHP/")]), 0.95, FPM_LAB),
        generated(BodyIs("Access denied."), 0.5, FPM_LAB),
    ],
};

// ---------------------------------------------------------------------------------------------
// WordPress (new)
// ---------------------------------------------------------------------------------------------

const WP_LAB: &str = "captured locally from WordPress 6.1.9 (Debian wordpress 6.1.9+dfsg1-0+deb12u1) (lab/recipes/php-wordpress.sh)";

pub const WORDPRESS: Product = Product {
    id: "wordpress",
    name: "WordPress",
    layer: Layer::App,
    signals: &[
        // wordpress-500-lab-db-connection(-debug).
        generated(
            Body("<h1>Error establishing a database connection</h1>"),
            0.97,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (dead_db), src/wp-includes/class-wpdb.php (db_connect)",
        ),
        // Every wp_die() page.
        generated(
            Body("<div class=\"wp-die-message\">"),
            0.95,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (_default_wp_die_handler)",
        ),
        generated(
            Body("<body id=\"error-page\">"),
            0.8,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (_default_wp_die_handler)",
        ),
        // wp_get_nocache_headers(): WordPress's fixed Expires date, on wp_die pages and every
        // no-cache WordPress response.
        generated(
            HeaderIs("expires", "Wed, 11 Jan 1984 05:00:00 GMT"),
            0.85,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (wp_get_nocache_headers)",
        ),
        // Debian's packaged wp-config.php without a host config (wordpress-404-lab-debian-no-config).
        generated(
            Body("could be found. <br/> Ensure one of them exists, is readable by the webserver and contains the right password/username."),
            0.95,
            "captured locally from Debian wordpress 6.1.9+dfsg1-0+deb12u1 (lab/recipes/php-wordpress.sh); Debian /usr/share/wordpress/wp-config.php",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Symfony (new)
// ---------------------------------------------------------------------------------------------

const SF_LAB: &str = "captured locally from Symfony 5.4.53 HttpKernel/ErrorHandler (Debian php-symfony-*) (lab/recipes/php-symfony.sh)";

pub const SYMFONY: Product = Product {
    id: "symfony",
    name: "Symfony",
    layer: Layer::App,
    signals: &[
        // symfony-{404,405,500,400}-lab-* (APP_DEBUG=0); also Laravel's fallback for statuses
        // without a view (laravel-405-lab-wrong-method: labelled laravel, reads as symfony).
        generated(
            Body("<h1>Oops! An Error Occurred</h1>"),
            0.95,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/Resources/views/error.html.php",
        ),
        generated(
            Body("<h2>The server returned a \""),
            0.85,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/Resources/views/error.html.php",
        ),
        // Debug page (symfony-*-lab-*-debug).
        generated(
            Body(" Symfony Exception</h1>"),
            0.95,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/Resources/views/exception_full.html.php",
        ),
        // Debug headers (symfony-*-lab-*-debug), URL-encoded message and file:line.
        generated(
            Header("x-debug-exception"),
            0.95,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/ErrorRenderer/HtmlErrorRenderer.php (X-Debug-Exception, X-Debug-Exception-File)",
        ),
        // HttpFoundation's default Cache-Control on every Symfony (and Laravel) response.
        on_path(
            HeaderIs("cache-control", "no-cache, private"),
            0.35,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/HttpFoundation/ResponseHeaderBag.php (computeCacheControlValue)",
        ),
        // Router messages as HTML-escaped in the debug page (symfony-404-lab-no-route-debug, -405-).
        generated(Body("No route found for &quot;"), 0.85, SF_LAB),
    ],
};

// ---------------------------------------------------------------------------------------------
// Slim 3 (new)
// ---------------------------------------------------------------------------------------------

pub const SLIM: Product = Product {
    id: "slim",
    name: "Slim Framework",
    layer: Layer::App,
    signals: &[
        // slim-500-lab-error, slim-500-lab-error-details.
        generated(
            Body("<title>Slim Application Error</title>"),
            0.97,
            "captured locally from Slim 3.12 (Debian php-slim 3.12.4-1) (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/Error.php",
        ),
        // slim-500-lab-error-json, slim-500-lab-error-details-json.
        generated(
            JsonIs("/message", "Slim Application Error"),
            0.95,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/Error.php (renderJsonErrorMessage)",
        ),
        // slim-404-lab-not-found.
        generated(
            Body("The page you are looking for could not be found. Check the address bar"),
            0.95,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/NotFound.php",
        ),
        // slim-405-lab-not-allowed (HTML and JSON).
        generated(
            Body("Method not allowed. Must be one of: "),
            0.95,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/NotAllowed.php",
        ),
        // slim-404-lab-not-found-json: short and generic, so low.
        generated(
            BodyIs("{\"message\":\"Not found\"}"),
            0.5,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/NotFound.php (renderJsonNotFoundOutput)",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Laravel: additions to LARAVEL (apps.rs)
// ---------------------------------------------------------------------------------------------

const LARAVEL_LAB: &str = "captured locally from Laravel 8.83.26 (Debian php-laravel-framework 8.83.26+dfsg-2) (lab/recipes/php-laravel.sh)";

/// Append to LARAVEL.signals.
pub const LARAVEL_ADDITIONS: &[Signal] = &[
    // The framework's error views, minimal layout (laravel-404-lab-not-found, -500-lab-server-error,
    // -503-lab-abort); 7.x-8.x. Laravel 9+ renamed the classes; these are for 6-8.
    generated(
        Body("text-lg text-gray-500 border-r border-gray-400 tracking-wider"),
        0.95,
        "captured locally from Laravel 8.83.26 (lab/recipes/php-laravel.sh); laravel/framework 8.x src/Illuminate/Foundation/Exceptions/views/minimal.blade.php",
    ),
    generated(
        Body("ml-4 text-lg text-gray-500 uppercase tracking-wider"),
        0.9,
        "captured locally from Laravel 8.83.26 (lab/recipes/php-laravel.sh); laravel/framework 8.x src/Illuminate/Foundation/Exceptions/views/minimal.blade.php",
    ),
    // JSON errors are pretty-printed in 8.x (`{\n    "message": "Server Error"\n}`), which the
    // existing Body("{\"message\":\"Server Error\"}") does not match (laravel-500-lab-server-error-json).
    generated(
        All(&[JsonIs("/message", "Server Error"), HeaderIs("cache-control", "no-cache, private")]),
        0.85,
        "captured locally from Laravel 8.83.26 (lab/recipes/php-laravel.sh); laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (convertExceptionToArray, prepareJsonResponse JSON_PRETTY_PRINT)",
    ),
    // The router's 404 as JSON has an empty message (laravel-404-lab-not-found-json).
    generated(
        All(&[JsonIs("/message", ""), HeaderIs("cache-control", "no-cache, private")]),
        0.75,
        LARAVEL_LAB,
    ),
    // Lowercase `date` after `Cache-Control` on Laravel's HTML error responses
    // (laravel-404-lab-not-found, -500-lab-server-error, -503-lab-abort, -405-lab-wrong-method,
    // -500-lab-exception-debug); Symfony alone writes `Date` (symfony-*-lab-*).
    generated(NamesInOrder(&["Cache-Control", "date"]), 0.6, LARAVEL_LAB),
    // Debug HTML without Ignition is Symfony's exception page; the trace names Illuminate's
    // classes (laravel-500-lab-exception-debug), which outweighs the Symfony markers.
    generated(Body("Illuminate\\Routing\\"), 0.97, LARAVEL_LAB),
];

// ---------------------------------------------------------------------------------------------
// Proposed stacks (crates/tables/src/stacks.rs `TABLE`), same shape as `coyote`. Checked against
// every capture in tests/fixtures (exact case, order): collisions are named beside each signal.
// Not proposed: a JDK HttpServer stack (its Content-Length, Content-Type, Connection order is
// shared by 25 Go/CherryPy/nghttpx/echo captures) and Puma/Unicorn/Thin stacks (Puma appends
// only Connection/Content-Length, Unicorn prepends Date/Connection like Apache, Thin names itself).
// ---------------------------------------------------------------------------------------------

const WEBRICK_STACK: &str = "ruby/webrick lib/webrick/httpresponse.rb (setup_header: Server, Date, Content-Length, Connection appended after the handler's headers; header names re-capitalised); captured locally from WEBrick 1.8.1 (lab/recipes/ruby-webrick.sh, ruby-rack.sh, ruby-sinatra.sh)";
const PHP_CLI_STACK: &str = "php/php-src sapi/cli/php_cli_server.c (append_essential_headers: Host, Date, Connection first); captured locally from PHP 8.2.36 php -S (lab/recipes/php-builtin.sh, php-symfony.sh, php-slim.sh, php-laravel.sh)";

pub const STACKS_ADD: &[Stack] = &[
    Stack {
        id: "webrick",
        name: "Ruby WEBrick",
        lean: Some((Layer::App, 1.0)),
        signals: &[
            // Its own pages (webrick-*-lab-*): Content-Type, Server, Date, Content-Length, Connection.
            // Caddy and CherryPy end their heads the same way (13 of their lab captures): kept low.
            generated(NamesEnd(&["Server", "Date", "Content-Length", "Connection"]), 0.45, WEBRICK_STACK),
            // Rack apps it serves (rack-404-lab-urlmap-webrick, sinatra-*-webrick): the app's
            // headers (Content-Length included), then Server, Date, Connection.
            // (Also 2 caddy/unknown-app captures end so.)
            generated(NamesEnd(&["Server", "Date", "Connection"]), 0.4, WEBRICK_STACK),
            // WEBrick re-capitalises names: rack-protection's X-XSS-Protection arrives as
            // X-Xss-Protection (sinatra-404-lab-not-found-webrick).
            // No other capture in tests/fixtures spells it so.
            generated(NamesInOrder(&["X-Xss-Protection"]), 0.7, WEBRICK_STACK),
        ],
    },
    Stack {
        id: "php-cli-server",
        name: "PHP built-in web server",
        lean: Some((Layer::App, 1.0)),
        signals: &[generated(NamesInOrder(&["Host", "Date", "Connection"]), 0.9, PHP_CLI_STACK)],
    },
];
