import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { IdentityService } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { bearer } from "../testing";
import { type ProxyPair, startProxyPair, UPSTREAM_EXTRA_HEADERS } from "./proxy-test-servers";

let pair: ProxyPair;
let cookie: string;

function rpcUrl(base: string, rpc: string) {
  return `${base}/gitpod.v1.${rpc}`;
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "connect-protocol-version": "1", ...headers },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  pair = await startProxyPair();
  const signIn = await post(`${pair.proxy.baseUrl}/auth/session`, { token: pair.upstream.adminToken });
  expect(signIn.status).toBe(204);
  const setCookie = signIn.headers.get("set-cookie") ?? "";
  expect(setCookie).toMatch(/^rc_session=[\w-]+; HttpOnly; SameSite=Strict; Path=\//);
  expect(setCookie).not.toContain(pair.upstream.adminToken);
  cookie = setCookie.split(";")[0] ?? "";
});
afterAll(() => pair.close());
beforeEach(() => {
  pair.seen.length = 0;
});

describe("proxy mode: sign-in", () => {
  it("reports the upstream identity in proxy mode, with no org role", async () => {
    const response = await fetch(`${pair.proxy.baseUrl}/auth/session`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const session: Record<string, unknown> = await response.json();
    expect(session).toMatchObject({ mode: "proxy", subject: { id: pair.upstream.ids.users.admin, principal: "PRINCIPAL_USER" } });
    expect(session).not.toHaveProperty("orgRole");
    // Answered from the session: sign-in asked upstream once, reading the session does not again.
    expect(pair.seen).toEqual([]);
  });

  it("refuses a token upstream does not accept, without creating a session", async () => {
    const response = await post(`${pair.proxy.baseUrl}/auth/session`, { token: "not-a-gitpod-token" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "unauthenticated" });
    expect(response.headers.has("set-cookie")).toBe(false);
  });
});

describe("proxy mode: forwarding", () => {
  it("forwards an allow-listed call with the session's PAT, never the console's cookies", async () => {
    const viaProxy = await post(rpcUrl(pair.proxy.baseUrl, "RunnerService/ListRunners"), { pagination: { pageSize: 3 } }, {
      cookie: `${cookie}; other_console_cookie=secret`,
    });
    const direct = await post(rpcUrl(pair.upstream.baseUrl, "RunnerService/ListRunners"), { pagination: { pageSize: 3 } }, {
      authorization: `Bearer ${pair.upstream.adminToken}`,
    });
    expect(viaProxy.status).toBe(200);
    expect(await viaProxy.json()).toEqual(await direct.json());
    expect(viaProxy.headers.has("set-cookie")).toBe(false);
    const forwarded = pair.seen[0];
    expect(forwarded?.headers.authorization).toBe(`Bearer ${pair.upstream.adminToken}`);
    expect(forwarded?.headers.cookie).toBeUndefined();
    expect(forwarded?.headers["connect-protocol-version"]).toBe("1");
  });

  it("forwards only allow-listed response headers (no Location, custom or CORS headers from upstream)", async () => {
    const viaProxy = await post(rpcUrl(pair.proxy.baseUrl, "RunnerService/ListRunners"), { pagination: { pageSize: 1 } }, { cookie });
    const direct = await post(rpcUrl(pair.upstream.baseUrl, "RunnerService/ListRunners"), { pagination: { pageSize: 1 } }, {
      authorization: `Bearer ${pair.upstream.adminToken}`,
    });
    expect(direct.headers.get("location")).toBe(UPSTREAM_EXTRA_HEADERS.location);
    expect(direct.headers.get("x-custom")).toBe(UPSTREAM_EXTRA_HEADERS["x-custom"]);
    expect(viaProxy.status).toBe(200);
    for (const name of ["location", "x-custom", "x-powered-by", "access-control-allow-origin", "set-cookie"]) {
      expect(viaProxy.headers.has(name), name).toBe(false);
    }
    expect(viaProxy.headers.get("content-type")).toBe("application/json");
    expect(viaProxy.headers.get("etag")).toBe(UPSTREAM_EXTRA_HEADERS.etag);
    expect(viaProxy.headers.get("cache-control")).toBe("no-store");
  });

  it("passes the query string through (the SDK's ?pageSize=)", async () => {
    const response = await post(`${rpcUrl(pair.proxy.baseUrl, "RunnerService/ListRunners")}?pageSize=2`, {}, { cookie });
    const body: { runners: unknown[]; pagination: { nextToken: string } } = await response.json();
    expect(body.runners).toHaveLength(2);
    expect(body.pagination.nextToken).not.toBe("");
    expect(pair.seen[0]?.url).toBe("/api/gitpod.v1.RunnerService/ListRunners?pageSize=2");
  });

  it("passes status codes and Connect errors through unchanged", async () => {
    const missing = "00000000-0000-4000-8000-00000000beef";
    const viaProxy = await post(rpcUrl(pair.proxy.baseUrl, "RunnerService/GetRunner"), { runnerId: missing }, { cookie });
    const direct = await post(rpcUrl(pair.upstream.baseUrl, "RunnerService/GetRunner"), { runnerId: missing }, {
      authorization: `Bearer ${pair.upstream.adminToken}`,
    });
    expect(viaProxy.status).toBe(direct.status);
    expect(viaProxy.status).toBe(404);
    expect(await viaProxy.json()).toEqual(await direct.json());
    const invalid = await post(rpcUrl(pair.proxy.baseUrl, "RunnerService/GetRunner"), { runnerId: "x" }, { cookie });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: "invalid_argument" });
  });

  it("carries binary protobuf both ways, and forwards an embedded client's Bearer token as sent", async () => {
    const transport = createConnectTransport({
      baseUrl: pair.proxy.baseUrl,
      httpVersion: "1.1",
      useBinaryFormat: true,
      interceptors: [bearer(pair.upstream.memberToken)],
    });
    const identity = await createClient(IdentityService, transport).getAuthenticatedIdentity({});
    expect(identity.subject?.id).toBe(pair.upstream.ids.users.member);
    const runners = await createClient(RunnerService, transport).listRunners({ pagination: { pageSize: 100 } });
    const direct = await pair.upstream.client(RunnerService, pair.upstream.memberToken).listRunners({ pagination: { pageSize: 100 } });
    expect(runners.runners.map((runner) => runner.runnerId)).toEqual(direct.runners.map((runner) => runner.runnerId));
    expect(pair.seen[0]?.headers["content-type"]).toBe("application/proto");
    expect(pair.seen[0]?.headers.authorization).toBe(`Bearer ${pair.upstream.memberToken}`);
  });

  it("forwards the five LLM-integration RPCs (part of the allow-list)", async () => {
    const listed = await post(rpcUrl(pair.proxy.baseUrl, "RunnerConfigurationService/ListLLMIntegrations"), {}, { cookie });
    expect(listed.status).toBe(200);
    const body: { integrations: Array<{ id: string }> } = await listed.json();
    expect(body.integrations).toHaveLength(1);
    const id = body.integrations[0]?.id ?? "";
    const got = await post(rpcUrl(pair.proxy.baseUrl, "RunnerConfigurationService/GetLLMIntegration"), { id }, { cookie });
    expect(got.status).toBe(200);
    for (const rpc of ["CreateLLMIntegration", "UpdateLLMIntegration", "DeleteLLMIntegration"]) {
      const refused = await post(rpcUrl(pair.proxy.baseUrl, `RunnerConfigurationService/${rpc}`), { id: "x", runnerId: "x" }, { cookie });
      expect(await refused.json()).toMatchObject({ code: "invalid_argument" });
    }
    expect(pair.seen.map((seen) => seen.url.split("/").pop())).toEqual([
      "ListLLMIntegrations",
      "GetLLMIntegration",
      "CreateLLMIntegration",
      "UpdateLLMIntegration",
      "DeleteLLMIntegration",
    ]);
  });

  it("answers anything outside the allow-list with not_found and forwards nothing", async () => {
    for (const path of ["gitpod.v1.EnvironmentService/ListEnvironments", "gitpod.v1.RunnerService/Nope", "gitpod.v1.x"]) {
      const response = await post(`${pair.proxy.baseUrl}/${path}`, {}, { cookie });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: "not_found" });
    }
    expect(pair.seen).toEqual([]);
  });

  it("applies the CSRF rule to cookie calls and signs out", async () => {
    const noHeader = await fetch(rpcUrl(pair.proxy.baseUrl, "RunnerService/ListRunners"), {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: "{}",
    });
    expect(noHeader.status).toBe(403);
    const foreign = await post(rpcUrl(pair.proxy.baseUrl, "RunnerService/ListRunners"), {}, { cookie, origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(pair.seen).toEqual([]);

    const signIn = await post(`${pair.proxy.baseUrl}/auth/session`, { token: pair.upstream.memberToken });
    const memberCookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const signOut = await fetch(`${pair.proxy.baseUrl}/auth/session`, { method: "DELETE", headers: { cookie: memberCookie } });
    expect(signOut.status).toBe(204);
    const after = await post(rpcUrl(pair.proxy.baseUrl, "RunnerService/ListRunners"), {}, { cookie: memberCookie });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ code: "unauthenticated" });
  });
});
