//! WAFs, bot protection, DDoS shields and corporate filtering proxies: their block and challenge
//! pages. Few can run here, so their signals cite vendor documentation, vendor SDK sources and
//! real responses pasted in public repositories (lab/notes/research-edge.md says, per claim,
//! whether real bytes show it). A header a product adds to every response it relays is on-path;
//! only its own pages, status spellings and reply-only headers show it generated the response.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &IMPERVA,
    &F5_BIGIP,
    &AWS_WAF,
    &DATADOME,
    &PERIMETERX,
    &KASADA,
    &SUCURI,
    &FORTIWEB,
    &FORTIGATE,
    &PALO_ALTO,
    &BARRACUDA_WAF,
    &CITRIX_ADC,
    &RADWARE,
    &REBLAZE,
    &STACKPATH,
    &DDOS_GUARD,
    &ZSCALER,
];

// WAFs and bot protection (Edge)
const IMPERVA_PAGE: &str = "Imperva/Incapsula block iframe page seen in real bytes: '<iframe id=\"main-iframe\" src=\"/_Incapsula_Resource?SWUDNSAI=31&xinfo=...&incident_id=...\" ...>Request unsuccessful. Incapsula incident ID: 434000870345502677-416622015402874311</iframe>' (find_string ids 29110645119, 41236758766, 26746112438, 45360857614); identYwaf data.json@009b16a7 'incapsula' regex";

const IMPERVA_HEADERS: &str = "Imperva headers on every proxied response, seen in real bytes: 'X-Iinfo: 10-176778394-176778505 NNNN CT(82 249 0) ...', 'X-CDN: Incapsula' / 'X-CDN: Imperva', cookies visid_incap_<site>, incap_ses_<n>_<site>, nlbi_<site> (find_string ids 22170524039, 665081767, 40061741797); microlinkhq/is-antibot PR #60: 'x-iinfo and x-cdn: Incapsula are set on every response Imperva fronts'";

const IMPERVA: Product = Product {
    id: "imperva",
    name: "Imperva (Incapsula) Cloud WAF",
    layer: Layer::Edge,
    signals: &[
        generated(Body("Request unsuccessful. Incapsula incident ID:"), 0.97, IMPERVA_PAGE),
        generated(Body("Incapsula incident ID"), 0.95, IMPERVA_PAGE),
        // The challenge stub and the block iframe both load this resource; real pages that embed
        // Imperva's telemetry script carry it too, so it is not alone a block.
        generated(Body("/_Incapsula_Resource?"), 0.8, "Imperva JS challenge stub (HTTP 200, Content-Length 212) seen in a real HAR: '<script src=\"/_Incapsula_Resource?SWJIYLWA=5074a744e2e3d891814e9a2dace20bd4,719d34d31c8e3a6e6fffd425f7e032f3\">' (microlinkhq/is-antibot providers/imperva/failed.json@d192a16b, twinkl.de); iframe page ids above"),
        generated(Body("This request was blocked by our security service"), 0.9, "Imperva 'Access denied / Error 15|16|17' page: rendered text 'This request was blocked by our security service / Your IP / Proxy IP / Incident ID / Powered by Imperva' seen on real sites (find_string ids 1294238897, 55135440371 (403), 51946525904)"),
        generated(Body("Contact support for additional information.<br/>The incident ID is: "), 0.9, "Imperva SecureSphere (on-prem) error page: identYwaf data.json@009b16a7 'securesphere' regex; wafw00f plugins/imperva.py@bcb531ed requires '<H2>Error</H2>', 'The incident ID is:', \"This page can't be displayed.\""),
        generated(Body("window.isImpervaSpaSupport"), 0.85, "Imperva Advanced Bot Protection (ex-Distil) 'Pardon Our Interruption' wall, real body pasted in ziplokk1/incapsula-cracker-py3#32"),
        on_path(Header("x-iinfo"), 0.75, IMPERVA_HEADERS),
        on_path(HeaderIs("x-cdn", "Incapsula"), 0.7, IMPERVA_HEADERS),
        on_path(HeaderIs("x-cdn", "Imperva"), 0.7, IMPERVA_HEADERS),
        on_path(HeaderContains("set-cookie", "visid_incap_"), 0.65, IMPERVA_HEADERS),
        on_path(HeaderContains("set-cookie", "incap_ses_"), 0.65, IMPERVA_HEADERS),
    ],
};

