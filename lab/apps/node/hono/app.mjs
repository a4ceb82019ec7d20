// Hono on @hono/node-server for lab/recipes/node-h3-hono.sh: its default notFound and onError
// answers, HTTPException, and c.req.json() on a malformed body.
// usage: node app.mjs PORT
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { serve } from '@hono/node-server';
const port = Number(process.argv[2]);
const app = new Hono();
app.get('/boom', () => { throw new Error('database unavailable'); });
app.get('/forbidden', () => { throw new HTTPException(403, { message: 'not allowed here' }); });
app.get('/items', (c) => c.json([]));
app.post('/json', async (c) => c.json({ ok: true, got: await c.req.json() }));
app.get('/json-error', (c) => c.json({ error: 'database unavailable' }, 500));
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
