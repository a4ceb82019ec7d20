// h3 v1 (the server layer of Nitro 2 / Nuxt 3) on node:http, for lab/recipes/node-h3-hono.sh:
// its default 404 and error JSON (createError / thrown Error) and readBody's 400.
// usage: node app-v1.js PORT
const http = require('node:http');
const { createApp, createRouter, eventHandler, toNodeListener, createError, readBody } = require('h3');
const port = Number(process.argv[2]);
const app = createApp();
const router = createRouter()
  .get('/boom', eventHandler(() => { throw new Error('database unavailable'); }))
  .get('/forbidden', eventHandler(() => {
    throw createError({ statusCode: 403, statusMessage: 'Forbidden', message: 'not allowed here' });
  }))
  .get('/items', eventHandler(() => []))
  .post('/json', eventHandler(async (event) => ({ ok: true, got: await readBody(event) })));
app.use(router);
http.createServer(toNodeListener(app)).listen(port, '127.0.0.1');
