// Where the engine's facts come from. A Report names its sources by number (`cite`, `cites`) and
// the texts sit in pkg/citations.json beside the wasm module, loaded the first time one is shown
// (the service worker keeps it for offline use). Reports that still carry the text (`source`,
// `sources`) are read as they are.

/** @type {Promise<string[]> | null} */
let loaded = null;

/** @returns {Promise<string[]>} */
function citations() {
  loaded ??= fetch(new URL("../pkg/citations.json", import.meta.url))
    .then((r) => (r.ok ? r.json() : []))
    .then((list) => (Array.isArray(list) ? list.map(String) : []))
    .catch(() => []);
  return loaded;
}

/**
 * The source of an evidence item, a reason, an insight or a header note: its text, or its
 * citation's; null when there is none.
 * @param {{ source?: unknown, cite?: unknown }} item
 * @returns {Promise<string | null>}
 */
export async function sourceOf(item) {
  if (typeof item.source === "string" && item.source) return item.source;
  if (typeof item.cite === "number") return (await citations())[item.cite] ?? null;
  return null;
}
