import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const json = { "content-type": "application/json" };

async function signIn(token: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.baseUrl}/auth/session`, {
    method: "POST",
    headers: { ...json, ...headers },
    body: JSON.stringify({ token }),
  });
}

function cookieOf(response: Response): string {
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

function listRunners(cookie: string, headers: Record<string, string> = { "connect-protocol-version": "1" }) {
  return fetch(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`, {
    method: "POST",
    headers: { ...json, cookie, ...headers },
    body: "{}",
  });
}

describe("/auth/session", () => {
  it("signs in with an API token: 204 and an HttpOnly, SameSite=Strict cookie (Secure: server/auth/session-cookie.test.ts)", async () => {
    const response = await signIn(server.adminToken);
    expect(response.status).toBe(204);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^rc_session=[\w-]{43}; /);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    expect(setCookie).toContain("Path=/");
    expect(setCookie).not.toContain("Secure");
  });

  it("rejects a bad token with a Connect-style 401 and a cross-origin sign-in with 403", async () => {
    const bad = await signIn("nope");
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ code: "unauthenticated" });
    const crossOrigin = await signIn(server.adminToken, { origin: "https://evil.example" });
    expect(crossOrigin.status).toBe(403);
  });

  it("describes the session, authenticates RPCs with the cookie, and signs out", async () => {
    const cookie = cookieOf(await signIn(server.memberToken));
    const session = await fetch(`${server.baseUrl}/auth/session`, { headers: { cookie } });
    expect(await session.json()).toEqual({
      mode: "local",
      subject: { id: server.ids.users.member, principal: "PRINCIPAL_USER" },
      displayName: "Max Member",
      orgRole: "member",
      groupIds: [server.ids.groups.developers],
    });
    const rpc = await listRunners(cookie);
    expect(rpc.status).toBe(200);
    expect(((await rpc.json()) as { runners: unknown[] }).runners).toHaveLength(2);

    const signOut = await fetch(`${server.baseUrl}/auth/session`, { method: "DELETE", headers: { cookie } });
    expect(signOut.status).toBe(204);
    expect(signOut.headers.get("set-cookie")).toContain("Max-Age=0");
    expect((await fetch(`${server.baseUrl}/auth/session`, { headers: { cookie } })).status).toBe(401);
    expect((await listRunners(cookie)).status).toBe(401);
  });

  it("applies the CSRF rule to cookie requests", async () => {
    const cookie = cookieOf(await signIn(server.adminToken));
    expect((await listRunners(cookie, {})).status).toBe(403);
    expect(
      (await listRunners(cookie, { "connect-protocol-version": "1", origin: "https://evil.example" })).status,
    ).toBe(403);
    const host = new URL(server.url).host;
    expect(
      (await listRunners(cookie, { "connect-protocol-version": "1", origin: `http://${host}` })).status,
    ).toBe(200);
  });

  it("stores sessions hashed and expires them after 12 idle hours", async () => {
    const cookie = cookieOf(await signIn(server.adminToken));
    const sessionId = cookie.split("=")[1] ?? "";
    const stored = JSON.stringify(server.ctx.db.prepare("SELECT * FROM sessions").all());
    expect(stored).not.toContain(sessionId);
    expect(JSON.stringify(server.ctx.db.prepare("SELECT * FROM api_tokens").all())).not.toContain(
      server.adminToken,
    );
    expect((await listRunners(cookie)).status).toBe(200);
    server.ctx.db
      .prepare("UPDATE sessions SET last_seen_ms = last_seen_ms - ?")
      .run(12 * 60 * 60 * 1000 + 60_000);
    expect((await listRunners(cookie)).status).toBe(401);
  });
});
