// Offline support: the page's own files, cached on the first visit. Network first (so a rebuilt
// wasm module or page is picked up at once), the cache when the network is gone. Only same-origin
// GET requests are handled; the page makes no other kind.

const CACHE = "resplain-v2";
const FILES = [
  "./",
  "index.html",
  "style.css",
  "app.js",
  "favicon.svg",
  "js/theme.js",
  "js/tt.js",
  "js/dom.js",
  "js/bytes.js",
  "js/engine.js",
  "js/worker.js",
  "js/ops.js",
  "js/describe.js",
  "js/citations.js",
  "js/hops.js",
  "js/highlight.js",
  "js/details.js",
  "js/preview.js",
  "js/jsontree.js",
  "js/share.js",
  "js/har.js",
  "js/examples.js",
  "pkg/resplain.js",
  "pkg/resplain_bg.wasm",
  "examples/nginx-502-default.http",
  "examples/cloudflare-522-head-only.http",
  "examples/aws-alb-503-no-targets.http",
  "examples/heroku-503-h12-behind-cloudflare.http",
  "examples/fastapi-502-upstream.http",
  "examples/spring-boot-500-whitelabel.http",
];
/** Cached when the package has it: the texts of the engine's citations (loaded when evidence is shown). */
const OPTIONAL = ["pkg/citations.json"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))
        .then(() => Promise.all(OPTIONAL.map((f) => cache.add(new Request(f, { cache: "reload" })).catch(() => undefined)))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request, { cache: "no-cache" });
      if (response.ok) {
        cache.put(request, response.clone());
        return response;
      }
      // the server is up but failing (a dev server restarting, a proxy's 502): the cached copy
      return (await cache.match(request, { ignoreSearch: true })) ?? response;
    } catch (error) {
      const cached = (await cache.match(request, { ignoreSearch: true })) ??
        (request.mode === "navigate" ? await cache.match("./") : undefined);
      if (cached) return cached;
      throw error;
    }
  })());
});