const F5_ASM_PAGE: &str = "F5 BIG-IP ASM / Advanced WAF default blocking page, seen verbatim in many curl outputs: '<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 14517474674167111961<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>' (find_string ids 37473537909, 53071736931, 7195435283, 15505454511); F5 docs 'Configuring What Happens if a Response is Blocked' (support.f5.com, ASM 11.6): default pages carry <%TS.request.ID()%>. NGINX App Protect WAF sends the same page.";

const F5_BIGIP: Product = Product {
    id: "f5-bigip",
    name: "F5 BIG-IP (LTM/ASM/APM) / F5 WAF",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("The requested URL was rejected. Please consult with your administrator."), 0.97, F5_ASM_PAGE),
        generated(Body("<title>Request Rejected</title>"), 0.75, F5_ASM_PAGE),
        generated(Body("Your support ID is: "), 0.7, F5_ASM_PAGE),
        // ASM's default blocking status is 200 (bot-defense profile dump: 'status-code 200',
        // headers 'Cache-Control: no-store, must-revalidate, no-cache / Pragma: no-cache /
        // Connection: close', find_string id 19269210457); TIGERweb report (id 71432637518):
        // 'HTTP/1.1 200 OK / Content-Type: text/html; charset=utf-8 / Content-Length: 189'.
        on_path(HeaderContains("set-cookie", "BIGipServer"), 0.7, "BIG-IP LTM persistence cookie BIGipServer<pool> (wafw00f plugins/f5bigipltm.py@2193e7b0 matchCookie('^bigipserver'))"),
        on_path(Header("x-cnection"), 0.6, "BIG-IP mangles the Connection header name to X-Cnection on relayed responses (wafw00f plugins/f5bigipltm.py@2193e7b0; awesome-waf README 'jumbled X-Cnection')"),
        on_path(HeaderContains("set-cookie", "MRHSession"), 0.7, "BIG-IP APM session cookies MRHSession / LastMRH_Session (wafw00f plugins/f5bigipapm.py@329160cf)"),
        on_path(HeaderContains("set-cookie", "F5_fullWT"), 0.6, "BIG-IP APM cookie F5_fullWT (wafw00f plugins/f5bigipapm.py@329160cf)"),
        generated(HeaderIs("server", "BigIP"), 0.6, "Server: BigIP / BIG-IP on APM-generated replies (wafw00f plugins/f5bigipapm.py@329160cf matchHeader Server Big([-_])?IP)"),
        generated(HeaderIs("server", "BIG-IP"), 0.6, "Server: BigIP / BIG-IP on APM-generated replies (wafw00f plugins/f5bigipapm.py@329160cf)"),
    ],
};

const AWS_WAF_DOCS: &str = "AWS WAF developer guide, 'CAPTCHA and Challenge action behavior' (docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-actions.html): Challenge -> x-amzn-waf-action: challenge + HTTP 202; CAPTCHA -> x-amzn-waf-action: captcha + HTTP 405; seen in real observations (find_string ids 62465204111 405 + <title>Human Verification</title>, 68378472955, 71003077557 202 on www.amazon.com)";

const AWS_WAF_PAGE: &str = "AWS WAF challenge/CAPTCHA interstitial, curl capture with values elided by its author (find_string id 55189324661): 'window.awsWafCookieDomainList = [];', 'window.gokuProps = {\"key\": ..., \"iv\": ..., \"context\": ...}', '<script src=\"https://<id>.<hash>.us-west-2.token.awswaf.com/.../challenge.js\">', 'AwsWafIntegration.getToken()'; also ids 62465204111, 58567488791";

/// AWS WAF's plain *Block* is written by the resource it is attached to (CloudFront 'Request
/// blocked.' page, ALB '403 Forbidden' with Server: awselb/2.0, API Gateway {"message":"Forbidden"}),
/// so only the Challenge/CAPTCHA replies name the WAF itself.
const AWS_WAF: Product = Product {
    id: "aws-waf",
    name: "AWS WAF (Challenge / CAPTCHA)",
    layer: Layer::Edge,
    signals: &[
        generated(HeaderIs("x-amzn-waf-action", "captcha"), 0.95, AWS_WAF_DOCS),
        generated(HeaderIs("x-amzn-waf-action", "challenge"), 0.95, AWS_WAF_DOCS),
        generated(Body("window.gokuProps"), 0.9, AWS_WAF_PAGE),
        generated(Body("window.awsWafCookieDomainList"), 0.9, AWS_WAF_PAGE),
        generated(Body(".token.awswaf.com/"), 0.85, AWS_WAF_PAGE),
        generated(Body("AwsWafIntegration."), 0.85, AWS_WAF_PAGE),
        generated(Body(".captcha.awswaf.com/"), 0.85, "AWS WAF CAPTCHA page loads https://<id>.captcha.awswaf.com/.../captcha.js (wappalyzer/wappalyzer#6021, seesaawiki.jp; fixture aws-waf-405-captcha-head-only is that response's head)"),
    ],
};

