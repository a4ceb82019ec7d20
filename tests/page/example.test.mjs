// The examples/vite app (built by scripts/test.sh against the npm package in pkg/) in headless
// Chromium: it imports resplain through Vite, explains a pasted response at start-up, and explains
// its own failed fetch() — answered here with the bytes of a real nginx 502 fixture.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "examples/vite/dist");
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };

/** Replays a fixture: its status line, headers and body as they were captured. */
function replay(res, fixture) {
  const raw = readFileSync(path.join(root, "tests/fixtures", `${fixture}.http`), "latin1");
  const [head, ...rest] = raw.split("\r\n\r\n");
  const [statusLine, ...lines] = head.split("\r\n");
  const [, code, ...reason] = statusLine.split(" ");
  const headers = lines.map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]);
  res.writeHead(Number(code), reason.join(" "), headers);
  res.end(Buffer.from(rest.join("\r\n\r\n"), "latin1"));
}

let server, browser, base;

before(async () => {
  assert.ok(existsSync(dist), "examples/vite/dist is missing: scripts/test.sh builds it");
  server = createServer((req, res) => {
    if (req.url === "/api/orders") return replay(res, "nginx-502-default");
    const file = path.join(dist, req.url === "/" ? "index.html" : req.url);
    if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("the Vite example explains a pasted response and its own failed fetch", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(base);
  await page.waitForFunction(() => document.title.startsWith("resplain:"));
  assert.equal(await page.title(), "resplain: nginx");
  await page.click("#call");
  await page.waitForSelector("#out[data-generator]");
  assert.equal(await page.getAttribute("#out", "data-generator"), "nginx");
  assert.match(await page.textContent("#out"), /^502: /);
  assert.deepEqual(errors, []);
  await page.close();
});
