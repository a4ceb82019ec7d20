// Measures the npm package against its budgets and prints a Markdown table (README "Budgets").
// Sizes: the line scripts/size.sh printed (brotli -q 11 is the budget, gzip -9 beside it).
// Speed: median time of `inspect` in node on a typical ~2 KB error page and on a 1 MB paste,
// beside the native medians for the same inputs (`cargo bench --bench budgets`). The first
// `inspect` after loading (instantiation plus reading the tables back) in a fresh node process
// and in Chromium (www/pkg, served on 127.0.0.1), and the native instruction counts (callgrind).
// usage: node scripts/budgets.mjs NATIVE.json SIZE.txt INSTRUCTIONS.json (scripts/budgets.sh)
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const resplain = require(path.join(root, "target/pkg-node/resplain.js"));
const native = process.argv[2] ? JSON.parse(readFileSync(process.argv[2], "utf8")) : {};
const sizeLine = process.argv[3] ? readFileSync(process.argv[3], "utf8") : "";
const instructions = process.argv[4] ? JSON.parse(readFileSync(process.argv[4], "utf8")) : {};
const [, raw, brotli, budget, gzip] = sizeLine.match(/(\d+) bytes raw, (\d+) bytes brotli -q 11 \(budget (\d+)\), (\d+) bytes gzip -9/) ?? [];

const inputs = JSON.parse(readFileSync(path.join(root, "benches/budget-inputs.json"), "utf8"));
function input(spec) {
  const bytes = readFileSync(path.join(root, spec.file));
  if (!spec.repeat_body_to) return bytes;
  // A real page with its body repeated to the target size (Content-Length dropped).
  const text = bytes.toString("latin1");
  const split = text.indexOf("\r\n\r\n");
  const head = text.slice(0, split).split("\r\n").filter((l) => !/^content-length:/i.test(l)).join("\r\n");
  const body = text.slice(split + 4);
  return Buffer.from(head + "\r\n\r\n" + body.repeat(Math.ceil(spec.repeat_body_to / body.length)), "latin1");
}

