// Bare node:http (no framework) for lab/recipes/node-http.sh: node's own answers to bad requests
// (400/408/413/417/431 written by lib/_http_server.js) and what a handler's own minimal replies
// look like (node's default header set and order).
// usage: node server.js PORT
const http = require('node:http');
const port = Number(process.argv[2]);
const server = http.createServer(
  // Short timeouts so the 408 scenario is quick (defaults: headersTimeout 60s, requestTimeout 300s,
  // connectionsCheckingInterval 30s).
  { headersTimeout: 2000, requestTimeout: 3000, connectionsCheckingInterval: 500 },
  (req, res) => {
    const path = req.url.split('?')[0];
    if (path === '/status-500') {            // statusCode set, empty end(): reason from STATUS_CODES
      res.statusCode = 500;
      res.end();
    } else if (path === '/text-500') {       // the common hand-written text error
      res.statusCode = 500;
      res.end('Internal Server Error');
    } else if (path === '/json-404') {       // writeHead with a Content-Type, JSON body
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'Not Found' }));
    } else if (path === '/write-503') {      // res.write() then end(): chunked framing
      res.writeHead(503, { 'Content-Type': 'text/plain' });
      res.write('Service Unavailable');
      res.end();
    } else if (path === '/throw') {          // uncaught exception: the process dies, no response
      throw new Error('boom');
    } else if (path === '/never') {          // never answers: node has no response timeout
      return;
    } else {
      res.statusCode = 404;
      res.end('Not Found');
    }
  });
server.listen(port, '127.0.0.1');
