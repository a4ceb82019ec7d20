//! What a specific product means by a status: one entry per product (generator id), status code
//! and, where the product says more in its body or headers, the marker that shows it: a vendor's
//! own code (Cloudflare 1xxx, Heroku H/R/L, Vercel, Envoy response flags and details, Google
//! Cloud load balancer statusDetails, Azure Front Door ErrorInfo, Fly.io proxy codes, IIS
//! sub-status) or its error page's words. Each entry: the likely cause, what to check first,
//! what it is not, retry advice when it differs from the status table, and its source. Wording
//! is ours; the facts and every marker come from the cited documentation.
//!
//! An entry for any product (no `generators`) must carry a marker that names the condition by
//! itself (a vendor's code, a log line): such markers lead whoever attribution says generated
//! the response, and their cause must not start with "it" (there is no product to name).

use crate::pack::Packer;
use crate::unpack::Reader;
use crate::RetryAdvice::{self, Maybe, No, Yes};

#[derive(Debug, PartialEq)]
pub struct GeneratorEntry {
    /// Generator ids (as attribution names them) this entry is for; empty: any generator.
    pub generators: &'static [&'static str],
    /// Status codes it applies to; empty: any.
    pub codes: &'static [u16],
    /// Literals, one of which must appear as a whole word in the body or the reason phrase
    /// (compared case-insensitively); empty: no body condition.
    pub body: &'static [&'static str],
    /// A header (lowercase name) that must be present, with one of these values in it as a
    /// whole word (case-insensitive; empty: present is enough). When both `body` and `header`
    /// are given, either one matching is enough.
    pub header: Option<(&'static str, &'static [&'static str])>,
    /// The vendor's name for the condition (`Envoy UF: upstream connection failure`).
    pub title: &'static str,
    /// The likely cause, as the end of a sentence that starts with the product's name.
    pub cause: &'static str,
    pub causes: &'static [&'static str],
    /// What to check, first thing first.
    pub checks: &'static [&'static str],
    /// What this response shows the problem is not.
    pub not: &'static [&'static str],
    /// Retry advice when it differs from the status table's.
    pub retry: Option<RetryAdvice>,
    /// Whether the request reached the application behind: `Some(false)` makes a retry safe
    /// even for a non-idempotent method, and rules the application out (the explanation says
    /// so, once).
    pub reached_app: Option<bool>,
    pub source: &'static str,
}

const BASE: GeneratorEntry = GeneratorEntry {
    generators: &[],
    codes: &[],
    body: &[],
    header: None,
    title: "",
    cause: "",
    causes: &[],
    checks: &[],
    not: &[],
    retry: None,
    reached_app: None,
    source: "",
};

const NGINX: &[&str] = &["nginx", "openresty", "tengine", "ingress-nginx"];
const ENVOY: &[&str] = &["envoy", "istio"];
const ALB: &[&str] = &["aws-alb"];
const ELB: &[&str] = &["aws-alb", "aws-elb-classic"];
const APIGW: &[&str] = &["aws-api-gateway"];
const AFD: &[&str] = &["azure-front-door"];
const CF: &[&str] = &["cloudflare"];
const CFRONT: &[&str] = &["aws-cloudfront"];
const FASTLY: &[&str] = &["fastly"];
const HAPROXY: &[&str] = &["haproxy"];
const KONG: &[&str] = &["kong"];
const APACHE: &[&str] = &["apache"];
const TRAEFIK: &[&str] = &["traefik"];
const SQUID: &[&str] = &["squid"];
const RENDER: &[&str] = &["render"];

const SRC_CF5: &str = "Cloudflare docs, Cloudflare 5xx errors (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/)";
const SRC_CF1: &str = "Cloudflare docs, Cloudflare 1xxx errors (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/)";
const SRC_CFW: &str = "Cloudflare docs, Workers errors and exceptions (developers.cloudflare.com/workers/observability/errors/)";
const SRC_ALB: &str = "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers (docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html)";
const SRC_CLB: &str = "AWS Elastic Load Balancing, Troubleshoot a Classic Load Balancer: HTTP errors (docs.aws.amazon.com/elasticloadbalancing/latest/classic/ts-elb-http-errors.html)";
const SRC_CFRONT: &str = "Amazon CloudFront Developer Guide, Troubleshooting error response status codes (docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html)";
const SRC_APIGW: &str = "Amazon API Gateway Developer Guide, Gateway response types and troubleshooting (docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html)";
const SRC_LAMBDA: &str = "AWS Lambda Developer Guide, Troubleshoot invocation issues (docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html)";
const SRC_ENVOY: &str = "Envoy docs, Access logging: response flags (envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage)";
const SRC_ENVOY_DETAILS: &str = "Envoy docs, Response code details (envoyproxy.io/docs/envoy/latest/configuration/http/http_conn_man/response_code_details)";
const SRC_HEROKU: &str =
    "Heroku Dev Center, Heroku Error Codes (devcenter.heroku.com/articles/error-codes)";
const SRC_VERCEL: &str = "Vercel docs, Error codes (vercel.com/docs/errors)";
const SRC_VARNISH: &str = "Varnish Cache docs, Troubleshooting Varnish and builtin.vcl (varnish-cache.org/docs/trunk/users-guide/troubleshooting.html)";
const SRC_FASTLY: &str =
    "Fastly docs, Common 503 errors (docs.fastly.com/en/guides/common-503-errors)";
const SRC_NGINX: &str = "nginx docs, ngx_http_proxy_module and ngx_http_core_module (nginx.org/en/docs/http/ngx_http_proxy_module.html)";
const SRC_INGRESS: &str = "ingress-nginx docs, default backend and troubleshooting (kubernetes.github.io/ingress-nginx/troubleshooting/)";
const SRC_HAPROXY: &str = "HAProxy configuration manual, timeouts and http-request rules (docs.haproxy.org/2.8/configuration.html)";
const SRC_KONG: &str = "Kong Gateway docs, proxy reference and plugin error responses (docs.konghq.com/gateway/latest/)";
const SRC_APACHE: &str =
    "Apache httpd docs, mod_proxy (httpd.apache.org/docs/2.4/mod/mod_proxy.html)";
const SRC_IIS: &str = "Microsoft Learn, The HTTP status code in IIS 7 and later versions (learn.microsoft.com/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code)";
const SRC_ARR: &str = "Microsoft Learn, Troubleshooting 502 errors in ARR (learn.microsoft.com/iis/extensions/troubleshooting-application-request-routing/troubleshooting-502-errors-in-arr); Azure App Service performance FAQ, Why does my request time out after 230 seconds?";
const SRC_ANCM: &str = "Microsoft Learn, Troubleshoot ASP.NET Core on Azure App Service and IIS (learn.microsoft.com/aspnet/core/test/troubleshoot-azure-iis)";
const SRC_SQUID: &str = "Squid wiki, error pages and ERR_* templates (wiki.squid-cache.org)";
const SRC_GCLB: &str = "Google Cloud docs, Troubleshooting external Application Load Balancers (cloud.google.com/load-balancing/docs/https/troubleshooting-ext-https-lbs)";
const SRC_GCLB_LOG: &str = "Google Cloud docs, External Application Load Balancer logging: statusDetails failure messages (cloud.google.com/load-balancing/docs/https/https-logging-monitoring)";
const SRC_RUN: &str =
    "Google Cloud docs, Troubleshoot Cloud Run issues (cloud.google.com/run/docs/troubleshooting)";
const SRC_AZAGW: &str = "Microsoft Learn, Troubleshoot bad gateway errors in Application Gateway (learn.microsoft.com/azure/application-gateway/application-gateway-troubleshooting-502)";
const SRC_AFD: &str = "Microsoft Learn, Azure Front Door logs: ErrorInfo values (learn.microsoft.com/azure/frontdoor/monitor-front-door)";
const SRC_TRAEFIK: &str = "Traefik docs, routers and services (doc.traefik.io/traefik/routing/)";
const SRC_FLY: &str =
    "Fly.io docs, Error codes and troubleshooting (fly.io/docs/reference/error-codes/)";
const SRC_AKAMAI: &str = "Akamai docs, Edge Diagnostics: translate an error string (techdocs.akamai.com/edge-diagnostics)";
const SRC_NETLIFY: &str =
    "Netlify docs, Functions overview: execution limits (docs.netlify.com/functions/overview/)";
const SRC_RAILWAY: &str = "Railway docs, Application Failed to Respond (docs.railway.com/reference/errors/application-failed-to-respond)";
const SRC_RENDER: &str =
    "Render docs, Free instances: spin-down and x-render-routing (render.com/docs/free)";
const SRC_NGINX_CORE: &str =
    "nginx docs, ngx_http_core_module (client_max_body_size, large_client_header_buffers)";
const SRC_NGINX_SSL: &str = "nginx docs, ngx_http_ssl_module (error processing)";
const SRC_NGINX_UPSTREAM: &str = "nginx docs, ngx_http_upstream_module (max_fails, fail_timeout)";
const SRC_WERKZEUG: &str =
    "Werkzeug docs, HTTP exceptions (werkzeug.palletsprojects.com/en/latest/exceptions/)";
const SRC_DJANGO: &str = "Django docs, settings ALLOWED_HOSTS and Cross Site Request Forgery protection (docs.djangoproject.com/en/stable/ref/csrf/)";

// Words several entries share: each thing said once.
const NOT_DONE: &str =
    "Not a connection failure: the backend got the request and may still finish it.";
const ORIGIN_LOG: &str = "Read the origin's error log at the Ray ID's time.";
const CF_TRACE: &str =
    "If the origin shows nothing, send Cloudflare support the time, the URL and /cdn-cgi/trace.";
const CF_TLS: &str = "Test the origin: openssl s_client -connect ORIGIN_IP:443 -servername HOST; check the zone's SSL mode.";
const CF_OWNER: &[&str] =
    &["Site owner: find the Ray ID in Security Events; a visitor can only send it to the owner."];
const CF_BANNED: &str = "the site owner blocked the client's IP address";
const CF_PROPAGATING: &str =
    "the domain's setup has not reached Cloudflare's edge yet, or a hosting partner's DNS failed";
const CF_ORIGIN_IP: &str = "Point the DNS record at the origin's real address.";
const CF_SUPPORT: &str = "Contact Cloudflare support with the Ray ID.";
const CF_RULE: &str = "Fix the transform rule's expression.";
const CFW_LOG: &str = "Read the Worker's errors with wrangler tail.";
const ALB_LOG: &str =
    "In the ALB access log, read error_reason, elb_status_code and target_status_code.";
const WAF_LOG: &str = "Find the rule in the WAF logs or sampled requests.";
const SURGE: &str = "Check instance health and CloudWatch SurgeQueueLength and SpilloverCount.";
const SIGV4: &str = "Sign with an AWS SDK; check credentials, region and clock.";
const APIGW_LOG: &str =
    "Enable execution logging on the stage and read it for this x-amzn-RequestId.";
const HEADERS: &str =
    "Check the request line and headers for size and invalid characters (cookies first).";
const UPLOAD: &str = "Upload large bodies to storage and send a reference.";
const URL_LONG: &str = "Move long parameters into a POST body.";
const KEEPALIVE: &str = "Set the backend's keep-alive timeout above the proxy's idle timeout.";
const SLOW: &str =
    "Find the backend's duration for this request; move long work to a background job.";
const CLIENT_TIMEOUT: &str = "Compare the client's timeout with how long the backend takes.";
const PROTOCOL: &str =
    "Check the protocol the app speaks on this port (HTTP/1.1, HTTP/2, gRPC, TLS).";
const MEMORY: &str = "Find the memory spike or leak; use fewer workers or more memory.";
const LISTEN: &str =
    "Make the app listen on 0.0.0.0 (not 127.0.0.1) on the port the platform routes to.";
const ENVOY_LOG: &str =
    "Find the request in the Envoy (istio-proxy) access log: flags and details name the failure.";
const ENDPOINTS: &str = "Check the service's endpoints and pod readiness (kubectl get endpoints).";
const OVERLOAD: &str = "Check the proxy's memory and connections against its overload thresholds.";
const HEROKU_LOG: &str =
    "Run heroku logs --tail and read the heroku[router] line for this request.";
const HEROKU_DNS: &str = "Check heroku domains and the DNS target Heroku gives.";
const HEROKU_STATUS: &str = "Check status.heroku.com.";
const HEROKU_RUNTIME: &str = "a Heroku runtime problem with a process, not an HTTP failure";
const SCALE: &str = "Add dynos, or speed up slow requests.";
const VERCEL_LOG: &str = "Open the deployment's Runtime Logs and find this x-vercel-id.";
const VERCEL_ACCOUNT: &str = "Check the project's and team's status and billing in the dashboard.";
const VERCEL_URL: &str = "Check the deployment URL and the domain's assignment.";
const VERCEL_DNS: &str = "the DNS lookup of a rewrite or proxy target failed";
const VERCEL_TARGET: &str = "Check the external rewrite target's DNS and availability.";
const VERCEL_ROUTES: &str =
    "Check the build output, vercel.json rewrites and middleware for this path.";
const VERCEL_ROUTING: &str = "the routing configuration is too complex or matched nothing";
const VERCEL_IMAGE: &str =
    "fetching the external image to optimize failed, was refused, or redirected too often";
const VERCEL_IMAGE_CHECK: &str =
    "Request the source image directly: it must be public and in images.remotePatterns.";
const VERCEL_RANGE: &str = "the Range header is not valid";
const VERCEL_RANGE_CHECK: &str = "Send a valid Range: bytes=… header.";
const FASTLY_TIMEOUT: &str = "Check the origin's timing for this URL, then the backend's timeouts.";
const NGINX_LOG: &str =
    "Read nginx's error.log at this time: its line for this request names the cause.";
