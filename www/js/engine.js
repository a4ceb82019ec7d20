// The wasm module behind promise-returning calls (js/ops.js). It runs in a module worker when the
// browser allows it (results come back as structured clones of the same plain objects), and on
// the main thread otherwise.

import { scriptURL } from "./tt.js";

/** @typedef {import("../../src/report").Report} Report */
/** @typedef {import("./bytes.js").Checkpoints & { text: string | null, exact: boolean }} View */
/** @typedef {import("./har.js").ListedEntry} ListedEntry */
/** @typedef {string | Uint8Array} Paste */

/** @type {Worker | null} */
let worker = null;
/** @type {typeof import("./ops.js") | null} */
let local = null; // the ops, when running on the main thread
/** @type {Promise<string> | null} */
let started = null; // start()'s promise: a paste dropped while the module loads waits for it
let nextId = 0;
/** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
const waiting = new Map();

/** An error from the engine; `reason` says why a share link was refused ("too-large", "damaged"). */
export class EngineError extends Error {
  /** @param {string} message @param {string | undefined} reason */
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
}

/** @returns {Promise<Worker>} */
function startWorker() {
  return new Promise((resolve, reject) => {
    /** @type {Worker} */
    let w;
    try {
      w = new Worker(scriptURL(new URL("./worker.js", import.meta.url).href), { type: "module", name: "resplain" });
    } catch (error) {
      reject(error);
      return;
    }
    const timer = setTimeout(() => reject(new Error("the worker did not start")), 15000);
    w.onerror = (event) => {
      clearTimeout(timer);
      reject(new Error(event.message || "worker error"));
    };
    w.onmessage = (event) => {
      const msg = event.data;
      if ("ready" in msg) {
        clearTimeout(timer);
        if (msg.ready) resolve(w);
        else reject(new Error(msg.error));
        return;
      }
      const job = waiting.get(msg.id);
      if (!job) return;
      waiting.delete(msg.id);
      if ("error" in msg) job.reject(new EngineError(msg.error, msg.reason));
      else job.resolve(msg.result);
    };
  });
}

/** Loads the wasm module (once); resolves to "worker" or "main-thread". */
export function start() {
  started ??= (async () => {
    try {
      worker = await startWorker();
      return "worker";
    } catch (error) {
      console.warn("resplain: running on the main thread:", error);
      worker?.terminate?.();
      worker = null;
      local = await import("./ops.js");
      await local.ready;
      return "main-thread";
    }
  })();
  return started;
}

/**
 * @param {string} op
 * @param {Record<string, unknown>} args
 */
async function call(op, args) {
  await start();
  if (!worker) {
    const ops = /** @type {Record<string, (a: any) => any>} */ ({
      inspect: local?.inspectPaste, entry: local?.entry, render: local?.renderPaste, json: local?.json, share: local?.share, unshare: local?.unshare,
    });
    try {
      return await ops[op](args);
    } catch (error) {
      const e = /** @type {any} */ (error);
      throw new EngineError(String(e?.message ?? e), e?.reason);
    }
  }
  const id = ++nextId;
  const w = worker;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, op, ...args });
  });
}

/**
 * The Report of a paste (entries listed without their own Reports) and its byte checkpoints.
 * @param {Paste} paste
 * @returns {Promise<{ report: Report, entries: ListedEntry[], view: View }>}
 */
export function inspect(paste) {
  return call("inspect", typeof paste === "string" ? { text: paste } : { bytes: paste });
}

/** The Report of the HAR entry at `position` of the last paste inspected.
 * @param {number} position
 * @returns {Promise<Report | null>} */
export function entry(position) {
  return call("entry", { position });
}

/** The report in words ("text" or "markdown"), of an entry when `entry` is given.
 * @param {Paste} paste @param {"text" | "markdown"} format @param {number | undefined} entry
 * @returns {Promise<string>} */
export function render(paste, format, entry) {
  return call("render", { paste, format, entry });
}

/** @param {Paste} paste @returns {Promise<string>} */
export function json(paste) {
  return call("json", { paste });
}

/** @param {Paste} paste @returns {Promise<{ payload: string, secrets: number }>} */
export function share(paste) {
  return call("share", { paste });
}

/** @param {string} payload @returns {Promise<Uint8Array>} */
export function unshare(payload) {
  return call("unshare", { payload });
}
