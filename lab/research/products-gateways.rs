//! PROPOSED fingerprint entries (NAME=gateways research): API gateways, service meshes, serverless
//! front doors and public APIs. Not compiled into resplain; the lead copies what it wants into
//! `crates/tables/src/products/*.rs` (the `use` line below is the one those files use now).
//!
//! Evidence for every signal is in lab/notes/research-gateways.md (what was confirmed in real
//! bytes and what only from docs/source) and lab/notes/express-gateway.md (local capture).
//! "find_string id N" = a file in the search tool's index (reopen with read_file id=N).
//!
//! Layout:
//!   1. NEW gateway / mesh / serverless products (gateways.rs, proxies.rs, platforms.rs)
//!   2. NEW public APIs (apis.rs)
//!   3. ADDITIONS to products that already exist: `*_ADDITIONS` signal lists to append to the
//!      existing entry's `signals` (kept as separate consts so this file stays valid Rust)
//!   4. REFINES pairs to add in products/mod.rs
//!
//! Weights are hundredths. Headers a product adds to everything it relays are `on_path`.

use crate::product::{generated, on_path, Layer, Matcher::*, Product, Signal};

// =============================================================================================
// 1. NEW GATEWAYS, MESHES, SERVERLESS FRONT DOORS
// =============================================================================================

const APISIX_CAPTURES: &str = "APISIX 3.8.0/3.9.0 curl -i pastes (find_string id 44284143640); APISIX test suite t/plugin/prometheus*.t (find_string id 201145632); fixture apisix-404-route-not-found";
const APISIX_PAGE: &str = "APISIX error pages = OpenResty page + '<p><em>Powered by <a href=\"https://apisix.apache.org/\">APISIX</a>.</em></p>' (APISIX's OpenResty build); verbatim real 401/503/504 bodies in find_string ids 70637801586, 62405395857, 65812343135; 502 paste id 44284143640";

pub const APISIX: Product = Product {
    id: "apisix",
    name: "Apache APISIX",
    layer: Layer::Gateway,
    signals: &[
        // apache/apisix apisix/init.lua: core.response.exit(404, {error_msg = "404 Route Not Found"});
        // apisix/core/response.lua appends "\n" after the encoded table; sent as text/plain.
        generated(JsonIs("/error_msg", "404 Route Not Found"), 0.95, APISIX_CAPTURES),
        generated(Body("{\"error_msg\":\"404 Route Not Found\"}"), 0.95, APISIX_CAPTURES),
        generated(Body("Powered by <a href=\"https://apisix.apache.org/\">APISIX</a>"), 0.97, APISIX_PAGE),
        generated(Body("Faithfully yours, <a href=\"https://apisix.apache.org/\">APISIX</a>"), 0.95, "apache/apisix apisix/error_handler.lua and apisix/error_handling.lua (html_5xx / page_500 templates)"),
        generated(Body("Missing API key found in request"), 0.9, "apache/apisix apisix/plugins/key-auth.lua (401 {\"message\":\"Missing API key found in request\"}); APISIX 3.9.0 paste find_string id 44284143640"),
        generated(Body("Invalid API key in request"), 0.85, "apache/apisix apisix/plugins/key-auth.lua (401); APISIX 3.9.0 paste find_string id 44284143640"),
        generated(Body("Missing authorization in request"), 0.8, "apache/apisix apisix/plugins/basic-auth.lua (401, with WWW-Authenticate: Basic realm='.'); paste find_string id 44284143640"),
        generated(HeaderContains("www-authenticate", "Basic realm='.'"), 0.8, "apache/apisix apisix/plugins/basic-auth.lua (single-quoted realm '.'); paste find_string id 44284143640"),
        // Set when APISIX replaced an upstream error with its own page (502 paste id 44284143640).
        generated(Header("x-apisix-upstream-status"), 0.7, "apache/apisix docs, show_upstream_status_in_response_header / X-APISIX-Upstream-Status on 5xx; paste find_string id 44284143640"),
        on_path(HeaderPrefix("server", "APISIX"), 0.7, "apache/apisix apisix/init.lua (Server: APISIX/<version> on every response, generated or relayed); pastes find_string id 44284143640"),
    ],
};

const KRAKEND_DOCS: &str = "KrakenD docs, Response manipulation / timeouts: every response carries X-Krakend: Version <v> and X-Krakend-Completed true|false; backend failures answer 500 with an empty body (no-op encoding off)";

pub const KRAKEND: Product = Product {
    id: "krakend",
    name: "KrakenD",
    layer: Layer::Gateway,
    signals: &[
        // Its own failure: 5xx, empty body, completed false. Must outweigh Caddy's empty-5xx rule
        // (fixture krakend-500-backend-failed-behind-caddy: Caddy in front, server: Caddy).
        generated(All(&[HeaderIs("x-krakend-completed", "false"), Status(500, 599), BodyIs("")]), 0.9, "HTTP/2 500 paste, KrakenD 2.8.0 behind Caddy (find_string id 34481223681); fixture krakend-500-backend-failed-behind-caddy"),
        generated(All(&[HeaderIs("x-krakend-completed", "false"), Status(500, 599)]), 0.75, KRAKEND_DOCS),
        on_path(HeaderPrefix("x-krakend", "Version"), 0.7, KRAKEND_DOCS),
        on_path(Header("x-krakend-completed"), 0.6, KRAKEND_DOCS),
    ],
};

const GRAVITEE_PROBES: &str = "Gravitee gateway policy failures {\"message\":\"Unauthorized\",\"http_status_code\":401} seen live (find_string ids 59029229821, 26601729327, 59372288670, 61373421940) and in Gravitee docs' HTTP/1.1 401 paste (id 59741157777)";

