// Measures the npm package against its budgets and prints a Markdown table (README "Budgets").
// Sizes: pkg/resplain_bg.wasm raw and gzip -9. Speed: median time of `inspect` in node on a
// typical ~2 KB error page and on a 1 MB paste, beside the native medians for the same inputs
// (from `cargo bench --bench budgets`, passed in as JSON on argv[2]).
// usage: node scripts/budgets.mjs [native.json]   (scripts/budgets.sh runs everything)
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const resplain = require(path.join(root, "target/pkg-node/resplain.js"));
const native = process.argv[2] ? JSON.parse(readFileSync(process.argv[2], "utf8")) : {};

const wasmPath = path.join(root, "pkg/resplain_bg.wasm");
const wasm = readFileSync(wasmPath);
// `gzip -9`, as the budget says (GNU gzip's deflate differs from node's zlib by a few hundred
// bytes); zlib at level 9 where gzip is missing.
let gzip;
try {
  gzip = execFileSync("gzip", ["-9", "-c", wasmPath], { maxBuffer: 1 << 24 }).length;
} catch {
  gzip = gzipSync(wasm, { level: 9 }).length;
}

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

// The first call also rebuilds the knowledge tables from their compressed form (once per module).
const firstStart = process.hrtime.bigint();
resplain.inspect("HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\n");
const firstMs = Number(process.hrtime.bigint() - firstStart) / 1e6;

const rows = [];
rows.push(["`resplain_bg.wasm` raw", `${(wasm.length / 1024).toFixed(1)} KB`, "", ""]);
rows.push(["`resplain_bg.wasm` gzip -9", `${(gzip / 1024).toFixed(1)} KB (${gzip} bytes)`, "≤ 150 KB", gzip <= 150 * 1000 ? "met" : "**not met**"]);
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
rows.push(["first `inspect` after loading (the tables are read back once)", `${firstMs.toFixed(1)} ms`, "", ""]);
console.log("| what | measured | budget | |\n|---|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
