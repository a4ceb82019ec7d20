// hapi (@hapi/hapi) for lab/recipes/node-hapi.sh: Boom payloads for its own 404, a thrown error
// (500, message hidden), payload errors (400 bad JSON, 413, 415), joi validation (400 with the
// message hidden), a route's server timeout (503) and its clientError answers.
// usage: node app.js PORT
const Hapi = require('@hapi/hapi');
const Boom = require('@hapi/boom');
const Joi = require('joi');
const port = Number(process.argv[2]);
(async () => {
  const server = Hapi.server({ port, host: '127.0.0.1', debug: false });
  server.route({ method: 'GET', path: '/boom', handler: () => { throw new Error('database unavailable'); } });
  server.route({ method: 'GET', path: '/forbidden', handler: () => { throw Boom.forbidden('not allowed here'); } });
  server.route({ method: 'POST', path: '/json', options: { payload: { maxBytes: 100 } }, handler: (req) => ({ ok: true }) });
  server.route({
    method: 'POST', path: '/validated',
    options: { validate: { payload: Joi.object({ name: Joi.string().required() }) } },
    handler: () => ({ ok: true }),
  });
  server.route({
    method: 'GET', path: '/slow', options: { timeout: { server: 500 } },
    handler: () => new Promise(() => {}),
  });
  server.route({ method: 'GET', path: '/json-error', handler: (req, h) => h.response({ error: 'database unavailable' }).code(500) });
  await server.start();
})();
