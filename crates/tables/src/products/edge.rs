//! CDNs and edge caches.
//!
//! Header rules here are `on_path` unless the header only appears on the edge's own replies: a
//! CDN's headers are added to everything it relays, including an app's JSON error, so they must
//! never make the CDN the generator on their own.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &CLOUDFLARE,
    &FASTLY,
    &AKAMAI,
    &AWS_CLOUDFRONT,
    &VARNISH,
    &AZURE_FRONT_DOOR,
    &GOOGLE_FRONTEND,
    &BUNNYCDN,
    &KEYCDN,
    &EDGECAST,
    &TENCENT_EDGEONE,
    &ALIBABA_CLOUD,
    &CDN77,
    &GCORE,
];

const CF_HEADERS_DOCS: &str = "Cloudflare docs, Cloudflare HTTP headers (developers.cloudflare.com/fundamentals/reference/http-headers/)";
const CF_5XX_DOCS: &str = "Cloudflare docs, Troubleshooting Cloudflare 5XX errors (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/)";
const CF_1XXX_DOCS: &str = "Cloudflare docs, Troubleshooting Cloudflare 1XXX errors (1XXX errors appear in the HTML body; plain 'error code: NNNN' for non-HTML clients, e.g. cloudscraper checks and https://github.com/ggplot2-exts/gallery/issues/13)";
const CF_ERROR_PAGE: &str = "Cloudflare's error page template as served on 52x/1xxx errors (class names cf-error-details, cf-wrapper; 'Cloudflare Ray ID' footer), e.g. https://github.com/bucardo/check_postgres/issues/160";
const CF_REASONS: &str = "Cloudflare's HTTP/1.1 reason phrases for 52x as captured by JDownloader's Cloudflare handling (jdownloader src/jd/plugins/hoster/antiDDoSForHost.java: '520 Origin Error', '522 Origin Connection Time-out', '523 Origin Unreachable', '525 Origin SSL Handshake Error') and https://github.com/mitchellkrogza/nginx-ultimate-bad-bot-blocker/issues/276";
const CF_CHALLENGE: &str = "Cloudflare docs, Detect a Challenge Page response (developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/detect-response/): challenge pages carry cf-mitigated: challenge; page markers as checked by cloudscraper (_cf_chl_opt, /cdn-cgi/challenge-platform/, 'Just a moment...')";