pub const GRAVITEE: Product = Product {
    id: "gravitee",
    name: "Gravitee API Management gateway",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("No context-path matches the request URI"), 0.95, "gravitee-io gateway test asserting body 'No context-path matches the request URI.' (find_string id 15145982298); Gravitee install docs (ids 16216722011, 16421547748)"),
        generated(JsonKeys(&["/message", "/http_status_code"]), 0.85, GRAVITEE_PROBES),
        on_path(Header("x-gravitee-transaction-id"), 0.75, "gravitee-io io.gravitee.gateway TransactionProcessor (DEFAULT_TRANSACTIONAL_ID_HEADER X-Gravitee-Transaction-Id, find_string id 1653330272); live observation id 55886463121"),
        on_path(Header("x-gravitee-request-id"), 0.7, "Gravitee docs, echo API response headers X-Gravitee-Request-Id (find_string id 16004633384)"),
    ],
};

const WSO2_FAULTS: &str = "WSO2 API Manager gateway faults: <am:fault xmlns:am=\"http://wso2.org/apimanager\"> (WSO2 docs curl output find_string id 17262207524; real bodies in client code ids 21491942874, 68926206890, 59029669822)";
const WSO2_AUTH: &str = "WSO2 APIM/Choreo Connect auth failures code 900901/900902/900908 ({\"code\":\"900901\",\"message\":\"Invalid Credentials\",...} and {\"error_message\":...,\"code\":...,\"error_description\":...}); live probes find_string ids 62788907120, 70255518805, 827341400 (WSO2 docs), 57671851460";

pub const WSO2_APIM: Product = Product {
    id: "wso2-apim",
    name: "WSO2 API Manager gateway",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("xmlns:am=\"http://wso2.org/apimanager\""), 0.95, WSO2_FAULTS),
        generated(Body("xmlns:ams=\"http://wso2.org/apimanager/security\""), 0.95, "WSO2 API Manager docs, API Manager error codes (security faults <ams:fault xmlns:ams=\"http://wso2.org/apimanager/security\">)"),
        generated(Body("No matching resource found for given API Request"), 0.9, WSO2_FAULTS),
        generated(JsonIs("/type", "Status report"), 0.7, WSO2_FAULTS),
        generated(Body("Make sure you have provided the correct security credentials"), 0.9, WSO2_AUTH),
        generated(JsonIs("/code", "900901"), 0.85, WSO2_AUTH),
        generated(JsonIs("/code", "900902"), 0.85, WSO2_AUTH),
        generated(JsonIs("/code", "900908"), 0.85, "WSO2 900908 'Resource forbidden' (real body quoted in find_string id 68926206890)"),
        generated(JsonKeys(&["/error_message", "/code", "/error_description"]), 0.75, WSO2_AUTH),
        generated(Body("Message throttled out"), 0.8, "WSO2 throttling fault 900800/900804 'Message throttled out' (live SAM.gov probe, find_string id 70255518805)"),
        generated(HeaderContains("www-authenticate", "Choreo Connect"), 0.9, "Choreo Connect 401: www-authenticate: Bearer realm=\"Choreo Connect\" (find_string id 57671851460)"),
        generated(HeaderContains("www-authenticate", "WSO2 API Manager"), 0.9, "WSO2 APIM 401: WWW-Authenticate: OAuth2 realm=\"WSO2 API Manager\" (WSO2 docs, OAuth2 token validation errors)"),
    ],
};

pub const SPRING_CLOUD_GATEWAY: Product = Product {
    id: "spring-cloud-gateway",
    name: "Spring Cloud Gateway",
    layer: Layer::Gateway,
    signals: &[
        // The body is Spring Boot WebFlux's DefaultErrorAttributes ({timestamp, path, status, error,
        // requestId}); a gateway's own failures are 502/503/504 (NotFoundException 'Unable to find
        // instance for ...' -> 503; connect errors -> 502/504). A plain WebFlux app's 404 has the
        // same keys, so the keys alone stay low.
        generated(All(&[JsonKeys(&["/timestamp", "/path", "/status", "/error", "/requestId"]), Status(502, 504)]), 0.75, "spring-cloud-gateway ReactiveLoadBalancerClientFilter (NotFoundException.create(use404, \"Unable to find instance for \" + host), find_string ids 38451967536, 33313996236); 503 RAW paste with Content-Length 138 (id 58611009161), fixture spring-cloud-gateway-503-no-instance"),
        generated(Body("Unable to find instance for "), 0.85, "spring-cloud-gateway ReactiveLoadBalancerClientFilter message (shown when server.error.include-message=always)"),
    ],
};

pub const ZUUL: Product = Product {
    id: "zuul",
    name: "Netflix Zuul (Spring Cloud Netflix)",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("com.netflix.zuul.exception.ZuulException"), 0.95, "Spring Cloud Netflix Zuul SendErrorFilter -> Spring Boot 1.x /error JSON with exception com.netflix.zuul.exception.ZuulException; curl -D - paste find_string id 1568026330 (fixture zuul-500-unknown-host), ids 6731742869, 16689572023, 39278435002"),
        generated(All(&[JsonIs("/message", "GENERAL"), JsonKeys(&["/timestamp", "/status", "/error"])]), 0.8, "Zuul 'GENERAL' error cause in Spring Boot's error JSON (find_string ids 53119272286, 44445688188)"),
        generated(Body("NUMBEROF_RETRIES_NEXTSERVER_EXCEEDED"), 0.85, "Ribbon/Zuul retry failure message (spring-cloud-netflix issue repro, find_string id 16689572023)"),
    ],
};

