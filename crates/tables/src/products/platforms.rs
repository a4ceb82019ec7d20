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
    &RAILWAY,
    &DIGITALOCEAN_APP_PLATFORM,
    &FIREBASE_HOSTING,
    &PANTHEON,
    &WP_ENGINE,
    &KINSTA,
    &SHOPIFY,
    &SQUARESPACE,
    &WIX,
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
    generated(Body("<title>Heroku | Application Error</title>"), 0.9, "Heroku router error wrapper seen verbatim (curl output of showtooth.herokuapp.com, find_string id 8995880735; ids 1307361149, 36501979058)"),
    generated(Body("utm_source=error-pages"), 0.8, "Heroku's inline application-error page links devcenter.heroku.com/articles/logging#view-logs?utm_source=error-pages&utm_content=application-error (DOM snapshot, find_string id 70070019454)"),
    on_path(HeaderContains("via", "heroku-router"), 0.7, "Heroku Router 2.0 'Via: 1.1 heroku-router' with 'Server: Heroku' and heroku-nel reporting headers (find_string id 56300616285)"),
    on_path(HeaderContains("report-to", "heroku-nel"), 0.6, "Heroku Report-To group heroku-nel / nel.heroku.com (find_string id 56300616285)"),
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
    generated(HeaderIs("x-vercel-mitigated", "challenge"), 0.9, "Vercel Firewall / Attack Challenge Mode: 403 or 429 with x-vercel-mitigated: challenge and x-vercel-challenge-token: 2.<ts>.60.<token> (real observations: find_string ids 43732604896 'HTTP/2 403 / X-Vercel-Mitigated: challenge / Server: Vercel', 61704406424, 62269735107 (429), 5588267791 (429)); microlinkhq/is-antibot src/providers.json@07b1b377"),
    generated(Header("x-vercel-challenge-token"), 0.85, "x-vercel-challenge-token on the Vercel challenge reply (find_string ids 61704406424, 70981616189)"),
    generated(Body("<title>Vercel Security Checkpoint</title>"), 0.9, "Vercel challenge page title (wafw00f vercel plugin as summarised in find_string id 71519677674; body described as 'Vercel Security Checkpoint HTML' in id 58145349535)"),
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

// Hosting platforms (Gateway)
const RAILWAY_HEADERS: &str = "Railway edge headers seen in real bytes: 'Server: railway-edge', 'X-Railway-Edge: railway/us-west2', 'X-Railway-Request-Id: ucE8S2t-Qn6AKhHY0_TJvA' on an app's 401 JSON (curl -i, find_string id 2111565500); HTTP/2 404 with x-railway-edge (id 59306567570); newer 'server: railway-hikari' + 'x-hikari-trace' (id 55451009375). Railway overwrites the app's Server header.";

const RAILWAY: Product = Product {
    id: "railway",
    name: "Railway",
    layer: Layer::Gateway,
    signals: &[
        generated(JsonIs("/message", "Application not found"), 0.85, "Railway edge 404 for an unknown host / no deployment: '{\"status\":\"error\",\"code\":404,\"message\":\"Application not found\",\"request_id\":\"1EKfM20CRb-FOsDm0_TJvA\"}' (find_string ids 19853048373, 51807667982, 53856560733, 59152279308)"),
        generated(JsonIs("/message", "Application failed to respond"), 0.9, "Railway edge 502 when the app does not answer: '{\"status\":\"error\",\"code\":502,\"message\":\"Application failed to respond\"}' (find_string id 56840994217; with x-railway-fallback: true, id 59857049647)"),
        generated(Body("The train has not arrived at the station"), 0.95, "Railway's HTML 404 page 'Not Found / The train has not arrived at the station. / Please check your network settings to confirm that your domain has provisioned.' (rendered text, find_string ids 26159838439, 3433612283, 66630345442)"),
        generated(HeaderIs("x-railway-fallback", "true"), 0.9, "x-railway-fallback: true on Railway edge's own replies, both the 404 Application not found and the 502 Application failed to respond (find_string ids 59857049647, 62510116938, 71383789609 'HTTP/2 404 / server: railway-hikari / x-railway-fallback: true', 58545967713, 68476134274); an app's own 404 lacks it"),
        on_path(Header("x-railway-request-id"), 0.7, RAILWAY_HEADERS),
        on_path(Header("x-railway-edge"), 0.7, RAILWAY_HEADERS),
        on_path(HeaderIs("server", "railway-edge"), 0.6, RAILWAY_HEADERS),
        on_path(HeaderIs("server", "railway-hikari"), 0.6, RAILWAY_HEADERS),
    ],
};

/// App Platform's edge is Cloudflare: App Platform apps also carry Cloudflare's headers.
const DIGITALOCEAN_APP_PLATFORM: Product = Product {
    id: "digitalocean-app-platform",
    name: "DigitalOcean App Platform",
    layer: Layer::Gateway,
    signals: &[
        on_path(Header("x-do-app-origin"), 0.75, "X-Do-App-Origin: <app uuid> with X-Do-Orig-Status: 429, Server: cloudflare, Cf-Ray on api.rest.sh (restish docs, find_string id 306895053; fixture passthrough-digitalocean-app-platform-429-empty); ids 71040127994, 69590315833"),
        on_path(Header("x-do-orig-status"), 0.7, "X-Do-Orig-Status = the app's own status code (find_string ids 306895053, 71040127994)"),
    ],
};

