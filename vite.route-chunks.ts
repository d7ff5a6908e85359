// Writes .vite/route-chunks.json: which chunk holds each TanStack route split (src/routes/…?tsr-split=…), and each
// chunk's static imports and CSS. The server preloads a route's chunks from it (server/http/route-preloads.ts).
// Vite's own manifest names a chunk by its entry module only: a split that a chunk group (vite.app-chunks.ts) merged
// into a larger chunk is not in it.
import path from "node:path";
import type { Plugin } from "vite";

export function routeChunks(): Plugin {
  let root = process.cwd();
  return {
    name: "runner-console:route-chunks",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const routes: Record<string, string> = {};
      const chunks: Record<string, { imports: string[]; css: string[] }> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== "chunk") continue;
        chunks[output.fileName] = { imports: output.imports, css: [...(output.viteMetadata?.importedCss ?? [])] };
        for (const id of output.moduleIds) {
          if (id.includes("?tsr-split=")) routes[path.relative(root, id).split(path.sep).join("/")] = output.fileName;
        }
      }
      this.emitFile({ type: "asset", fileName: ".vite/route-chunks.json", source: JSON.stringify({ routes, chunks }) });
    },
  };
}
