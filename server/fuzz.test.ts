import { Code } from "@connectrpc/connect";
import { codeToString } from "@connectrpc/connect/protocol-connect";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHardenedTestServer } from "./http/hardening-test-server";
import { RPC_METHODS } from "./http/rpc-catalogue";
import { malformedRequests, type FuzzRequest } from "./fuzz-requests";
import type { TestServer } from "./testing";

const RUNS_PER_RPC = 32;
const CONNECT_CODES = new Set(
  Object.values(Code)
    .filter((code): code is Code => typeof code === "number")
    .map((code) => codeToString(code)),
);

let server: TestServer;
const outcomes = new Map<string, number>();

beforeAll(async () => {
  server = await startHardenedTestServer();
});
afterAll(() => server.close());

function authorizationHeader(request: FuzzRequest): Record<string, string> {
  switch (request.authorization) {
    case "admin":
      return { authorization: `Bearer ${server.adminToken}` };
    case "member":
      return { authorization: `Bearer ${server.memberToken}` };
    case "garbage":
      return { authorization: "Bearer not-a-token" };
    case "none":
      return {};
  }
}

async function send(rpc: string, request: FuzzRequest): Promise<void> {
  const headers: Record<string, string> = { ...authorizationHeader(request) };
  if (request.contentType) headers["content-type"] = request.contentType;
  const response = await fetch(`${server.baseUrl}/${rpc}`, {
    method: "POST",
    headers,
    body: typeof request.body === "string" ? request.body : Buffer.from(request.body),
  });
  const text = await response.text();
  const where = `${rpc} (${request.label}) → ${response.status} ${text.slice(0, 200)}`;
  expect(response.status, where).toBeLessThan(500);
  if (response.status === 200) {
    outcomes.set("ok", (outcomes.get("ok") ?? 0) + 1);
    return;
  }
  expect(response.headers.get("content-type"), where).toContain("application/json");
  const body: unknown = JSON.parse(text);
  const code = typeof body === "object" && body !== null && "code" in body ? body.code : undefined;
  expect(CONNECT_CODES.has(String(code)), where).toBe(true);
  outcomes.set(String(code), (outcomes.get(String(code)) ?? 0) + 1);
}

describe("fuzzing every RPC with malformed requests", () => {
  it.each([...RPC_METHODS.entries()])("%s answers without 5xx, with a Connect code on every failure", async (rpc, method) => {
    await fc.assert(
      fc.asyncProperty(malformedRequests(method), (request) => send(rpc, request)),
      { numRuns: RUNS_PER_RPC },
    );
  });

  it(`sent at least 1,000 requests over all ${RPC_METHODS.size} RPCs`, () => {
    const total = [...outcomes.values()].reduce((sum, count) => sum + count, 0);
    expect(RPC_METHODS.size).toBe(40);
    expect(total).toBe(RPC_METHODS.size * RUNS_PER_RPC);
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(outcomes.get("invalid_argument")).toBeGreaterThan(0);
  });
});
