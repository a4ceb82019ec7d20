// restify for lab/recipes/node-restify.sh: its router's 404/405, restify-errors bodies for
// next(err), the body parser's 400/413/415 and content negotiation's 406.
// usage: node app.js PORT
const restify = require('restify');
const errors = require('restify-errors');
const port = Number(process.argv[2]);
const server = restify.createServer();
server.use(restify.plugins.acceptParser(server.acceptable));
server.use(restify.plugins.bodyParser({ maxBodySize: 100 }));
server.get('/boom', (req, res, next) => next(new Error('database unavailable')));
server.get('/async-boom', async (req, res) => { throw new Error('database unavailable'); });
server.get('/forbidden', (req, res, next) => next(new errors.ForbiddenError('not allowed here')));
server.get('/items', (req, res, next) => { res.send([]); next(); });
server.post('/json', (req, res, next) => { res.send({ ok: true }); next(); });
server.get('/json-error', (req, res, next) => { res.send(500, { error: 'database unavailable' }); next(); });
server.listen(port, '127.0.0.1');
