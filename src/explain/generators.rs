//! What a specific product means by a status: one entry per product (generator id), status code
//! and, where the product says more in its body or headers, the marker that shows it (Envoy's
//! reset reasons, Cloudflare's 1xxx codes, Vercel's error codes, Heroku's H-codes in a pasted
//! router log, IIS sub-status codes). Each entry: the likely cause, what to check first, what it
//! is not, retry advice when it differs from the status table, and its source. Wording is ours;
//! the facts come from the cited documentation.

use std::sync::OnceLock;

use crate::attribution::matching::scan::Scanner;
use crate::pack::{packed, Packer, Reader};
use crate::report::RetryAdvice::{self, Maybe, No, Yes};

#[cfg_attr(test, derive(Debug, PartialEq))]
pub struct GeneratorEntry {
    /// Generator ids (as attribution names them) this entry is for; empty: any generator.
    pub generators: &'static [&'static str],
    /// Status codes it applies to; empty: any.
    pub codes: &'static [u16],
    /// Literals, one of which must appear in the body or the reason phrase (compared
    /// case-insensitively); empty: no body condition.
    pub body: &'static [&'static str],
    /// A header (lowercase name) that must be present, with one of these values contained in it
    /// (case-insensitive; empty: present is enough). When both `body` and `header` are given,
    /// either one matching is enough.
    pub header: Option<(&'static str, &'static [&'static str])>,
    /// Short name of the condition (`Envoy UF: upstream connection failure`).
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
    /// even for a non-idempotent method.
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

const SRC_CF5: &str = "Cloudflare docs, Troubleshooting Cloudflare 5XX errors (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/)";
const SRC_CF1: &str = "Cloudflare docs, Cloudflare 1XXX errors (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/)";
const SRC_ALB: &str = "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers (docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html)";
const SRC_CLB: &str = "AWS Elastic Load Balancing, Troubleshoot a Classic Load Balancer: HTTP errors (docs.aws.amazon.com/elasticloadbalancing/latest/classic/ts-elb-http-errors.html)";
const SRC_CFRONT: &str = "Amazon CloudFront Developer Guide, Troubleshooting error response status codes (docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html)";
const SRC_APIGW: &str = "Amazon API Gateway Developer Guide, Gateway response types and quotas (docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html)";
const SRC_ENVOY: &str = "Envoy docs, Access logging: response flags (envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage)";
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
const SRC_ANCM: &str = "Microsoft Learn, Troubleshoot ASP.NET Core on Azure App Service and IIS (learn.microsoft.com/aspnet/core/test/troubleshoot-azure-iis)";
const SRC_SQUID: &str = "Squid wiki, error pages and ERR_* templates (wiki.squid-cache.org)";
const SRC_GCLB: &str = "Google Cloud docs, Troubleshooting external Application Load Balancers (cloud.google.com/load-balancing/docs/https/troubleshooting-ext-https-lbs)";
const SRC_AZAGW: &str = "Microsoft Learn, Troubleshoot bad gateway errors in Application Gateway (learn.microsoft.com/azure/application-gateway/application-gateway-troubleshooting-502)";
const SRC_TRAEFIK: &str = "Traefik docs, routers and services (doc.traefik.io/traefik/routing/)";

macro_rules! cf1xxx {
    ($code:literal, $title:literal, $cause:literal, [$($check:literal),*], $retry:ident) => {
        GeneratorEntry {
            generators: &["cloudflare"],
            body: &[concat!("error code: ", $code), concat!("error code ", $code), concat!("error ", $code, " "), concat!(">", $code, "<")],
            title: concat!("Cloudflare error ", $code, ": ", $title),
            cause: $cause,
            checks: &[$($check),*],
            not: &["Not an error from your application: Cloudflare answered before contacting it."],
            retry: Some($retry),
            reached_app: Some(false),
            source: SRC_CF1,
            ..BASE
        }
    };
}

macro_rules! iis {
    ($code:literal, $sub:literal, $title:literal, $cause:literal, [$($check:literal),*]) => {
        GeneratorEntry {
            body: &[concat!("error ", $code, ".", $sub, " -"), concat!("error ", $code, ".", $sub, " –")],
            codes: &[$code],
            title: concat!("IIS ", $code, ".", $sub, ": ", $title),
            cause: $cause,
            checks: &[$($check),*],
            source: SRC_IIS,
            ..BASE
        }
    };
}

macro_rules! heroku {
    ($code:literal, $title:literal, $cause:literal, [$($check:literal),*], $reached:expr) => {
        GeneratorEntry {
            body: &[concat!("code=", $code, " "), concat!("error ", $code, " (")],
            title: concat!("Heroku ", $code, ": ", $title),
            cause: $cause,
            checks: &[$($check),*],
            reached_app: $reached,
            source: SRC_HEROKU,
            ..BASE
        }
    };
}

macro_rules! vercel {
    ($code:literal, [$($status:literal),*], $cause:literal, [$($check:literal),*], $reached:expr) => {
        GeneratorEntry {
            generators: &["vercel"],
            codes: &[$($status),*],
            body: &[$code],
            header: Some(("x-vercel-error", &[$code])),
            title: concat!("Vercel ", $code),
            cause: $cause,
            checks: &[$($check),*],
            reached_app: $reached,
            source: SRC_VERCEL,
            ..BASE
        }
    };
}

/// When several entries match, the most specific wins (marker, then product, then code); ties
/// go to the earlier entry. Read at compile time only: the module stores it packed (`PACKED`).
const TABLE: &[GeneratorEntry] = &[
    // ---------------------------------------------------------------- Cloudflare 5xx
    GeneratorEntry { generators: &["cloudflare"], codes: &[520], title: "Cloudflare 520: unknown error from the origin",
        cause: "the origin answered with something Cloudflare could not use: an empty reply, a reset connection, or response headers over Cloudflare's size limit",
        causes: &["The origin web server crashed or restarted while answering.", "The origin closed or reset the connection instead of answering (a firewall or security module killing it).", "The origin's response headers (often cookies) are larger than Cloudflare accepts, or the response is malformed."],
        checks: &["Read the origin web server's error log at the time of the Ray ID.", "Request the origin directly, bypassing Cloudflare (curl --resolve host:443:ORIGIN_IP), and inspect the raw response.", "Check response header size and keep-alive settings on the origin."],
        not: &["Not a Cloudflare outage: Cloudflare reached the origin, and the origin's answer was the problem."],
        retry: Some(Maybe), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: &["cloudflare"], codes: &[521], title: "Cloudflare 521: web server is down",
        cause: "the origin refused Cloudflare's connection: the web server is not running, or a firewall rejects Cloudflare's addresses",
        causes: &["The web server process on the origin is stopped or not listening on port 80/443.", "A firewall, fail2ban or hosting security rule rejects connections from Cloudflare's IP ranges."],
        checks: &["Check that the web server runs and listens on the port Cloudflare uses (80 or 443).", "Allow Cloudflare's published IP ranges in the origin's firewall and security tools.", "Check the origin IP in the Cloudflare DNS record."],
        not: &["Not an application error and not a timeout: no connection was made, so the request never reached the app."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: &["cloudflare"], codes: &[522], title: "Cloudflare 522: connection timed out",
        cause: "Cloudflare's TCP connection to the origin timed out: packets are being dropped or the origin is too overloaded to accept connections",
        causes: &["A firewall or DDoS protection on the origin silently drops Cloudflare's packets.", "The Cloudflare DNS record points to a wrong or retired origin IP.", "The origin is overloaded and does not accept new connections in time."],
        checks: &["Check the origin IP in the Cloudflare DNS records.", "Check the origin firewall for drops of Cloudflare's IP ranges (rate limiting, geo blocking).", "Check server load and the listen backlog on the origin."],
        not: &["Not a refused connection (that is 521) and not a slow application (that is 524): the connection itself never completed."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: &["cloudflare"], codes: &[523], title: "Cloudflare 523: origin is unreachable",
        cause: "Cloudflare cannot route to the origin address (a wrong DNS record, a network problem at the host, or a Cloudflare Tunnel that is down)",
        checks: &["Check the A/AAAA/CNAME records of the zone.", "If the site uses Cloudflare Tunnel, check that cloudflared is running and connected."],
        not: &["Not an application error: the request never reached the origin."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: &["cloudflare"], codes: &[524], title: "Cloudflare 524: a timeout occurred",
        cause: "Cloudflare connected to the origin, but the origin sent no HTTP response within Cloudflare's proxy read timeout (100 seconds by default)",
        causes: &["A slow request on the origin: a long database query, a report, an upload being processed, an external API call.", "The origin is overloaded and requests queue for too long."],
        checks: &["Find this request in the origin's access log and its duration; look at slow-query logs.", "Move long work to a background job and poll for the result, or stream progress.", "Serve long-running endpoints from a DNS-only (grey-cloud) hostname; raising the timeout needs an Enterprise plan."],
        not: &["Not a connection problem: the origin accepted the connection and may still finish the work, so the action may have taken effect."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: &["cloudflare"], codes: &[525], title: "Cloudflare 525: SSL handshake failed",
        cause: "the TLS handshake between Cloudflare and the origin failed",
        causes: &["No certificate installed on the origin's port 443, or the server does not handle SNI.", "The origin supports no cipher or TLS version Cloudflare offers.", "The zone's SSL mode is Full or Full (strict) while the origin serves plain HTTP on 443."],
        checks: &["Test the origin with openssl s_client -connect ORIGIN_IP:443 -servername HOSTNAME.", "Check the zone's SSL/TLS encryption mode against what the origin serves."],
        not: &["Not an application error: the request was never sent to the app."],
        retry: Some(No), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: &["cloudflare"], codes: &[526], title: "Cloudflare 526: invalid SSL certificate",
        cause: "in Full (strict) mode the origin's certificate failed validation (expired, self-signed, or not matching the hostname)",
        checks: &["Check the origin certificate's expiry, issuer and hostnames.", "Install a Cloudflare Origin CA certificate, or change the SSL mode knowingly."],
        not: &["Not an application error: the request was never sent to the app."],
        retry: Some(No), reached_app: Some(false), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: &["cloudflare"], codes: &[502, 504], body: &["cloudflare"], title: "Cloudflare-branded 502/504",
        cause: "a Cloudflare-branded 502 or 504 page means Cloudflare itself could not complete the request; an unbranded 502/504 would have come from your origin",
        checks: &["Check www.cloudflarestatus.com for an incident at the data center in the Ray ID suffix.", "Quote the Ray ID to Cloudflare support."],
        retry: Some(Yes), source: SRC_CF5, ..BASE },
    GeneratorEntry { generators: &["cloudflare"], codes: &[403, 503], header: Some(("cf-mitigated", &["challenge"])), title: "Cloudflare challenge",
        cause: "Cloudflare answered with a challenge page (bot or security rule): a browser can solve it, a script or API client cannot",
        checks: &["Check the zone's Security Events for the rule that issued the challenge.", "For API traffic, skip the challenge for those paths or clients with a WAF custom rule."],
        not: &["Not your application refusing the request: it never saw it."],
        retry: Some(No), reached_app: Some(false), source: "Cloudflare docs, Detect a challenge page response (cf-mitigated header)", ..BASE },
    // ---------------------------------------------------------------- Cloudflare 1xxx
    cf1xxx!(1000, "DNS points to prohibited IP", "the site's DNS record points to a Cloudflare IP address", ["Point the DNS record at the origin's own IP."], No),
    cf1xxx!(1001, "DNS resolution error", "the hostname is not configured on Cloudflare or its DNS does not resolve", ["Check the zone's DNS records and that the domain is active on Cloudflare."], No),
    cf1xxx!(1002, "DNS points to prohibited IP / restricted", "the DNS record points to a prohibited or private address", ["Fix the DNS record's target."], No),
    cf1xxx!(1003, "Direct IP access not allowed", "the request used a Cloudflare IP address directly instead of a hostname", ["Request the site by its hostname."], No),
    cf1xxx!(1004, "Host not configured to serve web traffic", "the hostname is not set up to proxy HTTP through Cloudflare", ["Check the DNS record's proxy status; new records may take a few minutes."], Maybe),
    cf1xxx!(1006, "Access denied: your IP address has been banned", "the site owner blocked the client's IP address", ["Ask the site owner; quote the Ray ID."], No),
    cf1xxx!(1007, "Access denied: your IP address has been banned", "the site owner blocked the client's IP address", ["Ask the site owner; quote the Ray ID."], No),
    cf1xxx!(1008, "Access denied: your IP address has been banned", "the site owner blocked the client's IP address", ["Ask the site owner; quote the Ray ID."], No),
    cf1xxx!(1009, "Country or region banned", "the site owner blocks requests from the client's country or region", ["Ask the site owner; quote the Ray ID."], No),
    cf1xxx!(1010, "Browser signature banned", "the site's security settings block the client's browser signature (common for scripts and headless browsers)", ["Site owner: check Security Events for the rule; clients: use a regular browser or ask for API access."], No),
    cf1xxx!(1011, "Hotlinking denied", "Hotlink Protection blocked an embed of a resource from another site", ["Serve the resource from the site itself or allow-list the referrer."], No),
    cf1xxx!(1012, "Access denied", "the site owner's rules block this client", ["Ask the site owner; quote the Ray ID."], No),
    cf1xxx!(1013, "HTTP hostname and TLS SNI hostname mismatch", "the Host header differs from the hostname in the TLS handshake (SNI)", ["Send the same hostname in SNI and Host (check proxies and HTTP clients that override Host)."], No),
    cf1xxx!(1014, "CNAME cross-user banned", "a CNAME points to a hostname in another Cloudflare account, which is not allowed by default", ["Use Cloudflare for SaaS, or point the CNAME elsewhere."], No),
    cf1xxx!(1015, "You are being rate limited", "a rate-limiting rule of the site throttled the client", ["Slow down; the site owner can see the rule in Security Events."], Yes),
    cf1xxx!(1016, "Origin DNS error", "Cloudflare could not resolve the origin's hostname (a CNAME to a name that does not exist)", ["Check the CNAME target of the DNS record resolves publicly."], No),
    cf1xxx!(1018, "Could not find host", "the hostname is not active on Cloudflare (recently added, or removed)", ["Check the zone and the DNS record in the dashboard."], Maybe),
    cf1xxx!(1019, "Compute server error", "a Cloudflare Worker hit an internal error or a loop", ["Check the Worker's logs (wrangler tail)."], Maybe),
    cf1xxx!(1020, "Access denied", "a firewall or WAF custom rule of the site blocked the request", ["Site owner: find the rule in Security Events with the Ray ID.", "Client: you cannot fix it from your side; send the Ray ID to the site owner."], No),
    cf1xxx!(1023, "Could not find host", "the hostname's zone is not active on Cloudflare", ["Check the zone's status in the dashboard."], Maybe),
    cf1xxx!(1025, "Please check back later", "the zone exceeded its plan's limits (Workers requests, for example)", ["Check the account's usage and plan."], Maybe),
    cf1xxx!(1033, "Cloudflare Tunnel error", "the Cloudflare Tunnel for this hostname has no connected cloudflared instance", ["Check that cloudflared runs and is connected (cloudflared tunnel info).", "Check the tunnel's public hostname routing."], Yes),
    cf1xxx!(1034, "Edge IP restricted", "the DNS record points to a Cloudflare address that is not allowed", ["Point the DNS record at the origin."], No),
    cf1xxx!(1035, "Invalid request rewrite", "a Transform Rule produced an invalid URI path", ["Fix the URL rewrite rule."], No),
    cf1xxx!(1036, "Invalid request rewrite", "a Transform Rule produced an invalid query string", ["Fix the URL rewrite rule."], No),
    cf1xxx!(1037, "Invalid rewrite rule", "a Transform Rule failed to evaluate", ["Fix the rewrite rule's expression."], No),
    cf1xxx!(1040, "Invalid request header", "a request header modification rule set a forbidden header", ["Fix the header modification rule."], No),
    cf1xxx!(1041, "Invalid request header", "a request header modification rule produced an invalid header", ["Fix the header modification rule."], No),
    cf1xxx!(1101, "Worker threw exception", "the Cloudflare Worker on this route threw an uncaught exception", ["Read the Worker's logs (wrangler tail, Workers Logs) for the exception."], Maybe),
    cf1xxx!(1102, "Worker exceeded resource limits", "the Cloudflare Worker exceeded its CPU time or memory limit", ["Profile the Worker; move heavy work elsewhere or raise the plan's limits."], Maybe),
    cf1xxx!(1104, "Script not found", "the Worker bound to this route no longer exists", ["Fix or remove the route's Worker binding."], No),
    cf1xxx!(1200, "Cache connection limit", "too many requests were waiting to be served from Cloudflare's cache", ["Retry; check for a traffic spike on uncacheable content."], Yes),
    GeneratorEntry { generators: &["cloudflare"], codes: &[530], title: "Cloudflare 530",
        cause: "Cloudflare sends 530 together with a 1xxx error; the page names that code (1016 origin DNS error and 1033 Tunnel error are the usual ones)",
        checks: &["Find the 1xxx code on the page and look it up in Cloudflare's 1XXX errors docs."],
        source: SRC_CF1, ..BASE },
    // ---------------------------------------------------------------- AWS load balancers
    GeneratorEntry { generators: ALB, codes: &[502], title: "AWS ALB 502",
        cause: "the load balancer reached a target but the exchange broke: the target closed or reset the connection, sent a malformed response, or a Lambda target returned an invalid result",
        causes: &["The target's keep-alive timeout is shorter than the load balancer's idle timeout (60 s by default), so it closes connections the ALB is reusing.", "The target crashed or reset the connection mid-response.", "The response is malformed or its headers are too large; for Lambda targets, an invalid JSON result or one over 1 MB.", "TLS to an HTTPS target failed."],
        checks: &["In the ALB access log, compare elb_status_code with target_status_code and read error_reason for this request.", "Set the target server's keep-alive timeout above the load balancer's idle timeout.", "Compare CloudWatch HTTPCode_ELB_502_Count with HTTPCode_Target_5XX_Count."],
        not: &["Not a timeout (that is 504) and not a missing target (that is 503)."],
        retry: Some(Yes), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[503], title: "AWS ALB 503",
        cause: "the target group behind this listener rule has no registered targets to send the request to",
        causes: &["No targets are registered (an Auto Scaling group or ECS service at zero, a deploy that deregistered everything).", "The listener rule forwards to an empty target group."],
        checks: &["Check the target group's registered targets and their health.", "Check the desired count of the Auto Scaling group or ECS service, and recent deployments.", "Check which listener rule matched this request."],
        not: &["Not a slow target: when every target fails its health checks, an ALB still routes to them (fails open), so a 503 points at an empty target group rather than unhealthy ones."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[504], title: "AWS ALB 504",
        cause: "the target did not answer within the load balancer's idle timeout (60 s by default), or the load balancer could not open a connection to it",
        causes: &["The request takes longer than the idle timeout on the target.", "Security groups or network ACLs block the load balancer from the target's port.", "The target closed the connection before the idle timeout without answering."],
        checks: &["Find the request in the target's logs and its duration; compare with the load balancer's idle timeout attribute.", "Check that the target's security group allows the load balancer on the target port.", "In the access log, target_processing_time of -1 means the ALB gave up on the target."],
        not: &["Not a malformed answer (502) and not an empty target group (503)."],
        retry: Some(Maybe), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[500], title: "AWS ALB 500",
        cause: "the load balancer failed internally, most often in an authenticate-oidc/cognito action or a misconfigured AWS WAF association",
        checks: &["Check the listener's authentication action settings and the IdP's reachability.", "Check the access log's error_reason for this request."],
        source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[403], title: "AWS ALB 403",
        cause: "an AWS WAF web ACL associated with the load balancer blocked the request",
        checks: &["Look up the request in the WAF logs or sampled requests to find the rule."],
        not: &["Not your application refusing the request: it never saw it."],
        retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[400], title: "AWS ALB 400",
        cause: "the load balancer rejected the request as malformed (invalid header, header fields too large, or a bad request line)",
        checks: &["Check request header sizes and for invalid characters in headers."],
        retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[408], title: "AWS ALB 408",
        cause: "the client did not send the request (or its body) within the idle timeout",
        checks: &["Check the client's upload speed and whether it stalls after opening the connection."],
        source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ALB, codes: &[413], title: "AWS ALB 413",
        cause: "the target is a Lambda function and the request body exceeds 1 MB",
        checks: &["Reduce the payload, or upload to S3 and pass a reference."],
        retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ELB, codes: &[460], title: "AWS ELB 460",
        cause: "the client closed the connection before the load balancer's idle timeout elapsed, typically because the client's own timeout is shorter than the target's processing time",
        checks: &["Compare the client's timeout with target_processing_time in the access log."],
        retry: Some(Maybe), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ELB, codes: &[463], title: "AWS ELB 463",
        cause: "the request's X-Forwarded-For header listed more than 30 IP addresses",
        checks: &["Look for a proxy loop, or a client that forwards X-Forwarded-For unbounded."],
        retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ELB, codes: &[464], title: "AWS ELB 464",
        cause: "the request's protocol does not match the target group's protocol version (HTTP/1.1 to a gRPC or HTTP/2 group, or the reverse)",
        checks: &["Match the target group's protocol version to the clients."],
        retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: ELB, codes: &[561], title: "AWS ELB 561",
        cause: "the identity provider returned an error when the load balancer authenticated the user",
        checks: &["Check the authenticate-oidc/cognito action and the IdP's client settings and logs."],
        retry: Some(No), reached_app: Some(false), source: SRC_ALB, ..BASE },
    GeneratorEntry { generators: &["aws-elb-classic"], codes: &[503], body: &["at capacity"], title: "Classic ELB 503: back-end server at capacity",
        cause: "the instances cannot take more requests and the load balancer's surge queue is full",
        checks: &["Check CloudWatch SurgeQueueLength and SpilloverCount.", "Scale out the instances or find what slows them down."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_CLB, ..BASE },
    GeneratorEntry { generators: &["aws-elb-classic"], codes: &[503], title: "Classic ELB 503",
        cause: "no healthy registered instances are available, or the surge queue is full",
        checks: &["Check the instances' health-check status in the load balancer.", "Check SurgeQueueLength and SpilloverCount in CloudWatch."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_CLB, ..BASE },
    GeneratorEntry { generators: &["aws-elb-classic"], codes: &[504], title: "Classic ELB 504",
        cause: "the instance did not answer within the idle timeout (60 s by default), or it closed the connection early (often while being deregistered)",
        checks: &["Check the instance's response time and the idle timeout setting.", "Enable keep-alive on the instance with a timeout above the idle timeout."],
        retry: Some(Maybe), source: SRC_CLB, ..BASE },
    GeneratorEntry { generators: &["aws-elb-classic"], codes: &[502], title: "Classic ELB 502",
        cause: "the instance sent a malformed response or closed the connection",
        checks: &["Check the instance's web server logs and keep-alive settings."],
        retry: Some(Yes), source: SRC_CLB, ..BASE },
    // ---------------------------------------------------------------- CloudFront
    GeneratorEntry { generators: &["aws-cloudfront"], body: &["lambda function associated with the cloudfront distribution is invalid"], title: "CloudFront: Lambda@Edge function invalid",
        cause: "the Lambda@Edge function associated with the distribution is invalid or CloudFront lacks permission to run it",
        checks: &["Check the function version ARN on the cache behavior (it must be a numbered version in us-east-1).", "Check the function's execution role trust policy (edgelambda.amazonaws.com) and its CloudWatch logs in the region that served the request."],
        retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: &["aws-cloudfront"], body: &["lambda function returned an invalid", "lambda function result failed validation", "lambda function returned an error", "lambda function was throttled", "cloudfront function returned an invalid"], title: "CloudFront: edge function error",
        cause: "a Lambda@Edge or CloudFront Function on this behavior failed, was throttled, or returned an invalid response",
        checks: &["Read the function's CloudWatch logs (Lambda@Edge logs land in the region nearest the viewer).", "Validate the response object the function returns."],
        retry: Some(Maybe), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: &["aws-cloudfront"], body: &["cloudfront attempted to establish a connection with the origin", "cloudfront wasn't able to connect to the origin"], codes: &[502, 503, 504], title: "CloudFront could not reach the origin",
        cause: "CloudFront could not connect to the origin, the connection failed (TLS, refused), or the origin did not answer within the origin response timeout (30 s by default)",
        causes: &["The origin's security group or firewall does not allow CloudFront (use the com.amazonaws.global.cloudfront.origin-facing prefix list).", "The origin is down or slow, or the origin response timeout is too short for this request.", "For HTTPS origins: the origin certificate does not match the origin domain name, or no common TLS protocol/cipher."],
        checks: &["Request the origin directly with the same Host header and protocol CloudFront uses.", "Check the origin's firewall rules for CloudFront's addresses.", "Check the distribution's origin protocol policy, ports and origin response timeout."],
        not: &["Not a cached error from your application: X-Cache says whether CloudFront generated it."],
        retry: Some(Yes), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: &["aws-cloudfront"], codes: &[403], body: &["request blocked"], title: "CloudFront 403: request blocked",
        cause: "CloudFront refused the request: an AWS WAF rule on the distribution, geographic restrictions, or a method the cache behavior does not allow",
        checks: &["Check the web ACL's sampled requests or WAF logs for this request.", "Check the distribution's geographic restrictions and the cache behavior's allowed methods."],
        not: &["Not your origin's answer: the request never left CloudFront."],
        retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: &["aws-cloudfront"], codes: &[403], body: &["bad request"], title: "CloudFront 403: bad request",
        cause: "the request's hostname is not an alternate domain name (CNAME) of the distribution, or the request is malformed",
        checks: &["Add the hostname to the distribution's alternate domain names with a matching certificate."],
        retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    GeneratorEntry { generators: &["aws-cloudfront"], codes: &[494], title: "CloudFront 494",
        cause: "the request headers exceed CloudFront's header size quota",
        checks: &["Shrink cookies and headers."],
        retry: Some(No), reached_app: Some(false), source: SRC_CFRONT, ..BASE },
    // ---------------------------------------------------------------- API Gateway
    GeneratorEntry { generators: &["aws-api-gateway"], codes: &[403], body: &["missing authentication token"], header: Some(("x-amzn-errortype", &["MissingAuthenticationToken"])), title: "API Gateway: Missing Authentication Token",
        cause: "no resource and method match this path in the deployed stage (API Gateway answers a wrong path this way), or an IAM-authorized method got an unsigned request",
        checks: &["Check the URL's stage name and resource path, and that the API was redeployed after adding the method.", "For IAM authorization, sign the request with SigV4."],
        not: &["Usually not an authentication problem despite the wording: most often the path or method does not exist."],
        retry: Some(No), reached_app: Some(false), source: SRC_APIGW, ..BASE },
    GeneratorEntry { generators: &["aws-api-gateway"], codes: &[504], body: &["endpoint request timed out"], title: "API Gateway: integration timeout",
        cause: "the integration (Lambda or HTTP backend) did not answer within the integration timeout (29 s by default)",
        checks: &["Check the Lambda's duration in CloudWatch or the backend's response time for this request.", "Move long work to an asynchronous job; the timeout can only be raised for Regional and private REST APIs."],
        not: &["Not a crash: the backend may still finish the work."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_APIGW, ..BASE },
    GeneratorEntry { generators: &["aws-api-gateway"], codes: &[504], body: &["network error communicating with endpoint"], title: "API Gateway: network error to the endpoint",
        cause: "API Gateway could not connect to the HTTP integration (a VPC link target, a private endpoint, or a host that refuses connections)",
        checks: &["Check the VPC link's target (NLB/ALB) health and the backend's security groups.", "Check the integration URI's host and port."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_APIGW, ..BASE },
    GeneratorEntry { generators: &["aws-api-gateway"], codes: &[502], title: "API Gateway 502",
        cause: "the integration returned something API Gateway could not map: for Lambda proxy integrations, a result without a valid statusCode/body/headers structure, or a function error",
        checks: &["Enable execution logging on the stage and read the log for this request id (it shows 'Malformed Lambda proxy response').", "Check the Lambda returns {statusCode, headers, body} with body as a string."],
        retry: Some(No), reached_app: Some(true), source: SRC_APIGW, ..BASE },
    GeneratorEntry { generators: &["aws-api-gateway"], codes: &[500], title: "API Gateway 500",
        cause: "API Gateway failed to call the integration or authorizer: a missing invoke permission, a misconfigured mapping template, or an authorizer error",
        checks: &["Read the stage's execution log for this request id.", "Check the Lambda resource policy allows apigateway.amazonaws.com to invoke it."],
        retry: Some(Maybe), source: SRC_APIGW, ..BASE },
    GeneratorEntry { generators: &["aws-api-gateway"], codes: &[429], title: "API Gateway 429",
        cause: "throttling: the account, stage, method or usage plan limit was exceeded (\"Too Many Requests\"), or the usage plan quota is used up (\"Limit Exceeded\")",
        checks: &["Check the usage plan and stage throttling settings, and the account's Region limit."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_APIGW, ..BASE },
    GeneratorEntry { generators: &["aws-api-gateway"], codes: &[401, 403], body: &["unauthorized", "not authorized", "forbidden"], title: "API Gateway authorizer or API key refusal",
        cause: "an authorizer refused the request, the API key is missing or invalid, or a resource policy denies it",
        checks: &["Check the Lambda/Cognito authorizer's result for this token and the identity source header it reads.", "Check x-api-key and the usage plan, and the API's resource policy."],
        retry: Some(No), reached_app: Some(false), source: SRC_APIGW, ..BASE },
    // ---------------------------------------------------------------- Envoy and Istio
    GeneratorEntry { generators: ENVOY, body: &["transport failure reason: tls error", "tls_error", "certificate_verify_failed"], title: "Envoy UF (TLS): upstream TLS failure",
        cause: "it could not establish TLS with the upstream (response flag UF with a TLS error): mTLS settings or certificates disagree between the two sides",
        causes: &["mTLS mode mismatch (Istio PeerAuthentication STRICT on one side, a DestinationRule without ISTIO_MUTUAL, or a plain-text upstream).", "An expired or untrusted certificate."],
        checks: &["Compare PeerAuthentication and DestinationRule TLS settings for this service (istioctl x describe pod).", "Check certificates with istioctl proxy-config secret."],
        not: &["Not an application error: the request never reached the app."],
        retry: Some(No), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["no healthy upstream"], title: "Envoy UH: no healthy upstream",
        cause: "it found no healthy host in the upstream cluster (response flag UH): zero endpoints, or all of them failing health checks or ejected",
        causes: &["The service has no ready pods/endpoints (scaled to zero, crash-looping, failing readiness).", "Active health checks or outlier detection ejected every host.", "The cluster name or service port in the route does not match any endpoints."],
        checks: &["Check the service's endpoints (kubectl get endpoints, or istioctl proxy-config endpoints).", "Check pod readiness and restarts.", "Check outlier detection settings."],
        not: &["Not a timeout and not an application error: there was nothing to send the request to."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: connection failure", "delayed connect error", "reset reason: connect_failure"], title: "Envoy UF: upstream connection failure",
        cause: "it could not open a connection to the upstream (response flag UF): nothing listening on the port, refused, or unreachable",
        causes: &["The app is not listening on the port the service or sidecar targets (wrong targetPort, app bound to 127.0.0.1 only).", "The upstream pod is restarting or was just removed.", "A network policy or firewall blocks the connection."],
        checks: &["Check the app listens on the service's targetPort on all interfaces.", "Check the upstream pods' status and recent restarts.", "Check network policies between the two workloads."],
        not: &["Not a timeout and not an application error: the request never reached the app."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: overflow"], title: "Envoy UO: upstream overflow",
        cause: "a circuit breaker tripped (response flag UO): the cluster's max connections, pending requests or requests limit was reached",
        checks: &["Check the cluster's circuit breaker thresholds (DestinationRule connectionPool in Istio).", "Check upstream latency: slow responses fill the pools."],
        not: &["Not the app failing: Envoy refused to send more requests to it."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: connection termination"], title: "Envoy UC: upstream connection termination",
        cause: "the upstream closed the connection before sending a response (response flag UC), often a keep-alive connection the upstream closed while Envoy reused it",
        causes: &["The app's keep-alive idle timeout is shorter than Envoy's, so it closes connections Envoy still considers open.", "The app crashed or was killed mid-request."],
        checks: &["Set the app server's keep-alive timeout above Envoy's idle timeout, or configure retries on reset.", "Check the app's logs for crashes at this time."],
        retry: Some(Yes), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: local reset"], title: "Envoy LR: local reset",
        cause: "Envoy itself reset the upstream stream (response flag LR), usually because the connection was being drained or an idle/stream timeout fired",
        checks: &["Check Envoy's (istio-proxy) logs at this time for timeouts or draining.", "Check the sidecar was not shutting down (pod termination order, holdApplicationUntilProxyStarts)."],
        retry: Some(Yes), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: remote reset", "reset reason: remote_reset"], title: "Envoy UR: upstream remote reset",
        cause: "the upstream reset the stream (response flag UR), for example an HTTP/2 RST_STREAM or a TCP RST from the app",
        checks: &["Check the app's logs and whether it speaks the protocol the route expects (HTTP/1.1 vs HTTP/2, gRPC)."],
        retry: Some(Maybe), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["reset reason: protocol error", "protocol_error"], title: "Envoy UPE: upstream protocol error",
        cause: "the upstream's response broke the HTTP protocol (response flag UPE): invalid headers, a plain-text reply on an HTTP/2 connection, or the wrong port protocol",
        checks: &["Check the service port's protocol naming/appProtocol (http vs http2/grpc) and what the app speaks."],
        retry: Some(No), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, body: &["retried and the latest reset reason"], title: "Envoy URX: retries exhausted",
        cause: "it retried the request and every attempt failed (response flag URX); the text after 'latest reset reason' is the last failure",
        checks: &["Read the latest reset reason in the body and treat it as the cause.", "Check the route's retry policy: retried non-idempotent requests may have run more than once."],
        retry: Some(Maybe), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[504], body: &["upstream request timeout"], title: "Envoy UT: upstream request timeout",
        cause: "the upstream did not answer within the route timeout (response flag UT; 15 s by default in Envoy, configurable per route or VirtualService)",
        checks: &["Check how long the upstream takes for this request (x-envoy-upstream-service-time on successful responses, app logs).", "Check the route timeout (VirtualService timeout in Istio) and per-try timeouts."],
        not: &["Not a connection failure: the upstream accepted the request and may have completed it."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[403], body: &["rbac: access denied"], title: "Envoy RBAC denial",
        cause: "the RBAC filter (Istio AuthorizationPolicy) denied the request",
        checks: &["Check the AuthorizationPolicies that select the destination workload, and the caller's identity (service account)."],
        not: &["Not the application refusing: the sidecar stopped it."],
        retry: Some(No), reached_app: Some(false), source: "Envoy docs, RBAC filter; Istio docs, Authorization Policy", ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[401], body: &["jwt is missing", "jwt verification fails", "jwks remote fetch is failed", "jwt is expired"], title: "Envoy JWT authentication failure",
        cause: "the JWT authentication filter (Istio RequestAuthentication) rejected the token",
        checks: &["Check the token's issuer, audience and expiry against the RequestAuthentication/jwt_authn config, and that the JWKS URL is reachable."],
        retry: Some(No), reached_app: Some(false), source: "Envoy docs, JWT Authentication filter", ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[429], body: &["local_rate_limited"], header: Some(("x-envoy-ratelimited", &[])), title: "Envoy RL: rate limited",
        cause: "Envoy's rate-limit filter refused the request (response flag RL)",
        checks: &["Check the local or global rate-limit configuration for this route."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[503], header: Some(("x-envoy-overloaded", &[])), title: "Envoy overload manager",
        cause: "Envoy's overload manager shed the request because the proxy itself is short of resources",
        checks: &["Check the proxy's memory and active connections, and its overload manager thresholds."],
        retry: Some(Yes), reached_app: Some(false), source: "Envoy docs, router filter (x-envoy-overloaded)", ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[404], title: "Envoy NR: no route",
        cause: "no route matched the request's host and path (response flag NR), so Envoy answered itself",
        checks: &["Check the Host header and path against the route configuration (istioctl proxy-config routes; VirtualService hosts and gateways)."],
        retry: Some(No), reached_app: Some(false), source: SRC_ENVOY, ..BASE },
    GeneratorEntry { generators: ENVOY, codes: &[503], title: "Envoy 503",
        cause: "it could not get a response from the upstream cluster; its access log's response flags (UH, UF, UO, UC, URX…) name the reason",
        checks: &["Find this request in Envoy's access log (the sidecar's logs) and read %RESPONSE_FLAGS%.", "Check the upstream's endpoints and health."],
        retry: Some(Yes), source: SRC_ENVOY, ..BASE },
    // ---------------------------------------------------------------- Heroku
    heroku!("H10", "App crashed", "a web dyno crashed or the web process failed to boot", ["Read heroku logs --tail for the crash (an exception at boot, a missing env var, the process not binding $PORT)."], Some(false)),
    heroku!("H11", "Backlog too deep", "too many requests were queued waiting for a dyno", ["Scale up dynos or speed up requests."], Some(false)),
    heroku!("H12", "Request timeout", "the app did not start answering within Heroku's 30-second router timeout", ["Find the slow endpoint in the logs; move long work to a worker dyno and poll."], Some(true)),
    heroku!("H13", "Connection closed without response", "the dyno accepted the connection and closed it without answering (a crash mid-request, a server timeout shorter than 30 s)", ["Check the app server's worker timeout (e.g. gunicorn --timeout, Puma worker_timeout) and crash logs."], Some(true)),
    heroku!("H14", "No web dynos running", "the app has no web dynos running", ["Scale web dynos up (heroku ps:scale web=1) and check the Procfile declares a web process."], Some(false)),
    heroku!("H15", "Idle connection", "the dyno sent nothing for 55 seconds on an open response", ["Send data periodically on long streams, or finish the response sooner."], Some(true)),
    heroku!("H18", "Server request interrupted", "the dyno closed the socket or sent a malformed response while the request was being sent", ["Check the app's logs and request body handling."], Some(true)),
    heroku!("H19", "Backend connection timeout", "the router could not connect to the dyno within 5 seconds", ["Check dyno load and whether the process is blocked."], Some(false)),
    heroku!("H20", "App boot timeout", "the web process did not bind to $PORT within 75 seconds of starting", ["Bind to the PORT environment variable, and shorten boot time."], Some(false)),
    heroku!("H21", "Backend connection refused", "the dyno refused the router's connection", ["Check the process listens on $PORT on 0.0.0.0."], Some(false)),
    heroku!("H22", "Connection limit reached", "the dyno reached its open connection limit", ["Check for slow requests holding connections; scale out."], Some(false)),
    heroku!("H23", "Endpoint misconfigured", "a routing endpoint is misconfigured", ["Check the app's domains and routing configuration."], Some(false)),
    heroku!("H24", "Forced close", "the router closed a long-running connection after its limit", ["Keep responses shorter than the router's limits."], Some(true)),
    heroku!("H25", "HTTP restriction", "the request was blocked by Heroku's HTTP restrictions (oversized headers, a request line too long)", ["Reduce header and request line sizes."], Some(false)),
    heroku!("H26", "Request error", "the request was malformed", ["Check the client's request framing."], Some(false)),
    heroku!("H27", "Client request interrupted", "the client closed the socket before the response was sent", ["Usually nothing to fix: the client gave up."], None),
    heroku!("H28", "Client connection idle", "the client did not send the full request in time", ["Check the client's upload."], Some(false)),
    heroku!("H31", "Misdirected request", "the request reached the wrong Heroku router for its hostname (DNS pointing at a legacy endpoint)", ["Point the DNS record at the DNS target Heroku gives for the domain."], Some(false)),
    heroku!("H80", "Maintenance mode", "the app is in maintenance mode", ["Turn maintenance mode off (heroku maintenance:off) when ready."], Some(false)),
    heroku!("H81", "Blank app", "no code has been deployed to the app", ["Deploy the app."], Some(false)),
    heroku!("H82", "Eco dyno quota exhausted", "the account used all its eco dyno hours", ["Upgrade the dyno type or wait for the quota to reset."], Some(false)),
    heroku!("H83", "Planned service degradation", "Heroku is serving the app with degraded capacity during planned work", ["Check status.heroku.com."], Some(false)),
    heroku!("H99", "Platform error", "an internal Heroku router error", ["Check status.heroku.com; contact Heroku support with the request id."], None),
    GeneratorEntry { generators: &["heroku"], body: &["application error"], title: "Heroku: Application Error page",
        cause: "Heroku's router could not get a usable answer from a dyno; the router line in the app's logs names the H-code (H10 crashed, H12 timeout, H13 closed, H14 no dynos…)",
        checks: &["Run heroku logs --tail and find the heroku[router] line with at=error code=H… for this request.", "Check heroku ps: are web dynos up, or crashed?"],
        not: &["Not your application's own error page: Heroku's router generated it."],
        source: SRC_HEROKU, ..BASE },
    GeneratorEntry { generators: &["heroku"], body: &["offline for maintenance", "maintenance mode"], title: "Heroku maintenance mode",
        cause: "the app is in maintenance mode (H80)",
        checks: &["heroku maintenance:off when the maintenance is over."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_HEROKU, ..BASE },
    GeneratorEntry { generators: &["heroku"], codes: &[404], body: &["no such app", "there's nothing here, yet"], title: "Heroku: no app at this hostname",
        cause: "no Heroku app is attached to this hostname (a typo, a deleted app, or a custom domain not added)",
        checks: &["Check heroku domains for the app, and the DNS target."],
        retry: Some(No), reached_app: Some(false), source: SRC_HEROKU, ..BASE },
    // ---------------------------------------------------------------- Vercel
    vercel!("FUNCTION_INVOCATION_TIMEOUT", [504], "your serverless function ran longer than its maximum duration", ["Open the function's Runtime Logs for this request id.", "Find the slow step (an upstream API, a database in another region) and raise maxDuration if the plan allows."], Some(true)),
    vercel!("FUNCTION_INVOCATION_FAILED", [500], "your serverless function threw an unhandled error or exited", ["Read the function's Runtime Logs for the stack trace of this request."], Some(true)),
    vercel!("NO_RESPONSE_FROM_FUNCTION", [502], "your function finished without sending a response", ["Check every code path returns or ends the response."], Some(true)),
    vercel!("BODY_NOT_A_STRING_FROM_FUNCTION", [502], "the function returned a body that is not a string or buffer", ["Serialize the body before returning it."], Some(true)),
    vercel!("FUNCTION_PAYLOAD_TOO_LARGE", [413], "the request body exceeds the function payload limit (4.5 MB)", ["Upload large files directly to storage and pass a reference."], Some(false)),
    vercel!("FUNCTION_RESPONSE_PAYLOAD_TOO_LARGE", [500], "the function's response exceeds the payload limit", ["Stream the response or serve large files from storage."], Some(true)),
    vercel!("FUNCTION_THROTTLED", [503], "the function hit its concurrency limit", ["Reduce concurrent invocations or raise the limit."], Some(false)),
    vercel!("EDGE_FUNCTION_INVOCATION_FAILED", [500], "the Edge Function threw an error", ["Read the Runtime Logs for the exception."], Some(true)),
    vercel!("EDGE_FUNCTION_INVOCATION_TIMEOUT", [504], "the Edge Function did not start its response in time", ["Send the response sooner, or stream it."], Some(true)),
    vercel!("MIDDLEWARE_INVOCATION_FAILED", [500], "the middleware threw an error", ["Read the Runtime Logs for the middleware's exception."], Some(true)),
    vercel!("MIDDLEWARE_INVOCATION_TIMEOUT", [504], "the middleware did not finish in time", ["Keep middleware fast: no slow network calls."], Some(true)),
    vercel!("DEPLOYMENT_NOT_FOUND", [404], "no deployment exists at this URL (deleted, or a wrong preview URL)", ["Check the deployment URL or the domain's assignment."], Some(false)),
    vercel!("DEPLOYMENT_PAUSED", [503], "the project's deployment is paused", ["Resume the project in the dashboard."], Some(false)),
    vercel!("DEPLOYMENT_BLOCKED", [403], "the deployment is blocked", ["Check the team's account status and the project's settings."], Some(false)),
    vercel!("DEPLOYMENT_DISABLED", [402], "the deployment is disabled (billing or usage limits)", ["Check the team's billing and usage."], Some(false)),
    vercel!("DEPLOYMENT_DELETED", [410], "the deployment was deleted", ["Use a current deployment URL."], Some(false)),
    vercel!("DNS_HOSTNAME_NOT_FOUND", [502], "a rewrite or proxy points to a hostname that does not resolve", ["Check the external hostname in rewrites/redirects."], Some(false)),
    vercel!("DNS_HOSTNAME_RESOLVE_FAILED", [502], "resolving a rewrite or proxy hostname failed", ["Check the external hostname's DNS."], Some(false)),
    vercel!("ROUTER_CANNOT_MATCH", [502], "the routing configuration could not match the request", ["Check vercel.json routes and rewrites."], Some(false)),
    vercel!("INVALID_REQUEST_METHOD", [405], "the method is not allowed for this route", ["Use an allowed method."], Some(false)),
    vercel!("URL_TOO_LONG", [414], "the URL exceeds Vercel's limit", ["Move parameters into the body."], Some(false)),
    vercel!("REQUEST_HEADER_TOO_LARGE", [431], "the request headers exceed Vercel's limit", ["Shrink cookies and headers."], Some(false)),
    vercel!("INFINITE_LOOP_DETECTED", [508], "rewrites or middleware route the request back to itself", ["Check rewrites and middleware for a loop."], Some(false)),
    vercel!("NOT_FOUND", [404], "no file, function or route matches this path in the deployment", ["Check the path and the project's output (build output, rewrites)."], Some(false)),
    // ---------------------------------------------------------------- Varnish and Fastly
    GeneratorEntry { generators: &["varnish"], codes: &[503], body: &["backend fetch failed"], title: "Varnish: Backend fetch failed",
        cause: "Varnish could not fetch the object from its backend: the backend is down or marked sick, a timeout fired (connect, first byte, between bytes), or the response was too large for its workspace",
        causes: &["The backend refuses connections or its health probe marks it sick.", "first_byte_timeout (60 s by default) or between_bytes_timeout expired.", "The backend's response headers exceed http_resp_hdr_len or workspace_backend."],
        checks: &["Run varnishlog -g request -q 'RespStatus == 503' and read the FetchError line: it names the failure.", "Check backend health with varnishadm backend.list.", "Compare the backend's response time with the backend's timeouts in VCL."],
        not: &["Not an error from your application's code: Varnish produced this page; the backend may never have answered."],
        retry: Some(Yes), source: SRC_VARNISH, ..BASE },
    GeneratorEntry { generators: &["fastly"], codes: &[503], body: &["first byte timeout"], title: "Fastly 503: first byte timeout",
        cause: "the origin did not send the first byte within the backend's first-byte timeout (15 s by default)",
        checks: &["Check the origin's response time for this URL; raise the backend's first byte timeout if the work is legitimately slow."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: &["fastly"], codes: &[503], body: &["backend unavailable, connection failed", "connection refused", "connection timed out"], title: "Fastly 503: connection to origin failed",
        cause: "Fastly could not connect to the origin (refused or timed out)",
        checks: &["Check the origin is up and allows Fastly's IP ranges.", "Check the backend's host, port and TLS settings in the service."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: &["fastly"], codes: &[503], body: &["backend read error", "backend write error"], title: "Fastly 503: backend read error",
        cause: "the connection to the origin broke while Fastly was reading the response",
        checks: &["Check the origin's logs for crashes or resets, and its keep-alive settings."],
        retry: Some(Yes), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: &["fastly"], codes: &[503], body: &["no healthy backends", "all backends failed or unhealthy"], title: "Fastly 503: no healthy backends",
        cause: "every backend of the service is failing its health check",
        checks: &["Check the health check's path and expected response on the origin."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_FASTLY, ..BASE },
    GeneratorEntry { generators: &["fastly"], codes: &[503], body: &["certificate has expired", "ssl handshake", "hostname doesn't match"], title: "Fastly 503: TLS to origin failed",
        cause: "TLS between Fastly and the origin failed (expired certificate, hostname mismatch, SNI)",
        checks: &["Check the origin certificate and the backend's SSL hostname / SNI settings."],
        retry: Some(No), reached_app: Some(false), source: SRC_FASTLY, ..BASE },
    // ---------------------------------------------------------------- nginx family: error-log lines pasted with the response
    GeneratorEntry { body: &["permission denied) while connecting to upstream"], title: "nginx: permission denied connecting to upstream",
        cause: "nginx was not allowed to connect to the upstream: on SELinux systems the httpd_can_network_connect boolean is off, or the Unix socket's permissions exclude nginx's user",
        checks: &["On SELinux: setsebool -P httpd_can_network_connect 1 (check audit.log for the denial).", "For a Unix socket: check the socket file's owner and mode."],
        retry: Some(No), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["connection refused) while connecting to upstream"], title: "nginx: upstream refused the connection",
        cause: "nothing accepts connections at the upstream address in proxy_pass/fastcgi_pass: the app is down or listens on another port or interface",
        checks: &["Check the app process is running and listening on the exact host:port (ss -ltnp).", "Compare with the address in proxy_pass / the upstream block."],
        not: &["Not a timeout and not an application error: the request never reached the app."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["no live upstreams while connecting to upstream"], title: "nginx: no live upstreams",
        cause: "every server in the upstream block is marked unavailable after recent failures (max_fails within fail_timeout)",
        checks: &["Look earlier in the error log for the failures that marked the servers down.", "Check the upstream servers are up; review max_fails and fail_timeout."],
        retry: Some(Yes), reached_app: Some(false), source: "nginx docs, ngx_http_upstream_module (max_fails, fail_timeout)", ..BASE },
    GeneratorEntry { body: &["upstream timed out (110: connection timed out) while reading response header", "upstream timed out (110: operation timed out) while reading response header"], title: "nginx: upstream read timeout",
        cause: "the upstream accepted the request but sent no response header within proxy_read_timeout (60 s by default)",
        checks: &["Find the request in the app's logs and its duration.", "Raise proxy_read_timeout (or fastcgi_read_timeout) only if the work is legitimately long; otherwise move it to a background job."],
        not: &["Not a connection failure: the app received the request and may have completed it."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["while connecting to upstream"], codes: &[504], title: "nginx: upstream connect timeout",
        cause: "nginx could not connect to the upstream within proxy_connect_timeout (60 s by default): packets are dropped or the host is unreachable",
        checks: &["Check routing and firewalls between nginx and the upstream host."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["upstream prematurely closed connection"], title: "nginx: upstream closed the connection early",
        cause: "the upstream closed the connection before sending a complete response header: it crashed, its worker was killed (a worker timeout), or it closed an idle keep-alive connection",
        checks: &["Check the app server's logs at this time (worker timeouts, out-of-memory kills).", "Compare the app's keep-alive timeout with nginx's upstream keepalive_timeout."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["upstream sent too big header"], title: "nginx: upstream header too big",
        cause: "the upstream's response headers (often large Set-Cookie headers) do not fit proxy_buffer_size",
        checks: &["Raise proxy_buffer_size and proxy_buffers (fastcgi_buffer_size for PHP-FPM), or send smaller headers."],
        retry: Some(No), reached_app: Some(true), source: SRC_NGINX, ..BASE },
    GeneratorEntry { body: &["client intended to send too large body"], title: "nginx: body too large",
        cause: "the request body is larger than client_max_body_size (1 MB by default)",
        checks: &["Raise client_max_body_size in the server or location block (and in any proxy in front)."],
        retry: Some(No), reached_app: Some(false), source: "nginx docs, ngx_http_core_module (client_max_body_size)", ..BASE },
    // ---------------------------------------------------------------- nginx family: status pages
    GeneratorEntry { generators: &["ingress-nginx"], codes: &[503], title: "ingress-nginx 503",
        cause: "the Ingress points to a Service with no ready endpoints (no pods, or none passing readiness)",
        checks: &["kubectl get endpoints SERVICE -n NAMESPACE: an empty list is the cause.", "Check the pods' readiness probes and the Service's selector and port."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_INGRESS, ..BASE },
    GeneratorEntry { generators: &["ingress-nginx"], codes: &[404], title: "ingress-nginx default backend 404",
        cause: "no Ingress rule matches the request's host and path, so the default backend answered",
        checks: &["Compare the Host header and path with the Ingress rules (kubectl get ingress -A).", "Check the ingressClassName of the Ingress matches this controller."],
        not: &["Not your application's 404: the request never reached it."],
        retry: Some(No), reached_app: Some(false), source: SRC_INGRESS, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[502], title: "nginx 502",
        cause: "it got no valid response from the upstream: the connection was refused or reset, or the response header was invalid or too big",
        causes: &["The app behind nginx is down or listens elsewhere than proxy_pass says (error log: connect() failed (111: Connection refused)).", "The app closed the connection without answering (upstream prematurely closed connection).", "The response headers are too big for proxy_buffer_size (upstream sent too big header)."],
        checks: &["Read nginx's error.log at this time: the line for this request names the upstream and the failure.", "Check the app is running and listening on the proxy_pass address.", "On SELinux hosts, check httpd_can_network_connect."],
        not: &["Not a timeout (that would be 504)."],
        retry: Some(Yes), source: SRC_NGINX, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[504], title: "nginx 504",
        cause: "the upstream did not answer within nginx's timeout: proxy_read_timeout (60 s by default) while waiting for the response, or proxy_connect_timeout while connecting",
        checks: &["Read nginx's error.log: 'upstream timed out … while reading response header' (slow app) or '… while connecting' (network).", "Check the app's duration for this request.", "Raise proxy_read_timeout only for legitimately long requests."],
        not: &["Not a refused connection (that would be 502)."],
        retry: Some(Maybe), source: SRC_NGINX, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[503], title: "nginx 503",
        cause: "it refused the request itself: limit_req or limit_conn rejected it (their default status is 503), or the configuration returns 503 for maintenance",
        checks: &["Read nginx's error.log for 'limiting requests' or 'limiting connections'.", "Look for return 503 / maintenance rules in the configuration."],
        retry: Some(Yes), reached_app: Some(false), source: "nginx docs, ngx_http_limit_req_module (limit_req_status)", ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[413], title: "nginx 413",
        cause: "the request body is larger than client_max_body_size (1 MB by default)",
        checks: &["Raise client_max_body_size in the matching server or location block."],
        retry: Some(No), reached_app: Some(false), source: "nginx docs, ngx_http_core_module (client_max_body_size)", ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[400], body: &["request header or cookie too large"], title: "nginx 494 (shown as 400)",
        cause: "a request header or cookie exceeds large_client_header_buffers",
        checks: &["Clear the site's cookies, or raise large_client_header_buffers."],
        retry: Some(No), reached_app: Some(false), source: "nginx docs, ngx_http_core_module (large_client_header_buffers)", ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[400], body: &["plain http request was sent to https port"], title: "nginx 497 (shown as 400)",
        cause: "plain HTTP reached a port where nginx expects TLS",
        checks: &["Use https:// for this port; behind a load balancer, check it forwards to the right port with the right scheme."],
        retry: Some(No), reached_app: Some(false), source: "nginx docs, ngx_http_ssl_module (error processing)", ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[400], body: &["no required ssl certificate was sent", "ssl certificate error"], title: "nginx 495/496 (shown as 400)",
        cause: "nginx requires a client certificate (ssl_verify_client) and none, or an invalid one, was sent",
        checks: &["Configure the client certificate, or check ssl_client_certificate and the certificate's chain."],
        retry: Some(No), reached_app: Some(false), source: "nginx docs, ngx_http_ssl_module (error processing)", ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[403], title: "nginx 403",
        cause: "it refused the request: a deny/allow rule, a directory without an index file (autoindex off), or files nginx's user cannot read",
        checks: &["Read nginx's error.log: 'access forbidden by rule', 'directory index … is forbidden' or '(13: Permission denied)'."],
        retry: Some(No), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    GeneratorEntry { generators: NGINX, codes: &[405], title: "nginx 405",
        cause: "a non-GET method reached a location nginx serves as static files",
        checks: &["Check that the location proxies to the app for this path."],
        retry: Some(No), reached_app: Some(false), source: SRC_NGINX, ..BASE },
    // ---------------------------------------------------------------- HAProxy
    GeneratorEntry { generators: &["haproxy"], codes: &[503], title: "HAProxy 503",
        cause: "no server in the backend could take the request: all are down or in maintenance, the backend has none, or the request waited in the queue past timeout queue",
        checks: &["Check server states on the stats page or with 'show servers state' on the runtime API.", "Check health-check results in HAProxy's log, and the termination state (sC, SC, sQ) of this request."],
        not: &["Not an application error: the request was not delivered to a server."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: &["haproxy"], codes: &[504], title: "HAProxy 504",
        cause: "the server did not answer within timeout server",
        checks: &["Check the server's duration for this request (Tr in HAProxy's log; termination state sH).", "Compare with timeout server in the backend or defaults."],
        not: &["Not a refused connection: the server received the request."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: &["haproxy"], codes: &[502], title: "HAProxy 502",
        cause: "the server returned an invalid or incomplete response, closed the connection, or an http-response rule rejected it",
        checks: &["Check HAProxy's log termination state (SH, PH) for this request.", "'show errors' on the runtime API captures the invalid response; headers larger than tune.bufsize are a common cause."],
        retry: Some(Yes), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: &["haproxy"], codes: &[408], title: "HAProxy 408",
        cause: "the client did not send a complete request within timeout http-request",
        checks: &["Check the client's connection, and timeout http-request."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: &["haproxy"], codes: &[400], title: "HAProxy 400",
        cause: "HAProxy found the request invalid (malformed request line or headers, or headers over tune.bufsize)",
        checks: &["'show errors' on the runtime API shows the rejected request and the byte where parsing failed."],
        retry: Some(No), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: &["haproxy"], codes: &[403], title: "HAProxy 403",
        cause: "an http-request deny rule matched the request",
        checks: &["Find the deny rule (ACL) that matches this request in the frontend or backend."],
        retry: Some(No), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: &["haproxy"], codes: &[429], title: "HAProxy 429",
        cause: "a rate-limiting rule (http-request deny deny_status 429 with a stick table) refused the request",
        checks: &["Check the stick-table rate counters and thresholds for this client."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: &["haproxy"], codes: &[401], title: "HAProxy 401",
        cause: "an http-request auth rule requires credentials (userlist basic auth)",
        checks: &["Send the credentials of the userlist."],
        retry: Some(No), reached_app: Some(false), source: SRC_HAPROXY, ..BASE },
    GeneratorEntry { generators: &["haproxy"], codes: &[500], title: "HAProxy 500",
        cause: "HAProxy failed internally while processing the request (a failing Lua action or rule)",
        checks: &["Read HAProxy's log for this request."],
        retry: Some(Maybe), source: SRC_HAPROXY, ..BASE },
    // ---------------------------------------------------------------- Kong
    GeneratorEntry { generators: &["kong"], codes: &[404], body: &["no route matched"], title: "Kong: no Route matched",
        cause: "no Kong Route matches the request's host, path and method",
        checks: &["List the Routes (deck dump or the Admin API /routes) and compare hosts, paths and methods.", "Check strip_path and the path prefix the client uses."],
        not: &["Not your service's 404: Kong never forwarded the request."],
        retry: Some(No), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: &["kong"], codes: &[502], body: &["invalid response was received from the upstream"], title: "Kong: invalid upstream response",
        cause: "the upstream service refused, reset or closed the connection, or answered with an invalid response",
        checks: &["Read Kong's error.log for this request (it shows the upstream error).", "Check the Service's host, port and protocol."],
        retry: Some(Yes), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: &["kong"], codes: &[503], body: &["failure to get a peer from the ring-balancer"], title: "Kong: no healthy target",
        cause: "the Kong Upstream has no healthy target to balance to",
        checks: &["Check the Upstream's targets and their health (Admin API /upstreams/NAME/health)."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: &["kong"], codes: &[503], body: &["name resolution failed"], title: "Kong: name resolution failed",
        cause: "Kong could not resolve the Service's host name",
        checks: &["Check the Service host's DNS from the Kong node (and Kong's dns_resolver setting)."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: &["kong"], codes: &[504], title: "Kong 504",
        cause: "the upstream did not answer within the Service's read_timeout (60 000 ms by default)",
        checks: &["Check the upstream's response time and the Service's connect/read/write timeouts."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: &["kong"], codes: &[401], title: "Kong 401",
        cause: "an authentication plugin (key-auth, basic-auth, jwt, oauth2) rejected the request: no credentials, or invalid ones",
        checks: &["Check which auth plugin is enabled on the Route/Service and that the client sends its credential (apikey header, Authorization)."],
        retry: Some(No), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: &["kong"], codes: &[429], title: "Kong 429",
        cause: "the rate-limiting plugin refused the request",
        checks: &["Read the RateLimit/X-RateLimit headers and the plugin's limits for this consumer."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_KONG, ..BASE },
    GeneratorEntry { generators: &["kong"], codes: &[413], title: "Kong 413",
        cause: "the request-size-limiting plugin refused the body",
        checks: &["Check the plugin's allowed_payload_size."],
        retry: Some(No), reached_app: Some(false), source: SRC_KONG, ..BASE },
    // ---------------------------------------------------------------- Apache httpd
    GeneratorEntry { generators: &["apache"], codes: &[502], body: &["error reading from remote server"], title: "Apache mod_proxy: error reading from remote server",
        cause: "the backend did not answer within ProxyTimeout (Timeout, 60 s by default) or closed the connection while Apache read the response",
        checks: &["Read Apache's error log for 'AH01102: error reading status line from remote server' or a timeout.", "Check the backend's duration for this request; raise ProxyTimeout only for legitimately long work."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_APACHE, ..BASE },
    GeneratorEntry { generators: &["apache"], codes: &[503], title: "Apache 503",
        cause: "mod_proxy could not connect to the backend (refused or unreachable) and put the worker in error state, or the server is in maintenance",
        checks: &["Read Apache's error log for 'AH00957: HTTP: attempt to connect to … failed' and 'AH00959'.", "Check the backend runs on the ProxyPass address; after a failure the worker stays disabled for retry= seconds (60 by default).", "On SELinux: httpd_can_network_connect."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_APACHE, ..BASE },
    GeneratorEntry { generators: &["apache"], codes: &[400], body: &["size of a request header field exceeds server limit"], title: "Apache: header field too large",
        cause: "a request header (usually Cookie) is longer than LimitRequestFieldSize (8190 bytes by default)",
        checks: &["Clear the site's cookies, or raise LimitRequestFieldSize."],
        retry: Some(No), reached_app: Some(false), source: "Apache httpd docs, core (LimitRequestFieldSize)", ..BASE },
    GeneratorEntry { generators: &["apache"], codes: &[403], title: "Apache 403",
        cause: "a Require rule denied the request, a directory has no index and Options -Indexes, or file permissions stop Apache",
        checks: &["Read Apache's error log: 'AH01630: client denied by server configuration' or 'Permission denied'."],
        retry: Some(No), reached_app: Some(false), source: "Apache httpd docs, mod_authz_core", ..BASE },
    // ---------------------------------------------------------------- Other proxies and platforms
    GeneratorEntry { generators: &["traefik"], codes: &[404], title: "Traefik 404",
        cause: "no Traefik router rule matches the request's host and path",
        checks: &["Check the routers in the Traefik dashboard against the Host and path; check the entrypoint."],
        retry: Some(No), reached_app: Some(false), source: SRC_TRAEFIK, ..BASE },
    GeneratorEntry { generators: &["traefik"], codes: &[503], title: "Traefik 503",
        cause: "the router's service has no available server (none discovered, or all failing health checks)",
        checks: &["Check the service's servers in the dashboard and the container/pod health."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_TRAEFIK, ..BASE },
    GeneratorEntry { generators: &["traefik"], codes: &[502], title: "Traefik 502",
        cause: "Traefik could not get a response from the server (connection refused or reset, or a protocol mismatch)",
        checks: &["Read Traefik's logs for the dial error; check the service's port and scheme (http vs https vs h2c)."],
        retry: Some(Yes), source: SRC_TRAEFIK, ..BASE },
    GeneratorEntry { generators: &["traefik"], codes: &[504], title: "Traefik 504",
        cause: "the server did not answer within the serversTransport's timeouts (responseHeaderTimeout, dialTimeout)",
        checks: &["Check the server's response time and the serversTransport forwardingTimeouts."],
        retry: Some(Maybe), source: SRC_TRAEFIK, ..BASE },
    GeneratorEntry { generators: &["caddy"], codes: &[502], title: "Caddy 502",
        cause: "reverse_proxy could not get a response from the upstream (typically 'dial tcp …: connect: connection refused' in Caddy's log)",
        checks: &["Read Caddy's log for this request's error; check the upstream address in reverse_proxy."],
        retry: Some(Yes), source: "Caddy docs, reverse_proxy directive", ..BASE },
    GeneratorEntry { generators: &["squid"], header: Some(("x-squid-error", &["err_connect_fail"])), title: "Squid ERR_CONNECT_FAIL",
        cause: "Squid could not connect to the destination server (the number after the code is the errno: 111 refused, 110 timed out, 113 no route)",
        checks: &["Check the destination is up and reachable from the Squid host."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: &["squid"], header: Some(("x-squid-error", &["err_read_error", "err_zero_size_object"])), title: "Squid read error",
        cause: "the connection to the server broke while reading, or the server sent an empty reply",
        checks: &["Check the server's logs for crashes and resets."],
        retry: Some(Yes), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: &["squid"], header: Some(("x-squid-error", &["err_read_timeout", "err_lifetime_exp"])), title: "Squid read timeout",
        cause: "the server did not send data within Squid's read_timeout",
        checks: &["Check the server's response time and Squid's read_timeout."],
        retry: Some(Maybe), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: &["squid"], header: Some(("x-squid-error", &["err_dns_fail"])), title: "Squid DNS failure",
        cause: "Squid could not resolve the destination's host name",
        checks: &["Check the host name and Squid's DNS servers."],
        retry: Some(Maybe), reached_app: Some(false), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: &["squid"], header: Some(("x-squid-error", &["err_access_denied", "err_cache_access_denied"])), title: "Squid access denied",
        cause: "Squid's http_access rules deny this request (or proxy authentication is required)",
        checks: &["Check the http_access rules and ACLs for this client and destination."],
        retry: Some(No), reached_app: Some(false), source: SRC_SQUID, ..BASE },
    GeneratorEntry { generators: &["akamai"], codes: &[403], body: &["reference #", "reference&#32;&#35;"], title: "Akamai Access Denied",
        cause: "an Akamai security rule (WAF, bot manager, geo or IP block) denied the request",
        checks: &["Quote the Reference # to the site owner; they can decode it with Akamai's tools to find the rule."],
        not: &["Not the origin application refusing: Akamai answered at the edge."],
        retry: Some(No), reached_app: Some(false), source: "Akamai docs, Access Denied reference numbers", ..BASE },
    GeneratorEntry { generators: &["google-cloud-lb", "google-frontend"], codes: &[503], body: &["no healthy upstream"], title: "Google Cloud load balancer: no healthy upstream",
        cause: "the backend service has no healthy backends (health checks failing, or the firewall blocks Google's health-check ranges)",
        checks: &["Check the backend service's health in the console.", "Allow 35.191.0.0/16 and 130.211.0.0/22 to the health-check port."],
        retry: Some(Yes), reached_app: Some(false), source: SRC_GCLB, ..BASE },
    GeneratorEntry { generators: &["google-cloud-lb"], codes: &[502], title: "Google Cloud load balancer 502",
        cause: "the load balancer could not get a response from a backend; the load balancer's request log names the reason in statusDetails (failed_to_connect_to_backend, backend_connection_closed_before_data_sent_to_client, backend_timeout…)",
        checks: &["Find the request in Cloud Logging (resource type http_load_balancer) and read jsonPayload.statusDetails.", "Check that the backend's keep-alive timeout exceeds the load balancer's (600 s)."],
        retry: Some(Yes), source: SRC_GCLB, ..BASE },
    GeneratorEntry { generators: &["azure-app-gateway"], codes: &[502], title: "Azure Application Gateway 502",
        cause: "the backend pool has no healthy member for this request (probe failures, NSG or firewall blocking, DNS for an FQDN backend), or the backend closed the connection",
        checks: &["Check Backend health in the Application Gateway blade.", "Check NSG/UDR rules between the gateway subnet and the backends, and the custom probe's path and host."],
        retry: Some(Yes), source: SRC_AZAGW, ..BASE },
    GeneratorEntry { generators: &["azure-app-gateway"], codes: &[504], title: "Azure Application Gateway 504",
        cause: "the backend did not answer within the backend setting's request timeout (20 s by default)",
        checks: &["Check the backend's response time and the HTTP setting's request timeout."],
        retry: Some(Maybe), reached_app: Some(true), source: SRC_AZAGW, ..BASE },
    GeneratorEntry { generators: &["render"], header: Some(("x-render-routing", &["hibernate-wake-error"])), title: "Render: wake from sleep failed",
        cause: "the service was spun down for inactivity and failed to start in time to answer",
        checks: &["Check the service's deploy and runtime logs for a start failure; free instances sleep after inactivity."],
        retry: Some(Yes), reached_app: Some(false), source: "Render docs, free instance spin-down", ..BASE },
    GeneratorEntry { generators: &["render"], header: Some(("x-render-routing", &["no-server", "no-deploy"])), title: "Render: no running instance",
        cause: "Render has no running instance to route the request to",
        checks: &["Check the service's deploys and status in the dashboard."],
        retry: Some(Yes), reached_app: Some(false), source: "Render docs", ..BASE },
    GeneratorEntry { generators: &["azure-api-management"], codes: &[401], body: &["subscription key"], title: "Azure API Management: subscription key",
        cause: "the API requires a subscription key and the request had none or an invalid one",
        checks: &["Send Ocp-Apim-Subscription-Key (or the configured header/query parameter) with a key for a product that includes this API."],
        retry: Some(No), reached_app: Some(false), source: "Microsoft Learn, Subscriptions in Azure API Management", ..BASE },
    GeneratorEntry { generators: &["azure-api-management"], codes: &[429], title: "Azure API Management 429",
        cause: "a rate-limit or quota policy refused the request",
        checks: &["Wait for the time the message or Retry-After gives; check the rate-limit-by-key / quota policies."],
        retry: Some(Yes), reached_app: Some(false), source: "Microsoft Learn, API Management rate-limit policy", ..BASE },
    GeneratorEntry { generators: &["tyk"], codes: &[401, 403], title: "Tyk authentication refusal",
        cause: "Tyk's authentication rejected the request: no Authorization field, an unknown key, or a key without access to this API",
        checks: &["Send the key in the header the API definition expects, and check the key's access rights to this API."],
        retry: Some(No), reached_app: Some(false), source: "Tyk docs, authentication and authorization", ..BASE },
    // ---------------------------------------------------------------- IIS sub-status codes and the ASP.NET Core Module
    iis!(500, "0", "Module or ISAPI error", "a module or handler failed (often the PHP/Python handler or a rewrite rule)", ["Enable Failed Request Tracing for this URL to see which module failed."]),
    iis!(500, "19", "Configuration data is invalid", "web.config is invalid or refers to a module that is not installed (URL Rewrite, the ASP.NET Core Module)", ["Read the config error section of the detailed page; install the missing module (e.g. the .NET Hosting Bundle) or fix the XML."]),
    iis!(500, "21", "Module not recognized", "a handler refers to a module that is not installed", ["Install the module the handler needs, or remove the handler."]),
    iis!(500, "30", "ASP.NET Core app failed to start", "the in-process app threw during startup", ["Run the app from the command line (dotnet app.dll) on the server, or enable stdout logging in web.config, to see the startup exception."]),
    iis!(500, "31", "Failed to find native dependencies", "the .NET runtime the app targets is not installed", ["Install the matching .NET Hosting Bundle, or publish self-contained."]),
    iis!(500, "32", "Failed to load dll", "the app's bitness does not match the app pool's (32 vs 64 bit)", ["Match the app pool's Enable 32-bit setting with the published architecture."]),
    iis!(500, "33", "Request handler load failure", "the ASP.NET Core Module could not load the request handler", ["Check the app's publish output is complete (aspnetcorev2_inprocess.dll)."]),
    iis!(500, "34", "Mixed hosting models not supported", "in-process and out-of-process apps share one app pool", ["Give each app its own app pool."]),
    iis!(500, "35", "Multiple in-process applications in same process", "two in-process apps share one app pool", ["Give each app its own app pool."]),
    iis!(500, "37", "Failed to start within startup time limit", "the app did not start within startupTimeLimit", ["Check what slows startup; raise startupTimeLimit in web.config if needed."]),
    iis!(500, "38", "Application DLL not found", "the app's DLL named in web.config is missing", ["Check the published files and the arguments in web.config."]),
    iis!(502, "1", "CGI application timeout", "a CGI application ran past its timeout", ["Check the CGI script's duration and the CGI timeout."]),
    iis!(502, "2", "Bad gateway", "a CGI application exited without a valid response", ["Check the CGI application's errors and its output headers."]),
    iis!(502, "3", "Bad gateway (ARR / ASP.NET Core Module)", "the forwarded request failed: the backend (an out-of-process ASP.NET Core app or an ARR server) refused, reset or timed out", ["Check the backend app is running and its logs; for ANCM check requestTimeout in web.config.", "Enable Failed Request Tracing to see the Win32 error code."]),
    iis!(502, "4", "No server available (ARR)", "Application Request Routing has no healthy server in the farm", ["Check the server farm's health-test results and the servers' availability."]),
    iis!(502, "5", "ASP.NET Core Module out-of-process startup failure", "the out-of-process ASP.NET Core process failed to start", ["Run the app from the command line on the server, or enable stdout logging, to see why it fails."]),
    iis!(503, "0", "Application pool unavailable", "the application pool is stopped, often by rapid-fail protection after repeated crashes", ["Check the app pool's state and the Windows Event Log (WAS events) for the crashes."]),
    iis!(503, "2", "Concurrent request limit exceeded", "the appConcurrentRequestLimit was reached", ["Check for slow requests piling up; raise the limit if justified."]),
    iis!(404, "3", "MIME map policy", "the file extension has no MIME type configured", ["Add a mimeMap entry for the extension."]),
    iis!(404, "7", "File extension denied", "request filtering blocks this file extension", ["Check requestFiltering fileExtensions."]),
    iis!(404, "11", "Double escape sequence", "request filtering rejected a double-escaped URL", ["Avoid double encoding, or set allowDoubleEscaping knowingly."]),
    iis!(404, "13", "Content length too large", "the request body exceeds requestLimits maxAllowedContentLength (about 28.6 MB by default)", ["Raise maxAllowedContentLength in web.config."]),
    iis!(404, "15", "Query string too long", "the query string exceeds requestLimits maxQueryString", ["Shorten the query string or raise maxQueryString."]),
    iis!(401, "1", "Logon failed", "the credentials were rejected", ["Check the username/password and the authentication method enabled."]),
    iis!(401, "2", "Logon failed due to server configuration", "no authentication method the client offers is enabled", ["Enable the authentication method the client uses."]),
    iis!(401, "3", "Unauthorized due to ACL", "the file system ACL denies the authenticated user", ["Grant the user (or app pool identity) read access."]),
    iis!(403, "14", "Directory listing denied", "the URL names a directory with no default document and browsing off", ["Add a default document or request a file."]),
    iis!(403, "4", "SSL required", "the site requires HTTPS", ["Use https://."]),
    iis!(403, "16", "Client certificate untrusted or invalid", "the client certificate's chain is not trusted by the server", ["Install the issuing CA on the server."]),
    GeneratorEntry { generators: &["iis", "aspnet-core", "azure-app-service"], codes: &[502], body: &["ancm", "asp.net core"], title: "ASP.NET Core Module failure",
        cause: "the ASP.NET Core Module could not start or reach the app",
        checks: &["Enable stdoutLogEnabled in web.config and read the log, or run dotnet app.dll on the server."],
        source: SRC_ANCM, ..BASE },
];

#[allow(clippy::indexing_slicing)] // compile time only
const fn pack<const N: usize>(table: &[GeneratorEntry]) -> Packer<N> {
    let mut p = Packer::new();
    p.uint(table.len());
    let mut i = 0;
    while i < table.len() {
        let e = &table[i];
        p.strs(e.generators);
        p.uints(e.codes);
        p.strs(e.body);
        match e.header {
            None => p.bool(false),
            Some((name, values)) => {
                p.bool(true);
                p.str(name);
                p.strs(values);
            }
        }
        p.str(e.title);
        p.str(e.cause);
        p.strs(e.causes);
        p.strs(e.checks);
        p.strs(e.not);
        p.retry(e.retry);
        p.opt_bool(e.reached_app);
        p.shared(e.source);
        i += 1;
    }
    p
}

packed!(pub(crate) static PACKED = pack(TABLE););

/// The entries, in table order, read once from `PACKED`.
pub fn entries() -> &'static [GeneratorEntry] {
    static ENTRIES: OnceLock<&'static [GeneratorEntry]> = OnceLock::new();
    ENTRIES.get_or_init(|| read(&mut Reader::new(PACKED)))
}

fn read(r: &mut Reader) -> &'static [GeneratorEntry] {
    r.list(|r| GeneratorEntry {
        generators: r.strs(),
        codes: r.uints(),
        body: r.strs(),
        header: r.bool().then(|| (r.str(), r.strs())),
        title: r.str(),
        cause: r.str(),
        causes: r.strs(),
        checks: r.strs(),
        not: r.strs(),
        retry: r.retry(),
        reached_app: r.opt_bool(),
        source: r.shared(),
    })
}

/// The body markers of the entries that apply to any product (IIS sub-status pages, Heroku router
/// lines): they are looked for in every response, so they are found in one scan, prepared once.
/// Entries for a product are few once the product and code have matched, and are searched directly.
struct Markers {
    literals: Vec<String>,
    scanner: Scanner,
    per_entry: Vec<Vec<usize>>,
}

fn markers() -> &'static Markers {
    static MARKERS: OnceLock<Markers> = OnceLock::new();
    MARKERS.get_or_init(|| {
        let mut literals: Vec<String> = Vec::new();
        let per_entry = entries()
            .iter()
            .map(|e| {
                if !e.generators.is_empty() {
                    return Vec::new();
                }
                e.body
                    .iter()
                    .map(|m| {
                        let lower = m.to_ascii_lowercase();
                        match literals.iter().position(|l| *l == lower) {
                            Some(id) => id,
                            None => {
                                literals.push(lower);
                                literals.len() - 1
                            }
                        }
                    })
                    .collect()
            })
            .collect();
        let refs: Vec<&str> = literals.iter().map(String::as_str).collect();
        let scanner = Scanner::new(&refs);
        Markers {
            literals,
            scanner,
            per_entry,
        }
    })
}

/// Entries that apply to this response, best first. `haystack` is the lowercased body start (and
/// reason phrase).
pub fn matching(
    generator: Option<&str>,
    code: Option<u16>,
    haystack: &[u8],
    header: &dyn Fn(&str) -> Option<String>,
) -> Vec<&'static GeneratorEntry> {
    let markers = markers();
    let refs: Vec<&str> = markers.literals.iter().map(String::as_str).collect();
    let present = markers.scanner.first_occurrences(&refs, haystack);
    let mut found: Vec<(u8, usize, &'static GeneratorEntry)> = Vec::new();
    for (i, e) in entries().iter().enumerate() {
        let product = !e.generators.is_empty();
        if product && !generator.is_some_and(|g| e.generators.contains(&g)) {
            continue;
        }
        let code_given = !e.codes.is_empty();
        if code_given && !code.is_some_and(|c| e.codes.contains(&c)) {
            continue;
        }
        let has_marker = !e.body.is_empty() || e.header.is_some();
        let body_hit = if product {
            e.body.iter().any(|m| {
                let m: std::borrow::Cow<str> = if m.bytes().any(|b| b.is_ascii_uppercase()) {
                    m.to_ascii_lowercase().into()
                } else {
                    (*m).into()
                };
                memchr::memmem::find(haystack, m.as_bytes()).is_some()
            })
        } else {
            markers.per_entry.get(i).is_some_and(|ids| {
                ids.iter()
                    .any(|&id| present.get(id).is_some_and(Option::is_some))
            })
        };
        let header_hit = e.header.is_some_and(|(name, values)| {
            header(name).is_some_and(|v| {
                let v = v.to_ascii_lowercase();
                values.is_empty()
                    || values
                        .iter()
                        .any(|want| crate::find::contains(&v, &want.to_ascii_lowercase()))
            })
        });
        if has_marker && !body_hit && !header_hit {
            continue;
        }
        // A marker with no product restriction must at least be specific text; an entry with
        // neither product, code nor marker would apply to everything and is not allowed.
        if !product && !has_marker {
            continue;
        }
        let score = u8::from(has_marker) * 4 + u8::from(product) * 2 + u8::from(code_given);
        found.push((score, i, e));
    }
    // Best score first; the sort is stable, so table order breaks ties.
    crate::sort::by_key(&mut found, |&(score, _, _)| u64::from(u8::MAX - score));
    found.into_iter().map(|(_, _, e)| e).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_table_reads_back_as_written() {
        let mut r = Reader::new(PACKED);
        assert_eq!(read(&mut r), TABLE);
        assert!(r.is_done());
    }

    #[test]
    fn entries_complete() {
        for e in entries() {
            assert!(
                !e.title.is_empty() && !e.cause.is_empty() && !e.source.is_empty(),
                "{}",
                e.title
            );
            assert!(!e.checks.is_empty(), "{} has no checks", e.title);
            assert!(
                !e.generators.is_empty() || !e.body.is_empty() || e.header.is_some(),
                "{}",
                e.title
            );
        }
    }

    #[test]
    fn specific_marker_wins() {
        let none = |_: &str| None;
        let found = matching(Some("envoy"), Some(503), b"no healthy upstream", &none);
        assert_eq!(
            found.first().map(|e| e.title),
            Some("Envoy UH: no healthy upstream")
        );
        let found = matching(Some("cloudflare"), Some(403), b"error code: 1020", &none);
        assert_eq!(
            found.first().map(|e| e.title),
            Some("Cloudflare error 1020: Access denied")
        );
        let found = matching(
            Some("iis"),
            Some(500),
            b"http error 500.30 - asp.net core app failed to start",
            &none,
        );
        assert!(found
            .first()
            .is_some_and(|e| e.title.starts_with("IIS 500.30")));
        let found = matching(Some("iis"), Some(500), b"http error 500.3 - nothing", &none);
        assert!(found.is_empty());
    }
}
