// Outcome table of the local gitpod.v1 API, part 1: which outcome each test file asserts for which RPC.
// Callers: admin = org admin; rAdmin = runner ADMIN via a group policy; rUser = runner USER; none = no access.
// "–" = does not apply (the request names nothing that could be missing, or the table allows every caller).
//
// | RPC                           | ok | unauthenticated | invalid_argument | not_found            | permission_denied | other                     | file                      |
// |-------------------------------|----|-----------------|------------------|----------------------|-------------------|---------------------------|---------------------------|
// | ListRunners                   | ✓  | ✓               | ✓ (uuid, enum, >25) | – (none: not listed) | –                 | paging body + query       | runners, wire             |
// | GetRunner                     | ✓  | ✓               | ✓                | ✓ (unknown, none)    | –                 | runner principal: own only| runners, identity         |
// | CreateRunner                  | ✓  | ✓               | ✓ (name, kind/provider, manager) | –    | ✓ (rAdmin, rUser) | key 32 B, exchange token  | runners                   |
// | UpdateRunner                  | ✓  | ✓               | ✓ (name, window, desiredPhase) | ✓ (unknown, none) | ✓ (rUser) | optional semantics, secret | runner-mutations          |
// | DeleteRunner                  | ✓  | ✓               | ✓                | ✓ (unknown, none)    | ✓ (rUser)         | cascades; failed_precondition (local config); lifecycle in fake-runner/runner-lifecycle | runner-mutations |
// | CreateRunnerToken             | ✓  | ✓               | ✓                | ✓                    | ✓ (rUser)         | token exchangeable once   | runner-mutations          |
// | CreateRunnerLogsToken         | ✓  | ✓               | ✓                | ✓                    | ✓ (rUser)         |                           | runner-mutations          |
// | ExchangeToken                 | ✓  | ✓ (reused/unknown token) | ✓ (empty) | –                   | –                 | no caller token needed    | identity                  |
// | GetAuthenticatedIdentity      | ✓  | ✓               | –                | –                    | –                 | user and runner subjects  | identity                  |
// | ListGroups                    | ✓  | ✓               | ✓                | ✓ (exclude: unknown, hidden runner) | – (all see all) | paging            | identity, runner-fields   |
// | GetRunnerConfigurationSchema  | ✓  | ✓               | ✓                | ✓ (unknown, none)    | – (rUser may read)| per provider, field kinds | schema                    |
// | CreateEnvironmentClass        | ✓  | ✓               | ✓ (lengths, config rules) | ✓            | ✓ (rUser)         |                           | environment-classes       |
// | GetEnvironmentClass           | ✓  | ✓               | ✓                | ✓ (unknown, none)    | –                 | secrets masked            | environment-classes       |
// | ListEnvironmentClasses        | ✓  | ✓               | ✓ (uuid, enum)   | –                    | –                 | 5 filters, paging         | environment-classes       |
// | UpdateEnvironmentClass        | ✓  | ✓               | ✓                | ✓                    | ✓ (rUser)         | config immutable          | environment-classes       |
// | ValidateRunnerConfiguration   | ✓  | ✓               | ✓ (uuid, no config) | ✓                 | ✓ (rUser)         | valid=false with messages | environment-classes       |
// | ListRunnerPolicies            | ✓  | ✓               | ✓                | ✓ (none)             | – (rUser may list)| paging                    | policies                  |
// | CreateRunnerPolicy            | ✓  | ✓               | ✓ (role, uuid)   | ✓ (group, runner)    | ✓ (rUser)         | already_exists            | policies                  |
// | UpdateRunnerPolicy            | ✓  | ✓               | ✓                | ✓ (no policy)        | ✓ (rUser)         |                           | policies                  |
// | DeleteRunnerPolicy            | ✓  | ✓               | ✓                | ✓ (no policy)        | ✓ (rUser)         |                           | policies                  |
// | CreateHostAuthenticationToken | ✓  | ✓               | ✓                | ✓ (unknown, hidden runner) | ✓ (other user) | failed_precondition (no integration) | host-tokens, runner-fields |
// | List/Get/Update/DeleteHostAuthenticationToken | ✓ | ✓ | ✓              | ✓ (others' tokens; filter.runnerId hidden) | – | members: own only | host-tokens, runner-fields |
// | /auth/session POST/GET/DELETE | ✓  | ✓ (bad token, no session, idle 12 h) | – | –               | ✓ (cross-origin)  | cookie flags, CSRF        | sessions                  |
// Runner fields (runner-fields.test.ts): every request field that names a runner, enumerated from the descriptors,
// answers for a runner the caller cannot see exactly as for one that does not exist.
// Wire (wire.test.ts): binary protobuf, unknown enum strings, unknown fields ignored, unknown path → JSON 404,
// API_PREFIX at the root, restart keeps data.
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerKind, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { UNDEFINED_ENUM_NUMBER, expectCode } from "./expect-code";
import { startApiFixture, type ApiFixture } from "./fixture";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApiFixture();
});
afterAll(() => api.server.close());

