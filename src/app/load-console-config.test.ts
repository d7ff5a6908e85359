// Boot data as the real server renders it into index.html: read back by the SPA, and the session seeded from it.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addTestUser, startTestServer, TEST_NOW, type TestServer } from "../../server/testing";
import { sessionQueryKey } from "../api/session/get-session";
import { resetServerClock, serverNow } from "../lib/server-clock";
import { createApp } from "./app";
import { loadConsoleBoot, readBootData } from "./load-console-config";

const TEMPLATE = `<!doctype html><html><head><title>Runner Console</title></head><body><div id="root"></div></body></html>`;
const TRICKY_NAME = "</script><script>alert(1)</script> Ada";
let staticDir: string;
let server: TestServer;

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-boot-"));
  fs.writeFileSync(path.join(staticDir, "index.html"), TEMPLATE);
  server = await startTestServer({ config: { staticDir } });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});
afterEach(() => resetServerClock());

function request(method: string, pathname: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(`${server.url}${pathname}`, { method, headers }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text, headers: response.headers }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The page the server renders for this cookie, as the browser's document. */
async function renderedPage(pathname: string, cookie?: string): Promise<Document> {
  const { text } = await request("GET", pathname, cookie ? { cookie } : {});
  return new DOMParser().parseFromString(text, "text/html");
}

async function signIn(token: string): Promise<string> {
  const { headers } = await request("POST", "/api/auth/session", { "content-type": "application/json" }, JSON.stringify({ token }));
  return (headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "";
}

describe("boot data", () => {
  it("gives the config and the signed-in user from the page, and takes the server's clock from it", async () => {
    const { token } = addTestUser(server.ctx, { displayName: TRICKY_NAME, orgRole: "admin" });
    const boot = readBootData(await renderedPage("/runners", await signIn(token)));
    expect(boot?.config).toEqual({ mode: "local", apiPrefix: "/api", embedAllowedOrigins: [] });
    expect(boot?.session).toMatchObject({ mode: "local", displayName: TRICKY_NAME, orgRole: "admin" });
    expect(Math.abs(serverNow() - TEST_NOW.getTime())).toBeLessThan(60_000);
  });

  it("says null for a visitor who is not signed in", async () => {
    const boot = readBootData(await renderedPage("/sign-in"));
    expect(boot).toMatchObject({ config: { apiPrefix: "/api" }, session: null });
  });

  it("is absent from a page without the block (the dev server, the embed entry): the config is then fetched", async () => {
    const bare = new DOMParser().parseFromString(TEMPLATE, "text/html");
    expect(readBootData(bare)).toBeUndefined();
    const fetched: string[] = [];
    const realFetch = globalThis.fetch;
    // The page's origin is the server's: the relative URL goes there, as in the browser (happy-dom's own fetch
    // would treat the test server as another origin).
    globalThis.fetch = async (input) => {
      fetched.push(String(input));
      const { status, text } = await request("GET", String(input));
      return new Response(text, { status });
    };
    try {
      const boot = await loadConsoleBoot(bare);
      expect(boot).toEqual({ config: { mode: "local", apiPrefix: "/api", embedAllowedOrigins: [] } });
      expect(fetched).toEqual(["/console-config.json"]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe("createApp with boot data", () => {
  it("seeds the session query, so the signed-in layout does not ask again", async () => {
    const boot = readBootData(await renderedPage("/runners", await signIn(server.adminToken)));
    const { router } = createApp(boot?.config ?? { mode: "local", apiPrefix: "/api", embedAllowedOrigins: [] }, undefined, boot?.session);
    const { queryClient, signedOutAtBoot } = router.options.context;
    expect(queryClient.getQueryData(sessionQueryKey)).toMatchObject({ displayName: "Ada Admin", orgRole: "admin" });
    expect(signedOutAtBoot.current).toBe(false);
  });

  it("remembers that nobody was signed in, and seeds nothing", async () => {
    const boot = readBootData(await renderedPage("/sign-in"));
    const { router } = createApp(boot?.config ?? { mode: "local", apiPrefix: "/api", embedAllowedOrigins: [] }, undefined, boot?.session);
    expect(router.options.context.queryClient.getQueryData(sessionQueryKey)).toBeUndefined();
    expect(router.options.context.signedOutAtBoot.current).toBe(true);
  });

  it("without boot data (embedded, dev server) asks as before", () => {
    const { router } = createApp({ mode: "local", apiPrefix: "/api", embedAllowedOrigins: [] });
    expect(router.options.context.queryClient.getQueryData(sessionQueryKey)).toBeUndefined();
    expect(router.options.context.signedOutAtBoot.current).toBe(false);
  });
});
