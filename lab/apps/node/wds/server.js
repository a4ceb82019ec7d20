// webpack-dev-server (API, no CLI) for lab/recipes/node-dev-servers.sh: its proxy (built on
// http-proxy-middleware) in front of the lab's upstreams and its own answers.
// usage: node server.js PORT UPSTREAM_BASE
const path = require('path');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const port = Number(process.argv[2]);
const up = Number(process.argv[3]);
const compiler = webpack({
  mode: 'development',
  context: __dirname,
  entry: './src/index.js',
  output: { path: path.join(__dirname, 'dist') },
  infrastructureLogging: { level: 'none' },
  stats: 'none',
});
const server = new WebpackDevServer({
  host: '127.0.0.1',
  port,
  hot: false,
  liveReload: false,
  client: false,
  static: false,
  proxy: [
    { context: ['/api/refused'], target: `http://127.0.0.1:${up}` },
    { context: ['/api/garbage'], target: `http://127.0.0.1:${up + 2}` },
    { context: ['/api/app500'], target: `http://127.0.0.1:${up + 5}` },
  ],
}, compiler);
server.start();