pub const IBM_DATAPOWER: Product = Product {
    id: "ibm-datapower",
    name: "IBM DataPower / API Connect gateway",
    layer: Layer::Gateway,
    signals: &[
        generated(JsonKeys(&["/httpCode", "/httpMessage", "/moreInformation"]), 0.95, "IBM API Connect / DataPower gateway error JSON; Nordea HTTP/2 401/405 (find_string id 61964132435, fixture ibm-datapower-401-invalid-client-id), VietinBank (62322674754), IBM labs (33716508199, 21121187594)"),
        generated(Body("Cannot pass the security checks that are required by the target API or operation"), 0.95, "API Connect 401 moreInformation (IBM lab output, find_string id 33716508199)"),
        on_path(Header("x-global-transaction-id"), 0.75, "DataPower adds X-Global-Transaction-ID to every response it serves (Nordea paste find_string id 61964132435; IBM docs)"),
    ],
};

const ESPV2: &str = "GoogleCloudPlatform/esp-v2 route config directResponse 'The current request is not defined by this API.' (find_string id 12929553289) and integration tests (id 13077828115); HTTP/2 404 paste on *.gateway.dev (id 6090607859, fixture google-espv2-404-not-defined)";

pub const GOOGLE_ESPV2: Product = Product {
    id: "google-espv2",
    name: "Google Cloud Endpoints ESPv2 / API Gateway",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("The current request is not defined by this API."), 0.95, ESPV2),
        generated(Body("but its http method is not allowed"), 0.9, "GoogleCloudPlatform/esp-v2 405 directResponse 'The current request is matched to the defined url template \"...\" but its http method is not allowed' (find_string id 12929553289)"),
    ],
};

pub const OPENSHIFT_ROUTER: Product = Product {
    id: "openshift-router",
    name: "OpenShift router (HAProxy)",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("<h1>Application is not available</h1>"), 0.95, "openshift/router images/router/haproxy/conf/error-page-503.http@7a9f1a0d (fixture openshift-router-503-application-not-available); pastes find_string ids 19036907856, 70493003873"),
        generated(Body("The application is currently not serving requests at this endpoint."), 0.95, "openshift/router error-page-503.http; OpenShift 3.x page (find_string id 6072535885)"),
        generated(Body("Route and path matches, but all pods are down."), 0.95, "openshift/router error-page-503.http / error-page-404.http"),
        generated(Body("<h1>Application or Document Not Found</h1>"), 0.9, "openshift/router images/router/haproxy/conf/error-page-404.http@7a9f1a0d"),
        generated(Body("No application was found at the provided URL."), 0.85, "openshift/router error-page-404.http"),
        // error-page-404.http's status line is 'HTTP/1.0 404 Error'.
        generated(All(&[Status(404, 404), Reason("Error")]), 0.5, "openshift/router error-page-404.http status line 'HTTP/1.0 404 Error'"),
    ],
};

pub const LINKERD: Product = Product {
    id: "linkerd",
    name: "Linkerd (linkerd2-proxy)",
    layer: Layer::Proxy,
    signals: &[
        generated(Header("l5d-proxy-error"), 0.95, "linkerd/linkerd2-proxy linkerd/app/core/src/errors.rs (L5D_PROXY_ERROR = \"l5d-proxy-error\" on synthetic responses); curl -v 403 (find_string id 20569174901, fixture linkerd-403-unauthorized-route), 504 fail-fast (ids 60681445562, 56110001541), 502 (id 60937127071)"),
        generated(HeaderIs("l5d-proxy-connection", "close"), 0.85, "linkerd/linkerd2-proxy errors.rs (L5D_PROXY_CONNECTION); 504 pastes find_string ids 60681445562, 56110001541"),
        generated(Body("unauthorized request on route"), 0.85, "linkerd2-proxy authorization policy denial text (header value; some versions also in the body)"),
    ],
};

pub const KNATIVE: Product = Product {
    id: "knative",
    name: "Knative Serving (activator / queue-proxy)",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("activator request timeout"), 0.95, "knative/serving pkg/activator/handler (504 'activator request timeout' after revision timeoutSeconds); curl paste HTTP/1.1 504 Gateway Timeout (find_string id 39973407885), measured docs (id 71313288100), knative/serving#14202 quote (id 55746018091)"),
        generated(Body("pending request queue full"), 0.85, "knative/serving pkg/queue breaker (ErrRequestQueueFull 'pending request queue full', 503 from queue-proxy/activator)"),
    ],
};

pub const GOOGLE_CLOUD_FUNCTIONS: Product = Product {
    id: "google-cloud-functions",
    name: "Google Cloud Functions (1st gen)",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("Error: could not handle the request"), 0.95, "curl -i paste, HTTP/1.1 500 text/plain 'Error: could not handle the request\\n' Content-Length 36 (find_string id 2399909111, fixture google-cloud-functions-500-could-not-handle); clients comparing the exact body (ids 36959295320, 37836573056)"),
        generated(Body("Error: cannot communicate with function."), 0.9, "Cloud Functions test-run output 'Error: cannot communicate with function.' (find_string id 8957360783)"),
        on_path(Header("function-execution-id"), 0.8, "Google Cloud docs, Cloud Functions 1st gen responses carry Function-Execution-Id"),
    ],
};

