// Bare http-proxy (node-http-proxy) server for lab/recipes/node-proxies.sh. http-proxy writes no
// error response of its own: without an 'error' listener a failed proxy request throws and the
// process exits. This server uses the error handler from http-proxy's README ("Listening for
// proxy events"), the one most deployments copy.
// usage: node http-proxy.js PORT UPSTREAM_BASE
const http = require('http');
const httpProxy = require('http-proxy');
const port = Number(process.argv[2]);
const up = Number(process.argv[3]);
const routes = { refused: 0, slow: 1, garbage: 2, empty: 3, reset: 4, app500: 5, ok: 6, bighead: 7 };
const proxy = httpProxy.createProxyServer({ proxyTimeout: 2000 });
proxy.on('error', function (err, req, res) {
  res.writeHead(500, {
    'Content-Type': 'text/plain'
  });
  res.end('Something went wrong. And we are reporting a custom error message.');
});
http.createServer((req, res) => {
  const name = req.url.split('/')[1];
  if (!(name in routes)) { res.statusCode = 404; res.end(); return; }
  proxy.web(req, res, { target: `http://127.0.0.1:${up + routes[name]}` });
}).listen(port, '127.0.0.1');
