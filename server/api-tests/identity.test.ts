import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GroupService, ResourceType } from "../../src/gen/gitpod/v1/group_pb";
import { IdentityService, Principal } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { expectCode } from "./expect-code";
import { startApiFixture, type ApiFixture } from "./fixture";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApiFixture();
});
afterAll(() => api.server.close());

describe("GetAuthenticatedIdentity", () => {
  it("names the calling user and the organization", async () => {
    const me = await api.as("runnerUser", IdentityService).getAuthenticatedIdentity({});
    expect(me.subject).toMatchObject({ id: api.server.ids.users.member, principal: Principal.USER });
    expect(me.organizationId).toBe(api.server.ids.orgId);
  });

  it("needs credentials", async () => {
    await expectCode(api.as("anonymous", IdentityService).getAuthenticatedIdentity({}), Code.Unauthenticated);
  });
});

describe("ExchangeToken", () => {
  it("needs no caller token, works once, and returns a token acting as that runner only", async () => {
    const runnerId = api.server.ids.runners.devAgent;
    const { exchangeToken } = await api.as("admin", RunnerService).createRunnerToken({ runnerId });
    const anonymous = api.as("anonymous", IdentityService);
    const { accessToken } = await anonymous.exchangeToken({ exchangeToken });
    await expectCode(anonymous.exchangeToken({ exchangeToken }), Code.Unauthenticated);

    const me = await api.server.client(IdentityService, accessToken).getAuthenticatedIdentity({});
    expect(me.subject).toMatchObject({ id: runnerId, principal: Principal.RUNNER });
    const asRunner = api.server.client(RunnerService, accessToken);
    expect((await asRunner.getRunner({ runnerId })).runner?.name).toBe("dev-agent");
    expect((await asRunner.listRunners({})).runners.map((r) => r.runnerId)).toEqual([runnerId]);
    await expectCode(asRunner.getRunner({ runnerId: api.server.ids.runners.gcpMl }), Code.NotFound);
    await expectCode(asRunner.updateRunner({ runnerId, name: "renamed-by-runner" }), Code.PermissionDenied);
  });

  it("rejects unknown, empty and expired exchange tokens", async () => {
    const anonymous = api.as("anonymous", IdentityService);
    await expectCode(anonymous.exchangeToken({ exchangeToken: "rx_not-a-real-token" }), Code.Unauthenticated);
    await expectCode(anonymous.exchangeToken({ exchangeToken: "" }), Code.InvalidArgument);
    const { exchangeToken } = await api
      .as("admin", RunnerService)
      .createRunnerToken({ runnerId: api.server.ids.runners.macIos01 });
    api.server.ctx.db.prepare("UPDATE runner_exchange_tokens SET expires_at_ms = 0").run();
    await expectCode(anonymous.exchangeToken({ exchangeToken }), Code.Unauthenticated);
  });

  it("stores only hashes of exchange and access tokens", async () => {
    const { exchangeToken } = await api
      .as("admin", RunnerService)
      .createRunnerToken({ runnerId: api.server.ids.runners.devAgent });
    const { accessToken } = await api.as("anonymous", IdentityService).exchangeToken({ exchangeToken });
    const dump = JSON.stringify(
      api.server.ctx.db.prepare("SELECT * FROM runner_exchange_tokens, runner_access_tokens").all(),
    );
    expect(dump).not.toContain(exchangeToken);
    expect(dump).not.toContain(accessToken);
  });
});

describe("ListGroups", () => {
  it("shows every signed-in user all groups with member counts", async () => {
    for (const caller of ["admin", "runnerUser", "noAccess"] as const) {
      const { groups } = await api.as(caller, GroupService).listGroups({});
      expect(groups.map((g) => g.name)).toEqual(["Developers", "Platform team", "Security"]);
    }
    const { groups } = await api.as("admin", GroupService).listGroups({ filter: { search: "dev" } });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.memberCount).toBe(1);
  });

  it("pages, and leaves out groups already assigned to a runner", async () => {
    const client = api.as("admin", GroupService);
    const first = await client.listGroups({ pagination: { pageSize: 2 } });
    expect(first.groups).toHaveLength(2);
    const second = await client.listGroups({
      pagination: { pageSize: 2, token: first.pagination?.nextToken ?? "" },
    });
    expect(second.groups.map((g) => g.name)).toEqual(["Security"]);
    expect(second.pagination?.nextToken).toBe("");
    const unassigned = await client.listGroups({
      filter: {
        excludeAssignedToResource: {
          resourceType: ResourceType.RUNNER,
          resourceId: api.server.ids.runners.linuxBuild01,
        },
      },
    });
    expect(unassigned.groups.map((g) => g.name)).toEqual(["Platform team", "Security"]);
  });

  it("validates filters and needs credentials", async () => {
    const client = api.as("admin", GroupService);
    await expectCode(client.listGroups({ filter: { groupIds: ["nope"] } }), Code.InvalidArgument);
    await expectCode(
      client.listGroups({
        filter: {
          excludeAssignedToResource: {
            resourceType: ResourceType.UNSPECIFIED,
            resourceId: api.server.ids.orgId,
          },
        },
      }),
      Code.InvalidArgument,
    );
    await expectCode(api.as("anonymous", GroupService).listGroups({}), Code.Unauthenticated);
  });
});