pub const AWS_LAMBDA_URL: Product = Product {
    id: "aws-lambda-url",
    name: "AWS Lambda function URL",
    layer: Layer::Gateway,
    signals: &[
        // Function URLs answer a crashed / malformed invocation with 502 and the bare text
        // 'Internal Server Error' (awsdocs/aws-lambda-developer-guide#430, awslabs/aws-lambda-cpp#200,
        // cargo-lambda#578); weak alone, so only with the Lambda request id header.
        generated(All(&[Status(502, 502), BodyIs("Internal Server Error"), Header("x-amzn-requestid")]), 0.6, "AWS docs, Invoking Lambda function URLs (502 on invalid response); https://github.com/awsdocs/aws-lambda-developer-guide/issues/430, https://github.com/awslabs/aws-lambda-cpp/issues/200"),
    ],
};

pub const EXPRESS_GATEWAY: Product = Product {
    id: "express-gateway",
    name: "Express Gateway",
    layer: Layer::Gateway,
    signals: &[
        generated(All(&[Status(502, 502), BodyIs("Bad gateway.")]), 0.85, "express-gateway lib/policies/proxy/proxy.js (proxy.on('error') res.status(502).send('Bad gateway.')); captured locally from express-gateway 1.16.11 (lab/recipes/gw-express-gateway.sh: refused/slow/garbage/empty/reset/bighead)"),
        // Express's etag of those 12 bytes: present on HEAD too, where the body is missing.
        generated(All(&[Status(502, 502), HeaderIs("etag", "W/\"c-RSJ9gHyiSZi2WW04pBsMZYSkpUQ\"")]), 0.8, "captured locally from express-gateway 1.16.11 (lab/recipes/gw-express-gateway.sh, express-gateway-502-lab-refused-head)"),
    ],
};

// Supabase's gateway is Kong: the message is Kong key-auth's, the hint is Supabase's own.
pub const SUPABASE: Product = Product {
    id: "supabase",
    name: "Supabase API gateway",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("No `apikey` request header or url param was found."), 0.97, "Supabase gateway 401 {\"message\":\"No API key found in request\",\"hint\":\"No `apikey` request header or url param was found.\"}; real copies find_string ids 61536135482, 8371012292, 30498245928, 53822849730"),
        generated(Body("Double check your Supabase `anon` or `service_role` API key."), 0.97, "Supabase gateway 401 {\"message\":\"Invalid API key\",\"hint\":...} (reimplementation quoting it, find_string id 68623273364)"),
        generated(All(&[JsonKeys(&["/message", "/hint"]), Status(401, 401)]), 0.6, "Supabase gateway error shape {message, hint}"),
    ],
};

// =============================================================================================
// 1b. App-layer API servers found through the gateway research (apps.rs / apis.rs)
// =============================================================================================

pub const POSTGREST: Product = Product {
    id: "postgrest",
    name: "PostgREST",
    layer: Layer::App,
    signals: &[
        generated(HeaderPrefix("proxy-status", "PostgREST"), 0.97, "PostgREST src/PostgREST/Error.hs proxyStatusHeader ('Proxy-Status: PostgREST; error=<code>' on every error, v11+); HTTP/2 401 paste find_string id 27210183345 (fixture postgrest-401-permission-denied); live ids 61649672895, 59705111656, 301549818"),
        generated(JsonKeys(&["/code", "/details", "/hint", "/message"]), 0.85, "PostgREST error body {code, details, hint, message} (paste find_string id 27210183345)"),
        generated(Body("\"code\":\"PGRST"), 0.95, "PostgREST error codes PGRSTnnn (docs, Errors; reimplementation id 56147945899)"),
    ],
};

pub const HASURA: Product = Product {
    id: "hasura",
    name: "Hasura GraphQL Engine",
    layer: Layer::App,
    signals: &[
        generated(JsonIs("/errors/0/extensions/path", "$"), 0.85, "Hasura GraphQL errors {\"errors\":[{\"extensions\":{\"path\":\"$\",\"code\":\"...\"},\"message\":...}]} (live probe find_string id 61589369938; dumps 65802733536, 67231164516)"),
        generated(Body("{\"extensions\":{\"path\":\"$"), 0.85, "Hasura engine key order (extensions first) as sent (find_string ids 61589369938, 67231164516)"),
        generated(Body("in JWT authentication mode"), 0.9, "Hasura 'Missing 'Authorization' or 'Cookie' header in JWT authentication mode' (live probe find_string id 61589369938)"),
        generated(All(&[JsonIs("/path", "$"), JsonKeys(&["/error", "/code"])]), 0.85, "Hasura v1 metadata/query API errors {\"path\":\"$\",\"error\":...,\"code\":...} (Hasura docs, API reference error format)"),
    ],
};

pub const CONSUL: Product = Product {
    id: "consul",
    name: "HashiCorp Consul HTTP API",
    layer: Layer::App,
    signals: &[
        on_path(Header("x-consul-index"), 0.8, "Consul docs, HTTP API blocking queries (X-Consul-Index on responses)"),
        on_path(Header("x-consul-knownleader"), 0.8, "Consul docs, HTTP API consistency modes (X-Consul-KnownLeader, X-Consul-LastContact)"),
        on_path(Header("x-consul-default-acl-policy"), 0.85, "Consul docs, HTTP API (X-Consul-Default-ACL-Policy)"),
        generated(Body("ACL not found"), 0.6, "hashicorp/consul acl errors ('ACL not found', text/plain 403)"),
    ],
};

// =============================================================================================
// 2. NEW PUBLIC APIs (apis.rs). Layer::App; their own headers mark the API itself.
// =============================================================================================

