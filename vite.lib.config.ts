// `npm run build:lib` → dist/lib/runner-console.js: mountRunnerConsole, <RunnerConsole>, attachConsoleFrame.
// One ES module; its stylesheet is bundled inside and adopted into each console's shadow root.
import { defineConfig, esmExternalRequirePlugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";

const peers: string[] = ["react", "react-dom", "react-dom/client", "react/jsx-runtime", "react/jsx-dev-runtime"];

export default defineConfig({
  plugins: [
    // Without code splitting: hosts get one module (routes stay lazy in the standalone app only).
    tanstackRouter({ target: "react", autoCodeSplitting: false, routesDirectory: "src/routes", generatedRouteTree: "src/routeTree.gen.ts" }),
    react(),
    tailwindcss(),
  ],
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist/lib",
    emptyOutDir: true,
    sourcemap: false,
    copyPublicDir: false,
    chunkSizeWarningLimit: 1200,
    lib: { entry: "src/embed/runner-console-lib.ts", formats: ["es"], fileName: () => "runner-console.js" },
    rolldownOptions: {
      // Marks the React peers external, and turns use-sync-external-store's (CommonJS) require("react")
      // into an import of the peer — a plain `external` would leave a require() that browsers lack.
      plugins: [esmExternalRequirePlugin({ external: peers })],
      // Vite keeps ES library output unminified (for the host's tree-shaking); this module is shipped as is.
      output: { codeSplitting: false, minify: true },
    },
  },
});
