// Fastify (4 or 5, whichever NODE_PATH holds) for lab/recipes/node-fastify.sh: its default 404
// handler, default error handler/serializer, content-type parser errors (FST_ERR_CTP_*), schema
// validation (FST_ERR_VALIDATION), bad URL (FST_ERR_BAD_URL) and its clientError handler.
// usage: node app.js PORT
const fastify = require('fastify')({ bodyLimit: 100 });
const port = Number(process.argv[2]);
fastify.get('/boom', async () => { throw new Error('database unavailable'); });
fastify.get('/forbidden', async () => {
  const err = new Error('not allowed here');
  err.statusCode = 403;
  throw err;
});
fastify.get('/items/:id', async (req) => ({ id: req.params.id }));
fastify.post('/json', async (req) => ({ ok: true, got: req.body }));
fastify.post('/validated', {
  schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
}, async (req) => ({ ok: true }));
fastify.get('/reply-500', async (req, reply) => reply.code(500).send({ error: 'database unavailable' }));
fastify.listen({ port, host: '127.0.0.1' });
