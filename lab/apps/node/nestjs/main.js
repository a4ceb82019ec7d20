// NestJS (programmatic decorators in plain JS, no TypeScript build) for lab/recipes/node-nestjs.sh:
// the core exception filter's bodies (unknown route, thrown Error, HttpException subclasses,
// ParseIntPipe), the body parser's 400/413 as Nest wraps them, on the Express adapter (default)
// or the Fastify adapter.
// usage: node main.js PORT express|fastify
require('reflect-metadata');
const { NestFactory } = require('@nestjs/core');
const {
  Module, Controller, Get, Post, Body, Param, ParseIntPipe, HttpException, ForbiddenException,
} = require('@nestjs/common');

const port = Number(process.argv[2]);
const platform = process.argv[3] || 'express';

class ItemsController {
  boom() { throw new Error('database unavailable'); }
  forbidden() { throw new ForbiddenException(); }
  forbiddenMessage() { throw new ForbiddenException('not allowed here'); }
  unavailable() { throw new HttpException('database unavailable', 503); }
  item(id) { return { id }; }
  json(body) { return { ok: true, got: body }; }
}
const proto = ItemsController.prototype;
const method = (name, ...decorators) =>
  Reflect.decorate(decorators, proto, name, Object.getOwnPropertyDescriptor(proto, name));
method('boom', Get('boom'));
method('forbidden', Get('forbidden'));
method('forbiddenMessage', Get('forbidden-message'));
method('unavailable', Get('unavailable'));
Param('id', ParseIntPipe)(proto, 'item', 0);
method('item', Get('items/:id'));
Body()(proto, 'json', 0);
method('json', Post('json'));
Controller()(ItemsController);

class AppModule {}
Module({ controllers: [ItemsController] })(AppModule);

(async () => {
  let app;
  if (platform === 'fastify') {
    const { FastifyAdapter } = require('@nestjs/platform-fastify');
    app = await NestFactory.create(AppModule, new FastifyAdapter({ bodyLimit: 100 }), { logger: false });
  } else {
    app = await NestFactory.create(AppModule, { logger: false, bodyParser: false });
    app.useBodyParser('json', { limit: '100b' });
  }
  await app.listen(port, '127.0.0.1');
})();
