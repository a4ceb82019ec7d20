// Express (4 or 5, whichever is installed in NODE_PATH) for lab/recipes/node-express.sh.
// Its default answers: finalhandler's 404 "Cannot GET /x" and error pages (NODE_ENV decides
// whether the stack is shown), body-parser's 400/413, and the common res.sendStatus/res.json
// replies an app writes itself.
// usage: NODE_ENV=production|development node app.js PORT [no-powered-by]
const express = require('express');
const port = Number(process.argv[2]);
const app = express();
if (process.argv[3] === 'no-powered-by') app.disable('x-powered-by');
app.use(express.json({ limit: '100b' }));
app.get('/boom', () => { throw new Error('database unavailable'); });
app.get('/async-boom', async () => { throw new Error('database unavailable'); });
app.get('/forbidden', (req, res, next) => {
  const err = new Error('not allowed here');
  err.status = 403;
  next(err);
});
app.post('/json', (req, res) => res.json({ ok: true, got: req.body }));
app.get('/send-status', (req, res) => res.sendStatus(500));
app.get('/json-error', (req, res) => res.status(500).json({ error: 'database unavailable' }));
app.listen(port, '127.0.0.1');