const names = (runners: Array<{ name: string }>) => runners.map((r) => r.name);

describe("ListRunners", () => {
  it("shows admins every runner, others only the runners shared with their groups", async () => {
    const all = await api.as("admin", RunnerService).listRunners({});
    expect(names(all.runners).sort()).toEqual(
      [
        "Local runners",
        "aws-prod-eu",
        "aws-staging-us",
        "dev-agent",
        "gcp-ml",
        "linux-build-01",
        "mac-ios-01",
        "managed-eu",
      ].sort(),
    );
    expect(names((await api.as("runnerAdmin", RunnerService).listRunners({})).runners)).toEqual([
      "aws-prod-eu",
    ]);
    expect(names((await api.as("runnerUser", RunnerService).listRunners({})).runners)).toEqual([
      "gcp-ml",
      "linux-build-01",
    ]);
    expect((await api.as("noAccess", RunnerService).listRunners({})).runners).toEqual([]);
  });

  it("filters by kind, provider and creator", async () => {
    const client = api.as("admin", RunnerService);
    const local = await client.listRunners({ filter: { kinds: [RunnerKind.LOCAL] } });
    expect(names(local.runners)).toEqual(["dev-agent", "linux-build-01", "mac-ios-01"]);
    const gcp = await client.listRunners({
      filter: { providers: [RunnerProvider.GCP, RunnerProvider.MANAGED] },
    });
    expect(names(gcp.runners)).toEqual(["gcp-ml", "managed-eu"]);
    const byAda = await client.listRunners({ filter: { creatorIds: [api.server.ids.users.admin] } });
    expect(byAda.runners).toHaveLength(8);
    const byMax = await client.listRunners({ filter: { creatorIds: [api.server.ids.users.member] } });
    expect(byMax.runners).toHaveLength(0);
  });

  it("pages with nextToken in the body until it is empty", async () => {
    const client = api.as("admin", RunnerService);
    const seen: string[] = [];
    let token = "";
    let pages = 0;
    do {
      const page = await client.listRunners({ pagination: { pageSize: 3, token } });
      expect(page.runners.length).toBeLessThanOrEqual(3);
      seen.push(...names(page.runners));
      token = page.pagination?.nextToken ?? "";
      pages++;
    } while (token !== "");
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it("rejects bad filters", async () => {
    const client = api.as("admin", RunnerService);
    await expectCode(client.listRunners({ filter: { creatorIds: ["not-a-uuid"] } }), Code.InvalidArgument);
    await expectCode(
      client.listRunners({ filter: { kinds: Array<RunnerKind>(26).fill(RunnerKind.LOCAL) } }),
      Code.InvalidArgument,
    );
    await expectCode(
      client.listRunners({ filter: { providers: [UNDEFINED_ENUM_NUMBER] } }),
      Code.InvalidArgument,
    );
    await expectCode(client.listRunners({ pagination: { pageSize: 101 } }), Code.InvalidArgument);
    await expectCode(client.listRunners({ pagination: { token: "garbage!" } }), Code.InvalidArgument);
  });

  it("needs credentials", async () => {
    await expectCode(api.as("anonymous", RunnerService).listRunners({}), Code.Unauthenticated);
    await expectCode(api.server.client(RunnerService, "wrong-token").listRunners({}), Code.Unauthenticated);
  });
});

describe("GetRunner", () => {
  it("returns a visible runner with its status and public key, and hides the metrics password", async () => {
    const { runner } = await api
      .as("runnerUser", RunnerService)
      .getRunner({ runnerId: api.server.ids.runners.linuxBuild01 });
    expect(runner?.name).toBe("linux-build-01");
    expect(runner?.kind).toBe(RunnerKind.LOCAL);
    expect(runner?.status?.phase).toBe(RunnerPhase.ACTIVE);
    expect(runner?.status?.publicKey).toHaveLength(32);
    const prod = await api
      .as("admin", RunnerService)
      .getRunner({ runnerId: api.server.ids.runners.awsProdEu });
    expect(prod.runner?.spec?.configuration?.metrics?.password).toBe("********");
  });

  it("answers not_found for unknown runners and for runners the caller cannot see", async () => {
    await expectCode(
      api.as("admin", RunnerService).getRunner({ runnerId: "00000000-0000-4000-8000-000000000000" }),
      Code.NotFound,
    );
    await expectCode(
      api.as("runnerUser", RunnerService).getRunner({ runnerId: api.server.ids.runners.awsStagingUs }),
      Code.NotFound,
    );
    await expectCode(
      api.as("noAccess", RunnerService).getRunner({ runnerId: api.server.ids.runners.linuxBuild01 }),
      Code.NotFound,
    );
  });

  it("validates the id and needs credentials", async () => {
    await expectCode(api.as("admin", RunnerService).getRunner({ runnerId: "x" }), Code.InvalidArgument);
    await expectCode(
      api.as("anonymous", RunnerService).getRunner({ runnerId: api.server.ids.runners.gcpMl }),
      Code.Unauthenticated,
    );
  });
});

describe("CreateRunner", () => {
  it("creates a runner from a provider: kind deduced, CREATED, 32-byte key, one-time exchange token", async () => {
    const client = api.as("admin", RunnerService);
    const created = await client.createRunner({
      name: "aws-new",
      provider: RunnerProvider.AWS_EC2,
      spec: { configuration: { region: "eu-west-1", autoUpdate: true, updateWindow: { startHour: 23 } } },
    });
    expect(created.runner?.kind).toBe(RunnerKind.REMOTE);
    expect(created.runner?.status?.phase).toBe(RunnerPhase.CREATED);
    expect(created.runner?.status?.publicKey).toHaveLength(32);
    expect(created.runner?.spec?.configuration?.updateWindow).toMatchObject({ startHour: 23, endHour: 1 });
    expect(created.runner?.creator?.id).toBe(api.server.ids.users.admin);
    expect(created.exchangeToken.length).toBeGreaterThan(20);
    const fetched = await client.getRunner({ runnerId: created.runner?.runnerId ?? "" });
    expect(fetched.runner?.name).toBe("aws-new");
    const local = await client.createRunner({ name: "my-laptop", provider: RunnerProvider.DESKTOP_MAC });
    expect(local.runner?.kind).toBe(RunnerKind.LOCAL);
    const legacy = await client.createRunner({ name: "legacy-kind", kind: RunnerKind.REMOTE });
    expect(legacy.runner?.provider).toBe(RunnerProvider.UNSPECIFIED);
  });

  it("rejects bad kind/provider combinations, names and manager ids", async () => {
    const client = api.as("admin", RunnerService);
    await expectCode(client.createRunner({ name: "ab", provider: RunnerProvider.GCP }), Code.InvalidArgument);
    await expectCode(client.createRunner({ name: "no-kind" }), Code.InvalidArgument);
    await expectCode(
      client.createRunner({ name: "both", kind: RunnerKind.REMOTE, provider: RunnerProvider.GCP }),
      Code.InvalidArgument,
    );
    await expectCode(
      client.createRunner({ name: "local-config", kind: RunnerKind.LOCAL_CONFIGURATION }),
      Code.InvalidArgument,
    );
    await expectCode(
      client.createRunner({ name: "managed", provider: RunnerProvider.MANAGED }),
      Code.InvalidArgument,
    );
    await expectCode(
      client.createRunner({
        name: "not-managed",
        provider: RunnerProvider.GCP,
        runnerManagerId: api.server.ids.users.admin,
      }),
      Code.InvalidArgument,
    );
    await expectCode(
      client.createRunner({ name: "bad-enum", provider: UNDEFINED_ENUM_NUMBER }),
      Code.InvalidArgument,
    );
  });

  it("is for org admins only", async () => {
    for (const caller of ["runnerAdmin", "runnerUser", "noAccess"] as const) {
      await expectCode(
        api.as(caller, RunnerService).createRunner({ name: "sneaky", provider: RunnerProvider.GCP }),
        Code.PermissionDenied,
      );
    }
    await expectCode(
      api.as("anonymous", RunnerService).createRunner({ name: "anon", provider: RunnerProvider.GCP }),
      Code.Unauthenticated,
    );
  });
});
