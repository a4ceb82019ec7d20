// h3 v2 (srvx on node) for lab/recipes/node-h3-hono.sh: its default 404 and error JSON
// (HTTPError / thrown Error) and readBody's 400.
// usage: node app-v2.mjs PORT
import { H3, HTTPError, readBody, serve } from 'h3';
const port = Number(process.argv[2]);
const app = new H3()
  .get('/boom', () => { throw new Error('database unavailable'); })
  .get('/forbidden', () => { throw new HTTPError({ status: 403, statusText: 'Forbidden', message: 'not allowed here' }); })
  .get('/items', () => [])
  .post('/json', async (event) => ({ ok: true, got: await readBody(event) }));
serve(app, { port, hostname: '127.0.0.1', silent: true });