function median(fn, runs) {
  for (let i = 0; i < Math.min(runs, 50); i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e3);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// The first call after the module has loaded, as the issue defines it: instantiation, reading
// the tables back and one inspect, on the main thread. Loading (fetching the bytes and compiling
// them, which browsers do off the main thread while the bytes stream in) is timed beside it. The
// web target's glue (www/pkg) in both, median of 7 fresh node processes and 7 fresh Chromium pages,
// for a tiny response and for the typical page. V8 compiles each wasm function when it is first
// called, so most of a first call is compiling the code it runs (the second call is ~0.5 ms).
const tiny = "HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\n";
const typical = readFileSync(path.join(root, inputs[0].file)).toString("utf8");
const nodeFirstCall = (input) => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", `
  import { readFileSync } from "node:fs";
  const m = await import(${JSON.stringify(path.join(root, "www/pkg/resplain.js"))});
  const bytes = readFileSync(${JSON.stringify(path.join(root, "www/pkg/resplain_bg.wasm"))});
  const input = JSON.parse(process.argv[1]);
  let t = performance.now();
  const module = new WebAssembly.Module(bytes);
  const load = performance.now() - t;
  t = performance.now();
  m.initSync({ module });
  m.inspect(input);
  console.log(JSON.stringify({ load, first: performance.now() - t }));`, JSON.stringify(input)]).toString());
const firstNode = medianOf(7, () => nodeFirstCall(tiny));
const firstNodeTypical = medianOf(7, () => nodeFirstCall(typical));
const firstChromium = await chromiumFirstCall();

// The run with the median `first`, of `n` runs of `run`.
function medianOf(n, run) {
  const runs = Array.from({ length: n }, run).sort((a, b) => a.first - b.first);
  return runs[Math.floor(n / 2)];
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB (${Number(n).toLocaleString("en")} bytes)`;
const rows = [];
rows.push(["`resplain_bg.wasm` raw", kb(raw), "", ""]);
rows.push(["`resplain_bg.wasm` brotli -q 11 (what hosts send)", kb(brotli), `≤ ${Number(budget).toLocaleString("en")} bytes`, Number(brotli) <= Number(budget) ? "met" : "**not met**"]);
rows.push(["`resplain_bg.wasm` gzip -9", kb(gzip), "", ""]);
for (const spec of inputs) {
  const bytes = input(spec);
  const text = bytes.toString("utf8");
  const us = median(() => resplain.inspect(text), spec.runs);
  const nat = native[spec.name];
  const ratio = nat ? ` (wasm/native ${(us / nat).toFixed(1)}×, native ${nat < 1000 ? nat.toFixed(1) + " µs" : (nat / 1000).toFixed(2) + " ms"})` : "";
  const shown = us < 1000 ? `${us.toFixed(1)} µs` : `${(us / 1000).toFixed(2)} ms`;
  const met = us <= spec.budget_us ? "met" : "**not met**";
  rows.push([`\`inspect\` in node, ${spec.label} (${(bytes.length / 1024).toFixed(1)} KB)`, shown + ratio,
    spec.budget_us < 1000 ? `≤ ${spec.budget_us} µs` : `≤ ${spec.budget_us / 1000} ms`, met]);
}
const ms = (n) => `${n.toFixed(1)} ms`;
const firstRow = (label, run) => rows.push([label, run == null ? "not measured" : `${ms(run.first)}${run.load ? ` (loading before it: ${ms(run.load)})` : ""}`,
  "≤ 16 ms", run != null && run.first <= 16 ? "met" : "**not met**"]);
firstRow("first `inspect` after loading, node: instantiation + tables + one call (tiny response)", firstNode);
firstRow("the same, node, the typical error page", firstNodeTypical);
firstRow("first `inspect` after loading, Chromium: the same (tiny response)", firstChromium?.tiny);
firstRow("the same, Chromium, the typical error page", firstChromium?.typical);
if (instructions.first) {
  rows.push(["native instructions, first `inspect` (tables read back)", instructions.first.toLocaleString("en"), "", ""]);
  rows.push(["native instructions, one typical page after that", instructions.page.toLocaleString("en"), "", ""]);
}
if (instructions.v8_first) {
  rows.push(["V8 instructions, first `inspect` in node (tiny response; lazy compilation included)", instructions.v8_first.toLocaleString("en"), "", ""]);
}
console.log("| what | measured | budget | |\n|---|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);

// Chromium: the page's own module (www/pkg, web target) loaded by a blank page served from
// 127.0.0.1; the time from before `init()` to after the first inspect, median of 5 fresh pages.
async function chromiumFirstCall() {
  let chromium;
  try {
    ({ chromium } = require(path.join(root, "node_modules/playwright-core")));
  } catch {
    return null;
  }
  const files = { "/resplain.js": "text/javascript", "/resplain_bg.wasm": "application/wasm" };
  const server = createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>budget</title>");
    } else if (files[req.url]) {
      res.writeHead(200, { "content-type": files[req.url] }).end(readFileSync(path.join(root, "www/pkg", req.url)));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const runs = { tiny: [], typical: [] };
  try {
    for (const [name, input] of [["tiny", tiny], ["typical", typical]]) {
      for (let i = 0; i < 7; i++) {
        const page = await browser.newPage();
        await page.goto(url);
        runs[name].push(await page.evaluate(async (input) => {
          const m = await import("/resplain.js");
          const bytes = await (await fetch("/resplain_bg.wasm")).arrayBuffer();
          let t = performance.now();
          const module = await WebAssembly.compile(bytes);
          const load = performance.now() - t;
          t = performance.now();
          await m.default({ module_or_path: module });
          m.inspect(input);
          return { load, first: performance.now() - t };
        }, input));
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (list) => list.sort((a, b) => a.first - b.first)[Math.floor(list.length / 2)];
  return { tiny: median(runs.tiny), typical: median(runs.typical) };
}
