// Proxy mode as several replicas: two real console processes (same SESSION_SECRET) in front of one local API.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnServer, type SpawnedServer } from "../../scripts/crash/spawned-server";
import { ProxySessionStore } from "./session-store";

const ADMIN_TOKEN = "replicas-admin-token-0123456789abcdef";
const SESSION_SECRET = "replicas-test-session-secret-0123456789";
const dataDirs: string[] = [];
const servers: SpawnedServer[] = [];
let upstream: SpawnedServer;
let first: SpawnedServer;
let second: SpawnedServer;

async function start(env: Record<string, string>): Promise<SpawnedServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-replicas-"));
  dataDirs.push(dataDir);
  const server = await spawnServer(dataDir, env);
  servers.push(server);
  return server;
}

function listRunners(server: SpawnedServer, cookie: string) {
  return fetch(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`, {
    method: "POST",
    headers: { "content-type": "application/json", "connect-protocol-version": "1", cookie },
    body: JSON.stringify({ pagination: { pageSize: 5 } }),
  });
}

beforeAll(async () => {
  upstream = await start({ CONSOLE_ADMIN_TOKEN: ADMIN_TOKEN });
  const proxyEnv = { GITPOD_API_URL: upstream.baseUrl, SESSION_SECRET };
  [first, second] = await Promise.all([start(proxyEnv), start(proxyEnv)]);
}, 180_000);

afterAll(async () => {
  for (const server of servers) {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGTERM");
    await server.exited;
  }
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("proxy mode behind a load balancer", () => {
  it("serves a session signed in on one replica from the other, also after the first one stops", async () => {
    const signIn = await fetch(`${first.baseUrl}/auth/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: ADMIN_TOKEN }),
    });
    expect(signIn.status).toBe(204);
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/^rc_session=[\w-]+$/);

    const viaSecond = await listRunners(second, cookie);
    expect(viaSecond.status).toBe(200);
    const page: { runners: Array<{ runnerId: string }> } = await viaSecond.json();
    expect(page.runners.length).toBeGreaterThan(0);

    first.child.kill("SIGKILL");
    await first.exited;
    const session = await fetch(`${second.baseUrl}/auth/session`, { headers: { cookie } });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ mode: "proxy", subject: { principal: "PRINCIPAL_USER" } });
    const again = await listRunners(second, cookie);
    expect(again.status).toBe(200);
    expect((await again.json()) as unknown).toEqual(page);
  });

  it("refuses a cookie sealed under a key it does not know", async () => {
    const identity = { subjectId: "someone", principal: "PRINCIPAL_USER", organizationId: "org" };
    const forged = new ProxySessionStore({ current: "an-attacker-guessed-this-secret-0123456789" }).create(ADMIN_TOKEN, identity);
    const response = await listRunners(second, `rc_session=${forged}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "unauthenticated" });
    const session = await fetch(`${second.baseUrl}/auth/session`, { headers: { cookie: `rc_session=${forged}` } });
    expect(session.status).toBe(401);
  });
});
