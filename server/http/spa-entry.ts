// index.html as rendered per request: the console config and this cookie's session as a JSON data block
// (#console-boot, read by src/app/load-console-config.ts) and preloads for the route's chunks, so the first load waits for
// neither /console-config.json, nor /auth/session, nor chunk discovery.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import { createRoutePreloads } from "./route-preloads";

/** The page carries this visitor's session: browsers may keep it, shared caches may not, and it is revalidated. */
export const ENTRY_CACHE = "private, no-cache";
export const BOOT_ELEMENT_ID = "console-boot";

export interface BootData {
  config: unknown;
  /** null: nobody is signed in. */
  session: unknown;
}

const HTML_UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** JSON that cannot end its <script> element or open a comment in it; JSON.parse reads it back unchanged. */
export function htmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => HTML_UNSAFE[char] ?? char);
}

/** The /assets/… URLs index.html already loads (its entry script, modulepreloads and stylesheets). */
function linkedAssets(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:href|src)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? ""));
}

function preferredEncoding(acceptEncoding: string | undefined): "br" | "gzip" | undefined {
  const accepted = new Set(
    (acceptEncoding ?? "")
      .split(",")
      .map((part) => part.trim().split(";"))
      .filter(([, q]) => !/^\s*q=0(?:\.0*)?\s*$/.test(q ?? ""))
      .map(([name]) => name?.trim().toLowerCase()),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return undefined;
}

function compress(html: string, encoding: "br" | "gzip"): Buffer {
  // A few KB per request: a fast level keeps most of the gain at a fraction of the CPU.
  return encoding === "br"
    ? zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
    : zlib.gzipSync(html, { level: 6 });
}

export interface SpaEntry {
  /** The page for `pathname` with `boot` in it. */
  render(pathname: string, boot: BootData): string;
  send(request: FastifyRequest, reply: FastifyReply, boot: BootData): FastifyReply;
}

/** Reads index.html (and the build's route chunks) once, at startup. */
export function createSpaEntry(staticDir: string): SpaEntry {
  const template = fs.readFileSync(path.join(staticDir, "index.html"), "utf8");
  const preloadsFor = createRoutePreloads(staticDir, linkedAssets(template));
  const headEnd = template.indexOf("</head>");

  const render = (pathname: string, boot: BootData) => {
    if (headEnd < 0) return template;
    const { scripts, styles } = preloadsFor(pathname, boot.session !== null);
    const head = [
      ...scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
      ...styles.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`),
      `<script type="application/json" id="${BOOT_ELEMENT_ID}">${htmlSafeJson(boot)}</script>`,
    ];
    return `${template.slice(0, headEnd)}  ${head.join("\n    ")}\n  ${template.slice(headEnd)}`;
  };

  return {
    render,
    send(request, reply, boot) {
      const html = render(request.url.split("?")[0] ?? "/", boot);
      const encoding = preferredEncoding(request.headers["accept-encoding"]);
      reply
        .header("content-type", "text/html; charset=utf-8")
        .header("cache-control", ENTRY_CACHE)
        .header("vary", "accept-encoding, cookie");
      if (!encoding) return reply.send(html);
      return reply.header("content-encoding", encoding).send(compress(html, encoding));
    },
  };
}
