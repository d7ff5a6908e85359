import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerRole, RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { UNDEFINED_ENUM_NUMBER, expectCode } from "./expect-code";
import { startApiFixture, type ApiFixture } from "./fixture";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApiFixture();
});
afterAll(() => api.server.close());

describe("runner policies", () => {
  it("lets runner USERs list a runner's policies", async () => {
    const { policies } = await api
      .as("runnerUser", RunnerService)
      .listRunnerPolicies({ runnerId: api.server.ids.runners.linuxBuild01 });
    expect(policies).toEqual([
      expect.objectContaining({ groupId: api.server.ids.groups.developers, role: RunnerRole.USER }),
    ]);
  });

  it("creates, updates and deletes a policy as runner ADMIN, and the grant takes effect", async () => {
    const { ids } = api.server;
    const runnerId = ids.runners.awsProdEu;
    const pat = api.as("runnerAdmin", RunnerService);
    const created = await pat.createRunnerPolicy({
      runnerId,
      groupId: ids.groups.developers,
      role: RunnerRole.USER,
    });
    expect(created.policy).toMatchObject({ groupId: ids.groups.developers, role: RunnerRole.USER });
    // Max (Developers) now sees aws-prod-eu, as USER.
    expect((await api.as("runnerUser", RunnerService).getRunner({ runnerId })).runner?.name).toBe(
      "aws-prod-eu",
    );
    await expectCode(
      api.as("runnerUser", RunnerService).updateRunner({ runnerId, name: "max-was-here" }),
      Code.PermissionDenied,
    );
    await expectCode(
      pat.createRunnerPolicy({ runnerId, groupId: ids.groups.developers, role: RunnerRole.ADMIN }),
      Code.AlreadyExists,
    );

    const updated = await pat.updateRunnerPolicy({
      runnerId,
      groupId: ids.groups.developers,
      role: RunnerRole.ADMIN,
    });
    expect(updated.policy?.role).toBe(RunnerRole.ADMIN);
    await api.as("runnerUser", RunnerService).updateRunner({ runnerId, name: "aws-prod-eu" });

    await pat.deleteRunnerPolicy({ runnerId, groupId: ids.groups.developers });
    await expectCode(api.as("runnerUser", RunnerService).getRunner({ runnerId }), Code.NotFound);
    await expectCode(pat.deleteRunnerPolicy({ runnerId, groupId: ids.groups.developers }), Code.NotFound);
    await expectCode(
      pat.updateRunnerPolicy({ runnerId, groupId: ids.groups.developers, role: RunnerRole.USER }),
      Code.NotFound,
    );
  });

  it("pages through a runner's policies", async () => {
    const { ids } = api.server;
    const admin = api.as("admin", RunnerService);
    const runnerId = ids.runners.macIos01;
    for (const groupId of Object.values(ids.groups))
      await admin.createRunnerPolicy({ runnerId, groupId, role: RunnerRole.USER });
    const first = await admin.listRunnerPolicies({ runnerId, pagination: { pageSize: 2 } });
    const second = await admin.listRunnerPolicies({
      runnerId,
      pagination: { pageSize: 2, token: first.pagination?.nextToken ?? "" },
    });
    expect(first.policies).toHaveLength(2);
    expect(second.policies).toHaveLength(1);
    expect(second.pagination?.nextToken).toBe("");
    const groups = [...first.policies, ...second.policies].map((p) => p.groupId).sort();
    expect(groups).toEqual(Object.values(ids.groups).sort());
  });

  it("validates role, ids and that the group exists", async () => {
    const { ids } = api.server;
    const admin = api.as("admin", RunnerService);
    const runnerId = ids.runners.devAgent;
    await expectCode(
      admin.createRunnerPolicy({ runnerId, groupId: ids.groups.security, role: RunnerRole.UNSPECIFIED }),
      Code.InvalidArgument,
    );
    await expectCode(
      admin.createRunnerPolicy({ runnerId, groupId: ids.groups.security, role: UNDEFINED_ENUM_NUMBER }),
      Code.InvalidArgument,
    );
    await expectCode(
      admin.createRunnerPolicy({ runnerId, groupId: "g", role: RunnerRole.USER }),
      Code.InvalidArgument,
    );
    await expectCode(
      admin.createRunnerPolicy({ runnerId, groupId: ids.users.admin, role: RunnerRole.USER }),
      Code.NotFound,
    );
    await expectCode(
      admin.updateRunnerPolicy({ runnerId, groupId: ids.groups.security, role: RunnerRole.UNSPECIFIED }),
      Code.InvalidArgument,
    );
    await expectCode(
      admin.deleteRunnerPolicy({ runnerId: "r", groupId: ids.groups.security }),
      Code.InvalidArgument,
    );
    await expectCode(admin.listRunnerPolicies({ runnerId: "r" }), Code.InvalidArgument);
  });

  it("follows the permission table", async () => {
    const { ids } = api.server;
    const runnerId = ids.runners.linuxBuild01;
    const request = { runnerId, groupId: ids.groups.security, role: RunnerRole.USER };
    const max = api.as("runnerUser", RunnerService);
    await expectCode(max.createRunnerPolicy(request), Code.PermissionDenied);
    await expectCode(
      max.updateRunnerPolicy({ ...request, groupId: ids.groups.developers }),
      Code.PermissionDenied,
    );
    await expectCode(
      max.deleteRunnerPolicy({ runnerId, groupId: ids.groups.developers }),
      Code.PermissionDenied,
    );
    const nora = api.as("noAccess", RunnerService);
    await expectCode(nora.listRunnerPolicies({ runnerId }), Code.NotFound);
    await expectCode(nora.createRunnerPolicy(request), Code.NotFound);
    await expectCode(nora.updateRunnerPolicy(request), Code.NotFound);
    await expectCode(nora.deleteRunnerPolicy(request), Code.NotFound);
    const anonymous = api.as("anonymous", RunnerService);
    await expectCode(anonymous.listRunnerPolicies({ runnerId }), Code.Unauthenticated);
    await expectCode(anonymous.createRunnerPolicy(request), Code.Unauthenticated);
    await expectCode(anonymous.updateRunnerPolicy(request), Code.Unauthenticated);
    await expectCode(anonymous.deleteRunnerPolicy(request), Code.Unauthenticated);
  });
});