const CLOUDFLARE: Product = Product {
    id: "cloudflare",
    name: "Cloudflare",
    layer: Layer::Edge,
    signals: &[
        on_path(HeaderIs("server", "cloudflare"), 0.7, "Cloudflare docs, Cloudflare HTTP headers: Cloudflare sets Server: cloudflare on proxied responses"),
        on_path(Header("cf-ray"), 0.7, CF_HEADERS_DOCS),
        on_path(Header("cf-cache-status"), 0.5, "Cloudflare docs, Cloudflare cache responses (CF-Cache-Status)"),
        generated(HeaderIs("cf-mitigated", "challenge"), 0.9, CF_CHALLENGE),
        generated(Status(520, 527), 0.55, CF_5XX_DOCS),
        generated(Reason("Origin Error"), 0.6, CF_REASONS),
        generated(Reason("Origin Down"), 0.6, CF_REASONS),
        generated(Reason("Origin Connection Time-out"), 0.6, CF_REASONS),
        generated(Reason("Origin Unreachable"), 0.6, CF_REASONS),
        generated(Reason("Origin Time-out"), 0.6, CF_REASONS),
        generated(Reason("Origin SSL Handshake Error"), 0.6, CF_REASONS),
        generated(Body("cf-error-details"), 0.95, CF_ERROR_PAGE),
        generated(Body("Cloudflare Ray ID:"), 0.9, CF_ERROR_PAGE),
        generated(Body("id=\"cf-wrapper\""), 0.8, CF_ERROR_PAGE),
        generated(Body("cf-error-code"), 0.9, CF_1XXX_DOCS),
        generated(Body("/cdn-cgi/styles/cf.errors.css"), 0.95, "Cloudflare 1xxx page head as pasted in https://pastebin.com/c1tt3fbX ('Direct IP access not allowed | Cloudflare')"),
        generated(Body("cloudflare.com/5xx-error-landing"), 0.95, CF_5XX_DOCS),
        generated(Body("Attention Required! | Cloudflare"), 0.95, "Cloudflare WAF block page title (cloudscraper / FlareSolverr block detection, src/providers/cloudflare.ts)"),
        generated(Body("<title>Just a moment...</title>"), 0.9, CF_CHALLENGE),
        generated(Body("/cdn-cgi/challenge-platform/"), 0.9, CF_CHALLENGE),
        generated(Body("_cf_chl_opt"), 0.95, CF_CHALLENGE),
        generated(Body("<center>cloudflare</center>"), 0.95, "Cloudflare's own nginx-style 4xx/5xx page ('<hr><center>cloudflare</center>'), e.g. pokeapi 400 capture and OpenRouter 400 in public logs"),
        generated(Body("error code: 10"), 0.45, CF_1XXX_DOCS),
        generated(Body("error code: 11"), 0.45, CF_1XXX_DOCS),
        generated(Body("error code: 52"), 0.45, CF_5XX_DOCS),
    generated(Body("data-translate=\"block_headline\""), 0.9, "Cloudflare block page '<h1 data-translate=\"block_headline\">Sorry, you have been blocked</h1>' in real page sources (find_string ids 60372838733, 52724195853, 55862062131)"),
    generated(Body("<span id=\"challenge-error-text\">"), 0.85, "Cloudflare challenge page '<span id=\"challenge-error-text\">Enable JavaScript and cookies to continue</span>' matched by scrapers on real pages (find_string ids 46759214733, 4274857880)"),
    generated(Body("Worker threw exception"), 0.9, "Cloudflare docs, Workers errors 1101 'Worker threw exception' (also in Workers analytics invocation statuses, find_string id 63462074341; troubleshooting notes ids 53485834801, 58582592626)"),
    generated(Body("Worker exceeded resource limits"), 0.9, "Cloudflare docs, Workers errors 1102 'Worker exceeded resource limits'"),
    generated(Body("error code: 1101"), 0.85, "Cloudflare plain-text 1xxx body for non-HTML clients (error code: 1101)"),
],
};

const FASTLY_HEADERS: &str = "Fastly docs, Understanding cache HIT and MISS headers (X-Served-By: cache-<pop>, X-Cache, X-Cache-Hits, X-Timer: S...,VS0,VE...)";
const FASTLY_PAGE: &str = "Fastly's synthetic error page ('Guru Mediation:' / 'Details: cache-<node> <ts> <id>' / 'Varnish cache server'), e.g. public capture of a Fastly 412 for raw.githubusercontent.com and 'Error 503 first byte timeout' reports";

const FASTLY: Product = Product {
    id: "fastly",
    name: "Fastly",
    layer: Layer::Edge,
    signals: &[
        generated(Body("Fastly error: unknown domain"), 0.97, "Fastly's unknown-domain reply (Aquatone detectors/fastly.rb RESPONSE_FINGERPRINT; can-i-take-over-xyz)"),
        generated(Body("Guru Mediation:"), 0.85, FASTLY_PAGE),
        generated(Body("<p>Details: cache-"), 0.95, FASTLY_PAGE),
        on_path(HeaderPrefix("x-served-by", "cache-"), 0.6, FASTLY_HEADERS),
        on_path(Header("x-timer"), 0.5, FASTLY_HEADERS),
        on_path(Header("fastly-debug-digest"), 0.6, "Fastly docs, Fastly-Debug-Digest (sent with Fastly-Debug: 1)"),
    ],
};

const AKAMAI_PAGE: &str = "Akamai edge error page ('Reference #18.x.y.z' HTML-escaped as Reference&#32;&#35;, errors.edgesuite.net link), e.g. curl -kv of cdn.redhat.com and bot-block checks matching errors.edgesuite.net";

