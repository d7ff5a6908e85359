import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer } from "../../scripts/crash/spawned-server";

const ADMIN_TOKEN = "canary-admin-token-7f3a9c1e5b2d4a68";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-logging-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function post(url: string, body: unknown, headers: Record<string, string>) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "connect-protocol-version": "1", ...headers },
    body: JSON.stringify(body),
  });
}

describe("logging", () => {
  it("logs requests at LOG_LEVEL=trace without any token, session id or secret", async () => {
    const server = await spawnServer(dataDir, { CONSOLE_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: "trace" });
    const secrets: string[] = [ADMIN_TOKEN];
    try {
      const signIn = await post(`${server.baseUrl}/auth/session`, { token: ADMIN_TOKEN }, {});
      expect(signIn.status).toBe(204);
      const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      secrets.push(cookie.split("=")[1] ?? "");
      const created = await post(
        `${server.baseUrl}/gitpod.v1.RunnerService/CreateRunner`,
        { name: "logging-canary", provider: "RUNNER_PROVIDER_LINUX_HOST" },
        { cookie },
      );
      const { exchangeToken }: { exchangeToken: string } = await created.json();
      secrets.push(exchangeToken);
      const exchanged = await post(`${server.baseUrl}/gitpod.v1.IdentityService/ExchangeToken`, { exchangeToken }, {});
      const { accessToken }: { accessToken: string } = await exchanged.json();
      secrets.push(accessToken);
      await post(`${server.baseUrl}/gitpod.v1.IdentityService/GetAuthenticatedIdentity`, {}, { authorization: `Bearer ${accessToken}` });
      await post(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners?token=${ADMIN_TOKEN}`, {}, { authorization: `Bearer ${ADMIN_TOKEN}` });
      await post(`${server.baseUrl}/auth/session`, { token: "wrong-canary-token-0000" }, {});
      secrets.push("wrong-canary-token-0000");
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    const output = server.output();
    expect(output).toContain('"path":"/api/auth/session"');
    expect(secrets.every((secret) => secret.length >= 20)).toBe(true);
    for (const secret of secrets) expect(output).not.toContain(secret);
  }, 120_000);
});
