// The built SPA (dist/app): brotli/gzip copies made at build time (vite.precompress.ts) chosen by Accept-Encoding,
// hashed /assets/* cached for a year, entry pages revalidated on every load so a deploy is picked up at once.
// index.html is not served as a file: spa-entry.ts renders it per request (boot data, route preloads).
import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { BootData, SpaEntry } from "./spa-entry";

export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** Entry pages and config: cached, but revalidated (ETag / Last-Modified) before each use. */
export const REVALIDATE_CACHE = "no-cache";

/** Vite puts a content hash in every file name under /assets/, so a changed file gets a new URL. */
export function isAssetPath(url: string): boolean {
  return (url.split("?")[0] ?? "").startsWith("/assets/");
}

function cacheControlFor(root: string, filePath: string): string {
  const relative = path.relative(root, filePath).split(path.sep).join("/");
  return relative.startsWith("assets/") ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/** Serves staticDir when it holds a build; returns whether it does (otherwise the server runs API-only). */
export async function registerStaticFiles(app: FastifyInstance, staticDir: string): Promise<boolean> {
  if (!fs.existsSync(path.join(staticDir, "index.html"))) return false;
  const root = path.resolve(staticDir);
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    // The .br/.gz copies are reached through negotiation only, never as URLs of their own; index.html is rendered.
    // (Dot directories such as .vite/, build data for the server, are never routed: serveDotFiles stays off.)
    globIgnore: ["**/*.br", "**/*.gz", "index.html"],
    setHeaders: (reply, filePath) => {
      reply.header("cache-control", cacheControlFor(root, filePath));
    },
  });
  return true;
}

/** `/embed` and below: the iframe entry, without the console's outer chrome. */
function isEmbedEntry(url: string): boolean {
  const pathname = url.split("?")[0] ?? "";
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/** A path with a segment starting with "." (e.g. /.vite/route-chunks.json) is build output, never a client route. */
function isDotPath(url: string): boolean {
  return (url.split("?")[0] ?? "").split("/").some((segment) => segment.startsWith("."));
}

/** Client-side routes get the SPA entry page; a missing /assets/* file is a plain miss. */
export function isSpaRoute(request: FastifyRequest): boolean {
  return (request.method === "GET" || request.method === "HEAD") && !isAssetPath(request.url) && !isDotPath(request.url);
}

/** The embed entry as built (it fetches its config with the host's token); index.html rendered with `boot`. */
export function sendSpaEntry(request: FastifyRequest, reply: FastifyReply, entry: SpaEntry, boot: () => BootData): FastifyReply {
  if (isEmbedEntry(request.url)) return reply.sendFile("embed.html");
  return entry.send(request, reply, boot());
}
