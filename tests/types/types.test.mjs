// The npm package's TypeScript declarations against what the wasm module really returns:
// every fixture is inspected by the nodejs build, and each Report is written into a TypeScript
// file as an object literal typed `Report`. `tsc --strict --noEmit` then fails on any field the
// Rust model emits that the declarations lack (excess property), any declared field it does not
// emit, and any type that differs — so Rust and TypeScript cannot drift apart silently.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = process.env.RESPLAIN_NODE_PKG ?? path.join(root, "target/pkg-node");
const work = path.join(root, "target/types-check");
const require = createRequire(import.meta.url);
const resplain = require(path.join(pkg, "resplain.js"));

function cases() {
  const dirs = ["tests/fixtures", "tests/parser", "tests/inputs"];
  return dirs.flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => !f.endsWith(".json"))
      .map((f) => path.join(root, dir, f)),
  );
}

test("every Report the wasm module returns matches the declared TypeScript types", () => {
  const files = cases();
  assert.ok(files.length > 200, `expected the fixture set, found ${files.length}`);
  mkdirSync(work, { recursive: true });
  // One constant per Report: a single array of 1,300 literals is a union too complex for tsc.
  const literals = files.map((file, i) => {
    const report = resplain.inspectBytes(readFileSync(file));
    return `// ${path.relative(root, file)}\nexport const r${i}: Report = ${JSON.stringify(report)};`;
  });
  const parts = resplain.inspectParts({
    status: 503,
    statusText: "Service Unavailable",
    headers: { "content-type": "application/json", "set-cookie": ["a=1", "b=2"] },
    body: { detail: "maintenance" },
    url: "https://api.test/v1?api_key=secret",
    method: "POST",
  });
  const source = [
    `import type { Report, ResponseParts } from ${JSON.stringify(path.join(pkg, "resplain.js"))};`,
    `import { inspect, inspectParts } from ${JSON.stringify(path.join(pkg, "resplain.js"))};`,
    ...literals,
    `export const fromParts: Report = ${JSON.stringify(parts)};`,
    `// The API as an app would use it.`,
    `const r: Report = inspect("HTTP/1.1 502 Bad Gateway\\r\\n\\r\\n");`,
    `const generator: string | null = r.origin.generator;`,
    `const parts: ResponseParts = { status: 500, headers: [["server", "nginx"]], body: "oops" };`,
    `export const again: Report = inspectParts(parts);`,
    `export const used = [generator];`,
  ].join("\n");
  writeFileSync(path.join(work, "reports.ts"), source);
  const tsc = path.join(root, "node_modules/.bin/tsc");
  try {
    execFileSync(tsc, ["--strict", "--noEmit", "--skipLibCheck", "false", "--target", "es2022",
      "--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom",
      path.join(work, "reports.ts")], { stdio: "pipe" });
  } catch (e) {
    assert.fail(`tsc found Reports that do not match src/report.d.ts:\n${e.stdout}${e.stderr}`);
  }
});

test("inspectParts reads headers in every form and masks secrets", () => {
  for (const headers of [
    { "content-type": "application/json", "set-cookie": "sid=abc" },
    [["content-type", "application/json"], ["set-cookie", "sid=abc"]],
    new Map([["content-type", "application/json"], ["set-cookie", "sid=abc"]]),
    new Headers([["content-type", "application/json"], ["set-cookie", "sid=abc"]]),
  ]) {
    const r = resplain.inspectParts({ status: 502, statusText: "Bad Gateway", headers, body: '{"message":"upstream"}' });
    assert.equal(r.format, "parts");
    assert.equal(r.status.code, 502);
    assert.equal(r.body.kind, "json");
    const cookie = r.headers.find((h) => h.name === "set-cookie");
    assert.equal(cookie.value, "sid=••••");
    assert.ok(r.reconstructed.startsWith("HTTP/1.1 502 Bad Gateway\r\n"));
    assert.ok(!r.reconstructed.includes("abc"), "the rebuilt text masks the cookie too");
    assert.ok(r.reconstructed.includes("set-cookie: sid=***\r\n"));
  }
});

test("inspectResponse reads a clone and leaves the Response usable", async () => {
  const body = "<html><body><center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center></body></html>";
  const response = new Response(body, { status: 502, statusText: "Bad Gateway", headers: { "content-type": "text/html", server: "nginx" } });
  const report = await resplain.inspectResponse(response);
  assert.equal(report.status.code, 502);
  assert.equal(report.origin.generator, "nginx");
  assert.equal(await response.text(), body, "the original body is still readable");
});

test("a panic inside the module does not break the next call", () => {
  assert.equal(typeof resplain.panicForTest, "function", "build the package with --features test-panic");
  assert.throws(() => resplain.panicForTest(), /unreachable|panic/i);
  const report = resplain.inspect("HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\n<hr><center>nginx</center>");
  assert.equal(report.status.code, 502);
  assert.equal(report.origin.generator, "nginx");
  assert.equal(resplain.inspectBytes(new Uint8Array([72, 84, 84, 80])).format, "body-only");
});

test("errors cross as Error objects and the module keeps working", () => {
  assert.throws(() => resplain.inspectParts(42), (e) => e instanceof Error && /expected an object/.test(e.message));
  assert.throws(() => resplain.inspectResponse({}), (e) => e instanceof Error && /not a function/.test(e.message));
  assert.equal(resplain.inspect("HTTP/1.1 200 OK\r\n\r\n").status.code, 200);
});
