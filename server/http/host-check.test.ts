// DNS rebinding: requests whose Host is not one of the console's names are refused before any route, so a page
// on an attacker's domain that resolves to this machine can neither read the console nor use its cookie.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../testing";
import { startHardenedTestServer } from "./hardening-test-server";
import { hostMatcher } from "./host-check";

/** fetch() cannot set Host; a raw request can. */
function requestWithHost(server: TestServer, requestPath: string, host: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      `${server.url}${requestPath}`,
      { method: "POST", headers: { host, "content-type": "application/json", "connect-protocol-version": "1", ...headers } },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    request.end("{}");
  });
}

const GET_AUTH_USER = "/api/gitpod.v1.IdentityService/GetAuthenticatedIdentity";

describe("Host check without PUBLIC_URL or ALLOWED_HOSTS", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startHardenedTestServer();
  });
  afterAll(() => server.close());

  it("answers loopback names on any port (the e2e uses 127.0.0.1 and localhost)", async () => {
    const bearer = { authorization: `Bearer ${server.adminToken}` };
    for (const host of ["127.0.0.1:8206", "localhost:8206", "localhost", "[::1]:9"]) {
      expect([host, (await requestWithHost(server, GET_AUTH_USER, host, bearer)).status]).toEqual([host, 200]);
    }
  });

  it("refuses another name, even with a valid token or cookie, with one clear Connect error", async () => {
    const bearer = { authorization: `Bearer ${server.adminToken}` };
    const refused = await requestWithHost(server, GET_AUTH_USER, "rebind.attacker.example:8206", bearer);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toEqual({
      code: "permission_denied",
      message: "this console does not answer for this host name; add it to ALLOWED_HOSTS (or set PUBLIC_URL)",
    });
    const spa = await requestWithHost(server, "/", "192.168.1.20:8080");
    expect(spa.status).toBe(403);
  });

  it("leaves /healthz to probes on any address", async () => {
    const probe = await new Promise<number>((resolve) =>
      http.get(`${server.url}/healthz`, { headers: { host: "10.1.2.3:8080" } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }),
    );
    expect(probe).toBe(200);
  });
});

describe("Host check with PUBLIC_URL and ALLOWED_HOSTS", () => {
  it("answers PUBLIC_URL's host, the listed names (with or without port) and loopback; nothing else", () => {
    const allowed = hostMatcher({ publicUrl: "https://console.example.com", allowedHosts: ["intranet-console", "10.0.0.5:8080"] });
    expect(allowed("console.example.com")).toBe(true);
    expect(allowed("CONSOLE.example.com")).toBe(true);
    expect(allowed("intranet-console:8443")).toBe(true);
    expect(allowed("10.0.0.5:8080")).toBe(true);
    expect(allowed("localhost:8080")).toBe(true);
    expect(allowed("10.0.0.5:9090")).toBe(false);
    expect(allowed("console.example.com.attacker.example")).toBe(false);
    expect(allowed("attacker.example")).toBe(false);
    expect(allowed("user@console.example.com")).toBe(false);
    expect(allowed(undefined)).toBe(false);
    expect(hostMatcher({ allowedHosts: ["*"] })("anything.example")).toBe(true);
  });

  it("makes the OAuth callback URL in the configuration schema come from PUBLIC_URL, not from the request", async () => {
    const server = await startHardenedTestServer(
      { publicUrl: "https://console.example.com" },
      { publicUrl: "https://console.example.com", allowedHosts: ["console-alias.example"] },
    );
    try {
      const path = "/api/gitpod.v1.RunnerConfigurationService/GetRunnerConfigurationSchema";
      const body = JSON.stringify({ runnerId: server.ids.runners.awsProdEu });
      const answer = await new Promise<string>((resolve, reject) => {
        const request = http.request(
          `${server.url}${path}`,
          { method: "POST", headers: { host: "console-alias.example", "content-type": "application/json", authorization: `Bearer ${server.adminToken}` } },
          (response) => {
            let text = "";
            response.on("data", (chunk: Buffer) => (text += chunk.toString()));
            response.on("end", () => resolve(text));
          },
        );
        request.on("error", reject);
        request.end(body);
      });
      expect(answer).toContain("https://console.example.com/api/");
      expect(answer).not.toContain("console-alias.example");
    } finally {
      await server.close();
    }
  });
});