const NGINX_BODY: &str = "the request body is over client_max_body_size (1 MB by default)";
const NGINX_BODY_CHECK: &str =
    "Raise client_max_body_size for this location (and in any proxy in front).";
const HAPROXY_ERRORS: &str = "'show errors' on the runtime API captures the invalid message; check the log's termination state.";
const HAPROXY_RULE: &str = "Find the matching http-request rule and ACL.";
const KONG_PLUGIN: &str = "Check the plugins on the Route, Service and Consumer.";
const APACHE_LOG: &str = "Read Apache's error log (AH01102, AH00957, AH01630 name the cause).";
const SQUID_CHECK: &str =
    "Check the server from the Squid host, and Squid's access rules and timeouts.";
const AKAMAI_REF: &str = "Translate the Reference # with Akamai's Edge Diagnostics: it names the rule or the failing step.";
const GCLB_LOG: &str = "Find the request in Cloud Logging (resource.type=\"http_load_balancer\"): statusDetails and the backend are on it.";
const GCLB_PROBES: &str =
    "Check backend health, and that firewalls allow 35.191.0.0/16 and 130.211.0.0/22.";
const ARMOR: &str = "Find the Cloud Armor rule on the request's log entry.";
const AFD_LOG: &str = "Find the request in the Front Door access log by its X-Azure-Ref.";
const AFD_ORIGIN: &str =
    "Check the origin's host name, port and firewall (allow AzureFrontDoor.Backend).";
const AFD_DNS: &str = "resolving the origin's host name failed";
const AFD_TLS: &str = "Check the origin's certificate (trusted chain, matching name).";
const AFD_WAF: &str = "Check the WAF policy's IP and geo rules.";
const RENDER_LOG: &str = "Check the service's deploy and runtime logs.";
const FLY_LOG: &str = "Run fly logs: the proxy line names the machine and port.";
const FLY_MACHINES: &str =
    "Check fly status and fly machine list for the machines' state and checks.";
const DJANGO_HOSTS: &str = "Add the host as the proxy forwards it to ALLOWED_HOSTS.";
const JSON_BODY: &str = "Check the body parses and matches its Content-Type.";
const IIS_TRACE: &str = "Enable Failed Request Tracing for this URL.";
const ANCM_LOG: &str =
    "Run dotnet app.dll on the server, or enable stdoutLogEnabled, to see the error.";
const HOSTING_BUNDLE: &str = "Install the matching .NET Hosting Bundle.";
const OWN_POOL: &str = "Give each app its own app pool.";
const REQUEST_FILTERING: &str = "Check requestFiltering in web.config.";

/// Vercel's platform errors (INTERNAL_*): one explanation, Vercel's side.
const VERCEL_INTERNAL: &[&str] = &[
    "INTERNAL_CACHE_ERROR",
    "INTERNAL_CACHE_KEY_TOO_LONG",
    "INTERNAL_CACHE_LOCK_FULL",
    "INTERNAL_CACHE_LOCK_TIMEOUT",
    "INTERNAL_DEPLOYMENT_FETCH_FAILED",
    "INTERNAL_EDGE_FUNCTION_INVOCATION_FAILED",
    "INTERNAL_EDGE_FUNCTION_INVOCATION_TIMEOUT",
    "INTERNAL_FUNCTION_INVOCATION_FAILED",
    "INTERNAL_FUNCTION_INVOCATION_TIMEOUT",
    "INTERNAL_FUNCTION_NOT_FOUND",
    "INTERNAL_FUNCTION_NOT_READY",
    "INTERNAL_FUNCTION_SERVICE_UNAVAILABLE",
    "INTERNAL_MISSING_RESPONSE_FROM_CACHE",
    "INTERNAL_OPTIMIZED_IMAGE_REQUEST_FAILED",
    "INTERNAL_ROUTER_CANNOT_PARSE_PATH",
    "INTERNAL_STATIC_REQUEST_FAILED",
    "INTERNAL_UNARCHIVE_FAILED",
    "INTERNAL_UNEXPECTED_ERROR",
];

/// A Cloudflare 1xxx error of the edge: the plain-text form (`error code: 1020`), the page's
/// label (`Error code 1020`) and the older page's span.
macro_rules! cf {
    ($code:literal, $title:literal, $cause:expr, $checks:expr, $retry:ident) => {
        GeneratorEntry {
            body: &[
                concat!("error code: ", $code),
                concat!("error code ", $code),
                concat!("cf-error-code\">", $code, "<"),
            ],
            title: concat!("Cloudflare ", $code, ": ", $title),
            cause: $cause,
            checks: $checks,
            retry: Some($retry),
            reached_app: Some(false),
            source: SRC_CF1,
            ..BASE
        }
    };
}

/// A Cloudflare Workers error: the site's own Worker code or its limits.
macro_rules! cfw {
    ($code:literal, $title:literal, $cause:expr, $checks:expr, $retry:ident) => {
        GeneratorEntry {
            body: &[
                concat!("error code: ", $code),
                concat!("error code ", $code),
                concat!("cf-error-code\">", $code, "<"),
            ],
            title: concat!("Cloudflare ", $code, ": ", $title),
            cause: $cause,
            checks: $checks,
            retry: Some($retry),
            source: SRC_CFW,
            ..BASE
        }
    };
}

/// A Heroku error code in a pasted log line: `at=error code=H12 desc=…` (router) or
/// `Error R14 (Memory quota exceeded)` (runtime, and older router lines).
macro_rules! heroku {
    ($code:literal, $title:literal, $cause:expr, $checks:expr, $retry:expr, $reached:expr) => {
        GeneratorEntry {
            body: &[concat!("code=", $code), concat!("error ", $code, " (")],
            title: concat!("Heroku ", $code, ": ", $title),
            cause: $cause,
            checks: $checks,
            retry: $retry,
            reached_app: $reached,
            source: SRC_HEROKU,
            ..BASE
        }
    };
}

/// A Vercel error code: in the x-vercel-error header (every Vercel error page has it), or alone
/// on its line in the text page (`<message>\n\n<CODE>\n\n<id>`); matched as a whole word, so
/// `FUNCTION_INVOCATION_FAILED` is never read inside `EDGE_FUNCTION_INVOCATION_FAILED`, nor
/// `NOT_FOUND` in the status line `404: NOT_FOUND` of a `DEPLOYMENT_NOT_FOUND` page.
macro_rules! vercel {
    ($code:literal, [$($status:literal),*], $cause:expr, $checks:expr, $reached:expr) => {
        GeneratorEntry {
            generators: &["vercel"],
            codes: &[$($status),*],
            body: &[concat!("\n", $code, "\n")],
            header: Some(("x-vercel-error", &[$code])),
            title: concat!("Vercel ", $code),
            cause: $cause,
            checks: $checks,
            reached_app: $reached,
            source: SRC_VERCEL,
            ..BASE
        }
    };
}

/// An Envoy response flag in a pasted access-log line (`… 503 UF …`, status then flags), and
/// the response code details Envoy writes for it.
macro_rules! envoy {
    ($flag:literal, $status:literal, [$($detail:literal),*], $title:literal, $cause:expr, $checks:expr, $retry:expr, $reached:expr) => {
        GeneratorEntry {
            body: &[concat!($status, " ", $flag) $(, $detail)*],
            title: concat!("Envoy ", $flag, ": ", $title),
            cause: $cause,
            checks: $checks,
            retry: $retry,
            reached_app: $reached,
            source: SRC_ENVOY,
            ..BASE
        }
    };
}

/// An Envoy response code detail with no flag of its own.
macro_rules! envoy_detail {
    ($detail:literal, $cause:expr, $checks:expr, $retry:expr, $reached:expr) => {
        GeneratorEntry {
            body: &[$detail],
            title: concat!("Envoy ", $detail),
            cause: $cause,
            checks: $checks,
            retry: $retry,
            reached_app: $reached,
            source: SRC_ENVOY_DETAILS,
            ..BASE
        }
    };
}

/// A Google Cloud load balancer statusDetails value from its request log.
macro_rules! gclb {
    ($detail:literal, $cause:expr, $checks:expr, $retry:expr, $reached:expr) => {
        GeneratorEntry {
            body: &[$detail],
            title: concat!("Google Cloud load balancer ", $detail),
            cause: $cause,
            checks: $checks,
            retry: $retry,
            reached_app: $reached,
            source: SRC_GCLB_LOG,
            ..BASE
        }
    };
}

/// An Azure Front Door ErrorInfo value from its access log.
macro_rules! afd {
    ($info:literal, $cause:expr, $checks:expr, $retry:expr, $reached:expr) => {
        GeneratorEntry {
            generators: AFD,
            body: &[$info],
            title: concat!("Azure Front Door ", $info),
            cause: $cause,
            checks: $checks,
            retry: $retry,
            reached_app: $reached,
            source: SRC_AFD,
            ..BASE
        }
    };
}

/// Fly.io proxy error codes in a pasted log line (`[PC01] instance refused connection…`).
macro_rules! fly {
    ([$($code:literal),+], $title:literal, $cause:expr, $checks:expr, $retry:expr, $reached:expr) => {
        GeneratorEntry {
            body: &[$(concat!("[", $code, "]")),+],
            title: concat!("Fly.io ", $title),
            cause: $cause,
            checks: $checks,
            retry: $retry,
            reached_app: $reached,
            source: SRC_FLY,
            ..BASE
        }
    };
}

/// An API Gateway error: its x-amzn-ErrorType header, or its body's message.
macro_rules! apigw {
    ($type:literal, [$($msg:literal),*], [$($status:literal),*], $title:literal, $cause:expr, $checks:expr, $retry:expr, $reached:expr) => {
        GeneratorEntry {
            generators: APIGW,
            codes: &[$($status),*],
            body: &[$($msg),*],
            header: Some(("x-amzn-errortype", &[$type])),
            title: concat!("API Gateway ", $title),
            cause: $cause,
            checks: $checks,
            retry: $retry,
            reached_app: $reached,
            source: SRC_APIGW,
            ..BASE
        }
    };
}

/// An IIS sub-status code in IIS's detailed error page (`HTTP Error 500.30 - …`), as a whole word.
macro_rules! iis {
    ($code:literal, $sub:literal, $title:literal, $cause:expr, [$($check:expr),*]) => {
        GeneratorEntry {
            body: &[concat!("error ", $code, ".", $sub)],
            codes: &[$code],
            title: concat!("IIS ", $code, ".", $sub, ": ", $title),
            cause: $cause,
            checks: &[$($check),*],
            source: SRC_IIS,
            ..BASE
        }
    };
}

