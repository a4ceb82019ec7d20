//! Hosting platforms' routers: the layer that answers when the app is asleep, crashed, missing or
//! too slow. Their headers ride on every response they route (on_path); only their own error
//! pages, error codes and error-only headers make them the generator.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &HEROKU,
    &VERCEL,
    &NETLIFY,
    &FLY,
    &RENDER,
    &GOOGLE_CLOUD_RUN,
    &AZURE_APP_SERVICE,
    &GITHUB_PAGES,
];

const HEROKU_PAGE: &str = "Heroku router error pages (Heroku Dev Center, Error Codes / Customizing error pages: the default pages are iframes of www.herokucdn.com/error-pages/application-error.html, no-such-app.html ...)";
const HEROKU_ROUTER: &str = "Heroku Dev Center, HTTP Routing: the router adds Via: 1.1 vegur and Server: Cowboy to routed responses (e.g. Express 404 through Heroku in public captures)";

const HEROKU: Product = Product {
    id: "heroku",
    name: "Heroku",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("herokucdn.com/error-pages/"), 0.95, HEROKU_PAGE),
        generated(Body("<title>Application Error</title>"), 0.4, HEROKU_PAGE),
        on_path(HeaderContains("via", "vegur"), 0.7, HEROKU_ROUTER),
        on_path(HeaderIs("server", "Cowboy"), 0.4, HEROKU_ROUTER),
        on_path(
            HeaderIs("server", "heroku"),
            0.6,
            "Heroku Router 2.0 Server: heroku header (Heroku Dev Center, Heroku Router 2.0)",
        ),
    ],
};

const VERCEL_ERRORS: &str = "Vercel docs, Error codes (docs: vercel.com/docs/errors): platform errors are text/plain '<message>\\n\\n<CODE>\\n\\n<x-vercel-id>' with X-Vercel-Error: <CODE>; captures e.g. https://github.com/musistudio/claude-code-router/issues/271";
const VERCEL_HEADERS: &str =
    "Vercel docs, Response headers (x-vercel-id, x-vercel-cache, server: Vercel on every response)";

const VERCEL: Product = Product {
    id: "vercel",
    name: "Vercel",
    layer: Layer::Gateway,
    signals: &[
        generated(Header("x-vercel-error"), 0.85, VERCEL_ERRORS),
        generated(
            Body("An error occurred with your deployment"),
            0.9,
            VERCEL_ERRORS,
        ),
        generated(Body("A server error has occurred"), 0.45, VERCEL_ERRORS),
        generated(
            Body("The deployment could not be found on Vercel."),
            0.95,
            VERCEL_ERRORS,
        ),
        generated(Body("FUNCTION_INVOCATION_FAILED"), 0.9, VERCEL_ERRORS),
        generated(Body("FUNCTION_INVOCATION_TIMEOUT"), 0.9, VERCEL_ERRORS),
        generated(Body("MIDDLEWARE_INVOCATION_FAILED"), 0.9, VERCEL_ERRORS),
        generated(Body("NO_RESPONSE_FROM_FUNCTION"), 0.9, VERCEL_ERRORS),
        generated(Body("FUNCTION_PAYLOAD_TOO_LARGE"), 0.9, VERCEL_ERRORS),
        generated(Body("DEPLOYMENT_NOT_FOUND"), 0.9, VERCEL_ERRORS),
        generated(Body("DEPLOYMENT_DISABLED"), 0.85, VERCEL_ERRORS),
        on_path(Header("x-vercel-id"), 0.6, VERCEL_HEADERS),
        on_path(HeaderIs("server", "Vercel"), 0.6, VERCEL_HEADERS),
        on_path(Header("x-vercel-cache"), 0.5, VERCEL_HEADERS),
    ],
};

const NETLIFY_404: &str = "Netlify's default 404 page ('If this is your site, and you weren't expecting a 404 for this path, please visit Netlify's \"page not found\" support guide') and its text/plain 'Not Found - Request ID: ...' for unknown sites (can-i-take-over-xyz)";
const NETLIFY_HEADERS: &str =
    "Netlify docs, Netlify response headers (x-nf-request-id, Server: Netlify)";

