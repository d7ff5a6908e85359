// CSRF, local and proxy mode: a browser page on another site (a foreign Origin) or a DNS-rebinding page (Origin equal
// to its Host, but a Host that is not the console's) can neither change anything with the user's cookie nor sign in
// or out; the console's own pages (same origin) can. What is checked is what the server stored, not only the status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { startProxyPair, type ProxyPair } from "../proxy/proxy-test-servers";
import type { TestServer } from "../testing";
import { startHardenedTestServer } from "./hardening-test-server";
import { connectJson, rawRequest, type RawAnswer } from "./raw-request";

interface Console {
  /** The server the browser talks to. */
  front: TestServer;
  /** The server that stores runners (the upstream in proxy mode). */
  store: TestServer;
  /** A token the front accepts at sign-in. */
  token: string;
}

/** The three kinds of page a browser request can come from, as headers (Host, Origin) on the front's port. */
function origins(front: TestServer) {
  const port = new URL(front.url).port;
  return {
    sameOrigin: { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` },
    crossSite: { host: `127.0.0.1:${port}`, origin: "https://evil.example" },
    rebinding: { host: `rebind.evil.example:${port}`, origin: `http://rebind.evil.example:${port}` },
  };
}
type Page = keyof ReturnType<typeof origins>;

function signIn(c: Console, page: Page): Promise<RawAnswer> {
  return rawRequest(`${c.front.url}/api/auth/session`, {
    headers: { "content-type": "application/json", ...origins(c.front)[page] },
    body: JSON.stringify({ token: c.token }),
  });
}

function signOut(c: Console, page: Page, cookie: string): Promise<RawAnswer> {
  return rawRequest(`${c.front.url}/api/auth/session`, { method: "DELETE", headers: { cookie, ...origins(c.front)[page] } });
}

function cookieOf(answer: RawAnswer): string {
  const setCookie = answer.headers["set-cookie"]?.[0] ?? "";
  return setCookie.split(";")[0] ?? "";
}

async function sessionWorks(c: Console, cookie: string): Promise<boolean> {
  const answer = await rawRequest(`${c.front.url}/api/gitpod.v1.IdentityService/GetAuthenticatedIdentity`, {
    headers: connectJson({ cookie, ...origins(c.front).sameOrigin }),
    body: "{}",
  });
  return answer.status === 200;
}

function rename(c: Console, page: Page, cookie: string, name: string, headers: Record<string, string> = connectJson()): Promise<RawAnswer> {
  return rawRequest(`${c.front.url}/api/gitpod.v1.RunnerService/UpdateRunner`, {
    headers: { ...headers, cookie, ...origins(c.front)[page] },
    body: JSON.stringify({ runnerId: c.store.ids.runners.awsProdEu, name }),
  });
}

async function storedName(c: Console): Promise<string> {
  const { runner } = await c.store.client(RunnerService).getRunner({ runnerId: c.store.ids.runners.awsProdEu });
  return runner?.name ?? "";
}

function csrfSuite(mode: string, start: () => Promise<{ console: Console; close: () => Promise<void> }>) {
  describe(`CSRF in ${mode} mode`, () => {
    let c: Console;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ console: c, close } = await start());
    });
    afterAll(() => close());

    it("refuses a mutating RPC with the session cookie from another site and from a rebinding page; nothing is stored", async () => {
      const cookie = cookieOf(await signIn(c, "sameOrigin"));
      expect(cookie).toMatch(/^rc_session=./);
      const before = await storedName(c);

      const crossSite = await rename(c, "crossSite", cookie, "renamed by evil.example");
      expect(crossSite.status).toBe(403);
      expect(JSON.parse(crossSite.body)).toMatchObject({ code: "permission_denied" });
      const rebinding = await rename(c, "rebinding", cookie, "renamed by a rebinding page");
      expect(rebinding.status).toBe(403);
      expect(JSON.parse(rebinding.body)).toMatchObject({ code: "permission_denied" });
      // A plain form or fetch without Connect's header cannot use the cookie either, even from the same origin.
      const noConnectHeader = await rename(c, "sameOrigin", cookie, "renamed by a form", { "content-type": "application/json" });
      expect(noConnectHeader.status).toBe(403);
      expect(await storedName(c)).toBe(before);

      const same = await rename(c, "sameOrigin", cookie, "renamed by the console");
      expect(same.status).toBe(200);
      expect(await storedName(c)).toBe("renamed by the console");
    });

    it("refuses sign-in from another site and from a rebinding page (no cookie); the console's own page signs in", async () => {
      for (const page of ["crossSite", "rebinding"] as const) {
        const answer = await signIn(c, page);
        expect([page, answer.status]).toEqual([page, 403]);
        expect(JSON.parse(answer.body)).toMatchObject({ code: "permission_denied" });
        expect(answer.headers["set-cookie"]).toBeUndefined();
      }
      const same = await signIn(c, "sameOrigin");
      expect(same.status).toBe(204);
      expect(await sessionWorks(c, cookieOf(same))).toBe(true);
    });

    it("refuses sign-out from another site and from a rebinding page (the session lives on); the console's own page signs out", async () => {
      const cookie = cookieOf(await signIn(c, "sameOrigin"));
      for (const page of ["crossSite", "rebinding"] as const) {
        const answer = await signOut(c, page, cookie);
        expect([page, answer.status]).toEqual([page, 403]);
        expect(answer.headers["set-cookie"]).toBeUndefined();
        expect(await sessionWorks(c, cookie)).toBe(true);
      }
      const same = await signOut(c, "sameOrigin", cookie);
      expect(same.status).toBe(204);
      expect(same.headers["set-cookie"]?.[0]).toContain("Max-Age=0");
      expect(await sessionWorks(c, cookie)).toBe(false);
    });
  });
}

csrfSuite("local", async () => {
  const server = await startHardenedTestServer();
  return { console: { front: server, store: server, token: server.adminToken }, close: () => server.close() };
});

csrfSuite("proxy", async () => {
  const pair: ProxyPair = await startProxyPair();
  return { console: { front: pair.proxy, store: pair.upstream, token: pair.upstream.adminToken }, close: () => pair.close() };
});