pub const ANTHROPIC_API: Product = Product {
    id: "anthropic-api",
    name: "Anthropic API",
    layer: Layer::App,
    signals: &[
        generated(All(&[JsonIs("/type", "error"), JsonKeys(&["/error/type", "/error/message"])]), 0.85, "docs.claude.com/en/api/errors (errors: {\"type\":\"error\",\"error\":{\"type\",\"message\"},\"request_id\"}); corpus passthrough-cloudflare-529-app-json; SSE/HTTP copies find_string ids 71416990265, 58873530380"),
        generated(JsonIs("/error/type", "overloaded_error"), 0.9, "docs.claude.com/en/api/errors (529 overloaded_error)"),
        generated(Status(529, 529), 0.5, "docs.claude.com/en/api/errors (529 is Anthropic's overload status)"),
        generated(HeaderPrefix("request-id", "req_"), 0.5, "docs.claude.com/en/api/errors (request-id: req_018EeWyXxfu5pfWkrYcMdjWG; Stripe uses Request-Id: req_ too)"),
        generated(Header("anthropic-ratelimit-requests-limit"), 0.95, "docs.claude.com/en/api/rate-limits (anthropic-ratelimit-* response headers)"),
        generated(Header("anthropic-organization-id"), 0.95, "Anthropic API responses carry anthropic-organization-id (docs, API overview / request ids)"),
        generated(HeaderIs("x-should-retry", "true"), 0.4, "corpus passthrough-cloudflare-529-app-json (x-should-retry: true on the 529)"),
    ],
};

pub const GITLAB_API: Product = Product {
    id: "gitlab-api",
    name: "GitLab REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonIs("/message", "401 Unauthorized"), 0.8, "GitLab docs, REST API status codes ({\"message\":\"401 Unauthorized\"}); live CLI output find_string id 69503530549"),
        generated(Body("\"message\":\"404 Project Not Found\""), 0.9, "GitLab docs, REST API ({\"message\":\"404 Project Not Found\"}, lib/api/helpers.rb not_found!(resource))"),
        generated(Body("\"message\":\"404 Not found\""), 0.6, "gitlab lib/api/helpers.rb (not_found! without a resource: '404 Not found')"),
        generated(Header("x-gitlab-meta"), 0.95, "GitLab responses carry X-Gitlab-Meta: {\"correlation_id\":...,\"version\":\"1\"} (gitlab lib/gitlab/middleware/...; docs, correlation ID)"),
    ],
};

pub const TWILIO_API: Product = Product {
    id: "twilio-api",
    name: "Twilio REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/code", "/message", "/more_info", "/status"]), 0.9, "twilio.com/docs/usage/twilios-response (error: code, message, more_info, status); twilio-ruby lib/twilio-ruby/framework/rest/error.rb reads code/message/more_info/details"),
        generated(Body("https://www.twilio.com/docs/errors/"), 0.9, "twilio.com/docs/errors (more_info links)"),
        generated(Body("https://www.twilio.com/docs/api/errors/"), 0.9, "Twilio product APIs errors[].infoUrl (twilio.com/docs/bulk-messaging/api/seek-message-resource)"),
        generated(Header("twilio-request-id"), 0.95, "twilio.com/docs/usage/twilios-response (Twilio-Request-Id header)"),
    ],
};

pub const SHOPIFY_API: Product = Product {
    id: "shopify-api",
    name: "Shopify Admin API",
    layer: Layer::App,
    signals: &[
        generated(Body("[API] Invalid API key or access token"), 0.97, "Shopify Admin API 401 {\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}; real copies find_string ids 54185100484, 55253676245, 34094526889"),
        generated(Header("x-shopify-api-version"), 0.9, "shopify.dev/docs/api/usage/versioning (X-Shopify-API-Version response header)"),
        generated(Header("x-shopify-stage"), 0.8, "Shopify API responses carry X-Shopify-Stage (public curl output)"),
        generated(Header("x-shopid"), 0.7, "Shopify API responses carry X-ShopId (public curl output)"),
    ],
};

pub const ELASTICSEARCH: Product = Product {
    id: "elasticsearch",
    name: "Elasticsearch / OpenSearch",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/error/root_cause/0/type", "/error/type", "/error/reason", "/status"]), 0.9, "Elasticsearch REST error body {\"error\":{\"root_cause\":[...],\"type\",\"reason\"},\"status\":N} (curl output gist.github.com/renatocron/50ba89168d214e21c49d; ES 8 401 find_string id 44793567020); OpenSearch keeps the same shape"),
        generated(Body("_exception\",\"reason\":"), 0.7, "Elasticsearch exception types end in _exception (index_not_found_exception, security_exception, ...)"),
        // ES 7.14+ only; OpenSearch never sends it (find_string id 60130277030).
        generated(HeaderIs("x-elastic-product", "Elasticsearch"), 0.9, "elastic/elasticsearch 7.14+ product header X-elastic-product: Elasticsearch (curl -I find_string ids 44793567020, 20616100041)"),
    ],
};

pub const ATLASSIAN_API: Product = Product {
    id: "atlassian-api",
    name: "Atlassian Jira / Confluence REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/errorMessages", "/errors"]), 0.85, "Jira REST ErrorCollection {errorMessages: [...], errors: {...}} (Jira Cloud OpenAPI ErrorCollection, docs.atlassian.com JiraCopiedRestErrorCollection)"),
        generated(Body("Issue does not exist or you do not have permission to see it."), 0.95, "Jira REST 404 errorMessages text (Jira Cloud REST docs)"),
        generated(Header("x-arequestid"), 0.85, "Atlassian products set X-AREQUESTID on responses (Jira/Confluence server request id)"),
        generated(Header("atl-traceid"), 0.8, "Atlassian Cloud responses carry ATL-TraceId"),
        generated(Header("x-seraph-loginreason"), 0.85, "Atlassian Seraph auth header X-Seraph-LoginReason (AUTHENTICATED_FAILED, AUTHENTICATION_DENIED) on Jira/Confluence 401/403"),
    ],
};

