// The built SPA as browsers receive it: encodings by Accept-Encoding, cache headers, SPA fallback and misses.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressDir } from "../../vite.precompress";
import { startTestServer, type TestServer } from "../testing";

const ASSET = "/assets/main-Ab12Cd34.js";
const HEAD = `<!doctype html><html><head><title>Runner Console</title><script type="module" crossorigin src="${ASSET}"></script><link rel="modulepreload" crossorigin href="/assets/framework-F1.js">`;
const BODY = `</head><body>${"<!-- console entry -->".repeat(80)}</body></html>`;
// Build output that is not for browsers (vite build.manifest).
const manifest = {
  "index.html": { file: ASSET.slice(1), isEntry: true, imports: ["_framework-F1.js"] },
  "_framework-F1.js": { file: "assets/framework-F1.js" },
  "_table-T1.js": { file: "assets/table-T1.js", imports: ["_framework-F1.js"], css: ["assets/table-T1.css"] },
  "src/routes/sign-in.tsx?tsr-split=component": { file: "assets/sign-in-S1.js", imports: ["_framework-F1.js"] },
  "src/routes/_app.tsx?tsr-split=component": { file: "assets/app-A1.js", imports: ["_framework-F1.js"] },
  "src/routes/_app/runners/index.tsx?tsr-split=component": { file: "assets/runners-R1.js", imports: ["_table-T1.js"] },
  "src/routes/_app/runners/$runnerId.tsx?tsr-split=component": { file: "assets/runner-D1.js", imports: ["_table-T1.js"] },
  "src/routes/_app/runners/$runnerId.tsx?tsr-split=notFoundComponent": { file: "assets/runner-missing-M1.js" },
};
const content = {
  "index.html": `${HEAD}${BODY}`,
  "embed.html": `<!doctype html><title>Runner Console (embedded)</title>${"<!-- embed entry -->".repeat(80)}`,
  [ASSET.slice(1)]: `export const greeting = ${JSON.stringify("hello runners ".repeat(300))};`,
  ".vite/manifest.json": JSON.stringify(manifest),
};
let staticDir: string;
let server: TestServer;

interface Got {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(pathname: string, acceptEncoding?: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
    http
      .get(`${server.url}${pathname}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

function decoded(got: Got): string {
  const encoding = got.headers["content-encoding"];
  if (encoding === "br") return zlib.brotliDecompressSync(got.body).toString("utf8");
  if (encoding === "gzip") return zlib.gunzipSync(got.body).toString("utf8");
  return got.body.toString("utf8");
}

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-static-"));
  for (const [file, text] of Object.entries(content)) {
    fs.mkdirSync(path.dirname(path.join(staticDir, file)), { recursive: true });
    fs.writeFileSync(path.join(staticDir, file), text);
  }
  precompressDir(staticDir);
  server = await startTestServer({ config: { staticDir } });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

/** The rendered entry page: the template around what the server put into its head. */
function expectEntryPage(html: string) {
  expect(html.startsWith(HEAD)).toBe(true);
  expect(html.endsWith(BODY)).toBe(true);
  expect(html).toMatch(/<script type="application\/json" id="console-boot">\{"config":/);
}

describe("static delivery", () => {
  it("sends the entry page brotli'd to browsers that take br, gzip'd to those that take only gzip, plain otherwise", async () => {
    const br = await get("/", "gzip, deflate, br");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/^text\/html/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(decoded(br).length / 4);
    expectEntryPage(decoded(br));

    const gzip = await get("/", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expectEntryPage(decoded(gzip));

    const plain = await get("/");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expectEntryPage(plain.body.toString("utf8"));
  });

  it("revalidates entry pages and the console config on every load; the console's page, which names who is signed in, privately and per cookie", async () => {
    for (const pathname of ["/", "/index.html", "/runners"]) {
      const got = await get(pathname, "br");
      expect(got.status, pathname).toBe(200);
      expect(got.headers["cache-control"], pathname).toBe("private, no-cache");
      expect(got.headers.vary, pathname).toMatch(/\bcookie\b/i);
    }
    const head = await fetch(`${server.url}/`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toMatch(/^text\/html/);
    for (const pathname of ["/embed", "/embed.html", "/console-config.json"]) {
      const got = await get(pathname, "br");
      expect(got.status, pathname).toBe(200);
      expect(got.headers["cache-control"], pathname).toBe("no-cache");
    }
  });

  it("caches hashed assets for a year, compressed", async () => {
    const got = await get(ASSET, "br, gzip");
    expect(got.status).toBe(200);
    expect(got.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(got.headers["content-encoding"]).toBe("br");
    expect(got.headers["content-type"]).toMatch(/javascript/);
    expect(got.headers.vary).toMatch(/accept-encoding/i);
    expect(decoded(got)).toBe(content[ASSET.slice(1)]);
  });

  it("serves the iframe entry at /embed and below, compressed", async () => {
    for (const pathname of ["/embed", "/embed/runners"]) {
      const got = await get(pathname, "br");
      expect(got.headers["content-encoding"]).toBe("br");
      expect(decoded(got)).toBe(content["embed.html"]);
    }
    expectEntryPage(decoded(await get("/runners/some-id", "br")));
  });

  it("answers a missing asset with 404, not the SPA page, and exposes neither the compressed copies nor the build manifest", async () => {
    const hidden = ["/.vite/manifest.json", "/.vite/manifest.json.br", "/.vite/", `${ASSET}.br`, `${ASSET}.gz`];
    for (const pathname of ["/assets/missing.js", "/assets/missing.css", ...hidden]) {
      const got = await get(pathname, "br");
      expect(got.status, pathname).toBe(404);
      expect(got.headers["content-type"], pathname).toMatch(/^application\/json/);
    }
  });
});

