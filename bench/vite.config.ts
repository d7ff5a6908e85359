// Build of the forms benchmark harness (`npm run bench:forms`): a production React build of the schema-form engine
// and a plain-input baseline, separate from the app's vite.config.ts, written to dist/bench.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { schemaFormChunk } from "../vite.schema-form-chunk.ts";

export default defineConfig({
  root: fileURLToPath(new URL("./forms", import.meta.url)),
  base: "./",
  mode: "production",
  plugins: [react(), tailwindcss()],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/bench", import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Chunked as the app is (vite.schema-form-chunk.ts), so the benchmark loads the engine as users get it.
    // React in a chunk of its own too, as in the app, where many chunks share it.
    rolldownOptions: {
      output: schemaFormChunk([
        { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
      ]),
    },
  },
});