pub const SALESFORCE_API: Product = Product {
    id: "salesforce-api",
    name: "Salesforce REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/0/message", "/0/errorCode"]), 0.85, "developer.salesforce.com REST API status codes and error responses ([{\"message\":...,\"errorCode\":...}])"),
        generated(JsonIs("/0/errorCode", "INVALID_SESSION_ID"), 0.95, "Salesforce REST 401 [{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"),
        generated(Header("sforce-limit-info"), 0.95, "Salesforce REST responses carry Sforce-Limit-Info: api-usage=n/m"),
    ],
};

pub const DISCORD_API: Product = Product {
    id: "discord-api",
    name: "Discord API",
    layer: Layer::App,
    signals: &[
        generated(Body("You are being rate limited."), 0.85, "discord.com/developers/docs/topics/rate-limits (429 {\"message\":\"You are being rate limited.\",\"retry_after\":...,\"global\":...}); clients/tests find_string ids 57739568659, 69115825698, 58804262809"),
        generated(JsonKeys(&["/message", "/retry_after", "/global"]), 0.9, "discord.com/developers/docs/topics/rate-limits (rate limit response structure)"),
        generated(Header("x-ratelimit-bucket"), 0.85, "discord.com/developers/docs/topics/rate-limits (X-RateLimit-Bucket)"),
        generated(All(&[JsonKeys(&["/message", "/code"]), HeaderContains("via", "1.1 google")]), 0.5, "Discord JSON errors {\"message\":\"Unknown Channel\",\"code\":10003} served through Google's LB (Via: 1.1 google; find_string id 67116350463)"),
    ],
};

pub const TELEGRAM_BOT_API: Product = Product {
    id: "telegram-bot-api",
    name: "Telegram Bot API",
    layer: Layer::App,
    signals: &[
        generated(All(&[JsonIs("/ok", "false"), JsonKeys(&["/error_code", "/description"])]), 0.95, "core.telegram.org/bots/api#making-requests ({\"ok\":false,\"error_code\":N,\"description\":...}); real copies find_string ids 20196457034, 66308661645"),
    ],
};

pub const SENDGRID_API: Product = Product {
    id: "sendgrid-api",
    name: "Twilio SendGrid API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/errors/0/message", "/errors/0/field", "/errors/0/help"]), 0.9, "docs.sendgrid.com API reference, errors ({\"errors\":[{\"message\",\"field\",\"help\"}]})"),
        generated(Body("The provided authorization grant is invalid, expired, or revoked"), 0.95, "SendGrid 401 message (docs.sendgrid.com, API keys / authentication)"),
    ],
};

pub const PAYPAL_API: Product = Product {
    id: "paypal-api",
    name: "PayPal REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/name", "/message", "/debug_id"]), 0.95, "developer.paypal.com/api/rest/responses (error: name, message, debug_id, details, links)"),
        generated(Header("paypal-debug-id"), 0.95, "developer.paypal.com/api/rest/responses (Paypal-Debug-Id response header)"),
        generated(Body("https://developer.paypal.com/docs/api/"), 0.6, "PayPal error links[].href to developer.paypal.com/docs/api/..."),
    ],
};

pub const SQUARE_API: Product = Product {
    id: "square-api",
    name: "Square API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/errors/0/category", "/errors/0/code"]), 0.9, "developer.squareup.com/docs/build-basics/handling-errors ({\"errors\":[{\"category\",\"code\",\"detail\",\"field\"}]})"),
        generated(JsonIs("/errors/0/category", "AUTHENTICATION_ERROR"), 0.9, "developer.squareup.com error categories (AUTHENTICATION_ERROR, INVALID_REQUEST_ERROR, RATE_LIMIT_ERROR, API_ERROR)"),
        generated(JsonIs("/errors/0/category", "INVALID_REQUEST_ERROR"), 0.9, "developer.squareup.com error categories"),
    ],
};

pub const OKTA_API: Product = Product {
    id: "okta-api",
    name: "Okta API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/errorCode", "/errorSummary"]), 0.95, "developer.okta.com/docs/reference/error-codes ({errorCode, errorSummary, errorLink, errorId, errorCauses}); okta-signin-widget tests with the real body (find_string id 3587718405)"),
        generated(Body("\"errorCode\":\"E0000"), 0.95, "Okta error codes E0000xxx (developer.okta.com/docs/reference/error-codes)"),
    ],
};

pub const AUTH0_API: Product = Product {
    id: "auth0-api",
    name: "Auth0 Management API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/statusCode", "/error", "/message", "/errorCode"]), 0.85, "auth0.com/docs/api/management/v2 error responses ({statusCode, error, message, errorCode}, e.g. errorCode inexistent_user)"),
        generated(JsonKeys(&["/statusCode", "/error", "/message", "/attributes/error"]), 0.85, "Auth0 Management API 401 {\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Invalid token\",\"attributes\":{\"error\":\"Invalid token\"}}"),
    ],
};

pub const FIREBASE_RTDB: Product = Product {
    id: "firebase-api",
    name: "Firebase Realtime Database REST",
    layer: Layer::App,
    signals: &[
        // The Realtime Database pretty-prints: '{\n  "error" : "Permission denied"\n}'.
        generated(Body("\"error\" : \"Permission denied\""), 0.95, "firebase.google.com/docs/reference/rest/database (401 {\"error\" : \"Permission denied\"}, spaces around the colon)"),
        generated(Body("\"error\" : \""), 0.5, "Firebase Realtime Database REST error formatting (space before the colon)"),
    ],
};

