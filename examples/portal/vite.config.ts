// Builds the example portal page (examples/portal → dist/portal) against the library build in dist/lib.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");

export default defineConfig({
  root: here,
  publicDir: false,
  // The page imports the library's source for its types; at build time it gets the built module instead.
  resolve: { alias: [{ find: /^.*\/src\/embed\/runner-console-lib$/, replacement: path.join(repo, "dist/lib/runner-console.js") }] },
  build: { outDir: path.join(repo, "dist/portal"), emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 1500 },
  logLevel: "warn",
});
