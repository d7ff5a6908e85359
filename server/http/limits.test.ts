import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../testing";
import { postJson, startHardenedTestServer } from "./hardening-test-server";
import { BODY_LIMIT_BYTES } from "./limits";

let server: TestServer;

beforeAll(async () => {
  server = await startHardenedTestServer(
    {},
    { signInLimit: { capacity: 3, refillPerSecond: 0.01 }, exchangeTokenLimit: { capacity: 2, refillPerSecond: 0.01 } },
  );
});
afterAll(() => server.close());

/** A JSON request of exactly `size` bytes: a runner name padded to length. */
function jsonOfSize(size: number): string {
  const frame = JSON.stringify({ name: "" });
  return JSON.stringify({ name: "x".repeat(size - frame.length) });
}

describe("request body limit", () => {
  it("answers a body over 1 MiB with 413 and a resource_exhausted Connect error", async () => {
    const body = jsonOfSize(BODY_LIMIT_BYTES + 1);
    const response = await postJson(`${server.baseUrl}/gitpod.v1.RunnerService/CreateRunner`, body, {
      authorization: `Bearer ${server.adminToken}`,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "resource_exhausted" });
  });

  it("reads a body of exactly 1 MiB (then the RPC decides)", async () => {
    const body = jsonOfSize(BODY_LIMIT_BYTES);
    expect(Buffer.byteLength(body)).toBe(BODY_LIMIT_BYTES);
    const response = await postJson(`${server.baseUrl}/gitpod.v1.RunnerService/CreateRunner`, body, {
      authorization: `Bearer ${server.adminToken}`,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "invalid_argument" });
  });

  it("applies the limit to sign-in too", async () => {
    const response = await postJson(`${server.baseUrl}/auth/session`, jsonOfSize(BODY_LIMIT_BYTES + 10));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "resource_exhausted" });
  });
});

describe("rate limits", () => {
  it("limits sign-in attempts per client with 429, resource_exhausted and Retry-After", async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 4; attempt++) {
      last = await postJson(`${server.baseUrl}/auth/session`, { token: `wrong-${attempt}` });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await last?.json()).toMatchObject({ code: "resource_exhausted" });
    // Even the right token waits: the bucket is per client, not per guess.
    const right = await postJson(`${server.baseUrl}/auth/session`, { token: server.adminToken });
    expect(right.status).toBe(429);
  });

  it("limits ExchangeToken per client", async () => {
    const exchange = () =>
      postJson(`${server.baseUrl}/gitpod.v1.IdentityService/ExchangeToken`, { exchangeToken: "not-a-token" });
    expect((await exchange()).status).toBe(401);
    expect((await exchange()).status).toBe(401);
    const limited = await exchange();
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ code: "resource_exhausted" });
  });

  it("leaves other RPCs alone", async () => {
    for (let call = 0; call < 5; call++) {
      const response = await postJson(`${server.baseUrl}/gitpod.v1.GroupService/ListGroups`, {}, {
        authorization: `Bearer ${server.adminToken}`,
      });
      expect(response.status).toBe(200);
    }
  });
});
