import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { PullRequest_State } from "../../src/gen/gitpod/v1/agent_pb";
import { ParseContextURLPreconditionFailureDetailsSchema, RunnerService, SearchMode } from "../../src/gen/gitpod/v1/runner_pb";
import { startTestServer, type TestServer } from "../testing";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function errorOf(call: Promise<unknown>): Promise<ConnectError | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    return ConnectError.from(error);
  }
}

describe("CheckAuthenticationForHost", () => {
  it("is authenticated with a usable token and describes the integration", async () => {
    const admin = server.client(RunnerService);
    const result = await admin.checkAuthenticationForHost({ runnerId: server.ids.runners.awsProdEu, host: "github.com" });
    expect(result).toMatchObject({ authenticated: true, scmId: "github", scmName: "GitHub", patSupported: true });
    expect(result.supportsOauth2?.authUrl).toBe(`${server.baseUrl}/oauth/authorize?runnerId=${server.ids.runners.awsProdEu}&host=github.com`);
    expect(result.supportsPat?.requiredScopes).toContain("repo");
  });

  it("is not authenticated with an expired token, and offers the local authorize page", async () => {
    const result = await server.client(RunnerService).checkAuthenticationForHost({ runnerId: server.ids.runners.awsProdEu, host: "gitlab.com" });
    expect(result.authenticated).toBe(false);
    expect(result.authenticationUrl).toContain("/oauth/authorize?");
  });

  it("answers for hosts without integration and applies runner access", async () => {
    const member = server.client(RunnerService, server.memberToken);
    const none = await member.checkAuthenticationForHost({ runnerId: server.ids.runners.linuxBuild01, host: "bitbucket.org" });
    expect(none).toMatchObject({ authenticated: false, scmId: "bitbucket", authenticationUrl: "" });
    expect(none.supportsPat).toBeUndefined();
    expect((await errorOf(member.checkAuthenticationForHost({ runnerId: server.ids.runners.awsProdEu, host: "github.com" })))?.code).toBe(Code.NotFound);
    expect((await errorOf(member.checkAuthenticationForHost({ runnerId: "x", host: "github.com" })))?.code).toBe(Code.InvalidArgument);
    expect((await errorOf(member.checkAuthenticationForHost({ runnerId: server.ids.runners.linuxBuild01, host: "" })))?.code).toBe(Code.InvalidArgument);
    expect((await errorOf(server.client(RunnerService, "").checkAuthenticationForHost({ runnerId: server.ids.runners.linuxBuild01, host: "github.com" })))?.code).toBe(Code.Unauthenticated);
  });
});

