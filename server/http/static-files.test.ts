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
// What vite.route-chunks.ts writes: route splits by source path (the sign-in split inside a larger group chunk, as
// vite.app-chunks.ts groups may put it), and each chunk's static imports and CSS.
const routeChunks = {
  routes: {
    "src/routes/sign-in.tsx?tsr-split=component": "assets/sign-in-group-S1.js",
    "src/routes/_app.tsx?tsr-split=component": "assets/app-A1.js",
    "src/routes/_app/runners/index.tsx?tsr-split=component": "assets/runners-R1.js",
    "src/routes/_app/runners/$runnerId.tsx?tsr-split=component": "assets/runner-D1.js",
    "src/routes/_app/runners/$runnerId.tsx?tsr-split=notFoundComponent": "assets/runner-missing-M1.js",
  },
  chunks: {
    [ASSET.slice(1)]: { imports: ["assets/framework-F1.js"], css: [] },
    "assets/framework-F1.js": { imports: [], css: [] },
    "assets/table-T1.js": { imports: ["assets/framework-F1.js"], css: ["assets/table-T1.css"] },
    "assets/sign-in-group-S1.js": { imports: ["assets/framework-F1.js"], css: [] },
    "assets/app-A1.js": { imports: ["assets/framework-F1.js"], css: [] },
    "assets/runners-R1.js": { imports: ["assets/table-T1.js"], css: [] },
    "assets/runner-D1.js": { imports: ["assets/table-T1.js"], css: [] },
    "assets/runner-missing-M1.js": { imports: [], css: [] },
  },
};
const content = {
  "index.html": `${HEAD}${BODY}`,
  "embed.html": `<!doctype html><title>Runner Console (embedded)</title>${"<!-- embed entry -->".repeat(80)}`,
  [ASSET.slice(1)]: `export const greeting = ${JSON.stringify("hello runners ".repeat(300))};`,
  ".vite/route-chunks.json": JSON.stringify(routeChunks),
};
let staticDir: string;
let server: TestServer;

interface Got {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(pathname: string, acceptEncoding?: string, cookie?: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const headers = { ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}), ...(cookie ? { cookie } : {}) };
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

/** The hrefs of the <link rel=…> elements of one kind the server added to the template, in order. */
function links(html: string, rel: "modulepreload" | "stylesheet"): string[] {
  return [...html.slice(HEAD.length).matchAll(new RegExp(`<link rel="${rel}" crossorigin href="([^"]+)">`, "g"))].map((match) => match[1] ?? "");
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

  it("preloads the chunks of the route a page opens, and its styles, beyond what index.html loads itself", async () => {
    const signIn = await fetch(`${server.baseUrl}/auth/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: server.adminToken }),
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0];
    const runners = decoded(await get("/runners", "br", cookie));
    // The layout's split, the page's split and its shared chunk; not the entry or framework index.html has.
    expect(links(runners, "modulepreload").sort()).toEqual(["/assets/app-A1.js", "/assets/runners-R1.js", "/assets/table-T1.js"]);
    expect(links(runners, "stylesheet")).toEqual(["/assets/table-T1.css"]);

    const runner = decoded(await get("/runners/r-123", "br", cookie));
    // A miss's notFoundComponent is loaded on demand, not preloaded.
    expect(links(runner, "modulepreload").sort()).toEqual(["/assets/app-A1.js", "/assets/runner-D1.js", "/assets/table-T1.js"]);

    const signInPage = decoded(await get("/sign-in?redirect=%2Frunners", "br"));
    expect(links(signInPage, "modulepreload")).toEqual(["/assets/sign-in-group-S1.js"]);
    expect(links(signInPage, "stylesheet")).toEqual([]);
    // Signed out, a signed-in page sends the visitor on to sign-in: that page's chunks come instead.
    expect(links(decoded(await get("/runners", "br")), "modulepreload")).toEqual(["/assets/sign-in-group-S1.js"]);

    const unknown = decoded(await get("/no/such/page", "br", cookie));
    expectEntryPage(unknown);
    expect(links(unknown, "modulepreload")).toEqual([]);
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

  it("answers a missing asset with 404, not the SPA page, and exposes neither the compressed copies nor the build's route chunks", async () => {
    const hidden = ["/.vite/route-chunks.json", "/.vite/route-chunks.json.br", "/.vite/", `${ASSET}.br`, `${ASSET}.gz`];
    for (const pathname of ["/assets/missing.js", "/assets/missing.css", ...hidden]) {
      const got = await get(pathname, "br");
      expect(got.status, pathname).toBe(404);
      expect(got.headers["content-type"], pathname).toMatch(/^application\/json/);
    }
  });
});

describe("a build without route chunks", () => {
  let bareDir: string;
  let bare: TestServer;
  beforeAll(async () => {
    bareDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-static-bare-"));
    fs.writeFileSync(path.join(bareDir, "index.html"), content["index.html"]);
    bare = await startTestServer({ config: { staticDir: bareDir } });
  });
  afterAll(async () => {
    await bare.close();
    fs.rmSync(bareDir, { recursive: true, force: true });
  });

  it("still serves the page with its boot data, without route preloads", async () => {
    const response = await fetch(`${bare.url}/runners`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expectEntryPage(html);
    expect(links(html, "modulepreload")).toEqual([]);
  });
});
