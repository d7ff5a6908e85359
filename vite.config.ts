import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import { appChunks } from "./vite.app-chunks.ts";
import { precompress } from "./vite.precompress.ts";
import { routeChunks } from "./vite.route-chunks.ts";

const apiTarget = process.env.API_TARGET ?? "http://127.0.0.1:8080";

export default defineConfig({
  plugins: [
    // The router plugin must come before react(): it rewrites route files for code splitting.
    tanstackRouter({
      target: "react",
      autoCodeSplitting: true,
      routesDirectory: "src/routes",
      generatedRouteTree: "src/routeTree.gen.ts",
    }),
    react(),
    tailwindcss(),
    routeChunks(),
    precompress(),
  ],
  server: {
    proxy: {
      "/api": apiTarget,
      "/console-config.json": apiTarget,
      "/healthz": apiTarget,
      "/oauth": apiTarget,
    },
  },
  build: {
    outDir: "dist/app",
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // embed.html: the iframe mode (src/embed/frame-main.tsx), served as /embed.html next to the SPA.
    rolldownOptions: { input: { main: "index.html", embed: "embed.html" }, output: appChunks() },
  },
});
