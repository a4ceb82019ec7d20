// A HAR file's entries as the page lists them: what the Report gives for each entry (method, URL,
// status, failing, its own Report) and what the engine does not read — the timings, the size and
// the start time of each entry, read here from the file's own JSON (in the worker). Filtering and
// sorting the list. No DOM here: the node unit tests run it.

/** @typedef {import("../../src/report").Entry} Entry */

/**
 * @typedef {object} Timings
 * @property {number} [blocked]
 * @property {number} [dns]
 * @property {number} [connect]
 * @property {number} [ssl]
 * @property {number} [send]
 * @property {number} [wait]
 * @property {number} [receive]
 */

/**
 * @typedef {object} HarMeta What the HAR file says about an entry besides its request and response.
 * @property {number | null} time total milliseconds
 * @property {Timings | null} timings
 * @property {number | null} size response body bytes (content.size, else bodySize)
 * @property {string | null} started startedDateTime
 * @property {string | null} mime
 */

/**
 * @typedef {object} ListedEntry An entry as the page holds it: the Report's, without its Report
 * (asked of the worker when chosen), with the file's timings.
 * @property {number} position in the Report's `entries` (failing first)
 * @property {number} index in the file's `log.entries`
 * @property {string} method
 * @property {string} url
 * @property {string} host
 * @property {number} status
 * @property {boolean} failing
 * @property {boolean} inspected
 * @property {number | null} time
 * @property {number | null} size
 * @property {Timings | null} timings
 * @property {string | null} started
 * @property {string | null} mime
 */

const PHASES = /** @type {const} */ (["blocked", "dns", "connect", "ssl", "send", "wait", "receive"]);
export { PHASES };

/** @param {unknown} n */
const num = (n) => (typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : null);

/**
 * Timings and sizes by entry position in `log.entries`, or [] when the text is not a HAR's JSON.
 * @param {string} text
 * @returns {HarMeta[]}
 */
export function harMeta(text) {
  let har;
  try {
    har = JSON.parse(text);
  } catch {
    return [];
  }
  const entries = har?.log?.entries;
  if (!Array.isArray(entries)) return [];
  return entries.map((e) => {
    const t = e?.timings;
    /** @type {Timings | null} */
    let timings = null;
    if (t && typeof t === "object") {
      timings = {};
      for (const phase of PHASES) {
        const v = num(t[phase]);
        if (v !== null) timings[phase] = v;
      }
    }
    const content = e?.response?.content;
    return {
      time: num(e?.time),
      timings,
      size: num(content?.size) ?? num(e?.response?.bodySize),
      started: typeof e?.startedDateTime === "string" ? e.startedDateTime : null,
      mime: typeof content?.mimeType === "string" ? content.mimeType : null,
    };
  });
}

/** @param {string} url */
export function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

/**
 * The Report's entries with the file's meta, as listed.
 * @param {Array<Pick<Entry, "index" | "method" | "url" | "status" | "failing"> & { report?: unknown }>} entries
 * @param {HarMeta[]} meta
 * @returns {ListedEntry[]}
 */
export function listed(entries, meta) {
  return entries.map((e, position) => {
    const m = meta[e.index];
    return {
      position,
      index: e.index,
      method: e.method,
      url: e.url,
      host: hostOf(e.url),
      status: e.status,
      failing: e.failing,
      inspected: e.report !== null && e.report !== undefined,
      time: m?.time ?? null,
      size: m?.size ?? null,
      timings: m?.timings ?? null,
      started: m?.started ?? null,
      mime: m?.mime ?? null,
    };
  });
}

/**
 * @typedef {object} Filter
 * @property {"all" | "failing" | "2xx" | "3xx" | "4xx" | "5xx" | "none"} status
 * @property {string} text matched in the URL (host and path), the method and the status, ignoring case
 */

/**
 * @param {ListedEntry[]} entries
 * @param {Filter} filter
 */
export function filterEntries(entries, filter) {
  const text = filter.text.trim().toLowerCase();
  return entries.filter((e) => {
    const cls = e.status === 0 ? "none" : `${Math.floor(e.status / 100)}xx`;
    if (filter.status === "failing" && !e.failing) return false;
    if (filter.status !== "all" && filter.status !== "failing" && filter.status !== cls) return false;
    if (!text) return true;
    return `${e.method} ${e.status} ${e.url}`.toLowerCase().includes(text);
  });
}

/** @typedef {"position" | "method" | "status" | "host" | "size" | "time" | "started"} SortKey */

/**
 * A sorted copy; missing values last, ties in list order.
 * @param {ListedEntry[]} entries
 * @param {SortKey} key
 * @param {1 | -1} direction
 */
export function sortEntries(entries, key, direction) {
  const value = (/** @type {ListedEntry} */ e) => e[key];
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const x = value(a.e);
      const y = value(b.e);
      if (x === null && y === null) return a.i - b.i;
      if (x === null) return 1;
      if (y === null) return -1;
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return c === 0 ? a.i - b.i : c * direction;
    })
    .map(({ e }) => e);
}
