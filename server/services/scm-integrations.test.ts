import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HostAuthenticationTokenSource, RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { openSealed } from "../crypto/sealed-box";
import { runnerPrivateKey, runnerPublicKey } from "../store/runners";
import { codeOf, startTestServer, type TestServer } from "../testing";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("SCM integrations", () => {
  it("creates an integration with OAuth sealed to the runner's key and reads it back", async () => {
    const admin = server.client(RunnerConfigurationService);
    const runnerId = server.ids.runners.awsStagingUs;
    const { id } = await admin.createSCMIntegration({ runnerId, scmId: "bitbucket", host: "Bitbucket.org", oauthClientId: "client-1", oauthPlaintextClientSecret: "s3cret-value", pat: true });
    const { integration } = await admin.getSCMIntegration({ id });
    expect(integration).toMatchObject({ id, runnerId, scmId: "bitbucket", host: "bitbucket.org", pat: true, oauth: { clientId: "client-1" } });
    const sealed = integration?.oauth?.encryptedClientSecret ?? new Uint8Array();
    const keys = { pub: runnerPublicKey(server.ctx.db, runnerId), priv: runnerPrivateKey(server.ctx.db, runnerId) };
    expect(openSealed(sealed, keys.pub ?? new Uint8Array(), keys.priv ?? new Uint8Array())).toBe("s3cret-value");
    const stored = server.ctx.db.prepare<[string], { oauth_encrypted_client_secret: Buffer }>("SELECT oauth_encrypted_client_secret FROM scm_integrations WHERE id = ?").get(id);
    expect(Buffer.from(stored?.oauth_encrypted_client_secret ?? []).toString("utf8")).not.toContain("s3cret-value");

    expect(await codeOf(admin.createSCMIntegration({ runnerId, scmId: "bitbucket", host: "bitbucket.org", pat: true }))).toBe(Code.AlreadyExists);
    await admin.deleteSCMIntegration({ id });
    expect(await codeOf(admin.getSCMIntegration({ id }))).toBe(Code.NotFound);
  });

  it.each([
    ["unknown scmId", { scmId: "perforce", host: "p4.acme.dev", pat: true }],
    ["client id without secret", { scmId: "github", host: "github.acme.dev", oauthClientId: "x", pat: false }],
    ["secret without client id", { scmId: "github", host: "github.acme.dev", oauthPlaintextClientSecret: "x", pat: true }],
    ["neither OAuth nor PAT", { scmId: "github", host: "github.acme.dev", pat: false }],
    ["a URL as host", { scmId: "github", host: "https://github.com/", pat: true }],
    ["virtual directory outside Azure", { scmId: "github", host: "github.acme.dev", pat: true, virtualDirectory: "/tfs" }],
  ])("rejects %s with invalid_argument", async (_name, input) => {
    const admin = server.client(RunnerConfigurationService);
    expect(await codeOf(admin.createSCMIntegration({ runnerId: server.ids.runners.awsStagingUs, ...input }))).toBe(Code.InvalidArgument);
  });

  it("lists with a runner filter and keyset pages", async () => {
    const admin = server.client(RunnerConfigurationService);
    const all = await admin.listSCMIntegrations({ pagination: { pageSize: 100 } });
    expect(all.integrations.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let token = "";
    do {
      const page = await admin.listSCMIntegrations({ pagination: { pageSize: 2, token } });
      expect(page.integrations.length).toBeLessThanOrEqual(2);
      seen.push(...page.integrations.map((i) => i.id));
      token = page.pagination?.nextToken ?? "";
    } while (token);
    expect(seen).toEqual(all.integrations.map((i) => i.id));
    const filtered = await admin.listSCMIntegrations({ filter: { runnerIds: [server.ids.runners.awsProdEu] } });
    expect(new Set(filtered.integrations.map((i) => i.runnerId))).toEqual(new Set([server.ids.runners.awsProdEu]));
    expect(filtered.integrations.map((i) => i.host)).toEqual(["github.com", "gitlab.com"]);
    expect(await codeOf(admin.listSCMIntegrations({ filter: { runnerIds: ["nope"] } }))).toBe(Code.InvalidArgument);
  });

  it("applies the permission table: USER reads, cannot write; no access → not_found; no token → unauthenticated", async () => {
    const member = server.client(RunnerConfigurationService, server.memberToken);
    const listed = await member.listSCMIntegrations({});
    const runners = new Set(listed.integrations.map((i) => i.runnerId));
    expect(runners).toEqual(new Set([server.ids.runners.linuxBuild01, server.ids.runners.gcpMl]));
    const shared = listed.integrations.find((i) => i.runnerId === server.ids.runners.linuxBuild01);
    expect(shared).toBeDefined();
    const id = shared?.id ?? "";
    expect((await member.getSCMIntegration({ id })).integration?.host).toBe(shared?.host);
    expect(await codeOf(member.updateSCMIntegration({ id, pat: false }))).toBe(Code.PermissionDenied);
    expect(await codeOf(member.deleteSCMIntegration({ id }))).toBe(Code.PermissionDenied);
    expect(await codeOf(member.createSCMIntegration({ runnerId: server.ids.runners.linuxBuild01, scmId: "bitbucket", host: "bitbucket.org", pat: true }))).toBe(Code.PermissionDenied);
    const hidden = (await server.client(RunnerConfigurationService).listSCMIntegrations({ filter: { runnerIds: [server.ids.runners.awsProdEu] } })).integrations[0];
    expect(await codeOf(member.getSCMIntegration({ id: hidden?.id ?? "" }))).toBe(Code.NotFound);
    expect(await codeOf(member.createSCMIntegration({ runnerId: server.ids.runners.awsProdEu, scmId: "bitbucket", host: "bitbucket.org", pat: true }))).toBe(Code.NotFound);
    const anonymous = server.client(RunnerConfigurationService, "");
    expect(await codeOf(anonymous.listSCMIntegrations({}))).toBe(Code.Unauthenticated);
  });

  it("removing OAuth deletes the runner+host's OAUTH tokens, disabling PAT its PAT tokens", async () => {
    const admin = server.client(RunnerConfigurationService);
    const runnerId = server.ids.runners.managedEu;
    const { id } = await admin.createSCMIntegration({ runnerId, scmId: "github", host: "github.com", oauthClientId: "c", oauthPlaintextClientSecret: "s", pat: true });
    const oauthToken = await admin.createHostAuthenticationToken({ runnerId, host: "github.com", token: "t1", source: HostAuthenticationTokenSource.OAUTH });
    const patToken = await admin.createHostAuthenticationToken({ runnerId, host: "github.com", token: "t2", source: HostAuthenticationTokenSource.PAT, userId: server.ids.users.member });
    await admin.updateSCMIntegration({ id, oauthClientId: "" });
    expect(await codeOf(admin.getHostAuthenticationToken({ id: oauthToken.token?.id ?? "" }))).toBe(Code.NotFound);
    expect((await admin.getHostAuthenticationToken({ id: patToken.token?.id ?? "" })).token?.id).toBe(patToken.token?.id);
    expect((await admin.getSCMIntegration({ id })).integration?.oauth).toBeUndefined();
    await admin.updateSCMIntegration({ id, pat: false, oauthClientId: "again", oauthPlaintextClientSecret: "new" });
    expect(await codeOf(admin.getHostAuthenticationToken({ id: patToken.token?.id ?? "" }))).toBe(Code.NotFound);
    expect(await codeOf(admin.updateSCMIntegration({ id, oauthClientId: "" }))).toBe(Code.InvalidArgument);
    await admin.deleteSCMIntegration({ id });
  });

  it("validates through ValidateRunnerConfiguration with per-field messages", async () => {
    const admin = server.client(RunnerConfigurationService);
    const runnerId = server.ids.runners.awsProdEu;
    const bad = await admin.validateRunnerConfiguration({
      runnerId,
      config: { case: "scmIntegration", value: { scmId: "svn", host: "github.com", oauthClientId: "id", pat: false } },
    });
    expect(bad.result.case).toBe("scmIntegration");
    const result = bad.result.case === "scmIntegration" ? bad.result.value : undefined;
    expect(result?.valid).toBe(false);
    expect(result?.scmIdError).toContain("svn");
    expect(result?.oauthError).toContain("secret");
    expect(result?.hostError).toContain("already has");
    const good = await admin.validateRunnerConfiguration({
      runnerId,
      config: { case: "scmIntegration", value: { scmId: "bitbucket", host: "bitbucket.org", oauthClientId: "id", oauthClientSecret: { case: "oauthPlaintextClientSecret", value: "x" } } },
    });
    expect(good.result.case === "scmIntegration" && good.result.value.valid).toBe(true);
    const member = server.client(RunnerConfigurationService, server.memberToken);
    const denied = member.validateRunnerConfiguration({ runnerId: server.ids.runners.linuxBuild01, config: { case: "scmIntegration", value: { scmId: "github", host: "x.dev", pat: true } } });
    expect(await codeOf(denied)).toBe(Code.PermissionDenied);
  });

  it("deleting the runner takes its integrations and host tokens with it", async () => {
    const admin = server.client(RunnerConfigurationService);
    const runnerId = server.ids.runners.awsProdEu;
    const before = await admin.listHostAuthenticationTokens({ filter: { runnerId } });
    expect(before.tokens.length).toBeGreaterThan(0);
    server.ctx.db.prepare("DELETE FROM runners WHERE id = ?").run(runnerId);
    expect((await admin.listSCMIntegrations({ filter: { runnerIds: [runnerId] } })).integrations).toEqual([]);
    // The runner is gone, so naming it is not_found; no token of it is left in the unfiltered list either.
    expect(await codeOf(admin.listHostAuthenticationTokens({ filter: { runnerId } }))).toBe(Code.NotFound);
    const after = await admin.listHostAuthenticationTokens({ pagination: { pageSize: 100 } });
    expect(after.tokens.filter((t) => t.runnerId === runnerId)).toEqual([]);
  });
});
