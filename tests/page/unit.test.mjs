// The page's pure modules in node (no browser): byte offsets and decoding, the labels for a
// Report's fields, a HAR file's entries, share-link payloads and their bounds. The Reports used
// are the engine's own, from the committed snapshots of real fixtures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { textCheckpoints, decodeBytes, mapOf, offsets, step } from "../../www/js/bytes.js";
import { hopsOf, pathText, notHttp, hasResponse, retryTitle, retryWhen, maskText, secretRanges, formatBytes, formatMs, statusText } from "../../www/js/describe.js";
import { harMeta, listed, filterEntries, sortEntries, hostOf } from "../../www/js/har.js";
import { payloadOf, maskBytes, toBase64Url, fromBase64Url, encode, decode, MAX_INFLATED, MAX_PAYLOAD } from "../../www/js/share.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const snapshot = (id) => JSON.parse(readFileSync(path.join(root, "tests/snapshots", `${id}.json`), "utf8"));

// ---------------------------------------------------------------- bytes

test("byte offsets map to string indices through the checkpoints, for any mix of widths", () => {
  const text = "A é 日本 😀\r\n".repeat(700) + "end";
  const cp = textCheckpoints(text);
  const bytes = Buffer.from(text, "utf8");
  assert.equal(cp.byteLength, bytes.length);
  assert.equal(cp.crlf, true);
  assert.equal(cp.lines, 701);
  assert.ok(cp.units.length > 5, "checkpoints every STEP bytes");
  const map = mapOf(text, cp);
  // every character boundary maps back to the same prefix
  let b = 0;
  for (let i = 0; i < text.length; ) {
    assert.equal(map.toIndex(b), i, `byte ${b}`);
    const c = text.codePointAt(i);
    const units = c > 0xffff ? 2 : 1;
    b += Buffer.byteLength(String.fromCodePoint(c));
    i += units;
  }
  assert.equal(map.toIndex(bytes.length + 10), text.length);
  assert.equal(map.toIndex(-3), 0);
  assert.equal(offsets("plain ascii").toIndex(5), 5);
});

test("bytes that are not UTF-8 decode one U+FFFD per byte, so offsets stay exact", () => {
  const latin1 = Buffer.from("HTTP/1.1 500 Erreur\r\nContent-Length: 18\r\n\r\nDonn\xe9es invalides \xe0", "latin1");
  const d = decodeBytes(new Uint8Array(latin1));
  assert.equal(d.exact, false);
  assert.equal(d.byteLength, latin1.length, "the byte count is the file's");
  assert.equal(d.text, "HTTP/1.1 500 Erreur\r\nContent-Length: 18\r\n\r\nDonn\uFFFDes invalides \uFFFD");
  const map = mapOf(d.text, d, new Uint8Array(latin1));
  const body = latin1.indexOf("Donn");
  assert.equal(d.text.slice(map.toIndex(body), map.toIndex(latin1.length)), "Donn\uFFFDes invalides \uFFFD");
  assert.equal(map.toIndex(body + 5), d.text.indexOf("es inv"));
  // valid UTF-8 stays as it is
  const utf8 = decodeBytes(new TextEncoder().encode("ok é"));
  assert.deepEqual([utf8.exact, utf8.text, utf8.byteLength], [true, "ok é", 5]);
  // sequences: overlong, surrogate and truncated ones are invalid byte by byte
  assert.deepEqual(step(new Uint8Array([0xc0, 0x80]), 0), [1, 1]);
  assert.deepEqual(step(new Uint8Array([0xed, 0xa0, 0x80]), 0), [1, 1]);
  assert.deepEqual(step(new Uint8Array([0xf0, 0x9f, 0x98, 0x80]), 0), [4, 2]);
  assert.deepEqual(step(new Uint8Array([0xe6, 0x97]), 0), [1, 1]);
});

test("2 MB of binary is 2 MB, not what its decoding would weigh", () => {
  const bin = new Uint8Array(2 * 1024 * 1024);
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 131 + 7) & 0xff;
  const d = decodeBytes(bin);
  assert.equal(d.byteLength, bin.length);
  assert.equal(formatBytes(d.byteLength), "2.0 MB");
  assert.equal(mapOf(d.text, d, bin).toIndex(bin.length - 1) <= d.text.length, true);
});

// ---------------------------------------------------------------- describe

test("the hops come from the relays and their layers, as the engine gives them", () => {
  const heroku = snapshot("heroku-503-h12-behind-cloudflare");
  // the snapshot predates the layer field: the page reads it as the engine writes it now
  for (const r of heroku.origin.relays) r.layer ??= r.product === "cloudflare" ? "edge" : "gateway";
  const { hops, generator } = hopsOf(heroku);
  assert.deepEqual(hops.map((h) => h.id), ["client", "cloudflare", "heroku", "app"]);
  assert.equal(hops[generator].id, "heroku");
  assert.deepEqual(hops.map((h) => h.layer), ["you", "CDN / edge", "gateway", "application"]);
  assert.equal(hops[3].behind, true);
  assert.equal(pathText(heroku), "Client → Cloudflare → Heroku → Your app");
  const spring = snapshot("spring-boot-500-whitelabel");
  const app = hopsOf(spring);
  assert.deepEqual(app.hops.map((h) => h.id), ["client", "app"]);
  assert.equal(app.generator, 1);
});

