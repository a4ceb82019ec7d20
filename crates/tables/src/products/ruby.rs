//! Ruby: Rails, Sinatra, Rack and its middlewares, and app servers (WEBrick, Puma, Thin, Passenger).
//!
//! Each signal cites where its bytes come from: the product's source, its documentation, or a capture
//! of the lab (lab/recipes) whose bytes are in tests/fixtures.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &RAILS,
    &SINATRA,
    &WEBRICK,
    &PUMA,
    &RACK,
    &THIN,
    &RACK_ATTACK,
    &PASSENGER,
];

const RAILS: Product = Product {
    id: "rails",
    name: "Ruby on Rails",
    layer: Layer::App,
    signals: &[
        generated(
            Body("rails-default-error-page"),
            0.98,
            "rails/rails railties/lib/rails/generators/rails/app/templates/public/404.html (and 422.html, 500.html)",
        ),
        generated(
            Body("The page you were looking for doesn"),
            0.9,
            "rails/rails railties/lib/rails/generators/rails/app/templates/public/404.html",
        ),
        generated(
            Body("The change you wanted was rejected"),
            0.9,
            "rails/rails railties/lib/rails/generators/rails/app/templates/public/422.html",
        ),
        generated(
            Body("Action Controller: Exception caught"),
            0.95,
            "rails/rails actionpack/lib/action_dispatch/middleware/templates/rescues/layout.erb",
        ),
        generated(
            Header("x-runtime"),
            0.5,
            "rack/rack lib/rack/runtime.rb (X-Runtime), in the Rails default middleware stack",
        ),
        generated(
            JsonKeys(&["/status", "/error"]),
            0.35,
            "rails/rails actionpack/lib/action_dispatch/middleware/public_exceptions.rb ({ status:, error: })",
        ),
        on_path(
            HeaderIs("cache-control", "max-age=0, private, must-revalidate"),
            0.3,
            "rails/rails actionpack/lib/action_dispatch/http/cache.rb (DEFAULT_CACHE_CONTROL)",
        ),
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
],
};

const SINATRA_LAB: &str = "captured locally from Sinatra 3.0.5 (Debian ruby-sinatra 3.0.5-3+deb12u1) (lab/recipes/ruby-sinatra.sh)";

const SINATRA: Product = Product {
    id: "sinatra",
    name: "Sinatra",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Sinatra doesn"),
            0.95,
            "sinatra/sinatra lib/sinatra/base.rb (development not_found page 'Sinatra doesn’t know this ditty.')",
        ),
        // Rack::URLMap and Rack::Files send it too (rack/rack lib/rack/urlmap.rb,
        // lib/rack/files.rb): it shows a Rack app on the path, not Sinatra.
        on_path(
            HeaderIs("x-cascade", "pass"),
            0.3,
            "sinatra/sinatra lib/sinatra/base.rb (route_missing: X-Cascade: pass)",
        ),
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
],
};

const WEBRICK_LAB: &str = "captured locally from WEBrick 1.8.1 on Ruby 3.1.2 (Debian ruby-webrick 1.8.1-1) (lab/recipes/ruby-webrick.sh)";

const WEBRICK: Product = Product {
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

const PUMA: Product = Product {
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

const RACK: Product = Product {
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

const THIN_LAB: &str = "captured locally from Thin 1.8.1 (Debian thin 1.8.1-2) (lab/recipes/ruby-thin.sh); macournoyer/thin lib/thin/response.rb (ERROR, BAD_REQUEST)";

const THIN: Product = Product {
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

const RACK_ATTACK_LAB: &str = "captured locally from Rack::Attack 6.6.1 (Debian ruby-rack-attack 6.6.1-1) on Puma 5.6.5 (lab/recipes/ruby-rack-attack.sh); rack/rack-attack lib/rack/attack/configuration.rb (DEFAULT_BLOCKLISTED_RESPONDER, DEFAULT_THROTTLED_RESPONDER)";

const RACK_ATTACK: Product = Product {
    id: "rack-attack",
    name: "Rack::Attack",
    layer: Layer::App,
    signals: &[
        // rack-attack-429-lab-throttled.
        generated(
            All(&[Status(429, 429), BodyIs("Retry later")]),
            0.95,
            RACK_ATTACK_LAB,
        ),
        // rack-attack-403-lab-blocklisted: "Forbidden\n" alone is generic; the lowercase
        // content-type written before the server's capitalised names is Rack::Attack's.
        generated(
            All(&[
                Status(403, 403),
                BodyIs("Forbidden"),
                NamesInOrder(&["content-type", "Content-Length"]),
            ]),
            0.8,
            RACK_ATTACK_LAB,
        ),
    ],
};

const PASSENGER_LAB: &str = "captured locally from Passenger 6.0.17 (Debian libapache2-mod-passenger 6.0.17+ds-1) in Apache 2.4.71 (lab/recipes/ruby-passenger.sh)";

const PASSENGER: Product = Product {
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