const AKAMAI: Product = Product {
    id: "akamai",
    name: "Akamai",
    layer: Layer::Edge,
    signals: &[
        generated(Body("Reference&#32;&#35;"), 0.95, AKAMAI_PAGE),
        generated(Body("errors&#46;edgesuite&#46;net"), 0.95, AKAMAI_PAGE),
        generated(Body("errors.edgesuite.net"), 0.9, AKAMAI_PAGE),
        // The edge names itself only when it wrote the reply; relayed objects keep the origin's Server.
        generated(HeaderIs("server", "AkamaiGHost"), 0.5, "Akamai edge-generated replies carry Server: AkamaiGHost (Akamai docs, Edge Server error pages; captures in public curl output)"),
        generated(Header("x-reference-error"), 0.6, "Akamai error replies carry X-Reference-Error: 18.<hex>.<ts>.<id> (the page's Reference #), e.g. curl -I of tesla.com in a public report (find_string id 12348531484)"),
        on_path(HeaderContains("x-cache", "akamaitechnologies.com"), 0.6, "Akamai docs, Pragma debug headers (X-Cache: TCP_MISS from a...deploy.akamaitechnologies.com)"),
        on_path(Header("akamai-grn"), 0.6, "Akamai docs, Akamai-GRN response header"),
        on_path(Header("akamai-cache-status"), 0.5, "Akamai docs, Akamai-Cache-Status response header"),
        on_path(Header("x-akamai-transformed"), 0.5, "Akamai docs, X-Akamai-Transformed (Adaptive Acceleration / image manager)"),
    on_path(HeaderIs("server", "AkamaiNetStorage"), 0.5, "Akamai NetStorage origin replies (404 'Not found' Content-Length 10 with X-Docker-Size: -1, find_string ids 12032921226, 75201194; 503 apology page on sec.gov id 70205323294); also serves 200s"),
    generated(HeaderIs("server", "GHost"), 0.45, "older Akamai edge Server: GHost on its 400 'Invalid URL' page with Reference&#32;&#35;9&#46;... (nmap fingerprint dump, find_string id 18579156004)"),
    on_path(HeaderContains("set-cookie", "_abck="), 0.55, "Akamai Bot Manager cookies _abck / bm_sz (microlinkhq/is-antibot src/providers.json@07b1b377; detector find_string id 52320913944)"),
],
};

const CLOUDFRONT_PAGE: &str = "CloudFront's generated error page ('ERROR: The request could not be satisfied' ... 'Generated by cloudfront (CloudFront)'), AWS docs Troubleshooting error responses from your origin; e.g. https://github.com/reimagined/resolve/issues/2125";
const CLOUDFRONT_HEADERS: &str = "AWS docs, CloudFront: headers that CloudFront adds (Via: 1.1 <id>.cloudfront.net (CloudFront), X-Amz-Cf-Id, X-Amz-Cf-Pop, X-Cache)";

const AWS_CLOUDFRONT: Product = Product {
    id: "aws-cloudfront",
    name: "Amazon CloudFront",
    layer: Layer::Edge,
    signals: &[
        generated(
            Body("Generated by cloudfront (CloudFront)"),
            0.97,
            CLOUDFRONT_PAGE,
        ),
        generated(
            Body("ERROR: The request could not be satisfied"),
            0.9,
            CLOUDFRONT_PAGE,
        ),
        generated(
            Body("If you provide content to customers through CloudFront"),
            0.95,
            CLOUDFRONT_PAGE,
        ),
        on_path(Header("x-amz-cf-id"), 0.7, CLOUDFRONT_HEADERS),
        on_path(Header("x-amz-cf-pop"), 0.6, CLOUDFRONT_HEADERS),
        on_path(
            HeaderContains("via", "cloudfront.net (CloudFront)"),
            0.7,
            CLOUDFRONT_HEADERS,
        ),
        // "Error from cloudfront" also labels origin errors CloudFront relays.
        on_path(
            HeaderContains("x-cache", "from cloudfront"),
            0.6,
            CLOUDFRONT_HEADERS,
        ),
        on_path(HeaderIs("server", "CloudFront"), 0.6, CLOUDFRONT_PAGE),
    ],
};