test("labels say what the Report decided", () => {
  const nginx = snapshot("nginx-502-default");
  assert.equal(statusText(nginx), "HTTP/1.1 502 Bad Gateway");
  assert.equal(hasResponse(nginx), true);
  assert.equal(notHttp(nginx), false);
  assert.equal(notHttp({ ...nginx, diagnostics: [{ code: "not-http", severity: "warning", message: "", span: { start: 0, end: 1 } }] }), true);
  assert.equal(retryTitle({ advice: "not-needed" }), "No retry needed");
  assert.equal(retryWhen({ after_seconds: 30 }), "wait 30 s");
  assert.equal(retryWhen({ after_seconds: 7200 }), "wait 2 h");
  assert.equal(retryWhen({ after_seconds: null }), "");
  assert.equal(formatMs(60_123), "60.1 s");
});

test("secrets are masked one bullet per code unit, from the Report's ranges", () => {
  const text = "Cookie: sid=abc; x=é\r\n";
  const map = offsets(text);
  const report = { secrets: [{ start: 12, end: 15 }, { start: 19, end: 21 }] };
  const ranges = secretRanges(report, map);
  assert.deepEqual(ranges, [[12, 15], [19, 20]]);
  assert.equal(maskText(text, ranges), "Cookie: sid=•••; x=•\r\n");
  assert.equal(maskText("sid=abc; x", ranges, 8), "sid=•••; x");
});

// ---------------------------------------------------------------- HAR

const har = readFileSync(path.join(root, "tests/inputs/chromium-devtools-har-failing-fetches.har"), "utf8");

test("a HAR file's timings and sizes are read by entry, and the list filters and sorts", () => {
  const meta = harMeta(har);
  const raw = JSON.parse(har).log.entries;
  assert.equal(meta.length, raw.length);
  assert.equal(meta[0].time, raw[0].time);
  assert.equal(meta[0].timings.wait, raw[0].timings.wait);
  assert.deepEqual(harMeta("not json"), []);
  const entries = raw.map((e, index) => ({
    index,
    method: e.request.method,
    url: e.request.url,
    status: e.response.status,
    failing: e.response.status === 0 || e.response.status >= 400,
    report: index < 3 ? {} : null,
  }));
  const list = listed(entries, meta);
  assert.equal(list[0].host, hostOf(raw[0].request.url));
  assert.equal(list[3].inspected, false);
  const failing = filterEntries(list, { status: "failing", text: "" });
  assert.ok(failing.length > 0 && failing.every((e) => e.failing));
  const fives = filterEntries(list, { status: "5xx", text: "" });
  assert.ok(fives.every((e) => e.status >= 500 && e.status < 600));
  assert.deepEqual(filterEntries(list, { status: "all", text: "ORDERS" }).map((e) => e.url), list.filter((e) => e.url.includes("orders")).map((e) => e.url));
  const byTime = sortEntries(list, "time", -1);
  for (let i = 1; i < byTime.length; i++) assert.ok((byTime[i - 1].time ?? -1) >= (byTime[i].time ?? -1));
  assert.deepEqual(sortEntries(list, "position", 1), list);
});

// ---------------------------------------------------------------- share links

test("share payloads: masked byte for byte, round-trip, bounded both ways", async () => {
  assert.equal(payloadOf("#r=abc&x=1"), "abc");
  assert.equal(payloadOf("#x=1&r=zz"), "zz");
  assert.equal(payloadOf("#nothing"), null);
  const bytes = new TextEncoder().encode("Authorization: Bearer s3cret\r\n");
  const masked = maskBytes(bytes, [22, 28]);
  assert.equal(new TextDecoder().decode(masked), "Authorization: Bearer ******\r\n");
  assert.equal(masked.length, bytes.length);
  const all = new Uint8Array(256).map((_, i) => i);
  assert.deepEqual(fromBase64Url(toBase64Url(all)), all);
  assert.throws(() => fromBase64Url("a+b/"), /base64url/);
  const payload = await encode(masked);
  assert.deepEqual(await decode(payload), masked);
  // a bomb: a few hundred bytes that inflate past the bound are refused while inflating
  const bomb = toBase64Url(deflateRawSync(Buffer.alloc(MAX_INFLATED + 1024, 0x61), { level: 9 }));
  const started = performance.now();
  await assert.rejects(decode(bomb), (e) => e.reason === "too-large");
  assert.ok(performance.now() - started < 2000);
  await assert.rejects(decode("A".repeat(MAX_PAYLOAD + 1)), (e) => e.reason === "too-large");
  await assert.rejects(decode("AAAA"), (e) => e.reason === "damaged");
});