pub const DIGITALOCEAN_API: Product = Product {
    id: "digitalocean-api",
    name: "DigitalOcean API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/id", "/message", "/request_id"]), 0.85, "docs.digitalocean.com/reference/api (errors {\"id\":\"not_found\",\"message\":...,\"request_id\":...})"),
        generated(JsonIs("/id", "not_found"), 0.6, "docs.digitalocean.com/reference/api ('id': 'not_found', 'unauthorized', 'too_many_requests')"),
        generated(Body("The resource you were accessing could not be found."), 0.9, "DigitalOcean 404 message (docs.digitalocean.com/reference/api)"),
    ],
};

pub const CLOUDFLARE_API: Product = Product {
    id: "cloudflare-api",
    name: "Cloudflare API v4",
    layer: Layer::App,
    signals: &[
        generated(All(&[JsonIs("/success", "false"), JsonKeys(&["/errors/0/code", "/errors/0/message", "/messages", "/result"])]), 0.95, "Cloudflare API v4 envelope {success:false, errors:[{code,message}], messages, result:null} (Cloudflare OpenAPI api-response-common-failure schema; @cloudflare/test-www-api createApiResponse)"),
        generated(Body("\"code\":10000,\"message\":\"Authentication error\""), 0.9, "Cloudflare API 10000 Authentication error (developers.cloudflare.com/fundamentals/api/troubleshooting)"),
    ],
};

pub const AZURE_ARM_API: Product = Product {
    id: "azure-arm-api",
    name: "Azure Resource Manager",
    layer: Layer::App,
    signals: &[
        generated(Header("x-ms-routing-request-id"), 0.95, "learn.microsoft.com Azure Resource Manager request headers (x-ms-routing-request-id, x-ms-correlation-request-id, x-ms-ratelimit-remaining-subscription-reads)"),
        generated(Header("x-ms-ratelimit-remaining-subscription-reads"), 0.9, "learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling"),
        generated(Header("x-ms-failure-cause"), 0.85, "ARM x-ms-failure-cause: gateway / service on failed requests (learn.microsoft.com ARM troubleshooting)"),
        generated(JsonIs("/error/code", "AuthenticationFailed"), 0.6, "ARM error body {\"error\":{\"code\":\"AuthenticationFailed\",\"message\":...}}"),
        generated(JsonIs("/error/code", "InvalidAuthenticationToken"), 0.5, "ARM/Graph error code InvalidAuthenticationToken"),
    ],
};

pub const MICROSOFT_GRAPH_API: Product = Product {
    id: "microsoft-graph-api",
    name: "Microsoft Graph",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/error/code", "/error/message", "/error/innerError/request-id", "/error/innerError/date"]), 0.97, "learn.microsoft.com/graph/errors (error.innerError {date, request-id, client-request-id}); real bodies find_string ids 27967356634, 66437400964, 60452230953"),
        generated(Header("x-ms-ags-diagnostic"), 0.95, "Microsoft Graph responses carry x-ms-ags-diagnostic (learn.microsoft.com/graph, response headers)"),
        generated(Header("client-request-id"), 0.5, "learn.microsoft.com/graph/errors (client-request-id echoed)"),
    ],
};

// Mailgun: not proposed (its 401 is a bare "Forbidden" text body; no distinctive marker confirmed).

// =============================================================================================
// 3. ADDITIONS TO EXISTING PRODUCTS (append to the named entry's `signals`)
// =============================================================================================

/// ADDITIONS to AWS_API_GATEWAY (gateways.rs).
pub const AWS_API_GATEWAY_ADDITIONS: &[Signal] = &[
    // The error type names the gateway response only API Gateway writes (relayed Lambda errors
    // with their own x-amzn-ErrorType are rare and name Lambda's own types).
    generated(HeaderIs("x-amzn-errortype", "ForbiddenException"), 0.85, "API Gateway 403 {\"message\":\"Forbidden\"} with x-amzn-ErrorType: ForbiddenException (curl -v find_string id 1624081307, fixture aws-api-gateway-403-forbidden-exception; HTTP/2 copy id 39405520881; WAF-blocked 403 with empty body id 61921924095)"),
    generated(HeaderIs("x-amzn-errortype", "MissingAuthenticationTokenException"), 0.9, "AWS docs, Gateway response types (MISSING_AUTHENTICATION_TOKEN)"),
    generated(HeaderIs("x-amzn-errortype", "UnauthorizedException"), 0.85, "AWS docs, Gateway response types (UNAUTHORIZED, 401 {\"message\":\"Unauthorized\"})"),
    generated(HeaderIs("x-amzn-errortype", "AccessDeniedException"), 0.6, "AWS docs, Gateway response types (ACCESS_DENIED)"),
    generated(HeaderIs("x-amzn-errortype", "IncompleteSignatureException"), 0.85, "AWS docs, Gateway response types (INVALID_SIGNATURE / incomplete SigV4)"),
    generated(All(&[JsonIs("/message", "Forbidden"), Header("x-amz-apigw-id")]), 0.85, "API Gateway REST 403 body + its request id header (find_string id 1624081307)"),
    // HTTP APIs (v2) spell their defaults with capitals, next to apigw-requestid. Only the exact
    // messages: an app's own {"message": ...} relayed by an HTTP API has apigw-requestid too.
    generated(All(&[JsonIs("/message", "Internal Server Error"), Header("apigw-requestid")]), 0.85, "AWS docs, HTTP API Lambda integration errors ({\"message\":\"Internal Server Error\"}, see also find_string id 71594774125)"),
    generated(All(&[JsonIs("/message", "Not Found"), Header("apigw-requestid")]), 0.75, "AWS docs, HTTP API: no route matches -> 404 {\"message\":\"Not Found\"}"),
    generated(All(&[JsonIs("/message", "Service Unavailable"), Header("apigw-requestid")]), 0.8, "AWS docs, HTTP API integration timeout -> 503 {\"message\":\"Service Unavailable\"}"),
];

