import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../testing";
import { postJson, startHardenedTestServer } from "./hardening-test-server";

const EMBEDDER = "https://portal.example.com";
const STRANGER = "https://evil.example.net";
let server: TestServer;
let listRunners: string;

beforeAll(async () => {
  server = await startHardenedTestServer({ embedAllowedOrigins: [EMBEDDER] });
  listRunners = `${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`;
});
afterAll(() => server.close());

function preflight(origin: string): Promise<Response> {
  return fetch(listRunners, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type,connect-protocol-version,connect-timeout-ms",
    },
  });
}

describe("CORS for embedding", () => {
  it("answers a preflight from an allowed origin with the Connect headers, never with credentials", async () => {
    const response = await preflight(EMBEDDER);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(EMBEDDER);
    const allowed = (response.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(
      expect.arrayContaining(["authorization", "content-type", "connect-protocol-version", "connect-timeout-ms"]),
    );
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.has("access-control-allow-credentials")).toBe(false);
  });

  it("refuses a preflight from any other origin without CORS headers", async () => {
    const response = await preflight(STRANGER);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "permission_denied" });
    expect(response.headers.has("access-control-allow-origin")).toBe(false);
  });

  it("lets an allowed origin read an RPC answer sent with a Bearer token", async () => {
    const response = await postJson(listRunners, {}, { origin: EMBEDDER, authorization: `Bearer ${server.adminToken}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(EMBEDDER);
    expect(response.headers.has("access-control-allow-credentials")).toBe(false);
    expect(response.headers.get("vary")).toContain("Origin");
    const body: { runners?: unknown[] } = await response.json();
    expect(body.runners?.length).toBeGreaterThan(0);
  });

  it("gives other origins no CORS headers, and none outside the API", async () => {
    const stranger = await postJson(listRunners, {}, { origin: STRANGER, authorization: `Bearer ${server.adminToken}` });
    expect(stranger.headers.has("access-control-allow-origin")).toBe(false);
    const outside = await fetch(`${server.url}/console-config.json`, { headers: { origin: EMBEDDER } });
    expect(outside.headers.has("access-control-allow-origin")).toBe(false);
  });
});