const VARNISH_LAB: &str =
    "captured locally from Varnish 7.1.1 (Debian 7.1.1-2+deb12u1) (lab/recipes/varnish.sh); varnish-cache bin/varnishd/builtin.vcl (vcl_builtin_synth, vcl_builtin_backend_error)";

const VARNISH: Product = Product {
    id: "varnish",
    name: "Varnish Cache",
    layer: Layer::Edge,
    signals: &[
        generated(Body("Guru Meditation:"), 0.95, "varnish-cache bin/varnishd/builtin.vcl (vcl_synth / vcl_backend_error templates)"),
        generated(Body("Varnish cache server"), 0.9, "varnish-cache bin/varnishd/builtin.vcl"),
        generated(Reason("Backend fetch failed"), 0.7, "varnish-cache bin/varnishd/cache/cache_fetch.c (vbf_stp_error sets 503 \"Backend fetch failed\")"),
        on_path(Header("x-varnish"), 0.7, "varnish-cache bin/varnishd/cache/cache_req_fsm.c (X-Varnish header on every delivered object)"),
        on_path(HeaderContains("via", "varnish"), 0.6, "varnish-cache bin/varnishd/cache/cache_req_fsm.c (Via: 1.1 varnish)"),
    // return (fail) in VCL: varnish-503-lab-vcl-failed.
    generated(Reason("VCL failed"), 0.8, VARNISH_LAB),
    // `Server: Varnish` is set only on responses Varnish made (synth, backend error); a relayed
    // response keeps the backend's headers and gets no Server (varnish-500-lab-app-passthrough).
    // Catches the page-less backend error of a VCL that skips the built-in page
    // (varnish-503-lab-bare-backend-error: Content-Length 0).
    generated(HeaderIs("server", "Varnish"), 0.6, VARNISH_LAB),
    // The head of its own answers: names, case and order (lab captures, measured over every fixture).
    generated(NamesInOrder(&["Date", "Server", "X-Varnish"]), 0.85, VARNISH_LAB),
],
};

const AFD_HEADERS: &str = "Microsoft docs, Azure Front Door: HTTP headers protocol support (X-Azure-Ref on every response; X-Cache: TCP_HIT/CONFIG_NOCACHE)";

const AZURE_FRONT_DOOR: Product = Product {
    id: "azure-front-door",
    name: "Azure Front Door",
    layer: Layer::Edge,
    signals: &[
        generated(Body("Our services aren't available right now"), 0.95, "Azure Front Door's generic error page (Microsoft docs, Azure AD B2C custom domains troubleshooting; https://github.com/Azure/static-web-apps/issues/774; https://github.com/Azure/azure-cli/issues/23182)"),
        generated(Body("your Azure Front Door Service configuration"), 0.97, "Azure Front Door unknown-host page ('Oops! We weren't able to find your Azure Front Door Service configuration', https://github.com/shifa123/Can-I-take-over-xyz-v2/issues/2)"),
        on_path(Header("x-azure-ref"), 0.7, AFD_HEADERS),
        on_path(Header("x-fd-int-roxy-purgeid"), 0.6, AFD_HEADERS),
        on_path(HeaderIs("x-cache", "CONFIG_NOCACHE"), 0.5, AFD_HEADERS),
        on_path(Header("x-msedge-ref"), 0.5, "Azure CDN / Front Door X-MSEdge-Ref request reference header (Microsoft docs, Azure CDN troubleshooting)"),
    generated(Body("The request is blocked."), 0.35, "Microsoft docs, 'Configure a custom response for Azure Front Door WAF': by default a blocked request gets 403 with the message 'The request is blocked.' and the tracking reference (X-Azure-Ref value); rate-limit blocks 429. Docs only, generic sentence: low weight, counts only with x-azure-ref"),
],
};

const GFE_PAGE: &str = "Google Front End's error page ('<ins>That’s an error.</ins>' ... 'That’s all we know.', robot.png), served for Google APIs and Google-hosted apps; e.g. takeover fingerprint '404. That’s an error.'";

