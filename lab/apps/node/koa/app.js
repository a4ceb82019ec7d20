// Koa (2 or 3, whichever NODE_PATH holds) with @koa/router and koa-bodyparser, for
// lab/recipes/node-koa.sh: Koa's default 404 (no body set), its default error handler
// (ctx.onerror: text/plain, message exposed only for err.expose), the router's 405/501 from
// allowedMethods(), and the body parser's 400/413.
// usage: node app.js PORT
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const port = Number(process.argv[2]);
const app = new Koa();
app.silent = true;  // no stderr noise for the expected errors
const router = new Router();
router.get('/boom', () => { throw new Error('database unavailable'); });
router.get('/forbidden', (ctx) => ctx.throw(403, 'not allowed here'));
router.get('/items', (ctx) => { ctx.body = []; });
router.post('/json', (ctx) => { ctx.body = { ok: true, got: ctx.request.body }; });
router.get('/json-error', (ctx) => { ctx.status = 500; ctx.body = { error: 'database unavailable' }; });
app.use(bodyParser({ jsonLimit: '100b' }));
app.use(router.routes());
app.use(router.allowedMethods());
app.listen(port, '127.0.0.1');
