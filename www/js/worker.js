// Runs the wasm module off the main thread, so a 5 MB paste never freezes typing or scrolling.
// Messages in: { id, text }. Messages out: { id, report } or { id, error }; { ready } once loaded.
import init, { inspect } from "../pkg/resplain.js";

const ready = init().then(
  () => postMessage({ ready: true }),
  (error) => postMessage({ ready: false, error: String(error) }),
);

self.onmessage = async (event) => {
  await ready;
  const { id, text } = event.data;
  try {
    postMessage({ id, report: inspect(text) });
  } catch (error) {
    postMessage({ id, error: String(error?.message ?? error) });
  }
};