const NETLIFY: Product = Product {
    id: "netlify",
    name: "Netlify",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("Not Found - Request ID:"), 0.95, NETLIFY_404),
        generated(Body("\"page not found\" support guide"), 0.9, NETLIFY_404),
        generated(
            Body("support-guide-i-ve-deployed-my-site-but-i-still-see-page-not-found"),
            0.95,
            NETLIFY_404,
        ),
        on_path(Header("x-nf-request-id"), 0.7, NETLIFY_HEADERS),
        on_path(HeaderIs("server", "Netlify"), 0.6, NETLIFY_HEADERS),
    ],
};

const FLY_HEADERS: &str = "Fly.io docs, Request headers / Fly-Proxy: responses carry fly-request-id, Server: Fly/<rev> and Via: 1.1 fly.io (e.g. api.machines.dev capture in public Phoenix code)";

const FLY: Product = Product {
    id: "fly",
    name: "Fly.io",
    layer: Layer::Gateway,
    signals: &[
        on_path(Header("fly-request-id"), 0.7, FLY_HEADERS),
        on_path(HeaderPrefix("server", "Fly/"), 0.6, FLY_HEADERS),
        on_path(HeaderContains("via", "fly.io"), 0.6, FLY_HEADERS),
    ],
};

const RENDER: Product = Product {
    id: "render",
    name: "Render",
    layer: Layer::Gateway,
    signals: &[
        // Set by Render's router when it answered itself (no-server, hibernate-wake-error, ...).
        generated(Header("x-render-routing"), 0.8, "Render router replies without reaching the service: x-render-routing: no-server (404) / hibernate-wake-error (503, empty body), as captured in public Render deployment notes"),
        on_path(Header("rndr-id"), 0.6, "Render response header rndr-id on every routed response (public captures)"),
        on_path(Header("x-render-origin-server"), 0.6, "Render x-render-origin-server: <origin Server header> on responses that reached the service (public captures)"),
    ],
};

const CLOUD_RUN_DOCS: &str = "Google Cloud docs, Cloud Run troubleshooting (documented messages: 'The request failed because either the HTTP response was malformed or connection to the instance had an error.', 'The request was aborted because there was no available instance.', 403 'Your client does not have permission to get URL')";

const GOOGLE_CLOUD_RUN: Product = Product {
    id: "cloud-run",
    name: "Google Cloud Run",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("HTTP response was malformed or connection to the instance had an error"), 0.95, CLOUD_RUN_DOCS),
        generated(Body("The request was aborted because there was no available instance."), 0.95, CLOUD_RUN_DOCS),
        generated(Body("Your client does not have permission to get URL"), 0.8, CLOUD_RUN_DOCS),
        on_path(HeaderIs("server", "Google Frontend"), 0.5, "Cloud Run responses are served through Google Front End (Server: Google Frontend)"),
        on_path(Header("x-cloud-trace-context"), 0.4, "Google Cloud docs, Cloud Trace: X-Cloud-Trace-Context propagated on Cloud Run / App Engine responses"),
    ],
};

const APP_SERVICE_PAGES: &str = "Azure App Service front-end pages ('404 Web Site not found.', 'Error 403 - This web app is stopped.', Linux ':( Application Error ... you can access the diagnostic resources'), Microsoft Q&A and can-i-take-over-xyz fingerprints";

const AZURE_APP_SERVICE: Product = Product {
    id: "azure-app-service",
    name: "Azure App Service",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("404 Web Site not found"), 0.95, APP_SERVICE_PAGES),
        generated(Body("This web app is stopped."), 0.95, APP_SERVICE_PAGES),
        generated(Body("you can access the diagnostic resources"), 0.9, APP_SERVICE_PAGES),
        on_path(HeaderContains("set-cookie", "ARRAffinity="), 0.6, "Microsoft docs, Azure App Service ARR affinity cookie (ARRAffinity / ARRAffinitySameSite)"),
    ],
};

const GH_PAGES: &str = "GitHub Pages 404 pages ('There isn't a GitHub Pages site here.', title 'Page not found · GitHub Pages'), can-i-take-over-xyz";

const GITHUB_PAGES: Product = Product {
    id: "github-pages",
    name: "GitHub Pages",
    layer: Layer::Gateway,
    signals: &[
        generated(
            Body("There isn't a GitHub Pages site here."),
            0.97,
            GH_PAGES,
        ),
        generated(Body("Page not found &middot; GitHub Pages"), 0.95, GH_PAGES),
        on_path(
            HeaderIs("server", "GitHub.com"),
            0.4,
            "GitHub Pages responses carry Server: GitHub.com",
        ),
    ],
};
