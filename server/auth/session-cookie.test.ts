// The session cookie is Secure when the browser reaches the console over https: PUBLIC_URL says so, or the request
// came over https — by X-Forwarded-Proto only from a proxy listed in TRUST_PROXY (anyone can send that header).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerConfig } from "../config";
import { rawRequest } from "../http/raw-request";
import { startProxyPair, type ProxyPair } from "../proxy/proxy-test-servers";
import { startTestServer, type TestServer } from "../testing";

interface Front {
  server: TestServer;
  token: string;
}

async function cookies(front: Front, headers: Record<string, string> = {}, from?: string) {
  const signIn = await rawRequest(`${front.server.baseUrl}/auth/session`, {
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ token: front.token }),
    ...(from ? { from } : {}),
  });
  expect(signIn.status).toBe(204);
  const session = signIn.headers["set-cookie"]?.[0] ?? "";
  const signOut = await rawRequest(`${front.server.baseUrl}/auth/session`, {
    method: "DELETE",
    headers: { cookie: session.split(";")[0] ?? "", ...headers },
    ...(from ? { from } : {}),
  });
  expect(signOut.status).toBe(204);
  return { signIn: session, signOut: signOut.headers["set-cookie"]?.[0] ?? "" };
}

const secure = (cookie: string) => cookie.split("; ").includes("Secure");

function secureSuite(mode: string, start: (config: Partial<ServerConfig>) => Promise<{ front: Front; close: () => Promise<void> }>) {
  describe(`Secure session cookie in ${mode} mode`, () => {
    const running: Array<() => Promise<void>> = [];
    const startFront = async (config: Partial<ServerConfig>) => {
      const started = await start(config);
      running.push(started.close);
      return started.front;
    };
    afterAll(async () => {
      for (const close of running) await close();
    });

    describe("without PUBLIC_URL or TRUST_PROXY", () => {
      let front: Front;
      beforeAll(async () => {
        front = await startFront({});
      });

      it("is not Secure over plain http, and a client's own X-Forwarded-Proto: https does not change that", async () => {
        const plain = await cookies(front);
        expect(plain.signIn).toMatch(/^rc_session=.+; HttpOnly; SameSite=Strict; Path=\/$/);
        expect(secure(plain.signOut)).toBe(false);
        const forged = await cookies(front, { "x-forwarded-proto": "https" });
        expect([secure(forged.signIn), secure(forged.signOut)]).toEqual([false, false]);
      });

      it("drops a cookie that opens no session when the console asks who is signed in (one failure, not one per reload)", async () => {
        const stale = await rawRequest(`${front.server.baseUrl}/auth/session`, { headers: { cookie: "rc_session=expired-or-forged" } });
        expect(stale.status).toBe(401);
        expect(stale.headers["set-cookie"]?.[0]).toMatch(/^rc_session=; HttpOnly; SameSite=Strict; Path=\/; Max-Age=0$/);
        const anonymous = await rawRequest(`${front.server.baseUrl}/auth/session`);
        expect(anonymous.status).toBe(401);
        expect(anonymous.headers["set-cookie"]).toBeUndefined();
      });
    });

    it("is Secure (sign-in and sign-out alike) when PUBLIC_URL is https, even on a plain-http request", async () => {
      const front = await startFront({ publicUrl: "https://console.example.com" });
      const answer = await cookies(front);
      expect([secure(answer.signIn), secure(answer.signOut)]).toEqual([true, true]);
      const httpFront = await startFront({ publicUrl: "http://console.internal:8080" });
      expect(secure((await cookies(httpFront)).signIn)).toBe(false);
    });

    it("with TRUST_PROXY, is Secure when the listed proxy says the browser came over https, and only then", async () => {
      const front = await startFront({ trustProxy: ["127.0.0.1"] });
      expect(secure((await cookies(front, { "x-forwarded-proto": "https" })).signIn)).toBe(true);
      expect(secure((await cookies(front, { "x-forwarded-proto": "https" })).signOut)).toBe(true);
      expect(secure((await cookies(front, { "x-forwarded-proto": "http" })).signIn)).toBe(false);
      expect(secure((await cookies(front)).signIn)).toBe(false);
      // A peer that is not the listed proxy (another loopback address) is not believed.
      expect(secure((await cookies(front, { "x-forwarded-proto": "https" }, "127.0.0.2")).signIn)).toBe(false);
    });
  });
}

secureSuite("local", async (config) => {
  const server = await startTestServer({ config });
  return { front: { server, token: server.adminToken }, close: () => server.close() };
});

secureSuite("proxy", async (config) => {
  const pair: ProxyPair = await startProxyPair(config);
  return { front: { server: pair.proxy, token: pair.upstream.adminToken }, close: () => pair.close() };
});