const GOOGLE_FRONTEND: Product = Product {
    id: "google-frontend",
    name: "Google Front End",
    layer: Layer::Edge,
    signals: &[
        generated(Body("That’s an error."), 0.95, GFE_PAGE),
        generated(Body("That’s all we know."), 0.9, GFE_PAGE),
        generated(Body("//www.google.com/images/errors/robot.png"), 0.9, GFE_PAGE),
        // The plain 'Error: Server Error' page; the 502 'temporary error' variant is the load balancer's.
        generated(Body("<h2>The server encountered an error and could not complete your request."), 0.75, "App Engine / Cloud Run 500 page from Google Frontend ('Error: Server Error'), https://github.com/flynn/flynn/issues/4613"),
        on_path(HeaderIs("server", "Google Frontend"), 0.6, "Google App Engine docs, Request headers and responses (Server: Google Frontend)"),
        on_path(HeaderPrefix("server", "GFE/"), 0.5, "Google Front End Server header on Google-served responses (GFE/2.0)"),
        on_path(HeaderIs("via", "1.1 google"), 0.5, "Google Cloud docs, External Application Load Balancer: Via: 1.1 google added to responses"),
    ],
};

const BUNNYCDN: Product = Product {
    id: "bunnycdn",
    name: "bunny.net CDN",
    layer: Layer::Edge,
    signals: &[
        on_path(HeaderPrefix("server", "BunnyCDN-"), 0.7, "bunny.net docs, CDN response headers (Server: BunnyCDN-<pop>-<id>, CDN-PullZone, CDN-RequestId, CDN-Cache)"),
        on_path(Header("cdn-pullzone"), 0.6, "bunny.net docs, CDN response headers (CDN-PullZone)"),
        on_path(Header("cdn-requestid"), 0.5, "bunny.net docs, CDN response headers (CDN-RequestId)"),
    generated(Header("errorcode"), 0.75, "bunny.net's own error replies carry ErrorCode: <n> with CDN-Status: <status> (fixture bunnycdn-504-origin-timeout-head-only, https://github.com/php/infrastructure/issues/58 'ErrorCode: 106'; php/web-pecl#117 'BunnyCDN errorcode 106')"),
    generated(Body("please check your BunnyCDN account configuration"), 0.95, "bunny.net 'Domain suspended or not configured' page, text seen in domtronn/nuzlocke.app#205, ipfs/cid.ipfs.tech#76, VSCodium/vscodium#1910"),
    on_path(Header("cdn-status"), 0.5, "bunny.net CDN-Status / CDN-ProxyVer / CDN-RequestCountryCode on responses it serves (php/infrastructure#58)"),
],
};

const KEYCDN: Product = Product {
    id: "keycdn",
    name: "KeyCDN",
    layer: Layer::Edge,
    signals: &[
        on_path(HeaderIs("server", "keycdn-engine"), 0.7, "KeyCDN docs, curl -I https://www.keycdn.com/... shows Server: keycdn-engine on edge responses"),
        on_path(Header("x-edge-location"), 0.4, "KeyCDN docs, X-Edge-Location (serving PoP)"),
    ],
};

// CDNs (Edge)
const EDGECAST: Product = Product {
    id: "edgecast",
    name: "Edgecast / Edgio (Verizon Digital Media, Azure CDN from Edgio)",
    layer: Layer::Edge,
    signals: &[
        on_path(HeaderPrefix("server", "ECAcc ("), 0.75, "Server: ECAcc (<pop>/<id>) on Edgecast-served responses, seen in real bytes many times (example.com: find_string ids 7455417042, 38732069490, 66439225140; a 404 with X-Cache: 404-HIT id 1884520767; *.azureedge.net id 29937854985)"),
        on_path(HeaderPrefix("server", "ECS ("), 0.7, "Edgecast origin-shield Server: ECS (<pop>/<id>) (sibling of ECAcc; format as above)"),
        on_path(HeaderPrefix("server", "ECD ("), 0.7, "Edgecast dynamic-delivery Server: ECD (<pop>/<id>) (sibling of ECAcc; format as above)"),
        generated(Body("EdgeCast Web Application Firewall"), 0.85, "awesome-waf README: Edgecast WAF 400 page 'Please contact the site administrator, and provide the following Reference ID: ... EdgeCast Web Application Firewall (Verizon)'; tool-derived"),
    ],
};