const FIREBASE_HOSTING: Product = Product {
    id: "firebase-hosting",
    name: "Firebase Hosting",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("This is a custom domain, but we haven't finished setting it up yet."), 0.95, "Firebase Hosting 404 'Site Not Found' page: '<h1>Site Not Found</h1><h2>Why am I seeing this?</h2><p>There are a few potential reasons:</p><ol><li>You haven't deployed an app yet.</li><li>You may have deployed an empty directory.</li><li>This is a custom domain, but we haven't finished setting it up yet.</li></ol>' (page source quoted in find_string id 1510491205; text in ids 52753700869, 36555022227; status 404 + title checked in id 70144925621)"),
        generated(Body("You haven't deployed an app yet."), 0.85, "Firebase Hosting 'Site Not Found' page (find_string ids 1510491205, 52753700869)"),
        generated(Body("This page was generated by the Firebase Command-Line Interface"), 0.8, "the Firebase CLI's default public/404.html served by Firebase Hosting (page source in find_string id 30976759894); its other sentences are copied into many apps and are NOT used"),
    ],
};

const PANTHEON: Product = Product {
    id: "pantheon",
    name: "Pantheon",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("404 error unknown site!"), 0.9, "Pantheon unknown-site page (can-i-take-over-xyz fingerprints.json@003c6b9c, 'Pantheon'); tool-derived"),
        on_path(Header("x-pantheon-styx-hostname"), 0.75, "X-Pantheon-Styx-Hostname: styx1a, x-pantheon-endpoint, X-Pantheon-Edge-Server in a curl -I in Pantheon's own docs (find_string id 15292622454); observed with Via: 1.1 varnish (id 56335761564)"),
        on_path(Header("x-styx-req-id"), 0.7, "Pantheon x-styx-req-id (detector, find_string id 1334156605)"),
    ],
};

const WP_ENGINE: Product = Product {
    id: "wp-engine",
    name: "WP Engine",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("The site you were looking for couldn't be found"), 0.8, "WP Engine unknown-site page (subdomain-takeover fingerprint lists, find_string ids 1235149859, 52105300139); tool-derived"),
        on_path(HeaderIs("x-powered-by", "WP Engine"), 0.75, "x-powered-by: WP Engine with x-cache-group / x-cacheable, seen in several curl -I (find_string ids 15197794483, 31770752321, 69788598623)"),
        on_path(Header("wpe-backend"), 0.7, "WP Engine wpe-backend header (hosting detector lists, find_string ids 7845465217, 427064241)"),
        on_path(Header("x-wpe-loopback-upstream-addr"), 0.7, "X-WPE-Loopback-Upstream-Addr (platform detector, find_string id 71023513363)"),
    ],
};

const KINSTA: Product = Product {
    id: "kinsta",
    name: "Kinsta",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("No Site For Domain"), 0.85, "Kinsta unknown-domain page (can-i-take-over-xyz fingerprints.json@003c6b9c, 'Kinsta'); tool-derived"),
        on_path(Header("x-kinsta-cache"), 0.75, "X-Kinsta-Cache: HIT|MISS|BYPASS on Kinsta-served responses (find_string ids 60104046036, 60539400424 with ki-origin / ki-edge)"),
        on_path(Header("ki-cache-type"), 0.6, "Kinsta ki-cache-type / ki-cf-cache-status (cache-header list, find_string id 67340769276)"),
    ],
};

const SHOPIFY: Product = Product {
    id: "shopify",
    name: "Shopify (storefront / Hydrogen-Oxygen)",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("Sorry, this shop is currently unavailable."), 0.95, "Shopify's unavailable-shop page (can-i-take-over-xyz fingerprints.json@003c6b9c, 'Shopify'); tool-derived"),
        on_path(HeaderPrefix("powered-by", "Shopify"), 0.75, "powered-by: Shopify (and 'Shopify, Oxygen', 'Shopify-Hydrogen') on storefront responses, seen in curl -v (find_string ids 58287119657, 68676906136, 54520201112); Shopify/hydrogen PR #872"),
        on_path(Header("x-shopid"), 0.7, "x-shopid on Shopify storefront responses (platform detectors, find_string ids 69825828453, 71405461115)"),
        on_path(Header("x-shopify-stage"), 0.7, "x-shopify-stage on Shopify responses (platform detectors, find_string ids 38772656953, 7845465217)"),
    ],
};

const SQUARESPACE: Product = Product {
    id: "squarespace",
    name: "Squarespace",
    layer: Layer::Gateway,
    signals: &[
        on_path(HeaderIs("server", "Squarespace"), 0.75, "Server: Squarespace on Squarespace-hosted responses, seen in curl -I (find_string ids 59044774950 (404s), 56889912827, 69198081884)"),
        generated(Body("BRICK-50"), 0.6, "Squarespace block page reference code (identYwaf data.json@009b16a7 'squarespace' regex '(?s) @ .+BRICK-50'; awesome-waf: 404 with BRICK-50); tool-derived"),
    ],
};

const WIX: Product = Product {
    id: "wix",
    name: "Wix",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("Looks Like This Domain Isn't Connected To A Website Yet!"), 0.95, "Wix unconnected-domain page (can-i-take-over-xyz fingerprints.json@003c6b9c, 'Wix'); tool-derived"),
        on_path(HeaderIs("server", "Pepyaka"), 0.75, "Server: Pepyaka with X-Wix-Request-Id on wix.com and Wix sites, seen in real bytes (HTTP/2 200, find_string id 13819723282; a Wix 404, id 62134535431)"),
        on_path(Header("x-wix-request-id"), 0.75, "X-Wix-Request-Id (find_string ids 13819723282, 62134535431, 55458949386)"),
    ],
};
