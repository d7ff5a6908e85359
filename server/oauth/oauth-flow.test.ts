import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HostAuthenticationTokenSource, RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { startTestServer, type TestServer } from "../testing";
import { safeReturnTo } from "./oauth-page";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function signIn(token: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/auth/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({ token }),
  });
  expect(response.status).toBe(204);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  expect(cookie).toMatch(/^rc_session=/);
  return cookie;
}

async function openAuthorizePage(cookie: string, url: string): Promise<{ status: number; html: string; state: string }> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  return { status: response.status, html, state: /name="state" value="([^"]+)"/.exec(html)?.[1] ?? "" };
}

function approve(cookie: string, state: string, decision = "approve", origin = server.url): Promise<Response> {
  return fetch(`${server.baseUrl}/oauth/authorize`, {
    method: "POST",
    headers: { cookie, origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ state, decision }).toString(),
    redirect: "manual",
  });
}

describe("local OAuth", () => {
  it("round trip: authorize page → approve → callback stores an OAUTH token → back to the console", async () => {
    const runnerId = server.ids.runners.gcpMl;
    const tools = server.client(RunnerService);
    const before = await tools.checkAuthenticationForHost({ runnerId, host: "github.com" });
    expect(before.authenticated).toBe(false);
    const cookie = await signIn(server.adminToken);

    const returnTo = `/runners/${runnerId}?tab=tools`;
    const page = await openAuthorizePage(cookie, `${before.authenticationUrl}&returnTo=${encodeURIComponent(returnTo)}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Authorize Runner Console to access github.com");
    expect(page.html).not.toContain("<script");
    expect(page.state).not.toBe("");

    const approved = await approve(cookie, page.state);
    expect(approved.status).toBe(303);
    const callback = approved.headers.get("location") ?? "";
    expect(callback).toMatch(/^\/api\/oauth\/callback\?code=[\w-]+&state=[\w-]+$/);

    const landed = await fetch(`${server.url}${callback}`, { headers: { cookie }, redirect: "manual" });
    expect(landed.status).toBe(303);
    // Back where the flow started, with the outcome for the console to announce.
    expect(landed.headers.get("location")).toBe(`${returnTo}&oauth=connected&oauthHost=github.com`);

    expect((await tools.checkAuthenticationForHost({ runnerId, host: "github.com" })).authenticated).toBe(true);
    const tokens = await server.client(RunnerConfigurationService).listHostAuthenticationTokens({ filter: { runnerId, subjectId: server.ids.users.admin } });
    expect(tokens.tokens).toEqual([expect.objectContaining({ host: "github.com", source: HostAuthenticationTokenSource.OAUTH })]);

    const replay = await fetch(`${server.url}${callback}`, { headers: { cookie }, redirect: "manual" });
    expect(replay.status).toBe(400);
    expect((await approve(cookie, page.state)).status).toBe(400);
  });

  it("refuses strangers: no session, another user's state, a cross-site form, a denied request", async () => {
    const runnerId = server.ids.runners.linuxBuild01;
    const url = `${server.baseUrl}/oauth/authorize?runnerId=${server.ids.runners.awsProdEu}&host=gitlab.com&returnTo=//evil.example`;
    expect((await openAuthorizePage("", url)).status).toBe(401);
    const admin = await signIn(server.adminToken);
    const member = await signIn(server.memberToken);
    const page = await openAuthorizePage(admin, url);
    expect(page.status).toBe(200);
    expect((await approve(member, page.state)).status).toBe(400);
    expect((await approve(admin, page.state, "approve", "https://evil.example")).status).toBe(403);
    const denied = await approve(admin, page.state, "deny");
    expect(denied.status).toBe(303);
    expect(denied.headers.get("location")).toBe("/?oauth=denied&oauthHost=gitlab.com");
    expect((await openAuthorizePage(member, url)).status).toBe(404);
    expect((await openAuthorizePage(member, `${server.baseUrl}/oauth/authorize?runnerId=${runnerId}&host=github.com`)).status).toBe(400);
  });

  it("accepts only same-origin ASCII paths as returnTo, percent-encoding other text", () => {
    expect(safeReturnTo("/host-tokens?x=1")).toBe("/host-tokens?x=1");
    expect(safeReturnTo("/runners/münchen?q=a b")).toBe("/runners/m%C3%BCnchen?q=a%20b");
    expect(safeReturnTo(safeReturnTo("/runners/münchen"))).toBe("/runners/m%C3%BCnchen");
    const bad = ["//evil.example", "https://evil.example", "/\\evil.example", "", undefined, "/a\nb", "/\u202ex", "/a\u0000", "/\ud800"];
    for (const value of bad) expect(safeReturnTo(value)).toBe("/");
  });

  it("a non-ASCII returnTo lands on a valid, same-origin Location after the token is stored", async () => {
    const runnerId = server.ids.runners.gcpMl;
    const cookie = await signIn(server.memberToken);
    const landings: Array<[string, string]> = [
      ["/%E2%80%AEx", "/?oauth=connected&oauthHost=github.com"],
      ["/runners/ü?tab=tools", "/runners/%C3%BC?tab=tools&oauth=connected&oauthHost=github.com"],
    ];
    for (const [returnTo, expected] of landings) {
      const url = `${server.baseUrl}/oauth/authorize?runnerId=${runnerId}&host=github.com&returnTo=${encodeURIComponent(decodeURIComponent(returnTo))}`;
      const page = await openAuthorizePage(cookie, url);
      expect(page.status).toBe(200);
      const callback = (await approve(cookie, page.state)).headers.get("location") ?? "";
      const landed = await fetch(`${server.url}${callback}`, { headers: { cookie }, redirect: "manual" });
      expect(landed.status).toBe(303);
      expect(landed.headers.get("location")).toBe(expected);
    }
  });

  it("answers errors on the OAuth routes as the API does: Connect JSON, no fastify body, no internal message", async () => {
    const cookie = await signIn(server.adminToken);
    const badJson = await fetch(`${server.baseUrl}/oauth/authorize`, {
      method: "POST",
      headers: { cookie, origin: server.url, "content-type": "application/json" },
      body: "{",
    });
    expect(badJson.status).toBe(400);
    const body: Record<string, unknown> = await badJson.json();
    expect(body).toMatchObject({ code: "invalid_argument" });
    expect(Object.keys(body).sort()).toEqual(["code", "message"]);

    const broken = await startTestServer();
    try {
      broken.ctx.db.exec("DROP TABLE oauth_states");
      const response = await fetch(`${broken.url}/api/auth/session`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: broken.url },
        body: JSON.stringify({ token: broken.adminToken }),
      });
      const session = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const failed = await fetch(`${broken.baseUrl}/oauth/authorize?runnerId=${broken.ids.runners.gcpMl}&host=github.com`, {
        headers: { cookie: session },
      });
      expect(failed.status).toBe(500);
      expect(await failed.json()).toEqual({ code: "internal", message: "internal error" });
    } finally {
      await broken.close();
    }
  });
});
