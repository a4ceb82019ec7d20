import { defineConfig } from "vite";
import wasm from "vite-plugin-wasm";

// The npm package is wasm-pack's `bundler` build, which imports its .wasm as an ES module;
// vite-plugin-wasm provides that import (top-level await needs an ES2022 target).
export default defineConfig({
  plugins: [wasm()],
  build: { target: "es2022" },
});
