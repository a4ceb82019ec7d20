// http-proxy-middleware (v2 or v3, whichever NODE_PATH holds) mounted in Express, in front of the
// lab's misbehaving upstreams (lab/lib/upstreams.py), for lab/recipes/node-proxies.sh. Only the
// library's defaults: no onError/on.error handler, so its error-response plugin writes the reply.
// usage: node hpm.js PORT UPSTREAM_BASE
const express = require('express');
const hpm = require('http-proxy-middleware');
const major = Number(require('http-proxy-middleware/package.json').version.split('.')[0]);
const port = Number(process.argv[2]);
const up = Number(process.argv[3]);
const app = express();
const routes = { refused: 0, slow: 1, garbage: 2, empty: 3, reset: 4, app500: 5, ok: 6, bighead: 7 };
for (const [name, off] of Object.entries(routes)) {
  const options = { target: `http://127.0.0.1:${up + off}`, proxyTimeout: 2000, logger: null, logLevel: 'silent' };
  if (major >= 3) {
    app.use(hpm.createProxyMiddleware({ ...options, pathFilter: `/${name}` }));
  } else {
    app.use(hpm.createProxyMiddleware(`/${name}`, options));
  }
}
app.listen(port, '127.0.0.1');
