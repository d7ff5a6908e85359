// Writes a brotli (.br) and a gzip (.gz) copy of every compressible build output next to it, so the server sends
// compressed bytes without compressing per request (server/http/static-files.ts negotiates by Accept-Encoding).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Plugin } from "vite";

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
/** Below this a compressed copy saves less than a packet; the server sends the file as it is. */
const MIN_BYTES = 1024;

export function brotli(content: Buffer): Buffer {
  return zlib.brotliCompressSync(content, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

export function gzip(content: Buffer): Buffer {
  return zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION });
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Compresses every file of outDir in place; a copy that is not smaller than the original is not kept. */
export function precompressDir(outDir: string): void {
  for (const file of filesUnder(outDir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const content = fs.readFileSync(file);
    if (content.length < MIN_BYTES) continue;
    for (const [extension, compress] of [
      [".br", brotli],
      [".gz", gzip],
    ] as const) {
      const compressed = compress(content);
      if (compressed.length < content.length) fs.writeFileSync(file + extension, compressed);
    }
  }
}

/** Runs after vite has written the bundle (also for embed.html and public/ files copied into outDir). */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "runner-console:precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: "post",
      handler() {
        precompressDir(outDir);
      },
    },
  };
}
