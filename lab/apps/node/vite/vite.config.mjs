// Vite dev server for lab/recipes/node-dev-servers.sh: server.proxy in front of the lab's
// upstreams (LAB_UP = their base port) and Vite's own answers.
const up = Number(process.env.LAB_UP);
export default {
  logLevel: 'silent',
  clearScreen: false,
  server: {
    host: '127.0.0.1',
    strictPort: true,
    proxy: {
      '/api/refused': { target: `http://127.0.0.1:${up}` },
      '/api/garbage': { target: `http://127.0.0.1:${up + 2}` },
      '/api/app500': { target: `http://127.0.0.1:${up + 5}` },
    },
  },
};