describe("ParseContextURL", () => {
  const runnerId = () => server.ids.runners.awsProdEu;
  it.each([
    ["https://github.com/acme-platform/api", { branch: "main", tag: "" }],
    ["https://github.com/acme-platform/api/tree/feature/login/src", { branch: "feature/login" }],
    ["https://github.com/acme-platform/api/tree/v1.1.0", { tag: "v1.1.0", branch: "" }],
  ])("resolves %s", async (url, git) => {
    const result = await server.client(RunnerService).parseContextURL({ runnerId: runnerId(), contextUrl: url });
    expect(result.git).toMatchObject({ host: "github.com", owner: "acme-platform", repo: "api", cloneUrl: "https://github.com/acme-platform/api.git", ...git });
    expect(result.git?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(result.scmId).toBe("github");
    expect(result.originalContextUrl).toBe(url);
  });

  it("fills PR and issue contexts", async () => {
    const admin = server.client(RunnerService);
    const pr = await admin.parseContextURL({ runnerId: runnerId(), contextUrl: "https://github.com/acme-platform/console/pull/2" });
    expect(pr.pullRequest).toMatchObject({ id: "2", draft: true, state: PullRequest_State.OPEN, fromBranch: "develop", toBranch: "main", url: "https://github.com/acme-platform/console/pull/2" });
    expect(pr.pr?.title).toBe(pr.pullRequest?.title);
    expect(pr.git?.branch).toBe("develop");
    const issue = await admin.parseContextURL({ runnerId: runnerId(), contextUrl: "https://github.com/acme-platform/console/issues/1" });
    expect(issue.issue).toEqual(expect.objectContaining({ id: "1", title: "console: build fails on ARM runners" }));
    const commitSha = pr.git?.commit ?? "";
    const commit = await admin.parseContextURL({ runnerId: runnerId(), contextUrl: `https://github.com/acme-platform/console/commit/${commitSha.slice(0, 10)}` });
    expect(commit.git?.commit).toBe(commitSha);
  });

  it("answers not_found, invalid_argument and failed_precondition with details", async () => {
    const admin = server.client(RunnerService);
    expect((await errorOf(admin.parseContextURL({ runnerId: runnerId(), contextUrl: "https://github.com/acme-platform/nope" })))?.code).toBe(Code.NotFound);
    expect((await errorOf(admin.parseContextURL({ runnerId: runnerId(), contextUrl: "https://github.com/acme-platform/api/tree/no-such-branch" })))?.code).toBe(Code.NotFound);
    expect((await errorOf(admin.parseContextURL({ runnerId: runnerId(), contextUrl: "https://example.org/a/b" })))?.code).toBe(Code.InvalidArgument);
    expect((await errorOf(admin.parseContextURL({ runnerId: runnerId(), contextUrl: "not a url" })))?.code).toBe(Code.InvalidArgument);
    const error = await errorOf(admin.parseContextURL({ runnerId: runnerId(), contextUrl: "https://gitlab.com/acme/platform/infra/-/merge_requests/1" }));
    expect(error?.code).toBe(Code.FailedPrecondition);
    const [details] = error?.findDetails(ParseContextURLPreconditionFailureDetailsSchema) ?? [];
    expect(details).toMatchObject({ scmId: "gitlab", runnerIds: [runnerId()] });
    expect(details?.authenticationRequiredUrl).toContain("/oauth/authorize?");
  });

  it("without a runner id uses any runner the caller can use; private repos of other orgs are permission_denied", async () => {
    const member = server.client(RunnerService, server.memberToken);
    const result = await member.parseContextURL({ contextUrl: "https://github.com/acme-platform/service-3/pull/1" });
    expect(result.pullRequest?.fromBranch).toBe("feature/login");
    expect((await errorOf(member.parseContextURL({ contextUrl: "https://github.com/acme-labs/ml-experiments" })))?.code).toBe(Code.PermissionDenied);
    const noIntegration = await errorOf(member.parseContextURL({ contextUrl: "https://bitbucket.org/acme-web/cms" }));
    expect(noIntegration?.code).toBe(Code.FailedPrecondition);
  });
});

describe("SearchRepositories, ListSCMOrganizations, CheckRepositoryAccess", () => {
  it("searches in keyword mode with natural order and the reference's page token", async () => {
    const admin = server.client(RunnerService);
    const runnerId = server.ids.runners.awsProdEu;
    const first = await admin.searchRepositories({ runnerId, searchString: "service", pagination: { pageSize: 5 } });
    expect(first.repositories.map((r) => r.name)).toEqual(["service-1", "service-2", "service-3", "service-4", "service-5"]);
    expect(first.pagination?.nextToken).toBe("2/3/12");
    expect(first.lastPage).toBe(3);
    const last = await admin.searchRepositories({ runnerId, searchString: "service", pagination: { pageSize: 5, token: "3/3/12" } });
    expect(last.repositories.map((r) => r.name)).toEqual(["service-11", "service-12"]);
    expect(last.pagination?.nextToken).toBe("");
    expect(last.repositories[0]?.url).toBe("https://github.com/acme-platform/service-11");
    expect((await admin.searchRepositories({ runnerId, searchString: "zzz-nothing" })).repositories).toEqual([]);
    expect((await errorOf(admin.searchRepositories({ runnerId, pagination: { token: "abc" } })))?.code).toBe(Code.InvalidArgument);
  });

  it("searches in native mode", async () => {
    const admin = server.client(RunnerService);
    const runnerId = server.ids.runners.awsProdEu;
    const go = await admin.searchRepositories({ runnerId, searchMode: SearchMode.NATIVE, searchString: "org:acme-platform language:rust", pagination: { pageSize: 50 } });
    expect(go.repositories.map((r) => r.name)).toEqual(["auth-proxy"]);
    const pub = await admin.searchRepositories({ runnerId, searchMode: SearchMode.NATIVE, searchString: "is:public", pagination: { pageSize: 50 } });
    expect(pub.repositories.map((r) => r.name).sort()).toEqual(["docs", "hello-world", "spoon-knife"]);
    expect((await errorOf(admin.searchRepositories({ runnerId, searchMode: SearchMode.NATIVE, searchString: "stars:>5" })))?.code).toBe(Code.InvalidArgument);
  });

  it("lists the user's organisations on an authenticated host, failed_precondition otherwise", async () => {
    const admin = server.client(RunnerService);
    const orgs = await admin.listSCMOrganizations({ runnerId: server.ids.runners.awsProdEu, scmHost: "github.com" });
    expect(orgs.organizations).toEqual([
      expect.objectContaining({ name: "acme-labs", isAdmin: false, url: "https://github.com/acme-labs" }),
      expect.objectContaining({ name: "acme-platform", isAdmin: true }),
    ]);
    const paged = await admin.listSCMOrganizations({ runnerId: server.ids.runners.awsProdEu, scmHost: "github.com", pagination: { pageSize: 1 } });
    expect(paged.organizations.map((o) => o.name)).toEqual(["acme-labs"]);
    const next = await admin.listSCMOrganizations({ runnerId: server.ids.runners.awsProdEu, scmHost: "github.com", pagination: { pageSize: 1, token: paged.pagination?.nextToken ?? "" } });
    expect(next.organizations.map((o) => o.name)).toEqual(["acme-platform"]);
    expect((await errorOf(admin.listSCMOrganizations({ runnerId: server.ids.runners.awsProdEu, scmHost: "gitlab.com" })))?.code).toBe(Code.FailedPrecondition);
    expect((await errorOf(admin.listSCMOrganizations({ runnerId: server.ids.runners.awsProdEu, scmHost: "" })))?.code).toBe(Code.InvalidArgument);
  });

  it("checks repository access", async () => {
    const member = server.client(RunnerService, server.memberToken);
    const runnerId = server.ids.runners.linuxBuild01;
    expect(await member.checkRepositoryAccess({ runnerId, repositoryUrl: "https://github.com/acme-platform/api.git" })).toMatchObject({ hasAccess: true, errorMessage: "" });
    const unknown = await member.checkRepositoryAccess({ runnerId, repositoryUrl: "https://github.com/acme-platform/ghost" });
    expect(unknown.hasAccess).toBe(false);
    expect(unknown.errorMessage).toContain("not found");
    expect((await member.checkRepositoryAccess({ runnerId, repositoryUrl: "https://github.com/acme-labs/prototype-ui" })).hasAccess).toBe(false);
    expect((await errorOf(member.checkRepositoryAccess({ runnerId, repositoryUrl: "https://gitlab.com/acme/website" })))?.code).toBe(Code.FailedPrecondition);
    expect((await errorOf(member.checkRepositoryAccess({ runnerId, repositoryUrl: "nope" })))?.code).toBe(Code.InvalidArgument);
  });

  it("turns authenticated once the user adds a token", async () => {
    const admin = server.client(RunnerService);
    const runnerId = server.ids.runners.awsProdEu;
    await server.client(RunnerConfigurationService).updateHostAuthenticationToken({
      id: (await server.client(RunnerConfigurationService).listHostAuthenticationTokens({ filter: { runnerId } })).tokens.find((t) => t.host === "gitlab.com")?.id ?? "",
      expiresAt: { seconds: BigInt(Math.floor(Date.parse("2030-01-01T00:00:00Z") / 1000)), nanos: 0 },
    });
    expect((await admin.checkAuthenticationForHost({ runnerId, host: "gitlab.com" })).authenticated).toBe(true);
    const mr = await admin.parseContextURL({ runnerId, contextUrl: "https://gitlab.com/acme/platform/infra/-/merge_requests/1" });
    expect(mr.pullRequest?.url).toBe("https://gitlab.com/acme/platform/infra/-/merge_requests/1");
  });
});
