// The operator's log, on by default: one structured line per request (method, path, status, duration, subject id)
// and an error line for failures — never a token, cookie or query string.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv } from "../config";
import { startTestServer, type TestServer } from "../testing";
import { captureLog } from "./log-capture";

let server: TestServer;
const log = captureLog();
beforeAll(async () => {
  server = await startTestServer({ config: { logLevel: configFromEnv({}).logLevel }, app: { logStream: log.stream } });
});
afterAll(() => server.close());

function rpc(path: string, headers: Record<string, string>) {
  return fetch(`${server.baseUrl}/gitpod.v1.${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "connect-protocol-version": "1", ...headers },
    body: "{}",
  });
}

const requestLines = () => log.lines().filter((line) => line.msg === "request");

describe("request and error log", () => {
  it("is on by default (info) and LOG_LEVEL picks the level or turns it off", () => {
    expect(configFromEnv({}).logLevel).toBe("info");
    expect(configFromEnv({ LOG_LEVEL: "silent" }).logLevel).toBe("silent");
    expect(() => configFromEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL must be one of/);
  });

  it("writes one line per request with method, path, status, duration and the caller's subject id", async () => {
    const signIn = await fetch(`${server.baseUrl}/auth/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ token: server.memberToken }),
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect((await rpc("RunnerService/ListRunners?pageSize=1", { authorization: `Bearer ${server.adminToken}` })).status).toBe(200);
    expect((await rpc("RunnerService/ListRunners?token=secret-in-query", { authorization: `Bearer ${server.adminToken}` })).status).toBe(400);
    expect((await rpc("IdentityService/GetAuthenticatedIdentity", { cookie, origin: server.url })).status).toBe(200);
    expect((await rpc("RunnerService/ListRunners", { authorization: "Bearer not-a-token-0123456789" })).status).toBe(401);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    expect(requestLines()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: "POST", path: "/api/auth/session", status: 204 }),
        expect.objectContaining({
          method: "POST",
          path: "/api/gitpod.v1.RunnerService/ListRunners",
          status: 200,
          subject: server.ids.users.admin,
          durationMs: expect.any(Number),
        }),
        expect.objectContaining({ path: "/api/gitpod.v1.IdentityService/GetAuthenticatedIdentity", status: 200, subject: server.ids.users.member }),
        expect.objectContaining({ path: "/api/gitpod.v1.RunnerService/ListRunners", status: 401 }),
        expect.objectContaining({ method: "GET", path: "/healthz", status: 200 }),
      ]),
    );
    const text = log.text();
    for (const secret of [server.adminToken, server.memberToken, cookie.split("=")[1] ?? "", "not-a-token-0123456789", "secret-in-query"]) {
      expect(secret.length).toBeGreaterThan(10);
      expect(text).not.toContain(secret);
    }
  });

  it("logs an unexpected failure as an error line, and tells the client only 'internal error'", async () => {
    server.ctx.db.exec("ALTER TABLE groups RENAME TO groups_gone");
    try {
      const response = await rpc("GroupService/ListGroups", { authorization: `Bearer ${server.adminToken}` });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ code: "internal", message: "internal error" });
    } finally {
      server.ctx.db.exec("ALTER TABLE groups_gone RENAME TO groups");
    }
    const error = log.lines().find((line) => line.level === 50 && line.msg === "request failed");
    expect(error).toMatchObject({ rpc: "gitpod.v1.GroupService/ListGroups", err: { message: expect.stringContaining("no such table") } });
  });
});
