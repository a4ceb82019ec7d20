// The wasm module behind one promise-returning call. It runs in a module worker when the browser
// allows it (the report comes back as a structured clone of the same plain object), and on the main
// thread otherwise.

let worker = null;
let local = null; // the module's inspect(), when running on the main thread
let started = null; // start()'s promise: a paste dropped while the module loads waits for it
let nextId = 0;
const waiting = new Map();

function startWorker() {
  return new Promise((resolve, reject) => {
    let w;
    try {
      w = new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "resplain" });
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
      if (msg.error) job.reject(new Error(msg.error));
      else job.resolve(msg.report);
    };
  });
}

async function startLocal() {
  const mod = await import("../pkg/resplain.js");
  await mod.default();
  local = mod.inspect;
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
      await startLocal();
      return "main-thread";
    }
  })();
  return started;
}

/** The Report for `text`, once the module has loaded. */
export async function inspect(text) {
  await start();
  if (!worker) return local(text);
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, text });
  });
}