/// When several entries match, the most specific wins: a marker for any product (a vendor's
/// code in the paste), then a product's marker, then product and code; ties go to the earlier
/// entry.
pub const TABLE: &[GeneratorEntry] = &[
    // ---------------------------------------------------------------- Cloudflare 5xx
    GeneratorEntry { generators: CF, codes: &[500], body: &["cloudflare"], title: "Cloudflare 500",
        cause: "most 500s come from the origin; one whose page names cloudflare can be Cloudflare's own (a Page Rules error among the known causes)",
        checks: &[ORIGIN_LOG, CF_TRACE], source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[502, 504], title: "Cloudflare 502/504",
        cause: "Cloudflare's docs put most 502s and 504s on the origin web server; Cloudflare's own come from an origin serving broken gzip or a wrong Content-Length, or from traffic moving between data centers",
        checks: &[ORIGIN_LOG, CF_TRACE], source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[503], title: "Cloudflare 503",
        cause: "a 503 page that does not name cloudflare comes from the origin (its host's rate limiting or overload); one that names cloudflare or cloudflare-nginx is a problem in a Cloudflare data center",
        checks: &[ORIGIN_LOG, CF_TRACE], source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[520], title: "Cloudflare 520: unknown error",
        cause: "the origin answered with something Cloudflare could not use: an empty reply, a reset connection, or headers over Cloudflare's size limit",
        checks: &[ORIGIN_LOG, "Request the origin directly (curl --resolve host:443:ORIGIN_IP) and inspect the raw headers and their size."],
        not: &["Not a Cloudflare outage: Cloudflare reached the origin."],
        retry: Some(Maybe), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[521], title: "Cloudflare 521: web server is down",
        cause: "the origin refused Cloudflare's connection: the web server is down, or a firewall rejects Cloudflare's addresses",
        checks: &["Check the web server listens on 80/443 and the firewall allows Cloudflare's IP ranges."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[522], title: "Cloudflare 522: connection timed out",
        cause: "Cloudflare's TCP connection to the origin timed out: packets dropped (a firewall, a wrong origin IP) or an overloaded origin",
        checks: &["Check the origin IP in the DNS records, the firewall for drops of Cloudflare's ranges, and the origin's load."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[523], title: "Cloudflare 523: origin is unreachable",
        cause: "Cloudflare cannot route to the origin: a wrong DNS record, a network problem at the host, or a Tunnel that is down",
        checks: &["Check the zone's A/AAAA/CNAME records; with a Tunnel, that cloudflared is connected."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[524], title: "Cloudflare 524: a timeout occurred",
        cause: "the origin accepted the connection but sent no response within 100 seconds",
        checks: &["Find the request's duration in the origin's logs; move long work to a background job (raising the timeout needs Enterprise)."],
        not: &[NOT_DONE], retry: Some(Maybe), reached_app: Some(true), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[525], title: "Cloudflare 525: SSL handshake failed",
        cause: "TLS between Cloudflare and the origin failed: no certificate or SNI on 443, no common cipher, or Full mode against plain HTTP",
        checks: &[CF_TLS], retry: Some(No), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[526], title: "Cloudflare 526: invalid SSL certificate",
        cause: "in Full (strict) mode the origin's certificate is expired, self-signed or for another name",
        checks: &[CF_TLS], retry: Some(No), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[530], title: "Cloudflare 530",
        cause: "Cloudflare sends 530 with a 1xxx error in the page (usually 1016 origin DNS or 1033 Tunnel)",
        checks: &["Look the page's 1xxx code up in Cloudflare's 1xxx errors."], reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: CF, codes: &[403, 503], header: Some(("cf-mitigated", &["challenge"])), title: "Cloudflare challenge",
        cause: "a security rule answered with a challenge: a browser can solve it, a script cannot",
        checks: &["Find the rule in Security Events; skip the challenge for API paths or clients."],
        retry: Some(No), reached_app: Some(false), source: "Cloudflare docs, Detect a challenge page response (cf-mitigated header)", ..BASE },
    // ---------------------------------------------------------------- Cloudflare 1xxx
    cf!(1000, "DNS points to prohibited IP", "a DNS record points to a Cloudflare IP, or the origin proxies back through Cloudflare (also: X-Forwarded-For over 100 characters or twice, or a CF-Connecting-IP request header)", &["Point the record at the origin's own IP; redirect instead of proxying back."], No),
    cf!(1001, "DNS resolution error", "Cloudflare does not serve this hostname: not on Cloudflare, or a CNAME target that does not resolve", &["Check the domain is active on Cloudflare and CNAME targets resolve."], No),
    cf!(1002, "DNS points to prohibited IP or restricted", "a DNS record points to a Cloudflare IP or to a local or disallowed address", &[CF_ORIGIN_IP], No),
    cf!(1003, "Direct IP access not allowed", "the request used a Cloudflare IP instead of the hostname", &["Request the site by its hostname."], No),
    cf!(1004, "Host not configured to serve web traffic", "proxying is off for this host: DNS not propagated yet, or disabled by Cloudflare for abuse", &["Wait five minutes after a DNS change, then contact Cloudflare support."], Maybe),
    cf!(1005, "ASN banned", "the site owner banned the client's network (ASN)", CF_OWNER, No),
    cf!(1006, "IP banned", CF_BANNED, CF_OWNER, No),
    cf!(1007, "IP banned", CF_BANNED, CF_OWNER, No),
    cf!(1008, "IP banned", CF_BANNED, CF_OWNER, No),
    cf!(1106, "IP banned", CF_BANNED, CF_OWNER, No),
    cf!(1009, "Country or region banned", "the site owner blocks the client's country or region", CF_OWNER, No),
    cf!(1010, "Browser signature banned", "Browser Integrity Check blocked the client's signature (scripts, headless browsers)", CF_OWNER, No),
    cf!(1011, "Hotlinking denied", "Hotlink Protection blocked an embed from another site", CF_OWNER, No),
    cf!(1012, "Access denied", "the site owner blocks the client for malicious activity from its network", CF_OWNER, No),
    cf!(1013, "HTTP hostname and TLS SNI hostname mismatch", "the Host header differs from the TLS SNI name", &["Send the same name in SNI and Host (check clients and proxies that set Host)."], No),
    cf!(1014, "CNAME cross-user banned", "a CNAME points into another Cloudflare account (or an R2 domain's zone is on hold)", &["Use Cloudflare for SaaS, or release the zone hold."], No),
    cf!(1015, "You are being rate limited", "a rate-limiting rule (or a Worker's burst limit) throttled the client", CF_OWNER, Yes),
    cf!(1016, "Origin DNS error", "Cloudflare cannot resolve the origin: no A record, or a CNAME that does not resolve", &[CF_ORIGIN_IP], No),
    cf!(1018, "Could not find host", CF_PROPAGATING, &[CF_SUPPORT], Maybe),
    cf!(1020, "Access denied", "a firewall or WAF rule of the site blocked the request", CF_OWNER, No),
    cf!(1023, "Could not find host", CF_PROPAGATING, &[CF_SUPPORT], Maybe),
    cf!(1025, "Please check back later", "the domain reached its plan's Workers limits", &["Check the account's Workers usage and plan."], Maybe),
    cf!(1033, "Tunnel error", "the hostname's Cloudflare Tunnel has no connected cloudflared", &["Check cloudflared runs and is connected (cloudflared tunnel info)."], Yes),
    cf!(1034, "Edge IP restricted", "the DNS record points to an address not allowed as an origin (1.1.1.1)", &["Point it at an address you control (192.0.2.0 or 100:: for no origin)."], No),
    cf!(1035, "Invalid request rewrite (URI path)", "a URL rewrite made an empty path, one without a leading /, or one under /cdn-cgi/", &[CF_RULE], No),
    cf!(1036, "Invalid request rewrite (length)", "a URL rewrite made a path or query string too long", &[CF_RULE], No),
    cf!(1037, "Invalid rewrite rule", "a rewrite expression read an undefined value (a missing header)", &[CF_RULE], No),
    cf!(1040, "Header modification not allowed", "a header transform rule changed a reserved header", &[CF_RULE], No),
    cf!(1041, "Invalid header value", "a header transform rule set a value too long or with characters not allowed", &[CF_RULE], No),
    cf!(1104, "Email address variation already taken", "Cloudflare documents 1104 as an account error (a variation of this email address, a+b@ for a.b@, is registered), not an error of a proxied site", &["Change the old account's email, then add this one."], No),
    cf!(1200, "Cache connection limit", "too many requests are queued at Cloudflare's edge for an origin that accepts connections too slowly", &["Make the origin accept connections faster; raise the cache hit rate."], Yes),
    cfw!(1019, "Compute server error", "a Worker called itself or another Worker more than 16 times (the loop limit)", &["Stop the Worker from fetching a URL that routes back to it."], No),
    cfw!(1021, "Worker requested a host it cannot access", "a Worker subrequest went to a host it may not reach", &[CFW_LOG], No),
    cfw!(1022, "Failed to route to the Worker", "Cloudflare could not route the request to the Worker", &["Check the Worker's routes; check www.cloudflarestatus.com."], Maybe),
    cfw!(1024, "Worker subrequest to a Cloudflare IP", "a Worker fetched a Cloudflare-owned IP, which is not allowed", &["Fetch by hostname."], No),
    cfw!(1027, "Free daily request limit", "the Worker used up the Free plan's daily requests", &["Upgrade or wait for the daily reset."], Maybe),
    cfw!(1042, "Worker fetched a Worker on the same zone", "a Worker fetched another Worker on its zone, which is not supported", &["Use a service binding."], No),
    cfw!(1101, "Worker threw exception", "the Worker threw, or never responded (\"The script will never generate a response\": an unresolved promise)", &[CFW_LOG], Maybe),
    cfw!(1102, "Worker exceeded resource limits", "the Worker exceeded its CPU time limit", &["Profile the Worker and cut CPU work per request."], Maybe),
    cfw!(1103, "Contact Cloudflare support", "Cloudflare says the Worker's owner must contact support", &[CF_SUPPORT], No),
    // ---------------------------------------------------------------- AWS load balancers
    GeneratorEntry { generators: ALB, codes: &[502], title: "AWS ALB 502",
        cause: "the exchange with a target broke: a reset on connect or mid-request, a malformed response, a TLS failure, an expired deregistration delay, or a Lambda that timed out or answered over 1 MB",
        checks: &[ALB_LOG, KEEPALIVE], not: &["Not an empty target group (that is 503)."],
        retry: Some(Yes), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[503], title: "AWS ALB 503",
        cause: "the target group of this listener rule has no registered targets",
        checks: &["Check the target group's targets, the Auto Scaling or ECS desired count, and recent deploys."],
        not: &["Not unhealthy targets: an ALB still routes to them when all fail (fail open)."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[504], title: "AWS ALB 504",
        cause: "no connection to the target within 10 s, or no answer within the idle timeout (60 s); also a network ACL on ephemeral ports, or a Content-Length longer than the body",
        checks: &[ALB_LOG, "Check security groups and network ACLs between the load balancer and the target port."],
        retry: Some(Maybe), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[500], title: "AWS ALB 500",
        cause: "the load balancer failed itself: running its AWS WAF web ACL, or reaching the identity provider for an authenticate action",
        checks: &[ALB_LOG], source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[401], title: "AWS ALB 401",
        cause: "an authenticate action refused the user or could not reach the identity provider's endpoints",
        checks: &["Check OnUnauthenticatedRequest, the IdP settings, and outbound HTTPS to the IdP."],
        retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[403], title: "AWS ALB 403",
        cause: "an AWS WAF web ACL on the load balancer blocked the request",
        checks: &[WAF_LOG], retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[400], title: "AWS ALB 400",
        cause: "a malformed request, or headers over 16K a line or header, 64K in all",
        checks: &[HEADERS], retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[405], title: "AWS ALB 405",
        cause: "the TRACE method, which Application Load Balancers do not support",
        checks: &["Use another method."], retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[408], title: "AWS ALB 408",
        cause: "the client sent no data within the idle timeout (TCP keep-alives do not count)",
        checks: &["Send data before each idle period, or raise the idle timeout."], reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[413], title: "AWS ALB 413",
        cause: "a Lambda target and a request body over 1 MB",
        checks: &[UPLOAD], retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[414], title: "AWS ALB 414",
        cause: "the URL or query string is too long", checks: &[URL_LONG], retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[501], title: "AWS ALB 501",
        cause: "a Transfer-Encoding other than chunked or identity",
        checks: &["Send chunked or identity (compress with Content-Encoding)."], retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ELB, codes: &[460], title: "AWS ELB 460",
        cause: "the client closed the connection before the idle timeout, usually its own timeout being shorter than the target's work",
        checks: &["Compare the client's timeout with target_processing_time in the access log."], retry: Some(Maybe), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ELB, codes: &[463], title: "AWS ELB 463",
        cause: "X-Forwarded-For listed more than 30 addresses",
        checks: &["Look for a proxy loop or a client forwarding X-Forwarded-For unbounded."], retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ELB, codes: &[464], title: "AWS ELB 464",
        cause: "the request's protocol does not match the target group's protocol version (HTTP/1.1 to gRPC or HTTP/2, or back)",
        checks: &["Match the target group's protocol version to the clients."], retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ELB, codes: &[561], title: "AWS ELB 561",
        cause: "the identity provider returned an error while the load balancer authenticated the user",
        checks: &["Check the authenticate action's client settings and the IdP's logs."], retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: &["aws-elb-classic"], codes: &[503], body: &["at capacity"], title: "Classic ELB 503: at capacity",
        cause: "the instances take no more requests and the surge queue is full",
        checks: &[SURGE], retry: Some(Yes), reached_app: Some(false), source: SRC_CLB, ..BASE },
    GeneratorEntry { generators: &["aws-elb-classic"], codes: &[504], title: "Classic ELB 504",
        cause: "the instance did not answer within the idle timeout (60 s), or closed early (often while deregistering)",
        checks: &[KEEPALIVE], retry: Some(Maybe), source: SRC_CLB, ..BASE },
    // ---------------------------------------------------------------- CloudFront error pages
    GeneratorEntry { generators: CFRONT, body: &["lambda function associated with the cloudfront distribution is invalid"], title: "CloudFront: Lambda@Edge function invalid",
        cause: "the distribution's Lambda@Edge function is invalid, or CloudFront may not run it",
        checks: &["Check the function's numbered version ARN (us-east-1) and its role's trust in edgelambda.amazonaws.com."],
        retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: CFRONT, body: &["lambda function returned an invalid", "lambda function result failed validation", "lambda function returned an error", "lambda function was throttled", "cloudfront function returned an invalid"], title: "CloudFront: edge function error",
        cause: "a Lambda@Edge or CloudFront Function failed, was throttled, or returned an invalid response",
        checks: &["Read the function's CloudWatch logs (in the region nearest the viewer)."], retry: Some(Maybe), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: CFRONT, body: &["wasn't able to resolve the origin domain name"], title: "CloudFront: origin DNS failure",
        cause: "CloudFront could not resolve the origin's domain name",
        checks: &["Check the origin domain name resolves publicly."], retry: Some(Maybe), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: CFRONT, body: &["cloudfront attempted to establish a connection with the origin", "cloudfront wasn't able to connect to the origin"], codes: &[502, 503, 504], title: "CloudFront could not reach the origin",
        cause: "CloudFront could not connect to the origin (a firewall, TLS names or ciphers, refused), or got no answer within the origin response timeout (30 s)",
        checks: &["Request the origin directly with CloudFront's Host header and protocol; check the origin's firewall and the origin settings."],
        retry: Some(Yes), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: CFRONT, codes: &[403], body: &["configured to block access from your country"], title: "CloudFront 403: geographic restriction",
        cause: "the distribution's geographic restrictions block the viewer's country",
        checks: &["Check the distribution's geographic restrictions."], retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: CFRONT, codes: &[403], body: &["not configured to allow the http request method"], title: "CloudFront 403: method not allowed",
        cause: "the cache behavior does not allow this method (GET and HEAD by default)",
        checks: &["Allow the method in the cache behavior."], retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: CFRONT, codes: &[403], body: &["request blocked"], title: "CloudFront 403: request blocked",
        cause: "an AWS WAF rule, a geographic restriction, or a method the cache behavior does not allow",
        checks: &[WAF_LOG], retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: CFRONT, codes: &[403], body: &["bad request"], title: "CloudFront 403: bad request",
        cause: "the hostname is not an alternate domain name of the distribution, or the request is malformed",
        checks: &["Add the hostname to the alternate domain names, with a matching certificate."], retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: CFRONT, codes: &[494], title: "CloudFront 494",
        cause: "the request headers exceed CloudFront's quota", checks: &[HEADERS], retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    // ---------------------------------------------------------------- API Gateway (x-amzn-ErrorType, body message)
    apigw!("MissingAuthenticationTokenException", ["missing authentication token"], [403], "MissingAuthenticationToken",
        "no resource and method match this path in the deployed stage (its answer to a wrong path), or an IAM method got an unsigned request",
        &["Check the stage name and path, redeploy after adding methods; sign IAM requests with SigV4."], Some(No), Some(false)),
    apigw!("ForbiddenException", [], [403], "ForbiddenException",
        "refused before the integration: an API key missing or invalid, a resource policy, a private endpoint, or AWS WAF",
        &["Send x-api-key for a usage plan of this stage; check the resource policy and web ACL."], Some(No), Some(false)),
    apigw!("AccessDeniedException", [], [403], "AccessDeniedException",
        "an authorizer denied the request (a Deny policy, or IAM permissions)", &["Check the authorizer's policy for this caller and method."], Some(No), Some(false)),
    apigw!("UnauthorizedException", ["unauthorized"], [401], "UnauthorizedException",
        "the authorizer found no valid token in its identity source", &["Send the token where the identity source reads it; check issuer and expiry."], Some(No), Some(false)),
    apigw!("IncompleteSignatureException", [], [403], "IncompleteSignatureException",
        "the SigV4 signature is missing parts", &[SIGV4], Some(No), Some(false)),
    apigw!("InvalidSignatureException", [], [403], "InvalidSignatureException",
        "the SigV4 signature does not match (secret, region, clock, or a header changed after signing)", &[SIGV4], Some(No), Some(false)),
    apigw!("TooManyRequestsException", [], [429], "throttled",
        "an account, stage, method or usage plan rate limit", &["Back off; check the usage plan and stage throttling."], Some(Yes), Some(false)),
    apigw!("LimitExceededException", ["limit exceeded"], [429], "quota exceeded",
        "the API key's usage plan quota is used up", &["Wait for the quota period, or raise the quota."], Some(Yes), Some(false)),
    apigw!("BadRequestException", ["invalid request body", "invalid request parameters"], [400], "bad request",
        "a request validator rejected the body or parameters", &["Compare the request with the method's model and required parameters."], Some(No), Some(false)),
    apigw!("InternalServerErrorException", ["internal server error"], [500], "internal error",
        "calling the integration or authorizer failed: no invoke permission, a mapping template error, or an authorizer failure",
        &[APIGW_LOG, "Check the Lambda's resource policy allows apigateway.amazonaws.com."], Some(Maybe), None),
    GeneratorEntry { generators: APIGW, codes: &[504], body: &["endpoint request timed out"], title: "API Gateway: integration timeout",
        cause: "the integration did not answer within the integration timeout (29 s by default)",
        checks: &["Check the backend's duration for this request; move long work to an asynchronous job."],
        not: &[NOT_DONE], retry: Some(Maybe), reached_app: Some(true), source: SRC_APIGW, ..BASE },
    GeneratorEntry { generators: APIGW, codes: &[504], body: &["network error communicating with endpoint"], title: "API Gateway: network error",
        cause: "API Gateway could not connect to the HTTP integration (a VPC link target, a private endpoint, a refusing host)",
        checks: &["Check the VPC link target's health, security groups, and the integration URI."], retry: Some(Yes), reached_app: Some(false), source: SRC_APIGW, ..BASE },
    GeneratorEntry { generators: APIGW, codes: &[502], title: "API Gateway 502",
        cause: "the integration returned something API Gateway could not map: a Lambda proxy result without statusCode, headers and a string body, or a function error",
        checks: &[APIGW_LOG], retry: Some(No), reached_app: Some(true), source: SRC_APIGW, ..BASE },
    // ---------------------------------------------------------------- AWS Lambda errors passed on by function URLs and proxies
    GeneratorEntry { body: &["task timed out after"], title: "AWS Lambda: Task timed out",
        cause: "the Lambda function ran past its timeout and was stopped",
        checks: &["Compare its duration with the timeout in CloudWatch Logs."], retry: Some(Maybe), reached_app: Some(true), source: SRC_LAMBDA, ..BASE },
    GeneratorEntry { body: &["runtime.importmoduleerror", "runtime.handlernotfound", "runtime.usercodesyntaxerror"], title: "AWS Lambda: function failed to load",
        cause: "the runtime could not load the function: a missing module, a wrong handler name, or a syntax error",
        checks: &["Check the package's contents and the handler setting."], retry: Some(No), reached_app: Some(true), source: SRC_LAMBDA, ..BASE },
    GeneratorEntry { body: &["runtime exited with error: signal: killed", "runtime.outofmemory"], title: "AWS Lambda: out of memory",
        cause: "the function ran out of memory and the runtime was killed",
        checks: &["Compare Max Memory Used with Memory Size in the REPORT line."], retry: Some(Maybe), reached_app: Some(true), source: SRC_LAMBDA, ..BASE },
    GeneratorEntry { body: &["runtime.exiterror"], title: "AWS Lambda: Runtime.ExitError",
        cause: "the runtime process exited before the function returned",
        checks: &["Read the function's log for this request id."], retry: Some(Maybe), reached_app: Some(true), source: SRC_LAMBDA, ..BASE },
    // ---------------------------------------------------------------- Envoy and Istio: local replies and access-log flags
    GeneratorEntry { generators: ENVOY, body: &["transport failure reason: tls error", "tls_error", "certificate_verify_failed"], title: "Envoy UF (TLS): upstream TLS failure",
        cause: "TLS with the upstream failed: mTLS settings or certificates disagree (PeerAuthentication, DestinationRule, an expired certificate)",
        checks: &["Compare PeerAuthentication and DestinationRule TLS modes (istioctl x describe pod)."],
        retry: Some(No), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["no healthy upstream", "503 uh", "no_healthy_upstream"], title: "Envoy UH: no healthy upstream",
        cause: "no healthy host in the upstream cluster: no endpoints, or all failing health checks or ejected",
        checks: &[ENDPOINTS], retry: Some(Yes), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: connection failure", "delayed connect error", "503 uf", "{connection_failure", "{connection_timeout"], title: "Envoy UF: upstream connection failure",
        cause: "it could not connect to the upstream: nothing listening, refused, or unreachable",
        checks: &["Check the app listens on the targetPort on all interfaces, and network policies."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: overflow", "503 uo", "{overflow"], title: "Envoy UO: upstream overflow",
        cause: "a circuit breaker tripped: the cluster's connection or request limits",
        checks: &["Check the circuit breakers (DestinationRule connectionPool) and upstream latency."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: connection termination", "503 uc", "{connection_termination"], title: "Envoy UC: upstream connection termination",
        cause: "the upstream closed the connection before answering, often a keep-alive race or a crash",
        checks: &[KEEPALIVE], retry: Some(Yes), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: local reset", "503 lr", "{local_reset"], title: "Envoy LR: local reset",
        cause: "Envoy reset the upstream itself: draining, or an idle or stream timeout",
        checks: &["Check the sidecar's log for draining or timeouts, and pod shutdown order."], retry: Some(Yes), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: remote reset", "503 ur", "{remote_reset"], title: "Envoy UR: upstream remote reset",
        cause: "the upstream reset the connection or stream",
        checks: &[PROTOCOL], retry: Some(Maybe), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: protocol error", "503 upe"], title: "Envoy UPE: upstream protocol error",
        cause: "the upstream's response broke HTTP: invalid headers, or the wrong protocol on the port",
        checks: &[PROTOCOL], retry: Some(No), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["retried and the latest reset reason", "503 urx"], title: "Envoy URX: retries exhausted",
        cause: "every retry failed; the latest reset reason is the last failure",
        checks: &["Treat the latest reset reason as the cause; retried POSTs may have run twice."], retry: Some(Maybe), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[504], body: &["upstream request timeout", "504 ut", "upstream_response_timeout", "upstream_per_try_timeout"], title: "Envoy UT: upstream request timeout",
        cause: "the upstream did not answer within the route timeout (15 s by default, VirtualService timeout in Istio)",
        checks: &["Compare the upstream's duration with the route timeout."], not: &[NOT_DONE], retry: Some(Maybe), reached_app: Some(true), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[403], body: &["rbac: access denied", "rbac_access_denied_matched_policy"], title: "Envoy RBAC denial",
        cause: "an RBAC policy (Istio AuthorizationPolicy) denied the request",
        checks: &["Check the AuthorizationPolicies on the destination and the caller's identity."],
        retry: Some(No), reached_app: Some(false), source: "Envoy docs, RBAC filter; Istio docs, Authorization Policy", ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[401], body: &["jwt is missing", "jwt verification fails", "jwks remote fetch is failed", "jwt is expired"], title: "Envoy JWT authentication failure",
        cause: "the JWT filter (Istio RequestAuthentication) rejected the token",
        checks: &["Check the token's issuer, audience and expiry, and that the JWKS URL is reachable."], retry: Some(No), reached_app: Some(false), source: "Envoy docs, JWT Authentication filter", ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[429], body: &["local_rate_limited", "429 rl"], header: Some(("x-envoy-ratelimited", &[])), title: "Envoy RL: rate limited",
        cause: "Envoy's rate-limit filter refused the request",
        checks: &["Check the route's local or global rate limits."], retry: Some(Yes), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[503], header: Some(("x-envoy-overloaded", &[])), title: "Envoy overload manager",
        cause: "the overload manager shed the request: the proxy itself is short of resources",
        checks: &[OVERLOAD], retry: Some(Yes), reached_app: Some(false), source: "Envoy docs, router filter (x-envoy-overloaded)", ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[503], title: "Envoy 503",
        cause: "it got no response from the upstream cluster; the access log's response flags name why",
        checks: &[ENVOY_LOG, ENDPOINTS], retry: Some(Yes), source: SRC_ENVOY, ..BASE },
    envoy!("NR", 404, ["route_not_found"], "no route configured", "no route matched the host and path", &[ENVOY_LOG], Some(No), Some(false)),
    envoy!("NC", 503, ["cluster_not_found"], "upstream cluster not found", "the route names a cluster Envoy does not have (a VirtualService to a missing service)", &[ENVOY_LOG], Some(No), Some(false)),
    envoy!("DC", 0, ["downstream_remote_disconnect"], "downstream connection termination", "the client closed the connection before the response", &[CLIENT_TIMEOUT], None, None),
    envoy!("LH", 503, [], "local service failed health check", "the local service failed its health check", &["Check the local app's health endpoint."], Some(Yes), Some(false)),
    envoy!("DT", 0, ["duration_timeout"], "max connection duration", "the connection exceeded max_connection_duration", &[ENVOY_LOG], Some(Maybe), None),
    envoy!("UAEX", 403, ["ext_authz_denied", "ext_authz_error"], "external authorization denied", "the external authorization service denied the request, or failed", &["Check the ext_authz service's decision and logs."], Some(No), Some(false)),
    envoy!("RLSE", 500, ["rate_limit_service_error"], "rate limit service error", "the rate limit service failed and the filter fails closed", &["Check the rate limit service."], Some(Maybe), Some(false)),
    envoy!("IH", 400, [], "invalid strictly-checked header", "the request set an invalid x-envoy-* header value", &["Fix the x-envoy-* header the client sends."], Some(No), Some(false)),
    envoy!("SI", 408, ["stream_idle_timeout"], "stream idle timeout", "no data moved within the stream idle timeout", &["Look for a stalled upload or response."], Some(Maybe), None),
    envoy!("DPE", 400, [], "downstream protocol error", "the client's request broke HTTP", &[HEADERS], Some(No), Some(false)),
    envoy!("UMSDR", 408, ["upstream_max_stream_duration_reached"], "max stream duration reached", "the upstream request reached max_stream_duration", &[ENVOY_LOG], Some(Maybe), Some(true)),
    envoy!("OM", 503, ["overload_manager"], "overload manager", "the overload manager terminated the request", &[OVERLOAD], Some(Yes), Some(false)),
    envoy!("DF", 503, ["dns_resolution_failure"], "DNS resolution failure", "DNS resolution of the upstream failed", &["Check the upstream's name resolves from the proxy."], Some(Maybe), Some(false)),
    envoy!("FI", 503, ["fault_filter_abort"], "fault injection abort", "a fault injection rule aborted the request on purpose", &["Check VirtualService fault settings: a test, not an outage."], Some(No), Some(false)),
    envoy_detail!("via_upstream", "the upstream generated this status and Envoy passed it on", &["Read the upstream application's logs."], None, Some(true)),
    envoy_detail!("request_overall_timeout", "the whole request exceeded the request timeout", &[CLIENT_TIMEOUT], Some(Maybe), None),
    envoy_detail!("upstream_reset_after_response_started", "the upstream reset the connection mid-response", &[PROTOCOL], Some(Maybe), Some(true)),
    // ---------------------------------------------------------------- Heroku: the pasted code leads over the page
    heroku!("H10", "App crashed", "a web dyno crashed or failed to boot", &["Read heroku logs for the crash (a boot exception, a missing config var, not binding $PORT)."], Some(Yes), Some(false)),
    heroku!("H11", "Backlog too deep", "requests arrive faster than the dynos serve them", &[SCALE], Some(Yes), Some(false)),
    heroku!("H12", "Request timeout", "the app did not start answering within the router's 30 seconds", &["Find the slow endpoint; move long work to a worker dyno."], Some(Maybe), Some(true)),
    heroku!("H13", "Connection closed without response", "the dyno closed the connection without answering (a crash, an app-server timeout under 30 s)", &["Check the app server's worker timeout (gunicorn --timeout, Puma) and crashes."], Some(Maybe), Some(true)),
    heroku!("H14", "No web dynos running", "no web dynos are running", &["heroku ps:scale web=1; check the Procfile's web process."], Some(No), Some(false)),
    heroku!("H15", "Idle connection", "the dyno sent nothing for 55 seconds on an open response", &["Send data on long streams, or finish sooner."], Some(Maybe), Some(true)),
    heroku!("H17", "Poorly formatted HTTP response", "the dyno's response was not valid HTTP", &["Check what the app writes before its headers."], Some(No), Some(true)),
    heroku!("H18", "Server request interrupted", "the dyno closed or broke the connection while the request was sent", &[HEROKU_LOG], Some(Maybe), Some(true)),
    heroku!("H19", "Backend connection timeout", "no connection to the dyno within 5 seconds", &[SCALE], Some(Yes), Some(false)),
    heroku!("H20", "App boot timeout", "the web process did not bind $PORT within 75 seconds", &["Bind $PORT early; shorten boot."], Some(Yes), Some(false)),
    heroku!("H21", "Backend connection refused", "the dyno refused the router's connection", &[LISTEN], Some(Yes), Some(false)),
    heroku!("H22", "Connection limit reached", "the dyno reached its open connection limit", &[SCALE], Some(Yes), Some(false)),
    heroku!("H23", "Endpoint misconfigured", "a routing endpoint is misconfigured", &[HEROKU_DNS], Some(No), Some(false)),
    heroku!("H24", "Forced close", "the router closed a long-running connection", &[HEROKU_LOG], Some(Maybe), Some(true)),
    heroku!("H25", "HTTP restriction", "Heroku's HTTP restrictions blocked the request (oversized headers or request line)", &[HEADERS], Some(No), Some(false)),
    heroku!("H26", "Request error", "the request was malformed", &[HEADERS], Some(No), Some(false)),
    heroku!("H27", "Client request interrupted", "the client closed the socket before the response", &[CLIENT_TIMEOUT], None, None),
    heroku!("H28", "Client connection idle", "the client did not send the full request in time", &[CLIENT_TIMEOUT], Some(Maybe), Some(false)),
    heroku!("H31", "Misdirected request", "the hostname's DNS points at the wrong Heroku router", &[HEROKU_DNS], Some(No), Some(false)),
    heroku!("H32", "TLS certificate mismatch", "the certificate does not match the requested hostname", &["Check heroku certs covers this hostname."], Some(No), Some(false)),
    heroku!("H80", "Maintenance mode", "the app is in maintenance mode", &["heroku maintenance:off when ready."], Some(Yes), Some(false)),
    heroku!("H81", "Blank app", "no code has been deployed", &["Deploy the app."], Some(No), Some(false)),
    heroku!("H82", "Dyno hour pool used up", "the account used up its eco dyno hours", &["Upgrade, or wait for the reset."], Some(No), Some(false)),
    heroku!("H83", "Planned service degradation", "Heroku serves the app with reduced capacity during planned work", &[HEROKU_STATUS], Some(Yes), Some(false)),
    heroku!("H99", "Platform error", "Heroku's router failed internally", &[HEROKU_STATUS], Some(Yes), None),
    heroku!("R10", "Boot timeout", "a web process did not bind $PORT within 60 seconds and was killed", &["Bind $PORT early; shorten boot."], None, Some(false)),
    heroku!("R12", "Exit timeout", "a process did not exit within 30 s of SIGTERM", &["Handle SIGTERM promptly."], None, None),
    heroku!("R14", "Memory quota exceeded", "a dyno is over its memory quota and swapping, which slows every request", &[MEMORY], None, None),
    heroku!("R15", "Memory quota vastly exceeded", "a dyno went so far over its memory quota that Heroku killed it", &[MEMORY], None, None),
    heroku!("R99", "Platform error", HEROKU_RUNTIME, &[HEROKU_STATUS], None, None),
    GeneratorEntry { generators: &["heroku"], body: &["application error"], title: "Heroku: Application Error page",
        cause: "the router got no usable answer from a dyno; its log line names the H-code",
        checks: &[HEROKU_LOG], not: &["Not your application's own page: Heroku's router generated it."], source: SRC_HEROKU, ..BASE },
    GeneratorEntry { generators: &["heroku"], codes: &[404], body: &["no such app", "there's nothing here, yet"], title: "Heroku: no app at this hostname",
        cause: "no Heroku app is attached to this hostname", checks: &[HEROKU_DNS], retry: Some(No), reached_app: Some(false), source: SRC_HEROKU, ..BASE },
    // ---------------------------------------------------------------- Vercel (exact codes)
    vercel!("BODY_NOT_A_STRING_FROM_FUNCTION", [502], "the function returned a body that is not a string or buffer", &["Serialize the body before returning it."], Some(true)),
    vercel!("DEPLOYMENT_BLOCKED", [403], "the deployment is blocked", &[VERCEL_ACCOUNT], Some(false)),
    vercel!("DEPLOYMENT_DELETED", [410], "the deployment was deleted", &[VERCEL_URL], Some(false)),
    vercel!("DEPLOYMENT_DISABLED", [402], "the deployment is disabled (billing or usage limits)", &[VERCEL_ACCOUNT], Some(false)),
    vercel!("DEPLOYMENT_NOT_FOUND", [404], "no deployment exists at this URL", &[VERCEL_URL], Some(false)),
    vercel!("DEPLOYMENT_NOT_READY_REDIRECTING", [303], "the deployment is still building", &["Wait for the build."], Some(false)),
    vercel!("DEPLOYMENT_PAUSED", [503], "the project's deployment is paused", &[VERCEL_ACCOUNT], Some(false)),
    vercel!("DNS_HOSTNAME_EMPTY", [502], VERCEL_DNS, &[VERCEL_TARGET], Some(false)),
    vercel!("DNS_HOSTNAME_NOT_FOUND", [502], VERCEL_DNS, &[VERCEL_TARGET], Some(false)),
    vercel!("DNS_HOSTNAME_RESOLVE_FAILED", [502], VERCEL_DNS, &[VERCEL_TARGET], Some(false)),
    vercel!("DNS_HOSTNAME_RESOLVED_PRIVATE", [404], "a rewrite target resolved to a private address, which Vercel will not fetch", &[VERCEL_TARGET], Some(false)),
    vercel!("DNS_HOSTNAME_SERVER_ERROR", [502], VERCEL_DNS, &[VERCEL_TARGET], Some(false)),
    vercel!("EDGE_FUNCTION_INVOCATION_FAILED", [500], "the Edge Function threw an error", &[VERCEL_LOG], Some(true)),
    vercel!("EDGE_FUNCTION_INVOCATION_TIMEOUT", [504], "the Edge Function did not start its response in time", &["Respond sooner, or stream."], Some(true)),
    vercel!("FALLBACK_BODY_TOO_LARGE", [502], "a cached fallback body is over Vercel's limit", &["Make the fallback page smaller."], Some(false)),
    vercel!("FUNCTION_INVOCATION_FAILED", [500], "the serverless function threw or exited", &[VERCEL_LOG], Some(true)),
    vercel!("FUNCTION_INVOCATION_TIMEOUT", [504], "the serverless function ran past its maximum duration", &[VERCEL_LOG], Some(true)),
    vercel!("FUNCTION_PAYLOAD_TOO_LARGE", [413], "the request body is over the function limit (4.5 MB)", &[UPLOAD], Some(false)),
    vercel!("FUNCTION_RESPONSE_PAYLOAD_TOO_LARGE", [500], "the function's response is over the payload limit", &["Stream it, or serve large files from storage."], Some(true)),
    vercel!("FUNCTION_THROTTLED", [503], "the function hit its concurrency limit", &["Reduce concurrent invocations."], Some(false)),
    vercel!("INFINITE_LOOP_DETECTED", [508], "rewrites or middleware route the request back to itself", &[VERCEL_ROUTES], Some(false)),
    vercel!("INVALID_IMAGE_OPTIMIZE_REQUEST", [400], "an image optimization request with an invalid w or q, or a url not allowed", &["Check images.remotePatterns and the w and q values."], Some(false)),
    vercel!("INVALID_REQUEST_METHOD", [405], "the route does not allow this method", &["Use an allowed method."], Some(false)),
    vercel!("MALFORMED_REQUEST_HEADER", [400], "a request header is malformed", &[HEADERS], Some(false)),
    vercel!("MICROFRONTENDS_MIDDLEWARE_ERROR", [500], "the microfrontends middleware failed", &[VERCEL_LOG], Some(true)),
    vercel!("MICROFRONTENDS_MISSING_FALLBACK_ERROR", [400], "no microfrontend fallback is configured", &[VERCEL_ROUTES], Some(false)),
    vercel!("MIDDLEWARE_INVOCATION_FAILED", [500], "the middleware threw an error", &[VERCEL_LOG], Some(true)),
    vercel!("MIDDLEWARE_INVOCATION_TIMEOUT", [504], "the middleware did not finish in time", &["Keep middleware free of slow calls."], Some(true)),
    vercel!("MIDDLEWARE_RUNTIME_DEPRECATED", [503], "the middleware's runtime is no longer supported", &["Upgrade the runtime and redeploy."], Some(false)),
    vercel!("NO_RESPONSE_FROM_FUNCTION", [502], "the function finished without a response", &["Make every code path return a response."], Some(true)),
    vercel!("NOT_FOUND", [404], "nothing in the deployment matches this path", &[VERCEL_ROUTES], Some(false)),
    vercel!("OPTIMIZED_EXTERNAL_IMAGE_REQUEST_FAILED", [502], VERCEL_IMAGE, &[VERCEL_IMAGE_CHECK], Some(false)),
    vercel!("OPTIMIZED_EXTERNAL_IMAGE_REQUEST_INVALID", [502], VERCEL_IMAGE, &[VERCEL_IMAGE_CHECK], Some(false)),
    vercel!("OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED", [502], VERCEL_IMAGE, &[VERCEL_IMAGE_CHECK], Some(false)),
    vercel!("OPTIMIZED_EXTERNAL_IMAGE_TOO_MANY_REDIRECTS", [502], VERCEL_IMAGE, &[VERCEL_IMAGE_CHECK], Some(false)),
    vercel!("RANGE_END_NOT_VALID", [416], VERCEL_RANGE, &[VERCEL_RANGE_CHECK], Some(false)),
    vercel!("RANGE_GROUP_NOT_VALID", [416], VERCEL_RANGE, &[VERCEL_RANGE_CHECK], Some(false)),
    vercel!("RANGE_MISSING_UNIT", [416], VERCEL_RANGE, &[VERCEL_RANGE_CHECK], Some(false)),
    vercel!("RANGE_START_NOT_VALID", [416], VERCEL_RANGE, &[VERCEL_RANGE_CHECK], Some(false)),
    vercel!("RANGE_UNIT_NOT_SUPPORTED", [416], VERCEL_RANGE, &[VERCEL_RANGE_CHECK], Some(false)),
    vercel!("TOO_MANY_RANGES", [416], VERCEL_RANGE, &[VERCEL_RANGE_CHECK], Some(false)),
    vercel!("REQUEST_HEADER_TOO_LARGE", [431], "the request headers are over Vercel's limit", &[HEADERS], Some(false)),
    vercel!("RESOURCE_NOT_FOUND", [404], "the resource does not exist in the deployment", &[VERCEL_ROUTES], Some(false)),
    vercel!("ROUTER_CANNOT_MATCH", [502], VERCEL_ROUTING, &[VERCEL_ROUTES], Some(false)),
    vercel!("ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR", [502], "Vercel could not connect to an external rewrite target", &[VERCEL_TARGET], Some(false)),
    vercel!("ROUTER_EXTERNAL_TARGET_ERROR", [502], "an external rewrite target failed", &[VERCEL_TARGET], None),
    vercel!("ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR", [502], "TLS with an external rewrite target failed", &[VERCEL_TARGET], Some(false)),
    vercel!("ROUTER_TOO_MANY_HAS_SELECTIONS", [502], VERCEL_ROUTING, &[VERCEL_ROUTES], Some(false)),
    vercel!("TOO_MANY_FILESYSTEM_CHECKS", [502], VERCEL_ROUTING, &[VERCEL_ROUTES], Some(false)),
    vercel!("TOO_MANY_FORKS", [502], VERCEL_ROUTING, &[VERCEL_ROUTES], Some(false)),
    vercel!("URL_TOO_LONG", [414], "the URL is over Vercel's limit", &[URL_LONG], Some(false)),
    GeneratorEntry { generators: &["vercel"], header: Some(("x-vercel-error", VERCEL_INTERNAL)),
        title: "Vercel INTERNAL_* platform error",
        cause: "Vercel's platform failed (its INTERNAL_* codes), or a function was not ready after a deploy",
        checks: &["Check www.vercel-status.com; retry, then contact support with the x-vercel-id."],
        retry: Some(Yes), source: SRC_VERCEL, ..BASE },
    // ---------------------------------------------------------------- Varnish and Fastly
    GeneratorEntry { generators: &["varnish"], codes: &[503], body: &["backend fetch failed"], title: "Varnish: Backend fetch failed",
        cause: "Varnish could not fetch from its backend: down or sick, a timeout (connect, first byte, between bytes), or a response too big for its workspace",
        checks: &["varnishlog -g request -q 'RespStatus == 503': the FetchError line names the failure."], retry: Some(Yes), source: SRC_VARNISH, ..BASE },
    GeneratorEntry { generators: FASTLY, codes: &[503], body: &["first byte timeout"], title: "Fastly 503: first byte timeout",
        cause: "the origin sent no first byte within the first-byte timeout (15 s by default)",
        checks: &[FASTLY_TIMEOUT], retry: Some(Maybe), reached_app: Some(true), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: FASTLY, codes: &[503], body: &["between bytes timeout"], title: "Fastly 503: between bytes timeout",
        cause: "the origin paused past the between-bytes timeout (10 s by default) mid-response",
        checks: &[FASTLY_TIMEOUT], retry: Some(Maybe), reached_app: Some(true), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: FASTLY, codes: &[503], body: &["backend.max_conn reached"], title: "Fastly 503: backend.max_conn reached",
        cause: "the backend's maximum connections are all open",
        checks: &["Raise the backend's max connections, or speed the origin up."], retry: Some(Yes), reached_app: Some(false), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: FASTLY, codes: &[503], body: &["backend is unhealthy", "no healthy backends", "all backends failed or unhealthy"], title: "Fastly 503: backend is unhealthy",
        cause: "the backend's health check fails, so Fastly sends it nothing",
        checks: &["Check the health check's path, host and expected status on the origin."], retry: Some(Yes), reached_app: Some(false), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: FASTLY, codes: &[503], body: &["backend unavailable, connection failed", "connection refused", "connection timed out"], title: "Fastly 503: connection failed",
        cause: "Fastly could not connect to the origin (refused or timed out)",
        checks: &["Check the origin is up, allows Fastly's IP ranges, and the backend's host and port."], retry: Some(Yes), reached_app: Some(false), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: FASTLY, codes: &[503], body: &["backend read error", "backend write error"], title: "Fastly 503: backend read error",
        cause: "the connection to the origin broke mid-response",
        checks: &[KEEPALIVE], retry: Some(Yes), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: FASTLY, codes: &[503], body: &["certificate has expired", "ssl handshake", "hostname doesn't match"], title: "Fastly 503: TLS to origin failed",
        cause: "TLS to the origin failed (an expired certificate, a name mismatch, SNI)",
        checks: &["Check the origin certificate and the backend's SSL hostname and SNI."], retry: Some(No), reached_app: Some(false), source: SRC_FASTLY, ..BASE },
    // ---------------------------------------------------------------- nginx family: error-log lines pasted with the response
    GeneratorEntry { body: &["permission denied) while connecting to upstream"], title: "nginx: permission denied connecting to upstream",
        cause: "nginx may not connect to the upstream: SELinux's httpd_can_network_connect is off, or a Unix socket's mode excludes nginx",
        checks: &["setsebool -P httpd_can_network_connect 1, or fix the socket's owner and mode."], retry: Some(No), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["connection refused) while connecting to upstream"], title: "nginx: upstream refused the connection",
        cause: "nothing accepts connections at the proxy_pass address: the app is down or on another port or interface",
        checks: &["ss -ltnp on the upstream host: compare with proxy_pass."], retry: Some(Yes), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["no live upstreams while connecting to upstream"], title: "nginx: no live upstreams",
        cause: "every upstream server is marked down after recent failures (max_fails within fail_timeout)",
        checks: &["Find the earlier failures in the error log."], retry: Some(Yes), reached_app: Some(false), source: SRC_NGINX_UPSTREAM, ..BASE },
    GeneratorEntry { body: &["upstream timed out (110: connection timed out) while reading response header", "upstream timed out (110: operation timed out) while reading response header"], title: "nginx: upstream read timeout",
        cause: "the upstream sent no response header within proxy_read_timeout (60 s)",
        checks: &[SLOW], not: &[NOT_DONE], retry: Some(Maybe), reached_app: Some(true), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["while connecting to upstream"], codes: &[504], title: "nginx: upstream connect timeout",
        cause: "no connection to the upstream within proxy_connect_timeout (60 s): packets dropped or host unreachable",
        checks: &["Check routes and firewalls between nginx and the upstream."], retry: Some(Yes), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["upstream prematurely closed connection"], title: "nginx: upstream closed the connection early",
        cause: "the upstream closed before a complete header: a crash, a killed worker, or a keep-alive race",
        checks: &["Check the app server's log (worker timeouts, OOM kills) and keep-alive timeouts."], retry: Some(Maybe), reached_app: Some(true), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["upstream sent too big header"], title: "nginx: upstream header too big",
        cause: "the upstream's response headers (big cookies) do not fit proxy_buffer_size",
        checks: &["Raise proxy_buffer_size (fastcgi_buffer_size for PHP-FPM), or send smaller headers."], retry: Some(No), reached_app: Some(true), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["client intended to send too large body"], title: "nginx: body too large",
        cause: NGINX_BODY, checks: &[NGINX_BODY_CHECK], retry: Some(No), reached_app: Some(false), source: SRC_NGINX_CORE, ..BASE },
    GeneratorEntry { body: &["rewrite or internal redirection cycle"], title: "nginx: rewrite or internal redirection cycle",
        cause: "rewrites, try_files or error_page redirected internally more than 10 times and nginx gave up with a 500",
        checks: &["Follow the request through the location's rewrite, try_files and error_page: a fallback pointing at itself loops."], retry: Some(No), reached_app: Some(false), source: "nginx source, ngx_http_core_module.c (NGX_HTTP_MAX_URI_CHANGES)", ..BASE },
    GeneratorEntry { body: &["auth request unexpected status"], title: "nginx: auth_request unexpected status",
        cause: "the auth_request subrequest returned neither 2xx, 401 nor 403, so nginx answered 500",
        checks: &["Check the authentication service behind auth_request."], retry: Some(Maybe), reached_app: Some(false), source: "nginx docs, ngx_http_auth_request_module", ..BASE },
    // ---------------------------------------------------------------- nginx family: status pages
    GeneratorEntry { generators: &["ingress-nginx"], codes: &[503], title: "ingress-nginx 503",
        cause: "the Ingress's Service has no ready endpoints (the controller logs \"does not have any active Endpoint\")",
        checks: &[ENDPOINTS], retry: Some(Yes), reached_app: Some(false), source: SRC_INGRESS, ..BASE },
    GeneratorEntry { generators: &["ingress-nginx"], codes: &[404], title: "ingress-nginx default backend 404",
        cause: "no Ingress rule matches the host and path, so the default backend answered",
        checks: &["Compare Host and path with the Ingress rules and the ingressClassName."], retry: Some(No), reached_app: Some(false), source: SRC_INGRESS, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[500], title: "nginx 500",
        cause: "nginx failed inside itself, before or instead of the application: a rewrite or internal redirection cycle, an auth_request with an unexpected status, a Lua error, a failed open() or write of a file",
        checks: &[NGINX_LOG],
        not: &["Not your application's error page: an application's 500 passes through nginx with its own body (unless proxy_intercept_errors replaces it)."],
        retry: Some(No), source: "nginx docs, ngx_http_core_module, ngx_http_auth_request_module and proxy_intercept_errors", ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[502], title: "nginx 502",
        cause: "it got no valid response from the upstream: refused, reset, or an invalid or oversized header",
        checks: &[NGINX_LOG, "Check the app listens on the proxy_pass address (SELinux: httpd_can_network_connect)."], retry: Some(Yes), source: SRC_NGINX, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[504], title: "nginx 504",
        cause: "the upstream did not answer within proxy_read_timeout (60 s), or did not connect within proxy_connect_timeout",
        checks: &[NGINX_LOG, SLOW], retry: Some(Maybe), source: SRC_NGINX, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[503], title: "nginx 503",
        cause: "it refused the request itself: limit_req or limit_conn (503 by default), or a maintenance rule",
        checks: &[NGINX_LOG], retry: Some(Yes), reached_app: Some(false), source: "nginx docs, ngx_http_limit_req_module (limit_req_status)", ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[413], title: "nginx 413",
        cause: NGINX_BODY, checks: &[NGINX_BODY_CHECK], retry: Some(No), reached_app: Some(false), source: SRC_NGINX_CORE, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[400], body: &["request header or cookie too large"], title: "nginx 494 (shown as 400)",
        cause: "a header or cookie exceeds large_client_header_buffers", checks: &[HEADERS], retry: Some(No), reached_app: Some(false), source: SRC_NGINX_CORE, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[400], body: &["plain http request was sent to https port"], title: "nginx 497 (shown as 400)",
        cause: "plain HTTP reached a TLS port", checks: &["Use https:// here; check the scheme a load balancer forwards with."], retry: Some(No), reached_app: Some(false), source: SRC_NGINX_SSL, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[400], body: &["no required ssl certificate was sent", "ssl certificate error"], title: "nginx 495/496 (shown as 400)",
        cause: "ssl_verify_client requires a client certificate and none, or a bad one, came",
        checks: &["Configure the client certificate; check its chain against ssl_client_certificate."], retry: Some(No), reached_app: Some(false), source: SRC_NGINX_SSL, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[403], title: "nginx 403",
        cause: "a deny rule, a directory without index (autoindex off), or files nginx may not read",
        checks: &[NGINX_LOG], retry: Some(No), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[405], title: "nginx 405",
        cause: "a non-GET method reached a location served as static files",
        checks: &["Check the location proxies this path to the app."], retry: Some(No), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    // ---------------------------------------------------------------- HAProxy
    GeneratorEntry { generators: HAPROXY, codes: &[503], title: "HAProxy 503",
        cause: "no server could take the request: all down or in maintenance, none configured, or queued past timeout queue",
        checks: &["'show servers state' on the runtime API; the log's termination state (sC, SC, sQ)."], retry: Some(Yes), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: HAPROXY, codes: &[504], title: "HAProxy 504",
        cause: "the server did not answer within timeout server",
        checks: &["The log's Tr and termination state sH, against timeout server."], not: &[NOT_DONE], retry: Some(Maybe), reached_app: Some(true), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: HAPROXY, codes: &[502], title: "HAProxy 502",
        cause: "the server sent an invalid or incomplete response, closed the connection, or an http-response rule rejected it",
        checks: &[HAPROXY_ERRORS], retry: Some(Yes), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: HAPROXY, codes: &[408], title: "HAProxy 408",
        cause: "the client did not send a complete request within timeout http-request", checks: &[CLIENT_TIMEOUT], retry: Some(Yes), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: HAPROXY, codes: &[400], title: "HAProxy 400",
        cause: "an invalid request line or headers, or headers over tune.bufsize", checks: &[HAPROXY_ERRORS], retry: Some(No), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: HAPROXY, codes: &[403], title: "HAProxy 403",
        cause: "an http-request deny rule matched", checks: &[HAPROXY_RULE], retry: Some(No), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: HAPROXY, codes: &[429], title: "HAProxy 429",
        cause: "a rate-limiting rule (deny_status 429 on a stick table) refused the request", checks: &[HAPROXY_RULE], retry: Some(Yes), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: HAPROXY, codes: &[401], title: "HAProxy 401",
        cause: "an http-request auth rule requires userlist credentials", checks: &[HAPROXY_RULE], retry: Some(No), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: HAPROXY, codes: &[500], title: "HAProxy 500",
        cause: "HAProxy failed itself (a failing Lua action or rule)", checks: &["Read HAProxy's log for this request."], retry: Some(Maybe), source: SRC_HAPROXY, ..BASE },
    // ---------------------------------------------------------------- Kong
    GeneratorEntry { generators: KONG, codes: &[404], body: &["no route matched"], title: "Kong: no Route matched",
        cause: "no Kong Route matches the host, path and method",
        checks: &["Compare the Routes (deck dump, Admin API /routes) with the request, strip_path included."], retry: Some(No), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: KONG, codes: &[502], body: &["invalid response was received from the upstream"], title: "Kong: invalid upstream response",
        cause: "the upstream refused, reset or closed the connection, or answered invalidly",
        checks: &["Kong's error.log shows the upstream error; check the Service's host, port and protocol."], retry: Some(Yes), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: KONG, codes: &[503], body: &["failure to get a peer from the ring-balancer"], title: "Kong: no healthy target",
        cause: "the Kong Upstream has no healthy target", checks: &["Admin API /upstreams/NAME/health."], retry: Some(Yes), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: KONG, codes: &[503], body: &["name resolution failed"], title: "Kong: name resolution failed",
        cause: "Kong could not resolve the Service's host", checks: &["Resolve the Service host from the Kong node (dns_resolver)."], retry: Some(Yes), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: KONG, codes: &[504], title: "Kong 504",
        cause: "the upstream did not answer within the Service's read_timeout (60 s)", checks: &[SLOW], retry: Some(Maybe), reached_app: Some(true), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: KONG, codes: &[401], title: "Kong 401",
        cause: "an auth plugin (key-auth, basic-auth, jwt, oauth2) found no valid credential", checks: &[KONG_PLUGIN], retry: Some(No), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: KONG, codes: &[403], title: "Kong 403",
        cause: "a plugin refused the request (acl, ip-restriction, bot-detection)", checks: &[KONG_PLUGIN], retry: Some(No), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: KONG, codes: &[429], title: "Kong 429",
        cause: "the rate-limiting plugin refused the request", checks: &[KONG_PLUGIN], retry: Some(Yes), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: KONG, codes: &[413], title: "Kong 413",
        cause: "the request-size-limiting plugin refused the body", checks: &[KONG_PLUGIN], retry: Some(No), reached_app: Some(false), source: SRC_KONG, ..BASE },
    // ---------------------------------------------------------------- Apache httpd
    GeneratorEntry { generators: APACHE, codes: &[502], body: &["error reading from remote server"], title: "Apache mod_proxy: error reading from remote server",
        cause: "the backend did not answer within ProxyTimeout (60 s) or closed while Apache read",
        checks: &[APACHE_LOG], retry: Some(Maybe), reached_app: Some(true), source: SRC_APACHE, ..BASE },
    GeneratorEntry { generators: APACHE, codes: &[503], title: "Apache 503",
        cause: "mod_proxy could not connect to the backend and disabled the worker (for retry=60 s), or maintenance",
        checks: &[APACHE_LOG], retry: Some(Yes), reached_app: Some(false), source: SRC_APACHE, ..BASE },
    GeneratorEntry { generators: APACHE, codes: &[400], body: &["size of a request header field exceeds server limit"], title: "Apache: header field too large",
        cause: "a header (usually Cookie) is over LimitRequestFieldSize (8190 bytes)", checks: &[HEADERS], retry: Some(No), reached_app: Some(false), source: "Apache httpd docs, core (LimitRequestFieldSize)", ..BASE },
    GeneratorEntry { generators: APACHE, codes: &[403], title: "Apache 403",
        cause: "a Require rule, a directory without index (Options -Indexes), or file permissions",
        checks: &[APACHE_LOG], retry: Some(No), reached_app: Some(false), source: "Apache httpd docs, mod_authz_core", ..BASE },
    // ---------------------------------------------------------------- Traefik, Caddy, Squid, Akamai
    GeneratorEntry { generators: TRAEFIK, codes: &[503], body: &["no available server"], title: "Traefik 503",
        cause: "the router's service has no available server (none discovered, or all unhealthy)", checks: &["Check the service's servers and the containers' health."], retry: Some(Yes), reached_app: Some(false), source: SRC_TRAEFIK, ..BASE },
    GeneratorEntry { generators: TRAEFIK, codes: &[502], title: "Traefik 502",
        cause: "no response from the server (refused, reset, or a scheme mismatch)", checks: &[PROTOCOL], retry: Some(Yes), source: SRC_TRAEFIK, ..BASE },
    GeneratorEntry { generators: TRAEFIK, codes: &[504], title: "Traefik 504",
        cause: "the server did not answer within the serversTransport timeouts", checks: &[SLOW], retry: Some(Maybe), source: SRC_TRAEFIK, ..BASE },
    GeneratorEntry { generators: &["caddy"], codes: &[502], title: "Caddy 502",
        cause: "reverse_proxy got no response from the upstream (usually 'connect: connection refused' in Caddy's log)", checks: &["Read Caddy's log for this request; check the reverse_proxy address."], retry: Some(Yes), source: "Caddy docs, reverse_proxy directive", ..BASE },
    GeneratorEntry { generators: SQUID, header: Some(("x-squid-error", &["err_connect_fail"])), title: "Squid ERR_CONNECT_FAIL",
        cause: "Squid could not connect to the server (the errno after it: 111 refused, 110 timed out, 113 no route)", checks: &[SQUID_CHECK], retry: Some(Yes), reached_app: Some(false), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: SQUID, header: Some(("x-squid-error", &["err_read_error", "err_zero_size_object"])), title: "Squid read error",
        cause: "the connection broke while reading, or the server sent an empty reply", checks: &[SQUID_CHECK], retry: Some(Yes), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: SQUID, header: Some(("x-squid-error", &["err_read_timeout", "err_lifetime_exp"])), title: "Squid read timeout",
        cause: "the server sent nothing within read_timeout", checks: &[SQUID_CHECK], retry: Some(Maybe), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: SQUID, header: Some(("x-squid-error", &["err_dns_fail"])), title: "Squid DNS failure",
        cause: "Squid could not resolve the server's name", checks: &[SQUID_CHECK], retry: Some(Maybe), reached_app: Some(false), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: SQUID, header: Some(("x-squid-error", &["err_access_denied", "err_cache_access_denied"])), title: "Squid access denied",
        cause: "http_access rules deny the request (or proxy authentication is required)", checks: &[SQUID_CHECK], retry: Some(No), reached_app: Some(false), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: &["akamai"], codes: &[403], body: &["reference #", "reference&#32;&#35;"], title: "Akamai Access Denied",
        cause: "an Akamai security rule (WAF, bot manager, geo or IP block) denied the request", checks: &[AKAMAI_REF], retry: Some(No), reached_app: Some(false), source: SRC_AKAMAI, ..BASE },
    GeneratorEntry { generators: &["akamai"], codes: &[500, 502, 503, 504], body: &["an error occurred while processing your request"], title: "Akamai edge error",
        cause: "Akamai's edge got no valid answer from the origin (connect, read timeout, invalid response); the Reference # encodes which", checks: &[AKAMAI_REF], retry: Some(Yes), source: SRC_AKAMAI, ..BASE },
    // ---------------------------------------------------------------- Google Cloud load balancer and Cloud Run
    GeneratorEntry { generators: &["google-cloud-lb", "google-frontend"], codes: &[503], body: &["no healthy upstream"], title: "Google Cloud load balancer: no healthy upstream",
        cause: "the backend service has no healthy backend (failing health checks, or a firewall blocking Google's probe ranges)", checks: &[GCLB_PROBES], retry: Some(Yes), reached_app: Some(false), source: SRC_GCLB, ..BASE },
    GeneratorEntry { generators: &["google-cloud-lb"], codes: &[502], title: "Google Cloud load balancer 502",
        cause: "no response from a backend; the request log's statusDetails names why", checks: &[GCLB_LOG, KEEPALIVE], retry: Some(Yes), source: SRC_GCLB, ..BASE },
    gclb!("failed_to_pick_backend", "no healthy backend with capacity", &[GCLB_PROBES], Some(Yes), Some(false)),
    gclb!("failed_to_connect_to_backend", "no connection to the backend", &[GCLB_PROBES], Some(Yes), Some(false)),
    gclb!("backend_timeout", "the backend did not answer within the backend service timeout (30 s)", &[SLOW], Some(Maybe), Some(true)),
    gclb!("backend_connection_closed_before_data_sent_to_client", "the backend closed before answering, usually a keep-alive race", &[KEEPALIVE], Some(Yes), None),
    gclb!("backend_connection_closed_after_partial_response_sent", "the backend closed mid-response", &[GCLB_LOG], Some(Maybe), Some(true)),
    gclb!("backend_early_response_with_non_error_status", "the backend answered before reading the whole body", &["Read the full body before answering."], Some(No), Some(true)),
    gclb!("backend_response_corrupted", "the backend's response was not valid HTTP", &[GCLB_LOG], Some(No), Some(true)),
    gclb!("response_sent_by_backend", "the backend generated this status", &["Read the backend application's logs."], None, Some(true)),
    gclb!("client_disconnected_before_any_response", "the client closed before the answer", &[CLIENT_TIMEOUT], None, None),
    gclb!("client_timed_out", "the client was idle past the limit", &[CLIENT_TIMEOUT], Some(Maybe), None),
    gclb!("denied_by_security_policy", "a Cloud Armor policy denied the request", &[ARMOR], Some(No), Some(false)),
    gclb!("throttled_by_security_policy", "a Cloud Armor rate limit throttled the request", &[ARMOR], Some(Yes), Some(false)),
    gclb!("ssl_certificate_san_verification_failed", "the backend's certificate does not match the expected name", &[GCLB_LOG], Some(No), Some(false)),
    gclb!("failed_to_negotiate_alpn", "no common protocol with the backend (HTTP/2 to an HTTP/1.1 backend)", &[PROTOCOL], Some(No), Some(false)),
    gclb!("handled_by_identity_aware_proxy", "Identity-Aware Proxy answered (a sign-in redirect or a denial)", &["Check the caller's IAP access."], Some(No), Some(false)),
    gclb!("internal_error", "the load balancer failed internally", &[GCLB_LOG], Some(Yes), None),
    GeneratorEntry { body: &["the request was aborted because there was no available instance"], title: "Cloud Run: no available instance",
        cause: "no instance could take the request: max instances reached, instances failing to start, or a spike faster than scaling",
        checks: &["Check max instances, concurrency and the instances' startup logs."], retry: Some(Yes), reached_app: Some(false), source: SRC_RUN, ..BASE },
    GeneratorEntry { body: &["the http response was malformed or connection to the instance had an error"], title: "Cloud Run: malformed response or connection error",
        cause: "the container closed the connection, crashed, or answered invalid HTTP", checks: &[LISTEN], retry: Some(Maybe), source: SRC_RUN, ..BASE },
    GeneratorEntry { body: &["consider increasing the memory limit"], title: "Cloud Run: memory limit exceeded",
        cause: "the container exceeded its memory limit and was stopped", checks: &[MEMORY], retry: Some(Maybe), reached_app: Some(true), source: SRC_RUN, ..BASE },
    // ---------------------------------------------------------------- Azure
    GeneratorEntry { body: &["web server received an invalid response while acting as a gateway or proxy server"], title: "IIS ARR / Azure 502: invalid response from the upstream",
        cause: "the gateway in front (IIS ARR, App Service's front end, Application Gateway v1) got no valid response from behind it: refused, reset, or a time-out, since ARR answers its own time-outs (502.3) with this page too",
        checks: &["Failed Request Tracing's 502.3 entry tells a time-out (0x80072ee2) from a refused or reset connection (0x80072efd, 0x80072efe).", "On Azure App Service, requests running past 230 seconds are cut off by the front end whatever the app's timeout."],
        retry: Some(Maybe), source: SRC_ARR, ..BASE },
    GeneratorEntry { body: &["this web app is stopped"], title: "Azure App Service: web app stopped",
        cause: "the web app is stopped, so the platform answers for it", checks: &["Start it (az webapp start) and check the plan's quota."],
        retry: Some(No), reached_app: Some(false), source: "Microsoft Learn, Azure App Service: start, stop and restart an app", ..BASE },
    GeneratorEntry { generators: &["azure-app-gateway"], codes: &[502], title: "Azure Application Gateway 502",
        cause: "no healthy backend pool member (probes failing, NSG or firewall, FQDN DNS), or the backend closed the connection",
        checks: &["Check Backend health, NSG and UDR rules, and the probe's path and host."], retry: Some(Yes), source: SRC_AZAGW, ..BASE },
    GeneratorEntry { generators: &["azure-app-gateway"], codes: &[504], title: "Azure Application Gateway 504",
        cause: "the backend did not answer within the backend setting's request timeout (20 s)", checks: &[SLOW], retry: Some(Maybe), reached_app: Some(true), source: SRC_AZAGW, ..BASE },
    GeneratorEntry { generators: AFD, codes: &[503], body: &["our services aren't available right now"], title: "Azure Front Door 503",
        cause: "Front Door got no response from the origin; the access log's ErrorInfo names why", checks: &[AFD_LOG], retry: Some(Yes), source: SRC_AFD, ..BASE },
    afd!("OriginTimeout", "the origin did not answer within the origin response timeout (60 s)", &[SLOW], Some(Maybe), Some(true)),
    afd!("OriginConnectionRefused", "the origin refused the connection", &[AFD_ORIGIN], Some(Yes), Some(false)),
    afd!("OriginConnectionError", "the connection to the origin failed", &[AFD_ORIGIN], Some(Yes), Some(false)),
    afd!("OriginConnectionAborted", "the connection to the origin dropped abnormally", &[AFD_LOG], Some(Maybe), None),
    afd!("OriginInvalidResponse", "the origin's response was invalid or unrecognized", &[AFD_LOG], Some(No), Some(true)),
    afd!("DNSNameNotResolved", AFD_DNS, &[AFD_ORIGIN], Some(Maybe), Some(false)),
    afd!("SSLHandshakeError", "TLS with the origin failed", &[AFD_TLS], Some(No), Some(false)),
    afd!("CertificateNameCheckFailed", "the origin's certificate does not match the origin host header", &[AFD_TLS], Some(No), Some(false)),
    afd!("ResponseHeaderTooBig", "the origin's response headers are too large", &[HEADERS], Some(No), Some(true)),
    afd!("RestrictedIP", "an IP restriction blocked the client", &[AFD_WAF], Some(No), Some(false)),
    afd!("ClientGeoBlocked", "a geo-filtering rule blocked the client", &[AFD_WAF], Some(No), Some(false)),
    // ---------------------------------------------------------------- Platforms
    GeneratorEntry { generators: RENDER, header: Some(("x-render-routing", &["hibernate-wake-error"])), title: "Render: wake from sleep failed",
        cause: "the free instance, spun down for inactivity, failed to start in time", checks: &[RENDER_LOG], retry: Some(Yes), reached_app: Some(false), source: SRC_RENDER, ..BASE },
    GeneratorEntry { generators: RENDER, header: Some(("x-render-routing", &["no-server", "no-deploy"])), title: "Render: no running instance",
        cause: "Render has no running instance to route to", checks: &[RENDER_LOG], retry: Some(Yes), reached_app: Some(false), source: SRC_RENDER, ..BASE },
    GeneratorEntry { body: &["application failed to respond"], header: Some(("x-railway-fallback", &[])), title: "Railway: application failed to respond",
        cause: "Railway's edge got no answer from the service: not listening on 0.0.0.0:$PORT, crashed, or too slow",
        checks: &["Compare the port in the deploy log with the service's target port.", LISTEN], retry: Some(Maybe), reached_app: Some(false), source: SRC_RAILWAY, ..BASE },
    GeneratorEntry { generators: &["netlify"], body: &["task timed out after"], title: "Netlify function timeout",
        cause: "a Netlify Function ran past its limit (10 s for synchronous functions by default)", checks: &["Read the function's log; move long work to a background function."], retry: Some(Maybe), reached_app: Some(true), source: SRC_NETLIFY, ..BASE },
    GeneratorEntry { generators: &["netlify"], codes: &[404], body: &["page not found"], title: "Netlify 404",
        cause: "no file and no redirect rule matches (a single-page app needs /* /index.html 200)", checks: &["Check the deploy's files and _redirects."], retry: Some(No), reached_app: Some(false), source: "Netlify docs, Redirects and rewrites (docs.netlify.com/routing/redirects/)", ..BASE },
    fly!(["PU01"], "PU01: failed HTTP/2 handshake", "the h2c handshake with the machine failed", &[PROTOCOL], Some(Yes), Some(false)),
    fly!(["PU02"], "PU02: failed to complete HTTP request", "a request to the machine could not complete (closed or reset)", &[FLY_LOG], Some(Maybe), Some(true)),
    fly!(["PU03", "PP01", "PC08", "PE01", "PE02"], "internal proxy error", "an internal Fly.io problem, not the app", &["Check status.flyio.net."], Some(Yes), Some(false)),
    fly!(["PC01", "PC02"], "machine refused connection", "nothing listens on the port, or the app listens on 127.0.0.1", &[LISTEN], Some(Yes), Some(false)),
    fly!(["PC03", "PC04", "PC06"], "connection reset or aborted", "the app reset or aborted the connection", &[FLY_LOG], Some(Maybe), None),
    fly!(["PC05", "PC07"], "connection timed out", "connections timed out or ran out of retries (an overloaded machine)", &["Check the machine's CPU and memory, and concurrency limits."], Some(Yes), Some(false)),
    fly!(["PT01"], "PT01: TLS handshake rate limit", "too many TLS handshakes from an IP range", &["Reuse connections."], Some(Yes), Some(false)),
    fly!(["PT03", "PT04", "PT05", "PT06", "PT07", "PT08", "PT09"], "TLS handshake failed", "the client's TLS handshake failed, or no certificate matches the name", &["fly certs list: does a certificate cover this hostname?"], Some(No), Some(false)),
    fly!(["PM05", "PM06"], "failed to connect to machine", "no connection to the machine, even after it started", &[LISTEN], Some(Yes), Some(false)),
    fly!(["PM01", "PM02", "PM03", "PM04", "PM07", "PM08", "PM10", "PM11", "PM12"], "could not start machine", "the proxy could not wake a stopped machine (an internal or machines API error)", &[FLY_MACHINES], Some(Yes), Some(false)),
    fly!(["PM09"], "PM09: machine not startable", "the machine is in a state it cannot start from", &[FLY_MACHINES], Some(No), Some(false)),
    fly!(["PM13"], "PM13: machine recently stopped", "the machine was just stopped", &["Check autostop and min_machines_running."], Some(Yes), Some(false)),
    fly!(["PA01"], "PA01: body too large to replay", "the request cannot be replayed: its body is past what the proxy buffers", &["Avoid fly-replay for large bodies."], Some(No), Some(true)),
    fly!(["PA02", "PA03", "PA04", "PA05"], "fly-replay error", "the app's fly-replay header was invalid, looped, or named an app it may not", &["Check the fly-replay header the app returns."], Some(No), Some(true)),
    fly!(["PR01", "PR02", "PR03", "PR04"], "no healthy instance for route", "no healthy machine to route to (failing checks, stopped, or at their concurrency limit)", &[FLY_MACHINES], Some(Yes), Some(false)),
    GeneratorEntry { generators: &["azure-api-management"], codes: &[401], body: &["subscription key"], title: "Azure API Management: subscription key",
        cause: "the API needs a subscription key and got none or an invalid one", checks: &["Send Ocp-Apim-Subscription-Key for a product that includes this API."], retry: Some(No), reached_app: Some(false), source: "Microsoft Learn, Subscriptions in Azure API Management", ..BASE },
    GeneratorEntry { generators: &["azure-api-management"], codes: &[429], title: "Azure API Management 429",
        cause: "a rate-limit or quota policy refused the request", checks: &["Wait as Retry-After says; check the rate-limit and quota policies."], retry: Some(Yes), reached_app: Some(false), source: "Microsoft Learn, API Management rate-limit policy", ..BASE },
    GeneratorEntry { generators: &["tyk"], codes: &[401, 403], title: "Tyk authentication refusal",
        cause: "Tyk rejected the key: missing, unknown, or without access to this API", checks: &["Send the key where the API definition expects it; check its access rights."], retry: Some(No), reached_app: Some(false), source: "Tyk docs, authentication and authorization", ..BASE },
    // ---------------------------------------------------------------- Frameworks' own defaults
    GeneratorEntry { body: &["invalid http_host header"], codes: &[400], title: "Django DisallowedHost",
        cause: "Django rejected the Host header: not in ALLOWED_HOSTS", checks: &[DJANGO_HOSTS], retry: Some(No), source: SRC_DJANGO, ..BASE },
    GeneratorEntry { generators: &["django", "django-rest-framework"], codes: &[400], body: &["bad request (400)"], title: "Django 400 page",
        cause: "Django rejected the request as suspicious, most often DisallowedHost (Host not in ALLOWED_HOSTS)", checks: &[DJANGO_HOSTS], retry: Some(No), source: SRC_DJANGO, ..BASE },
    GeneratorEntry { body: &["csrf verification failed"], codes: &[403], title: "Django CSRF failure",
        cause: "Django's CSRF check failed: no token or cookie, or an Origin not in CSRF_TRUSTED_ORIGINS",
        checks: &["Send the csrftoken cookie and X-CSRFToken; add HTTPS origins to CSRF_TRUSTED_ORIGINS."], retry: Some(No), source: SRC_DJANGO, ..BASE },
    GeneratorEntry { generators: &["express"], codes: &[404], body: &["cannot get", "cannot post", "cannot put", "cannot patch", "cannot delete"], title: "Express: no route matched",
        cause: "no route matched the method and path, so the final handler answered", checks: &["Check the route's method, path and mount prefix."], retry: Some(No), source: "Express docs, finalhandler (Cannot GET /)", ..BASE },
    GeneratorEntry { generators: &["express"], codes: &[413], body: &["request entity too large"], title: "Express body-parser: body too large",
        cause: "the body is over the parser's limit (100kb by default)", checks: &["Raise express.json({ limit })."], retry: Some(No), source: "Express docs, body-parser (limit)", ..BASE },
    GeneratorEntry { generators: &["express"], codes: &[400], body: &["entity.parse.failed", "in json at position", "is not valid json"], title: "Express body-parser: invalid JSON",
        cause: "express.json() could not parse the body", checks: &[JSON_BODY], retry: Some(No), source: "Express docs, body-parser (entity.parse.failed)", ..BASE },
    GeneratorEntry { body: &["the requested url was not found on the server"], codes: &[404], title: "Flask/Werkzeug 404",
        cause: "no Flask route matches this URL", checks: &["flask routes: compare with the path."], retry: Some(No), source: SRC_WERKZEUG, ..BASE },
    GeneratorEntry { body: &["the method is not allowed for the requested url"], codes: &[405], title: "Flask/Werkzeug 405",
        cause: "the route exists, not for this method (its methods=)", checks: &["Use a method in Allow, or add it to the route."], retry: Some(No), source: SRC_WERKZEUG, ..BASE },
    GeneratorEntry { body: &["the browser (or proxy) sent a request that this server could not understand"], codes: &[400], title: "Flask/Werkzeug 400",
        cause: "a view could not read the request: get_json() on a bad body, or a missing form key", checks: &[JSON_BODY], retry: Some(No), source: SRC_WERKZEUG, ..BASE },
    GeneratorEntry { body: &["the server encountered an internal error and was unable to complete your request"], codes: &[500], title: "Flask/Werkzeug 500",
        cause: "a view raised an unhandled exception; the traceback is in the app's log", checks: &["Read the app's stderr (gunicorn, uwsgi) for the traceback."], retry: Some(Maybe), reached_app: Some(true), source: SRC_WERKZEUG, ..BASE },
    GeneratorEntry { body: &["the data value transmitted exceeds the capacity limit"], codes: &[413], title: "Flask/Werkzeug 413",
        cause: "the body is over MAX_CONTENT_LENGTH", checks: &[UPLOAD], retry: Some(No), source: SRC_WERKZEUG, ..BASE },
    // ---------------------------------------------------------------- IIS sub-status codes and the ASP.NET Core Module
    iis!(500, "0", "Module or ISAPI error", "a module or handler failed (a PHP or Python handler, a rewrite rule)", [IIS_TRACE]),
    iis!(500, "19", "Configuration data is invalid", "web.config is invalid or names a module not installed (URL Rewrite, the ASP.NET Core Module)", ["Fix the XML, or install the module (the .NET Hosting Bundle)."]),
    iis!(500, "21", "Module not recognized", "a handler names a module that is not installed", ["Install the module, or remove the handler."]),
    iis!(500, "30", "ASP.NET Core app failed to start", "the in-process app threw during startup", [ANCM_LOG]),
    iis!(500, "31", "Failed to find native dependencies", "the .NET runtime the app targets is not installed", [HOSTING_BUNDLE]),
    iis!(500, "32", "Failed to load dll", "the app's bitness differs from the app pool's", ["Match the pool's 32-bit setting to the build."]),
    iis!(500, "33", "Request handler load failure", "the module could not load the request handler", ["Check the publish output is complete."]),
    iis!(500, "34", "Mixed hosting models not supported", "in-process and out-of-process apps share an app pool", [OWN_POOL]),
    iis!(500, "35", "Multiple in-process applications in same process", "two in-process apps share an app pool", [OWN_POOL]),
    iis!(500, "37", "Failed to start within startup time limit", "the app did not start within startupTimeLimit", [ANCM_LOG]),
    iis!(500, "38", "Application DLL not found", "the DLL web.config names is missing", ["Check the published files and web.config's arguments."]),
    iis!(502, "1", "CGI application timeout", "a CGI application ran past its timeout", [IIS_TRACE]),
    iis!(502, "2", "Bad gateway", "a CGI application exited without a valid response", [IIS_TRACE]),
    iis!(502, "3", "Bad gateway (ARR / ASP.NET Core Module)", "the forwarded request failed: the backend refused, reset or timed out (ARR answers its own time-outs with 502.3)", [IIS_TRACE]),
    iis!(502, "4", "No server available (ARR)", "ARR has no healthy server in the farm", ["Check the farm's health tests and servers."]),
    iis!(502, "5", "ASP.NET Core Module out-of-process startup failure", "the out-of-process app failed to start", [ANCM_LOG]),
    iis!(503, "0", "Application pool unavailable", "the app pool is stopped, often by rapid-fail protection after crashes", ["Check the pool's state and WAS events in the Event Log."]),
    iis!(503, "2", "Concurrent request limit exceeded", "appConcurrentRequestLimit was reached", ["Look for slow requests piling up."]),
    iis!(404, "3", "MIME map policy", "the extension has no MIME type", ["Add a mimeMap entry."]),
    iis!(404, "7", "File extension denied", "request filtering blocks the extension", [REQUEST_FILTERING]),
    iis!(404, "11", "Double escape sequence", "request filtering rejected a double-escaped URL", [REQUEST_FILTERING]),
    iis!(404, "13", "Content length too large", "the body is over maxAllowedContentLength (about 28.6 MB)", [REQUEST_FILTERING]),
    iis!(404, "15", "Query string too long", "the query string is over maxQueryString", [REQUEST_FILTERING]),
    iis!(401, "1", "Logon failed", "the credentials were rejected", ["Check the username, password and authentication method."]),
    iis!(401, "2", "Logon failed due to server configuration", "no authentication method the client offers is enabled", ["Enable the client's method."]),
    iis!(401, "3", "Unauthorized due to ACL", "a file ACL denies the user", ["Grant read access to the user or pool identity."]),
    iis!(403, "14", "Directory listing denied", "a directory without a default document", ["Add a default document."]),
    iis!(403, "4", "SSL required", "the site requires HTTPS", ["Use https://."]),
    iis!(403, "16", "Client certificate untrusted or invalid", "the server does not trust the client certificate's chain", ["Install the issuing CA on the server."]),
    GeneratorEntry { generators: &["iis", "aspnet-core", "azure-app-service"], codes: &[502], body: &["ancm", "asp.net core"], title: "ASP.NET Core Module failure",
        cause: "the ASP.NET Core Module could not start or reach the app", checks: &[ANCM_LOG], source: SRC_ANCM, ..BASE },
];

/// Writes `TABLE` column by column (every entry's markers, then every title, every cause…):
/// like texts side by side compress better than each entry's texts in turn.
pub(crate) fn pack(p: &mut Packer) {
    p.uint(TABLE.len());
    for e in TABLE {
        // Product ids and header names repeat across entries: each written once.
        p.uint(e.generators.len());
        e.generators.iter().for_each(|g| p.shared(g));
        p.uints(e.codes);
        p.retry(e.retry);
        p.opt_bool(e.reached_app);
        p.cite(e.source);
    }
    TABLE.iter().for_each(|e| p.strs(e.body));
    for e in TABLE {
        match e.header {
            None => p.bool(false),
            Some((name, values)) => {
                p.bool(true);
                p.shared(name);
                p.strs(values);
            }
        }
    }
    TABLE.iter().for_each(|e| p.str(e.title));
    TABLE.iter().for_each(|e| p.str(e.cause));
    TABLE.iter().for_each(|e| p.strs(e.causes));
    TABLE.iter().for_each(|e| p.strs(e.checks));
    TABLE.iter().for_each(|e| p.strs(e.not));
}

/// Reads back what [`pack`] wrote: the entries' numbers and sources, then each text column.
pub(crate) fn read_all(r: &mut Reader) -> &'static [GeneratorEntry] {
    let len = r.uint();
    let mut entries = Vec::with_capacity(len.min(4096));
    for _ in 0..len {
        if r.exhausted() {
            break;
        }
        entries.push(GeneratorEntry {
            generators: r.shared_strs(),
            codes: r.uints(),
            retry: r.retry(),
            reached_app: r.opt_bool(),
            source: r.cite(),
            ..BASE
        });
    }
    entries.iter_mut().for_each(|e| e.body = r.strs());
    for e in entries.iter_mut() {
        e.header = r.bool().then(|| (r.shared(), r.strs()));
    }
    entries.iter_mut().for_each(|e| e.title = r.str());
    entries.iter_mut().for_each(|e| e.cause = r.str());
    entries.iter_mut().for_each(|e| e.causes = r.strs());
    entries.iter_mut().for_each(|e| e.checks = r.strs());
    entries.iter_mut().for_each(|e| e.not = r.strs());
    entries.leak()
}
