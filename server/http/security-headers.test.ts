import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../testing";
import { postJson, startHardenedTestServer } from "./hardening-test-server";

const PORTAL = "https://portal.example.com";
let server: TestServer;

beforeAll(async () => {
  server = await startHardenedTestServer({ frameAncestors: [PORTAL, "bad;script-src *"] });
});
afterAll(() => server.close());

function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? "").split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")] as const;
    }),
  );
}

describe("security headers", () => {
  it("puts a strict CSP, nosniff and a same-origin referrer policy on every kind of response", async () => {
    const responses = [
      await fetch(`${server.url}/healthz`),
      await fetch(`${server.url}/console-config.json`),
      await fetch(`${server.url}/no-such-page`),
      await postJson(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`, {}, { authorization: `Bearer ${server.adminToken}` }),
      await postJson(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`, {}),
      await postJson(`${server.baseUrl}/gitpod.v1.RunnerService/GetRunner`, { runnerId: "nope" }, { authorization: `Bearer ${server.adminToken}` }),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 200, 404, 200, 401, 400]);
    for (const response of responses) {
      const csp = directives(response.headers.get("content-security-policy"));
      expect(csp.get("default-src")).toBe("'self'");
      expect(csp.get("script-src")).toBe("'self'");
      expect(csp.get("connect-src")).toBe("'self'");
      expect(csp.get("frame-ancestors")).toBe("'none'");
      expect(response.headers.get("content-security-policy")).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.has("x-powered-by")).toBe(false);
    }
  });

  it("lets only the configured ancestors frame the embed entry, dropping sources that would inject directives", async () => {
    const embed = await fetch(`${server.url}/embed/runners`);
    const csp = directives(embed.headers.get("content-security-policy"));
    expect(csp.get("frame-ancestors")).toBe(PORTAL);
    expect(csp.get("script-src")).toBe("'self'");
    expect(embed.headers.has("x-frame-options")).toBe(false);
  });

  it("marks API responses as not cacheable", async () => {
    const response = await postJson(`${server.baseUrl}/gitpod.v1.GroupService/ListGroups`, {}, { authorization: `Bearer ${server.adminToken}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
