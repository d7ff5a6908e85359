import { Code } from "@connectrpc/connect";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HostAuthenticationTokenSource, RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { tokenCipherFor } from "../crypto/token-cipher";
import { codeOf, startTestServer, type TestServer } from "../testing";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PAT = HostAuthenticationTokenSource.PAT;

describe("host authentication tokens", () => {
  it("creates, reads, rotates and deletes a token; the value is stored encrypted and never returned", async () => {
    const admin = server.client(RunnerConfigurationService);
    const runnerId = server.ids.runners.linuxBuild01;
    const created = await admin.createHostAuthenticationToken({
      runnerId,
      host: "GitLab.com",
      token: "glpat-first-value",
      source: PAT,
      scopes: ["api"],
      expiresAt: timestampFromDate(new Date("2030-01-01T00:00:00Z")),
    });
    const id = created.token?.id ?? "";
    expect(created.token).toMatchObject({ runnerId, host: "gitlab.com", source: PAT, scopes: ["api"], userId: server.ids.users.admin, subject: { id: server.ids.users.admin } });
    const row = server.ctx.db.prepare<[string], { token_ciphertext: Buffer; refresh_token_ciphertext: Buffer }>("SELECT token_ciphertext, refresh_token_ciphertext FROM host_tokens WHERE id = ?").get(id);
    expect(Buffer.from(row?.token_ciphertext ?? []).toString("latin1")).not.toContain("glpat-first-value");
    expect(tokenCipherFor(server.ctx.db).decrypt(row?.token_ciphertext ?? new Uint8Array())).toBe("glpat-first-value");

    await admin.updateHostAuthenticationToken({ id, token: "glpat-second-value", scopes: [] });
    const after = await admin.getHostAuthenticationToken({ id });
    expect(after.token?.scopes).toEqual(["api"]);
    const rotated = server.ctx.db.prepare<[string], { token_ciphertext: Buffer }>("SELECT token_ciphertext FROM host_tokens WHERE id = ?").get(id);
    expect(tokenCipherFor(server.ctx.db).decrypt(rotated?.token_ciphertext ?? new Uint8Array())).toBe("glpat-second-value");
    await admin.updateHostAuthenticationToken({ id, scopes: ["api", "read_user"], expiresAt: timestampFromDate(new Date("2031-01-01T00:00:00Z")) });
    expect((await admin.getHostAuthenticationToken({ id })).token).toMatchObject({ scopes: ["api", "read_user"] });

    expect(await codeOf(admin.createHostAuthenticationToken({ runnerId, host: "gitlab.com", token: "again", source: PAT }))).toBe(Code.AlreadyExists);
    await admin.deleteHostAuthenticationToken({ id });
    expect(await codeOf(admin.getHostAuthenticationToken({ id }))).toBe(Code.NotFound);
  });

  it.each([
    ["no token", { host: "github.com", token: "", source: PAT }, Code.InvalidArgument],
    ["a blank token", { host: "github.com", token: "   ", source: PAT }, Code.InvalidArgument],
    ["an expiry in the past", { host: "github.com", token: "x", source: PAT, expiresAt: timestampFromDate(new Date("2025-06-15T11:00:00Z")) }, Code.InvalidArgument],
    ["a refresh token with a PAT", { host: "github.com", token: "x", source: PAT, refreshToken: "r" }, Code.InvalidArgument],
    ["an unknown source", { host: "github.com", token: "x", source: 7 }, Code.InvalidArgument],
    ["a bad user id", { host: "github.com", token: "x", source: PAT, userId: "x" }, Code.InvalidArgument],
    ["a host without integration", { host: "bitbucket.org", token: "x", source: PAT }, Code.FailedPrecondition],
    ["OAuth where the integration has none", { host: "github.com", token: "x", source: HostAuthenticationTokenSource.OAUTH }, Code.FailedPrecondition],
    ["101+ scopes", { host: "github.com", token: "x", source: PAT, scopes: Array.from({ length: 102 }, (_, i) => `s${i}`) }, Code.InvalidArgument],
  ])("rejects %s", async (_name, input, code) => {
    const admin = server.client(RunnerConfigurationService);
    expect(await codeOf(admin.createHostAuthenticationToken({ runnerId: server.ids.runners.linuxBuild01, ...input }))).toBe(code);
  });

  it("says in words that the token is required, not a character range", async () => {
    const admin = server.client(RunnerConfigurationService);
    const call = admin.createHostAuthenticationToken({ runnerId: server.ids.runners.linuxBuild01, host: "github.com", token: "", source: PAT });
    await expect(call).rejects.toThrow("token is required: paste the token issued by the SCM host");
  });

  it("takes an unset source from the integration (optional in the reference) and refuses a past expiry on update", async () => {
    const admin = server.client(RunnerConfigurationService);
    const created = await admin.createHostAuthenticationToken({ runnerId: server.ids.runners.linuxBuild01, host: "gitlab.com", token: "glpat_unset_source" });
    expect(created.token?.source).toBe(PAT);
    const id = created.token?.id ?? "";
    const past = timestampFromDate(new Date("2025-06-14T12:00:00Z"));
    expect(await codeOf(admin.updateHostAuthenticationToken({ id, expiresAt: past }))).toBe(Code.InvalidArgument);
    expect(await codeOf(admin.updateHostAuthenticationToken({ id, refreshToken: "r" }))).toBe(Code.InvalidArgument);
    await admin.updateHostAuthenticationToken({ id, expiresAt: timestampFromDate(new Date("2025-06-16T12:00:00Z")) });
    expect((await admin.getHostAuthenticationToken({ id })).token?.expiresAt?.seconds).toBe(BigInt(Date.parse("2025-06-16T12:00:00Z") / 1000));
    await admin.deleteHostAuthenticationToken({ id });
  });

  it("lets members see and manage only their own tokens", async () => {
    const admin = server.client(RunnerConfigurationService);
    const member = server.client(RunnerConfigurationService, server.memberToken);
    const mine = await member.listHostAuthenticationTokens({});
    expect(mine.tokens.length).toBeGreaterThan(0);
    expect(mine.tokens.every((t) => t.subject?.id === server.ids.users.member)).toBe(true);
    const all = await admin.listHostAuthenticationTokens({ pagination: { pageSize: 100 } });
    const adminsToken = all.tokens.find((t) => t.subject?.id === server.ids.users.admin);
    expect(adminsToken).toBeDefined();
    expect(await codeOf(member.getHostAuthenticationToken({ id: adminsToken?.id ?? "" }))).toBe(Code.NotFound);
    expect(await codeOf(member.deleteHostAuthenticationToken({ id: adminsToken?.id ?? "" }))).toBe(Code.NotFound);
    expect(await codeOf(member.updateHostAuthenticationToken({ id: adminsToken?.id ?? "", token: "x" }))).toBe(Code.NotFound);
    expect((await member.listHostAuthenticationTokens({ filter: { subjectId: server.ids.users.admin } })).tokens).toEqual([]);
    const forOther = member.createHostAuthenticationToken({ runnerId: server.ids.runners.linuxBuild01, host: "gitlab.com", token: "x", source: PAT, userId: server.ids.users.admin });
    expect(await codeOf(forOther)).toBe(Code.PermissionDenied);
    const own = await member.createHostAuthenticationToken({ runnerId: server.ids.runners.linuxBuild01, host: "gitlab.com", token: "x", source: PAT });
    expect(own.token?.subject?.id).toBe(server.ids.users.member);
    await member.deleteHostAuthenticationToken({ id: own.token?.id ?? "" });
    expect(await codeOf(server.client(RunnerConfigurationService, "").listHostAuthenticationTokens({}))).toBe(Code.Unauthenticated);
  });

  it("filters by runner and subject and pages by keyset", async () => {
    const admin = server.client(RunnerConfigurationService);
    const byRunner = await admin.listHostAuthenticationTokens({ filter: { runnerId: server.ids.runners.awsProdEu } });
    expect(byRunner.tokens.map((t) => t.host).sort()).toEqual(["github.com", "gitlab.com"]);
    const bySubject = await admin.listHostAuthenticationTokens({ filter: { subjectId: server.ids.users.member } });
    expect(bySubject.tokens.every((t) => t.subject?.id === server.ids.users.member)).toBe(true);
    const first = await admin.listHostAuthenticationTokens({ pagination: { pageSize: 1 } });
    const second = await admin.listHostAuthenticationTokens({ pagination: { pageSize: 1, token: first.pagination?.nextToken ?? "" } });
    expect(first.tokens).toHaveLength(1);
    expect(second.tokens[0]?.id).not.toBe(first.tokens[0]?.id);
    expect(await codeOf(admin.listHostAuthenticationTokens({ filter: { runnerId: "" } }))).toBe(Code.InvalidArgument);
  });
});