const TENCENT_EDGEONE: Product = Product {
    id: "tencent-edgeone",
    name: "Tencent Cloud CDN / EdgeOne",
    layer: Layer::Edge,
    signals: &[
        on_path(Header("eo-log-uuid"), 0.75, "EdgeOne EO-LOG-UUID / EO-Cache-Status on every response, seen in real bytes (cloud.tencent.com, find_string id 70255822004); Tencent docs cloud.tencent.com/document/product/1552/105788"),
        on_path(Header("eo-cache-status"), 0.65, "EdgeOne EO-Cache-Status (find_string id 70255822004)"),
        on_path(Header("x-nws-log-uuid"), 0.75, "Tencent CDN X-NWS-LOG-UUID with Server: NWS_TCloud_IPV6, curl --head of www.zhihu.com (find_string id 2622351330)"),
        on_path(HeaderPrefix("server", "NWS_"), 0.6, "Tencent CDN Server: NWS_TCloud_IPV6 (find_string id 2622351330)"),
        generated(Body("waf.tencent-cloud.com"), 0.9, "Tencent Cloud WAF block page reference (identYwaf data.json@009b16a7 'tencent'; awesome-waf: answered with 405); tool-derived"),
    ],
};

const ALIBABA_CLOUD: Product = Product {
    id: "alibaba-cloud",
    name: "Alibaba Cloud CDN / Aliyun WAF",
    layer: Layer::Edge,
    signals: &[
        on_path(Header("eagleid"), 0.7, "Alibaba Cloud CDN EagleId header with Server: Tengine and Via: cache20.cn1480[,0] (curl --head www.taobao.com, find_string id 2622351330; OSS-through-CDN headers id 34111213964)"),
        on_path(Header("ali-swift-global-savetime"), 0.6, "Alibaba Cloud CDN Ali-Swift-Global-Savetime / X-Swift-CacheTime (find_string id 34111213964)"),
        generated(Body("Sorry, your request has been blocked as it may cause potential threats to the server's security"), 0.95, "Aliyun WAF (AliYunDun) block page, answered with 405 (identYwaf data.json@009b16a7 'aliyundun'; awesome-waf README); tool-derived"),
        generated(Body("//errors.aliyun.com/"), 0.9, "Aliyun WAF block page asset host (identYwaf data.json@009b16a7 'aliyundun'); tool-derived"),
    ],
};

const CDN77: Product = Product {
    id: "cdn77",
    name: "CDN77",
    layer: Layer::Edge,
    signals: &[
        on_path(HeaderIs("server", "CDN77-Turbo"), 0.75, "Server: CDN77-Turbo with X-77-NZT and X-Cache: HIT on a captured CDN77 response kept in a test (find_string id 33141949789); CloudflareSpeedTest source comments (ids 70435710073, 56461158556)"),
        on_path(Header("x-77-nzt"), 0.7, "CDN77 X-77-NZT (find_string id 33141949789)"),
        on_path(Header("x-77-pop"), 0.65, "CDN77 X-77-POP: frankfurtDE (CloudflareSpeedTest comments, find_string id 70435710073)"),
    ],
};

/// Gcore's edge answers with nginx's own error pages (Server: nginx), so its generated replies
/// come out as nginx's evidence; the X-ID-FE header names the CDN (REFINES ("gcore", "nginx")).
const GCORE: Product = Product {
    id: "gcore",
    name: "Gcore CDN",
    layer: Layer::Edge,
    signals: &[
        on_path(HeaderContains("x-id-fe", "-edge-gc"), 0.75, "Gcore X-ID / X-ID-FE: ed-hw-edge-gc38 on a real 'HTTP/1.1 410 Gone' with Server: nginx (Gcore docs, curl --head, find_string id 34093019963); 'x-id-fe: fr5-hw-edge-gc17' (CloudflareSpeedTest comments, id 18023785358)"),
        on_path(Header("x-shard"), 0.3, "Gcore x-shard: fr5-shard0-default (CloudflareSpeedTest comments, find_string id 18023785358); generic name, low weight"),
    ],
};
