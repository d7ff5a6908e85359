import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerKind } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { bearer, startTestServer, type TestServer } from "../testing";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function post(path: string, body: unknown, query = ""): Promise<Response> {
  return fetch(`${server.baseUrl}${path}${query}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify(body),
  });
}

interface RunnerPage {
  runners?: Array<{ name: string }>;
  pagination?: { nextToken?: string };
}

describe("wire compatibility", () => {
  it("speaks binary protobuf", async () => {
    const transport = createConnectTransport({
      baseUrl: server.baseUrl,
      httpVersion: "1.1",
      useBinaryFormat: true,
      interceptors: [bearer(server.adminToken)],
    });
    const { runners } = await createClient(RunnerService, transport).listRunners({
      filter: { kinds: [RunnerKind.REMOTE] },
    });
    expect(runners.map((r) => r.name)).toEqual(["aws-prod-eu", "aws-staging-us", "gcp-ml", "managed-eu"]);
  });

  it("pages with ?token=&pageSize= like the official SDK", async () => {
    const seen: string[] = [];
    let token = "";
    do {
      const response = await post(
        "/gitpod.v1.RunnerService/ListRunners",
        {},
        `?pageSize=3${token ? `&token=${token}` : ""}`,
      );
      expect(response.status).toBe(200);
      const page = (await response.json()) as RunnerPage;
      expect(page.runners?.length).toBeLessThanOrEqual(3);
      seen.push(...(page.runners ?? []).map((r) => r.name));
      token = page.pagination?.nextToken ?? "";
    } while (token);
    expect(seen).toHaveLength(8);
    const conflicting = await post(
      "/gitpod.v1.RunnerService/ListRunners",
      { pagination: { pageSize: 2 } },
      "?pageSize=3",
    );
    expect(conflicting.status).toBe(400);
  });

  it("rejects unknown enum strings but ignores unknown fields", async () => {
    const unknownEnum = await post("/gitpod.v1.RunnerService/ListRunners", {
      filter: { providers: ["RUNNER_PROVIDER_AZURE"] },
    });
    expect(unknownEnum.status).toBe(400);
    expect(await unknownEnum.json()).toMatchObject({ code: "invalid_argument" });
    const nested = await post("/gitpod.v1.RunnerService/UpdateRunner", {
      runnerId: server.ids.runners.gcpMl,
      spec: { configuration: { logLevel: "LOG_LEVEL_LOUD" } },
    });
    expect(nested.status).toBe(400);
    const unknownField = await post("/gitpod.v1.RunnerService/ListRunners", {
      filter: { kinds: ["RUNNER_KIND_LOCAL"], newField: 1 },
      x: "y",
    });
    expect(unknownField.status).toBe(200);
    expect(((await unknownField.json()) as RunnerPage).runners).toHaveLength(3);
  });

  it("answers Connect JSON errors with Connect's HTTP statuses, also for unknown paths", async () => {
    const missing = await post("/gitpod.v1.RunnerService/GetRunner", {
      runnerId: "00000000-0000-4000-8000-000000000000",
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "not_found" });
    const unknownRpc = await post("/gitpod.v1.RunnerService/NoSuchMethod", {});
    expect(unknownRpc.status).toBe(404);
    expect(unknownRpc.headers.get("content-type")).toContain("application/json");
    expect(await unknownRpc.json()).toMatchObject({ code: "not_found" });
    const badJson = await fetch(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
      body: "{",
    });
    expect(badJson.status).toBe(400);
  });

  it("serves health and console config without credentials", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true, store: { writable: true } });
    expect(await (await fetch(`${server.url}/console-config.json`)).json()).toMatchObject({
      mode: "local",
      apiPrefix: "/api",
    });
  });
});

describe("API_PREFIX empty", () => {
  it("serves the API at the root exactly like the reference", async () => {
    const root = await startTestServer({ config: { apiPrefix: "" } });
    try {
      const response = await fetch(`${root.url}/gitpod.v1.RunnerService/ListRunners`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${root.adminToken}` },
        body: "{}",
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as RunnerPage).runners).toHaveLength(8);
      const signIn = await fetch(`${root.url}/auth/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: root.memberToken }),
      });
      expect(signIn.status).toBe(204);
      const unknown = await fetch(`${root.url}/gitpod.v1.RunnerService/Nope`, { method: "POST", body: "{}" });
      expect(await unknown.json()).toMatchObject({ code: "not_found" });
    } finally {
      await root.close();
    }
  });
});