/// ADDITIONS to KONG (gateways.rs).
pub const KONG_ADDITIONS: &[Signal] = &[
    generated(Body("name resolution failed"), 0.9, "Kong/kong kong/runloop/balancer (503 'name resolution failed' when the upstream host does not resolve)"),
    generated(JsonKeys(&["/message", "/request_id"]), 0.4, "Kong 3.5+ error bodies carry request_id next to message (corpus kong-404-no-route-request-id)"),
];

/// ADDITIONS to TYK (gateways.rs).
pub const TYK_ADDITIONS: &[Signal] = &[
    // templates/error.json is '{\n    "error": {{error_message}}\n}': four-space indent.
    generated(Body("{\n    \"error\": \""), 0.6, "TykTechnologies/tyk templates/error.json@81d1d964 ('{\\n    \"error\": {{error_message}}\\n}'); corpus tyk-401-authorization-field-missing"),
    generated(Body("<error>"), 0.2, "TykTechnologies/tyk templates/error.xml ('<error>{{.Message}}</error>')"),
    generated(Body("Quota exceeded"), 0.6, "Tyk quota limiter message (Tyk docs, request quotas: 403 'Quota exceeded')"),
    generated(Body("Rate limit exceeded"), 0.5, "Tyk rate limiter message (Tyk docs, rate limiting: 429 'Rate limit exceeded')"),
];

/// ADDITIONS to CLOUDFLARE (edge.rs): Workers runtime failures are Cloudflare 1xxx pages.
pub const CLOUDFLARE_ADDITIONS: &[Signal] = &[
    generated(Body("Worker threw exception"), 0.9, "Cloudflare docs, Workers errors 1101 'Worker threw exception' (also in Workers analytics invocation statuses, find_string id 63462074341; troubleshooting notes ids 53485834801, 58582592626)"),
    generated(Body("Worker exceeded resource limits"), 0.9, "Cloudflare docs, Workers errors 1102 'Worker exceeded resource limits'"),
    generated(Body("error code: 1101"), 0.85, "Cloudflare plain-text 1xxx body for non-HTML clients (error code: 1101)"),
];

/// ADDITIONS to KUBERNETES_APISERVER (apps.rs).
pub const KUBERNETES_APISERVER_ADDITIONS: &[Signal] = &[
    generated(JsonIs("/status", "Failure"), 0.5, "kubernetes/apimachinery metav1.Status (status: Failure on errors); corpus k8s-apiserver-404-status"),
    generated(Header("audit-id"), 0.5, "kubernetes/apiserver pkg/endpoints/filters/audit_init.go (Audit-ID response header); corpus k8s-apiserver-404-status"),
];

/// ADDITIONS to GRAPHQL (apis.rs): Apollo Server's own refusals.
pub const GRAPHQL_ADDITIONS: &[Signal] = &[
    generated(Body("This operation has been blocked as a potential Cross-Site Request Forgery (CSRF)."), 0.9, "apollographql/apollo-server packages/server/src/preventCsrf.ts (400 when no preflight-forcing header)"),
    generated(Body("PERSISTED_QUERY_NOT_FOUND"), 0.85, "apollographql/apollo-server packages/server/src/errors (PersistedQueryNotFoundError)"),
];

/// ADDITIONS to AWS_API (apis.rs): S3-style REST-XML errors.
pub const AWS_API_ADDITIONS: &[Signal] = &[
    generated(Body("</RequestId><HostId>"), 0.85, "S3 REST error XML <Error><Code>..</Code><Message>..</Message>...<RequestId>..</RequestId><HostId>..</HostId></Error> (docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html)"),
    on_path(Header("x-amz-id-2"), 0.6, "docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonResponseHeaders.html (x-amz-id-2, x-amz-request-id)"),
];

/// ADDITIONS to AZURE_API_MANAGEMENT (gateways.rs).
pub const AZURE_API_MANAGEMENT_ADDITIONS: &[Signal] = &[
    // APIM's own 404 for an unknown API/operation: '{ "statusCode": 404, "message": "Resource not found" }'.
    generated(Body("\"statusCode\": 404, \"message\": \"Resource not found\""), 0.85, "Azure API Management default 404 for unmatched operation (Microsoft Q&A / docs, API Management troubleshooting)"),
];

// =============================================================================================
// 4. REFINES pairs (products/mod.rs)
// =============================================================================================
//
//   ("apisix", "openresty"),     // APISIX pages carry openresty's footer plus its own line
//   ("supabase", "kong"),        // Kong key-auth message + Supabase's hint
//   ("express-gateway", "express"), // finalhandler's 404 page inside the gateway
//   ("openshift-router", "haproxy") is NOT needed: the router's errorfiles share no HAProxy text.
//
// Emissary-ingress, Contour, Gloo and Consul's Envoy sidecars answer with Envoy's local replies
// and add no mark of their own in the bytes found (server: envoy, x-envoy-*): they stay Envoy.
