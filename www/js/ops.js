// What the page asks of the wasm module, run in the worker (js/worker.js) or, where workers are
// unavailable, on the main thread: inspect a paste (text or bytes), give an entry's Report,
// render the report as text or Markdown, the full Report as JSON, a share link's payload, and the
// bytes in one. Everything that walks the whole paste happens here: decoding bytes, the byte
// offsets' checkpoints, counting lines, masking and compressing.

import init, { inspect, inspectBytes, render } from "../pkg/resplain.js";
import { decodeBytes, textCheckpoints } from "./bytes.js";
import { encode, decode, maskBytes } from "./share.js";
import { harMeta, listed } from "./har.js";

/** @typedef {import("../../src/report").Report} Report */
/** @typedef {string | Uint8Array} Paste */

// The tables are read back at the first inspect, and V8 compiles each wasm function when it is
// first called: one inspect of a small proxy page while the page opens does both (markup paths
// included), so the first paste is answered without waiting for them.
export const ready = init().then(() => {
  inspect("HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n" +
    "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
});

/** The last paste inspected and its Report (entries' Reports included). */
/** @type {{ paste: Paste, report: Report } | null} */
let last = null;

/** @param {Paste} a @param {Paste} b */
function same(a, b) {
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The Report of `paste`, read again only when it is not the last one.
 * @param {Paste} paste */
function reportOf(paste) {
  if (!last || !same(last.paste, paste)) {
    last = { paste, report: typeof paste === "string" ? inspect(paste) : inspectBytes(paste) };
  }
  return last.report;
}

/**
 * Inspects a paste. Sends back the Report without the entries' own Reports (a HAR's can weigh
 * tens of megabytes: each is asked for when chosen), the entries with the file's timings, and
 * the checkpoints of the paste's byte offsets — with its text, for bytes.
 * @param {{ text?: string, bytes?: Uint8Array }} msg
 */
export function inspectPaste(msg) {
  const decoded = msg.bytes ? decodeBytes(msg.bytes) : null;
  const text = decoded ? decoded.text : msg.text ?? "";
  const report = reportOf(msg.bytes ?? text);
  const view = decoded ?? { ...textCheckpoints(text), exact: true };
  const entries = report.entries.length ? listed(report.entries, report.format === "har" ? harMeta(text) : []) : [];
  const top = { ...report, entries: [] };
  return { report: top, entries, view: { ...view, text: decoded ? decoded.text : null } };
}

/** The Report of the entry at `position` (null when it was only listed).
 * @param {{ position: number }} msg */
export function entry(msg) {
  return last?.report.entries[msg.position]?.report ?? null;
}

/** @param {{ paste: Paste, format: "text" | "markdown", entry?: number }} msg */
export function renderPaste(msg) {
  reportOf(msg.paste);
  return render(msg.paste, msg.format, msg.entry);
}

/** The full Report as JSON (secrets in it are masked by the engine).
 * @param {{ paste: Paste }} msg */
export function json(msg) {
  return JSON.stringify(reportOf(msg.paste), null, 2);
}

/** A share link's payload for the paste, every secret masked: { payload, secrets }.
 * @param {{ paste: Paste }} msg */
export async function share(msg) {
  const report = reportOf(msg.paste);
  const bytes = typeof msg.paste === "string" ? new TextEncoder().encode(msg.paste) : msg.paste;
  // A HAR file's spans index its rebuilt entries: its own secrets are listed apart.
  const pairs = report.reconstructed !== null ? report.paste_secrets : report.secrets.flatMap((s) => [s.start, s.end]);
  return { payload: await encode(maskBytes(bytes, pairs)), secrets: pairs.length / 2 };
}

/** The bytes in a share link's payload.
 * @param {{ payload: string }} msg */
export async function unshare(msg) {
  return decode(msg.payload);
}