const DATADOME_CAPTURE: &str = "DataDome 403 captured in full (fixture datadome-403-captcha-behind-cloudfront: leboncoin.fr through CloudFront, find_string id 65758713731; Content-Length 739 = body): x-datadome: protected, x-datadome-cid, x-dd-b: 1, body '<p id=\"cmsg\">Please enable JS and disable any ad blocker</p><script data-cfasync=\"false\">var dd={'rt':'c',...,'host':'geo.captcha-delivery.com',...}</script><script data-cfasync=\"false\" src=\"https://ct.captcha-delivery.com/c.js\">'; same page on idealista with Server: DataDome (id 55322485722)";

const DATADOME: Product = Product {
    id: "datadome",
    name: "DataDome bot protection",
    layer: Layer::Edge,
    signals: &[
        generated(Body("'host':'geo.captcha-delivery.com'"), 0.95, DATADOME_CAPTURE),
        generated(Body("https://ct.captcha-delivery.com/"), 0.9, DATADOME_CAPTURE),
        generated(Body("Please enable JS and disable any ad blocker"), 0.85, DATADOME_CAPTURE),
        // JSON flavour for XHR/API clients: 403 {"url":"https://geo.captcha-delivery.com/captcha/?initialCid=...&t=fe&..."}
        generated(Body("{\"url\":\"https://geo.captcha-delivery.com/"), 0.95, "DataDome JSON block for API clients, real observations with values elided: immobiliare.it '403 {\"url\":\"https://geo.captcha-delivery.com/captcha/?initialCid=...&hash=...&t=fe&...\"}' (find_string id 68897318671), SoundCloud api-v2 (ids 56401562696, 71083894210)"),
        generated(Header("x-dd-b"), 0.7, DATADOME_CAPTURE),
        generated(HeaderIs("server", "DataDome"), 0.8, "Server: DataDome on a DataDome 403 (idealista, curl capture described in find_string id 55322485722)"),
        // Sent on allowed traffic too (nytimes.com 200, find_string id 70459571231).
        on_path(HeaderIs("x-datadome", "protected"), 0.7, DATADOME_CAPTURE),
        on_path(Header("x-datadome-cid"), 0.6, DATADOME_CAPTURE),
        on_path(HeaderContains("set-cookie", "datadome="), 0.6, DATADOME_CAPTURE),
    ],
};

const PX_SOURCE: &str = "HUMAN/PerimeterX Node enforcer core, npm perimeterx-node-core@3.15.1 lib/pxenforcer.js (block: status '403' 'Forbidden', '429' 'Too Many Requests' for rate-limit; JSON body keys appId, jsClientSrc, firstPartyEnabled, vid, uuid, hostUrl, blockScript, altBlockScript, customLogo) and lib/templates/block_template.mustache ('<title>Access to this page has been denied</title>', 'window._pxAppId', 'var pxCaptchaSrc', 'Press & Hold to confirm you are<br>a human (and not a bot).')";

const PERIMETERX: Product = Product {
    id: "perimeterx",
    name: "HUMAN (PerimeterX) Bot Defender",
    layer: Layer::Edge,
    signals: &[
        generated(Body("window._pxAppId"), 0.9, PX_SOURCE),
        generated(Body("<title>Access to this page has been denied</title>"), 0.8, PX_SOURCE),
        generated(Body("content=\"px-captcha\""), 0.9, PX_SOURCE),
        generated(Body("Press & Hold to confirm you are"), 0.85, PX_SOURCE),
        generated(JsonKeys(&["/appId", "/jsClientSrc", "/blockScript"]), 0.95, "PerimeterX JSON block seen in real responses: walmart 412 '{\"redirectUrl\":\"/blocked?url=...\",\"appId\":\"PXu6b0qd2S\",\"jsClientSrc\":\"/px/PXu6b0qd2S/init.js\",\"blockScript\":\"/px/PXu6b0qd2S/captcha/captcha.js?a=c\"}' (find_string id 65768582842); keys from perimeterx-node-core@3.15.1 lib/pxenforcer.js"),
        generated(Body("Reached maximum requests limitation, try again soon."), 0.85, "perimeterx-node-core@3.15.1 lib/templates/ratelimit.mustache (429 page)"),
        generated(Body("perimeterx.com/whywasiblocked"), 0.9, "older PerimeterX block page link (identYwaf data.json@009b16a7 'perimeterx'; awesome-waf README)"),
        on_path(HeaderContains("set-cookie", "_px3="), 0.5, "PerimeterX cookies _px3/_pxvid/_pxhd on protected pages (microlinkhq/is-antibot src/providers.json@07b1b377)"),
    ],
};

