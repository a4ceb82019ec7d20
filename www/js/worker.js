// Runs the wasm module off the main thread (js/ops.js), so a 10 MB paste never freezes typing or
// scrolling. Messages in: { id, op, ...arguments }. Messages out: { id, result } or { id, error };
// { ready } once the module is loaded.
import * as ops from "./ops.js";

const OPS = { inspect: ops.inspectPaste, entry: ops.entry, render: ops.renderPaste, json: ops.json, share: ops.share, unshare: ops.unshare };

ops.ready.then(
  () => postMessage({ ready: true }),
  (error) => postMessage({ ready: false, error: String(error) }),
);

self.onmessage = async (event) => {
  await ops.ready;
  const { id, op, ...args } = event.data;
  try {
    postMessage({ id, result: await OPS[op](args) });
  } catch (error) {
    postMessage({ id, error: String(error?.message ?? error), reason: error?.reason });
  }
};
