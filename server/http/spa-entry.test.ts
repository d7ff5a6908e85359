// The entry page's boot data over a real server: the console config, and the session of the request's cookie.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProxyPair, type ProxyPair } from "../proxy/proxy-test-servers";
import { addTestUser, startTestServer, type TestServer } from "../testing";
import { htmlSafeJson } from "./spa-entry";

const TEMPLATE = `<!doctype html><html><head><title>Runner Console</title></head><body><div id="root"></div></body></html>`;
const XSS_NAME = "</script><script>alert(1)</script> & <!-- \u2028";
let staticDir: string;
let server: TestServer;

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-entry-"));
  fs.writeFileSync(path.join(staticDir, "index.html"), TEMPLATE);
  server = await startTestServer({ config: { staticDir } });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

async function signIn(token: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/auth/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  expect(response.status).toBe(204);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

async function page(pathname: string, cookie?: string): Promise<{ html: string; headers: Headers }> {
  const response = await fetch(`${server.url}${pathname}`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  return { html: await response.text(), headers: response.headers };
}

/** The boot element's text as a browser would read it (the one <script> element the server added). */
function bootOf(html: string): { config: Record<string, unknown>; session: Record<string, unknown> | null } {
  const match = /<script type="application\/json" id="console-boot">([^<]*)<\/script>/.exec(html);
  expect(match, html).not.toBeNull();
  return JSON.parse(match?.[1] ?? "") as { config: Record<string, unknown>; session: Record<string, unknown> | null };
}

describe("the entry page's boot data", () => {
  it("holds what /console-config.json sends, and no session for a visitor who is not signed in", async () => {
    const { html, headers } = await page("/sign-in");
    const boot = bootOf(html);
    const fetched = (await (await fetch(`${server.url}/console-config.json`)).json()) as Record<string, unknown>;
    const { now: bootNow, ...bootConfig } = boot.config;
    const { now: fetchedNow, ...fetchedConfig } = fetched;
    expect(bootConfig).toEqual(fetchedConfig);
    expect(bootConfig).toEqual({ mode: "local", apiPrefix: "/api", embedAllowedOrigins: [] });
    expect(Math.abs(Date.parse(String(bootNow)) - Date.parse(String(fetchedNow)))).toBeLessThan(5_000);
    expect(boot.session).toBeNull();
    expect(headers.get("set-cookie")).toBeNull();
  });

  it("names the signed-in user as GET /auth/session does, without renewing the cookie or carrying a secret", async () => {
    const cookie = await signIn(server.memberToken);
    const { html, headers } = await page("/runners", cookie);
    const session = await (await fetch(`${server.baseUrl}/auth/session`, { headers: { cookie } })).json();
    expect(bootOf(html).session).toEqual(session);
    expect(bootOf(html).session).toMatchObject({ displayName: "Max Member", orgRole: "member", mode: "local" });
    expect(headers.get("set-cookie")).toBeNull();
    expect(html).not.toContain(cookie.split("=")[1]);
    expect(html).not.toContain(server.memberToken);
  });

  it("keeps a display name that closes the element inert, and hands it back unchanged", async () => {
    const { token } = addTestUser(server.ctx, { displayName: XSS_NAME });
    const { html } = await page("/", await signIn(token));
    expect(html).not.toContain("<script>alert(1)");
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(bootOf(html).session?.displayName).toBe(XSS_NAME);
  });

  it("drops a cookie that opens no session: null, and the page does not clear the cookie either", async () => {
    const { html, headers } = await page("/runners", "rc_session=not-a-session");
    expect(bootOf(html).session).toBeNull();
    expect(headers.get("set-cookie")).toBeNull();
  });
});

describe("the entry page's boot data in proxy mode", () => {
  let pair: ProxyPair;
  beforeAll(async () => {
    pair = await startProxyPair({ staticDir });
  });
  afterAll(async () => pair.close());

  it("names the session the sealed cookie holds, never the PAT in it, under the console's security headers, and reseals the cookie", async () => {
    const signIn = await fetch(`${pair.proxy.baseUrl}/auth/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: pair.upstream.adminToken }),
    });
    expect(signIn.status).toBe(204);
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const seenBefore = pair.seen.length;
    const response = await fetch(`${pair.proxy.url}/runners`, { headers: { cookie } });
    const html = await response.text();
    // Read from the cookie alone, no upstream call; the load counts as use, so the session's 12 h start again.
    expect(pair.seen.length).toBe(seenBefore);
    const resealed = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(resealed).toMatch(/^rc_session=[\w-]+$/);
    expect(resealed).not.toBe(cookie);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    const boot = bootOf(html);
    expect(boot.config).toMatchObject({ mode: "proxy", apiPrefix: "/api" });
    const session = await (await fetch(`${pair.proxy.baseUrl}/auth/session`, { headers: { cookie: resealed } })).json();
    expect(boot.session).toEqual(session);
    expect(boot.session).toMatchObject({ mode: "proxy", subject: { principal: "PRINCIPAL_USER" } });
    expect(html).not.toContain(pair.upstream.adminToken);

    const signedOutResponse = await fetch(`${pair.proxy.url}/runners`);
    expect(bootOf(await signedOutResponse.text()).session).toBeNull();
    expect(signedOutResponse.headers.get("set-cookie")).toBeNull();
  });
});

describe("htmlSafeJson", () => {
  it("escapes what could end a script element or a line, and parses back to the same value", () => {
    const value = { text: "</script><!-- & > \u2028 \u2029", nested: ["<b>"] };
    const json = htmlSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