const KASADA: Product = Product {
    id: "kasada",
    name: "Kasada bot defense",
    layer: Layer::Edge,
    signals: &[
        generated(Body("window.KPSDK={}"), 0.9, "Kasada 429 challenge body seen on canadagoose.com / hyatt.com: '<script>\\n  window.KPSDK={};\\n  KPSDK.now=...' then '<script src=\"/149e9513-01fa-4fb0-aad4-566afd725d1b/2d206a39-8ed7-437e-a3be-862e0f06eea3/ips.js?...\">' (find_string id 55135453828)"),
        generated(Body("/ips.js?"), 0.5, "Kasada challenge loads <uuid>/<uuid>/ips.js (find_string id 55135453828)"),
        generated(All(&[Status(429, 429), Header("x-kpsdk-ct")]), 0.8, "Kasada answers 429 with x-kpsdk-ct / x-kpsdk-r and access-control-expose-headers: x-kpsdk-ct,x-kpsdk-r,x-kpsdk-c,x-kpsdk-h,x-kpsdk-fc (find_string id 55135453828); x-kpsdk-ct alone is also on successful /tl answers (id 55862754076)"),
        on_path(Header("x-kpsdk-ct"), 0.6, "Kasada token header (find_string ids 55135453828, 55862754076)"),
    ],
};

const SUCURI_HEADERS: &str = "Sucuri headers seen in real bytes: 'HTTP/1.1 403 Forbidden / Server: Sucuri/Cloudproxy / X-Sucuri-Block: TMP021 / X-Sucuri-ID: 19037' (curl -I, find_string id 68329194582), 'x-sucuri-block: GEO02' (id 70923122304); wafw00f plugins/sucuri.py (X-Sucuri-ID, X-Sucuri-Cache on every response, X-Sucuri-Block on blocks)";

const SUCURI: Product = Product {
    id: "sucuri",
    name: "Sucuri Website Firewall (CloudProxy) / GoDaddy Website Firewall",
    layer: Layer::Edge,
    signals: &[
        generated(Header("x-sucuri-block"), 0.9, SUCURI_HEADERS),
        generated(Body("Access Denied - Sucuri Website Firewall"), 0.95, "Sucuri block page title (identYwaf data.json@009b16a7 'sucuri'; awesome-waf README)"),
        generated(Body("Access Denied - GoDaddy Website Firewall"), 0.95, "GoDaddy-branded Sucuri block page (identYwaf 'godaddy'; rendered text 'Access Denied - GoDaddy Website Firewall. Block ID: TMP021' in find_string id 68329194582)"),
        generated(Body("cloudproxy@sucuri.net"), 0.9, "Sucuri block page contact address (identYwaf 'sucuri'; wafw00f sucuri.py)"),
        generated(Body("sucuri-firewall-block.css"), 0.9, "Sucuri block page stylesheet cdn.sucuri.net/sucuri-firewall-block.css (wafw00f sucuri.py)"),
        on_path(Header("x-sucuri-id"), 0.7, SUCURI_HEADERS),
        on_path(Header("x-sucuri-cache"), 0.6, SUCURI_HEADERS),
        on_path(HeaderPrefix("server", "Sucuri"), 0.6, SUCURI_HEADERS),
    ],
};

const FORTINET_TOOL: &str = "wafw00f plugins fortiweb.py@2193e7b0 (cookie FORTIWAFSID=, block page with fgd_icon + 'Web Page Blocked' + 'Attack ID' + 'Message ID' + 'Client IP'), fortigate.py@2fc21c3a and fortiguard.py@2fc21c3a (//globalurl.fortinet.net with 'FortiGate Application Control' / 'Web Application Firewall' + 'Event ID' / 'FortiGuard Intrusion Prevention' + '<title>Web Filter Violation'); tool-derived, no full response seen";

