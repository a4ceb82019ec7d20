#!/usr/bin/env node
// The page's main thread under big pastes, in headless Chromium: a benchmark, not a test (the
// page test only checks a loose bound). For each case it loads the paste as a person would (a
// clipboard paste, a dropped file), waits for the report, and prints every main-thread task over
// 50 ms (the browser's long tasks) from the action until the page is idle again, with the longest
// one against the target of 100 ms. A paste from the clipboard includes the browser's own read of
// the clipboard (about 200 ms for 10 MB in Chromium, before any of the page's code runs); the same
// paste dropped as a file shows the page's own work. With --profile, the functions that took the most self time on
// the main thread are listed too (a CPU profile over the same span).
//
// usage: scripts/build-wasm.sh web www/pkg && node scripts/page-bench.mjs [--profile]
//        CHROMIUM=/usr/bin/chromium by default; the page is served from www/ on a free port.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = 100;
const profile = process.argv.includes("--profile");

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A 10 MB raw response: nginx's page padded with non-ASCII paragraphs, CRLF line ends. */
function tenMegabytePaste() {
  const body = "<html><body>" + "<p>lorem ipsum dolor sit amet, é ü 日本 token=abc</p>\r\n".repeat(205_000) + "<hr><center>nginx</center></body></html>";
  return "HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n" + body;
}

/** A 5 MB HAR: the real failing-fetches capture's entries repeated, with large bodies. */
function fiveMegabyteHar() {
  const har = JSON.parse(readFileSync(path.join(root, "tests/inputs/chromium-devtools-har-failing-fetches.har"), "utf8"));
  const real = har.log.entries;
  const filler = JSON.stringify({ items: Array.from({ length: 60 }, (_, i) => ({ id: i, name: `item ${i}`, accessToken: `tok-${i}` })) });
  har.log.entries = Array.from({ length: 1400 }, (_, i) => {
    const e = structuredClone(real[i % real.length]);
    if (e.response?.content && e.response.status < 400) e.response.content.text = filler;
    return e;
  });
  return JSON.stringify(har, null, 1);
}

/** A 4 MB JSON error body (a large validation report). */
function bigJson() {
  const errors = Array.from({ length: 40_000 }, (_, i) => ({ field: `items[${i}].price`, message: "must be positive", code: "too_small" }));
  const body = JSON.stringify({ message: "Validation failed", errors });
  return `HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/**
 * Runs `prepare` (the harness's own work: handing the paste to the page), then measures `load`
 * (what a person does) until the report is drawn.
 */
async function measure(page, name, prepare, load) {
  await prepare();
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__tasks = [];
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))))
      .observe({ type: "longtask" });
  });
  const session = profile ? await page.context().newCDPSession(page) : null;
  if (session) {
    await session.send("Profiler.enable");
    await session.send("Profiler.setSamplingInterval", { interval: 200 });
    await session.send("Profiler.start");
  }
  const since = await page.evaluate(() => window.__resplain.seq);
  const started = Date.now();
  await load();
  await page.waitForFunction((s) => window.__resplain.seq > s && document.body.dataset.state === "report", since, { timeout: 60_000 });
  const ready = Date.now() - started;
  await page.waitForTimeout(800); // what is drawn after the report
  const tasks = await page.evaluate(() => window.__tasks);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  console.log(`${name}: report after ${ready} ms; longest main-thread task ${Math.round(longest)} ms (target ${TARGET} ms) ${longest <= TARGET ? "ok" : "OVER"}`);
  for (const t of tasks) console.log(`  task at ${Math.round(t.start)} ms: ${Math.round(t.duration)} ms`);
  if (session) {
    const { profile: p } = await session.send("Profiler.stop");
    const self = new Map();
    const dt = p.timeDeltas ?? [];
    p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
    const rows = p.nodes
      .map((n) => ({ name: `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`, ms: (self.get(n.id) ?? 0) / 1000 }))
      .filter((r) => !/\(idle\)|\(program\)/.test(r.name))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12);
    for (const r of rows) console.log(`    ${r.ms.toFixed(1).padStart(7)} ms  ${r.name}`);
  }
  return longest;
}

const port = await freePort();
const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1"], { cwd: path.join(root, "www"), stdio: "ignore" });
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
let worst = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector("body[data-ready=true]");

  const paste = tenMegabytePaste();
  worst = Math.max(worst, await measure(page, `10 MB paste (${(paste.length / 1e6).toFixed(1)} M characters, from the clipboard)`, async () => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), paste);
    await page.focus("#paste");
  }, () => page.keyboard.press("Control+V")));

  // Chromium's own clipboard read (DataTransfer.getData in the paste event) of 10 MB takes about
  // 200 ms of that task by itself; the same paste dropped as a file shows what the page costs.
  for (const [name, content, file] of [["10 MB paste", paste, "big.http"], ["5 MB HAR", fiveMegabyteHar(), "big.har"], ["4 MB JSON body", bigJson(), "big.json"]]) {
    await page.click("#clear");
    worst = Math.max(worst, await measure(page, `${name} (${(content.length / 1e6).toFixed(1)} MB, dropped)`, async () => {
      await page.evaluate(([t, n]) => {
        window.__file = new File([t], n);
      }, [content, file]);
    }, () => page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(window.__file);
      document.querySelector("#paste").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    })));
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`longest main-thread task over all cases: ${Math.round(worst)} ms (target ${TARGET} ms)`);
