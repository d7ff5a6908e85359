import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../testing";
import { postJson, startHardenedTestServer } from "./hardening-test-server";

let server: TestServer;
let auth: Record<string, string>;

beforeAll(async () => {
  server = await startHardenedTestServer();
  auth = { authorization: `Bearer ${server.adminToken}` };
});
afterAll(() => server.close());

async function expectConnectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/json");
  expect(await response.json()).toMatchObject({ code });
}

describe("Connect protocol guard", () => {
  it("answers an RPC that is not part of the console's API with not_found", async () => {
    await expectConnectError(await postJson(`${server.baseUrl}/gitpod.v1.EnvironmentService/ListEnvironments`, {}, auth), 404, "not_found");
    await expectConnectError(await postJson(`${server.baseUrl}/gitpod.v1.RunnerService/DropTables`, {}, auth), 404, "not_found");
  });

  it("refuses other content types, gRPC included, with a Connect error body", async () => {
    for (const contentType of ["text/plain", "application/xml", "application/grpc", "application/json; charset=latin1"]) {
      const response = await fetch(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`, {
        method: "POST",
        headers: { ...auth, "content-type": contentType },
        body: "{}",
      });
      await expectConnectError(response, 415, "invalid_argument");
    }
  });

  it("allows GET only where the contract marks the method free of side effects", async () => {
    const query = `connect=v1&encoding=json&message=${encodeURIComponent("{}")}`;
    const get = await fetch(`${server.baseUrl}/gitpod.v1.GroupService/ListGroups?${query}`, { headers: auth });
    expect(get.status).toBe(200);
    await expectConnectError(
      await fetch(`${server.baseUrl}/gitpod.v1.RunnerService/DeleteRunner?${query}`, { headers: auth }),
      405,
      "unimplemented",
    );
    await expectConnectError(
      await fetch(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`, { method: "PUT", headers: auth, body: "{}" }),
      405,
      "unimplemented",
    );
  });

  it("answers undecodable protobuf with invalid_argument (Connect alone would say internal, 500)", async () => {
    const response = await fetch(`${server.baseUrl}/gitpod.v1.RunnerService/GetRunner`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/proto" },
      body: Buffer.from([0]),
    });
    await expectConnectError(response, 400, "invalid_argument");
  });

  it("turns fastify's own refusals on plain routes into Connect errors", async () => {
    await expectConnectError(await postJson(`${server.baseUrl}/auth/session`, "{not json"), 400, "invalid_argument");
  });
});