const FORTIWEB: Product = Product {
    id: "fortiweb",
    name: "Fortinet FortiWeb",
    layer: Layer::Gateway,
    signals: &[
        generated(Body(".fgd_icon"), 0.8, FORTINET_TOOL),
        generated(Body("Server Unavailable!"), 0.3, "FortiWeb 'Server Unavailable!' heading (identYwaf data.json 'fortiweb'; awesome-waf); generic words, low weight"),
        on_path(HeaderContains("set-cookie", "FORTIWAFSID="), 0.75, FORTINET_TOOL),
    ],
};

/// FortiGate's block pages are served by the firewall to the *client's* browser (forward proxy /
/// UTM), whatever the site: the explanation should say "your network's firewall".
const FORTIGATE: Product = Product {
    id: "fortigate",
    name: "Fortinet FortiGate / FortiGuard block page",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("//globalurl.fortinet.net"), 0.9, FORTINET_TOOL),
        generated(Body("FortiGuard Intrusion Prevention"), 0.9, FORTINET_TOOL),
        generated(Body("FortiGate Application Control"), 0.9, FORTINET_TOOL),
    ],
};

const PALO_ALTO: Product = Product {
    id: "palo-alto",
    name: "Palo Alto Networks NGFW response page",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("Palo Alto Next Generation Security Platform"), 0.9, "identYwaf data.json@009b16a7 'paloalto'; awesome-waf README; tool-derived"),
        generated(Body("has been blocked in accordance with company policy"), 0.85, "identYwaf data.json@009b16a7 'paloalto' (URL-filtering response page); tool-derived"),
        generated(Body("Virus/Spyware Download Blocked"), 0.85, "awesome-waf README (Palo Alto); wafw00f paloalto.py 'Download of virus.spyware blocked'; tool-derived"),
    ],
};

const BARRACUDA_WAF: Product = Product {
    id: "barracuda",
    name: "Barracuda Web Application Firewall",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("when this page occurred and the event ID found at the bottom of the page"), 0.9, "identYwaf data.json@009b16a7 'barracuda'; tool-derived"),
        on_path(HeaderContains("set-cookie", "barra_counter_session="), 0.75, "wafw00f barracuda.py (cookies barra_counter_session=, BNI__BARRACUDA_LB_COOKIE=, BNI_persistence=); identYwaf 'barracuda'"),
        on_path(HeaderContains("set-cookie", "BNI__BARRACUDA_LB_COOKIE="), 0.75, "wafw00f barracuda.py"),
    ],
};

const CITRIX_TOOL: &str = "identYwaf data.json@009b16a7 'netscaler' ('<title>Application Firewall Block Page</title>', 'Violation Category: APPFW_', 'AppFW Session ID', 'Access has been blocked - if you feel this is in error, please contact the site administrators quoting the following'); tool-derived";

const CITRIX_ADC: Product = Product {
    id: "citrix-adc",
    name: "Citrix ADC / NetScaler",
    layer: Layer::Gateway,
    signals: &[
        generated(Body("<title>Application Firewall Block Page</title>"), 0.9, CITRIX_TOOL),
        generated(Body("Violation Category: APPFW_"), 0.95, CITRIX_TOOL),
        generated(Body("AppFW Session ID"), 0.9, CITRIX_TOOL),
        // NetScaler renames Connection so the client ignores it (wafw00f netscaler.py; awesome-waf).
        on_path(Header("cneonction"), 0.75, "NetScaler header-name mangling Cneonction: close on relayed responses (wafw00f netscaler.py as summarised in find_string id 71519677674; tool-derived)"),
        on_path(Header("nncoection"), 0.75, "NetScaler header-name mangling nnCoection: (wafw00f netscaler.py; awesome-waf README)"),
        on_path(HeaderPrefix("via", "NS-CACHE"), 0.7, "NetScaler integrated caching Via: NS-CACHE-<ver> (wafw00f netscaler.py; awesome-waf README)"),
        on_path(HeaderContains("set-cookie", "NSC_"), 0.6, "NetScaler persistence cookies NSC_... / citrix_ns_id / ns_af= (wafw00f netscaler.py; awesome-waf README)"),
        // NOT proposed: '<html><body><b>Http/1.1 Service Unavailable</b></body> </html>' (62 bytes) is a
        // real, common 503 (find_string ids 69013248909, 8876544100; botocore calls it a 'generic error
        // response ... if you're going through a proxy', id 7326120) and is widely attributed to
        // NetScaler, but no source ties it to NetScaler. Candidate if the lab ever captures it:
        // generated(BodyIs("<html><body><b>Http/1.1 Service Unavailable</b></body> </html>"), 0.6, ...),
    ],
};

