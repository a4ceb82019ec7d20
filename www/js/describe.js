// Words for a Report that the page puts on screen: labels for fields the engine decided. Nothing
// here decides anything about the response: who generated it, its layer, the verdict sentence,
// the summary, the message, the secrets and the header notes all come from the Report (the
// engine), so the page, the CLI and the Markdown export say the same thing.
//
// Shared by the page and its node unit tests (tests/page/unit.test.mjs); no DOM here.

/** @typedef {import("../../src/report").Report} Report */
/** @typedef {import("../../src/report").Origin} Origin */
/** @typedef {import("../../src/report").Retry} Retry */
/** @typedef {import("../../src/report").Layer} Layer */

/** How each layer of the Report (`Relay.layer`) is named on a hop. */
export const LAYER_WORDS = /** @type {const} */ ({ edge: "CDN / edge", gateway: "gateway", proxy: "proxy", app: "application" });

/**
 * @param {unknown} v
 * @returns {v is Record<string, any>}
 */
export const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** @param {Report} report */
export function statusText(report) {
  const s = report.status;
  if (s.code === null) return "No status line";
  return `${s.version ? `HTTP/${s.version}` : "HTTP"} ${s.code} ${s.reason ?? ""}`.trim();
}

/** The reason phrase to show beside the code (as written, else the registered one).
 * @param {Report} report */
export function reasonText(report) {
  return report.status.reason || report.status.standard_reason || "";
}

/** @param {Origin} origin */
export function confidenceText(origin) {
  return origin.kind === "unknown" ? "" : `${Math.round(origin.confidence * 100)}% confidence`;
}

/** Whether the engine found the paste is no HTTP response at all (`not-http`).
 * @param {Report} report */
export function notHttp(report) {
  return report.diagnostics.some((d) => d.code === "not-http");
}

/** Whether there is a response to act on: without one (nothing came back, a request alone, not
 * HTTP) there is nothing to check or retry. The renderer (src/text.rs) uses the same rule.
 * @param {Report} report */
export function hasResponse(report) {
  return report.status.code !== null || report.format === "headers-only";
}

/**
 * @typedef {object} Hop
 * @property {string} id product id, or "client" / "app"
 * @property {string} name
 * @property {string} layer the layer's words
 * @property {"client" | "relay" | "generator" | "app"} role
 * @property {boolean} [behind] past the generator: this response did not come from there
 * @property {string | null} [detail] the app's framework, when the app generated it
 */

/**
 * The hops from the client to the app, outermost first, from `origin.relays` (each with its
 * layer) and the generator: [{ id, name, layer, role }].
 * @param {Report} report
 * @returns {{ hops: Hop[], generator: number }}
 */
export function hopsOf(report) {
  const origin = report.origin;
  /** @type {Hop[]} */
  const hops = [{ id: "client", name: "Client", layer: "you", role: "client" }];
  let generator = -1;
  for (const r of origin.relays) {
    if (r.kind === "app") continue; // the app is the last box
    hops.push({ id: r.product, name: r.name, layer: LAYER_WORDS[r.layer] ?? r.layer, role: "relay" });
    if (origin.kind === "proxy" && r.product === origin.generator) generator = hops.length - 1;
  }
  if (origin.kind === "proxy" && generator < 0) {
    // a generator named by its Server header only: not a relay of the tables
    hops.push({ id: origin.generator ?? "proxy", name: origin.generator_name ?? "a proxy", layer: LAYER_WORDS.proxy, role: "relay" });
    generator = hops.length - 1;
  }
  const app = origin.kind === "app" && origin.known ? origin.generator_name : null;
  hops.push({ id: "app", name: "Your app", detail: app, layer: LAYER_WORDS.app, role: "app" });
  if (origin.kind === "app") generator = hops.length - 1;
  if (generator >= 0) {
    hops[generator].role = origin.kind === "app" ? "app" : "generator";
    for (let i = generator + 1; i < hops.length; i++) hops[i].behind = true;
  }
  return { hops, generator };
}

/** The path as text: "Client → Cloudflare → nginx → Your app".
 * @param {Report} report */
export function pathText(report) {
  return hopsOf(report).hops.map((h) => (h.detail ? `${h.name} (${h.detail})` : h.name)).join(" → ");
}

const RETRY_WORDS = { "yes": "Retry: yes", "maybe": "Retry: maybe", "no": "Retry: no", "not-needed": "No retry needed" };

/** @param {Retry} retry */
export function retryTitle(retry) {
  return RETRY_WORDS[retry.advice] ?? `Retry: ${retry.advice}`;
}

/** "wait 30 s" from Retry-After, when the response says when.
 * @param {Retry} retry */
export function retryWhen(retry) {
  const n = retry.after_seconds;
  if (n === null || !Number.isFinite(n)) return "";
  return `wait ${formatSeconds(n)}`;
}

/** @param {number} n seconds */
export function formatSeconds(n) {
  if (n < 120) return `${n} s`;
  if (n < 7200) return `${Math.round(n / 60)} min`;
  return `${Math.round(n / 3600)} h`;
}

/** @param {number} n milliseconds */
export function formatMs(n) {
  if (!Number.isFinite(n) || n < 0) return "—";
  if (n < 1000) return `${Math.round(n)} ms`;
  return `${(n / 1000).toFixed(n < 10_000 ? 2 : 1)} s`;
}

/** @param {number} n */
export function formatBytes(n) {
  if (!Number.isFinite(n) || n < 0) return "—";
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The secrets of the text a view shows, as UTF-16 ranges.
 * @param {Report} report
 * @param {import("./bytes.js").ByteMap} map
 * @returns {Array<[number, number]>}
 */
export function secretRanges(report, map) {
  return report.secrets.map((s) => /** @type {[number, number]} */ ([map.toIndex(s.start), map.toIndex(s.end)]));
}

/**
 * `text` with `ranges` (UTF-16, sorted) shown as "•", one per code unit.
 * @param {string} text
 * @param {Array<[number, number]>} ranges
 * @param {number} [offset] where `text` starts in the text the ranges index
 */
export function maskText(text, ranges, offset = 0) {
  let out = "";
  let at = 0;
  for (const [a0, b0] of ranges) {
    const a = Math.max(a0 - offset, at);
    const b = Math.min(b0 - offset, text.length);
    if (b <= a) continue;
    out += text.slice(at, a) + "•".repeat(b - a);
    at = b;
  }
  return out + text.slice(at);
}