const RADWARE: Product = Product {
    id: "radware",
    name: "Radware Cloud WAF / AppWall",
    layer: Layer::Edge,
    signals: &[
        generated(Body("Unauthorized Activity Has Been Detected."), 0.85, "awesome-waf README (Radware AppWall, with 'Case Number'); tool-derived"),
        generated(Body("You are seeing this page because we have detected unauthorized activity"), 0.9, "identYwaf data.json@009b16a7 'radware'; tool-derived"),
        generated(Body("CloudWebSec@radware.com"), 0.95, "identYwaf data.json@009b16a7 'radware' (mailto:CloudWebSec@radware.com); tool-derived"),
        generated(Body("validate.perfdrive.com"), 0.85, "Radware Bot Manager (ShieldSquare) redirects blocked clients to validate.perfdrive.com/captcha (detector test, find_string id 70301922047); tool-derived"),
        on_path(Header("x-sl-compstate"), 0.6, "awesome-waf README (Radware AppWall X-SL-CompState); tool-derived"),
    ],
};

const REBLAZE: Product = Product {
    id: "reblaze",
    name: "Reblaze",
    layer: Layer::Edge,
    signals: &[
        generated(Body("Current session has been terminated"), 0.75, "awesome-waf README (Reblaze block page: 'Access Denied (403)', 'Current session has been terminated'); tool-derived"),
        generated(Body("For further information, do not hesitate to contact us"), 0.6, "identYwaf data.json@009b16a7 'reblaze'; tool-derived"),
        on_path(HeaderContains("set-cookie", "rbzid="), 0.7, "Reblaze cookie rbzid= (microlinkhq/is-antibot src/providers.json@07b1b377; awesome-waf README)"),
        on_path(HeaderContains("server", "Reblaze"), 0.75, "Server: Reblaze Secure Web Gateway (awesome-waf README); tool-derived"),
    ],
};

const STACKPATH: Product = Product {
    id: "stackpath",
    name: "StackPath (Highwinds) CDN/WAF",
    layer: Layer::Edge,
    signals: &[generated(
        Body("You performed an action that triggered the service and blocked your request"),
        0.9,
        "identYwaf data.json@009b16a7 'stackpath'; awesome-waf README; tool-derived",
    )],
};

const DDOS_GUARD: Product = Product {
    id: "ddos-guard",
    name: "DDoS-Guard",
    layer: Layer::Edge,
    signals: &[
        generated(Body("check.ddos-guard.net/check.js"), 0.9, "DDoS-Guard challenge page loads check.ddos-guard.net/check.js ('confirmed via curl probes', find_string id 57457541791; detector test id 71379000804)"),
        on_path(HeaderIs("server", "ddos-guard"), 0.75, "Server: ddos-guard on every response DDoS-Guard fronts, seen in real observations (hh.ru 403, find_string id 66574088144; halykbank.kz id 61387083994; 101 Switching Protocols id 60262163910); wafw00f plugins/ddosguard.py@0a94302c"),
        on_path(HeaderContains("set-cookie", "__ddg1_"), 0.65, "DDoS-Guard cookies __ddg1_/__ddg2_/__ddgid_/__ddgmark_ (wafw00f plugins/ddosguard.py@0a94302c)"),
    ],
};

/// A corporate forward proxy: its pages reach the client's user whatever the site.
const ZSCALER: Product = Product {
    id: "zscaler",
    name: "Zscaler Internet Access (forward proxy)",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("Zscaler to protect you from internet threats"), 0.9, "awesome-waf README and wafw00f zscaler.py ('Your organization has selected Zscaler to protect you from internet threats'); tool-derived"),
        generated(Body("Internet Security by ZScaler"), 0.9, "wafw00f zscaler.py as summarised in find_string id 71519677674; tool-derived"),
        generated(Body("login.zscloud.net"), 0.8, "Zscaler block page logo https://login.zscloud.net/img_logo_new1.png (awesome-waf README); tool-derived"),
        generated(HeaderIs("server", "Zscaler"), 0.7, "Server: ZScaler on Zscaler's own pages (wafw00f zscaler.py; awesome-waf); tool-derived"),
    ],
};
