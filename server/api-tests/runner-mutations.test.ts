import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdentityService } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerConfigurationService, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import {
  LogLevel,
  RunnerPhase,
  RunnerReleaseChannel,
  RunnerService,
} from "../../src/gen/gitpod/v1/runner_pb";
import { DELETE_GRACE_MS } from "../fake-runner/heartbeat-protocol";
import { sweepPendingDeletions } from "../fake-runner/heartbeat-routes";
import { runnerSecretsOf, getRunnerRow } from "../store/runners";
import { expectCode } from "./expect-code";
import { startApiFixture, type ApiFixture } from "./fixture";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApiFixture();
});
afterAll(() => api.server.close());

const MISSING = "00000000-0000-4000-8000-000000000000";

async function newRunner(name: string, provider = RunnerProvider.AWS_EC2): Promise<string> {
  const created = await api.as("admin", RunnerService).createRunner({ name, provider });
  return created.runner?.runnerId ?? "";
}

describe("UpdateRunner", () => {
  it("changes only the fields that are present", async () => {
    const runnerId = await newRunner("update-me");
    const client = api.as("admin", RunnerService);
    await client.updateRunner({
      runnerId,
      spec: {
        configuration: {
          releaseChannel: RunnerReleaseChannel.LATEST,
          logLevel: LogLevel.DEBUG,
          autoUpdate: true,
        },
      },
    });
    await client.updateRunner({ runnerId, name: "updated-name" });
    await client.updateRunner({ runnerId, spec: { configuration: { autoUpdate: false } } });
    const { runner } = await client.getRunner({ runnerId });
    expect(runner?.name).toBe("updated-name");
    expect(runner?.spec?.configuration).toMatchObject({
      releaseChannel: RunnerReleaseChannel.LATEST,
      logLevel: LogLevel.DEBUG,
      autoUpdate: false,
    });
  });

  it("defaults the update window end to start + 2 (mod 24) and clears it when empty", async () => {
    const runnerId = await newRunner("window-runner");
    const client = api.as("runnerAdmin", RunnerService);
    const admin = api.as("admin", RunnerService);
    await admin.updateRunner({ runnerId, spec: { configuration: { updateWindow: { startHour: 23 } } } });
    expect((await admin.getRunner({ runnerId })).runner?.spec?.configuration?.updateWindow).toMatchObject({
      startHour: 23,
      endHour: 1,
    });
    await admin.updateRunner({
      runnerId,
      spec: { configuration: { updateWindow: { startHour: 3, endHour: 9 } } },
    });
    expect((await admin.getRunner({ runnerId })).runner?.spec?.configuration?.updateWindow).toMatchObject({
      startHour: 3,
      endHour: 9,
    });
    await admin.updateRunner({ runnerId, spec: { configuration: { updateWindow: {} } } });
    expect((await admin.getRunner({ runnerId })).runner?.spec?.configuration?.updateWindow).toBeUndefined();
    await expectCode(
      admin.updateRunner({ runnerId, spec: { configuration: { updateWindow: { endHour: 4 } } } }),
      Code.InvalidArgument,
    );
    await expectCode(
      admin.updateRunner({ runnerId, spec: { configuration: { updateWindow: { startHour: 24 } } } }),
      Code.InvalidArgument,
    );
    // Pat is runner ADMIN of aws-prod-eu only: this runner is invisible to him.
    await expectCode(client.updateRunner({ runnerId, name: "pats-now" }), Code.NotFound);
  });

  it("keeps the metrics password write-only: stored, masked on read, unchanged when the mask is sent back", async () => {
    const runnerId = api.server.ids.runners.awsProdEu;
    const client = api.as("runnerAdmin", RunnerService);
    await client.updateRunner({ runnerId, spec: { configuration: { metrics: { password: "s3cret" } } } });
    const row = getRunnerRow(api.server.ctx.db, runnerId);
    expect(row && runnerSecretsOf(api.server.ctx.db, row).metricsPassword).toBe("s3cret");
    const { runner } = await client.getRunner({ runnerId });
    expect(runner?.spec?.configuration?.metrics?.password).toBe("********");
    await client.updateRunner({
      runnerId,
      spec: { configuration: { metrics: { password: "********", username: "u2" } } },
    });
    const after = getRunnerRow(api.server.ctx.db, runnerId);
    expect(after && runnerSecretsOf(api.server.ctx.db, after).metricsPassword).toBe("s3cret");
    await client.updateRunner({ runnerId, spec: { configuration: { honeycombApiKey: "hc-key" } } });
    const sealed = (await client.getRunner({ runnerId })).runner?.spec?.configuration
      ?.encryptedHoneycombApiKey;
    expect(sealed?.length).toBe("hc-key".length + 48);
  });

  it("allows desiredPhase only on the local-configuration runner", async () => {
    const client = api.as("admin", RunnerService);
    const localConfig = api.server.ids.runners.localConfiguration;
    await client.updateRunner({ runnerId: localConfig, spec: { desiredPhase: RunnerPhase.INACTIVE } });
    expect((await client.getRunner({ runnerId: localConfig })).runner?.spec?.desiredPhase).toBe(
      RunnerPhase.INACTIVE,
    );
    await expectCode(
      client.updateRunner({
        runnerId: api.server.ids.runners.gcpMl,
        spec: { desiredPhase: RunnerPhase.INACTIVE },
      }),
      Code.InvalidArgument,
    );
    await expectCode(
      client.updateRunner({ runnerId: localConfig, spec: { desiredPhase: RunnerPhase.DELETED } }),
      Code.InvalidArgument,
    );
  });

  it("follows the permission table and validates the request", async () => {
    const ids = api.server.ids.runners;
    await expectCode(
      api.as("runnerUser", RunnerService).updateRunner({ runnerId: ids.linuxBuild01, name: "mine-now" }),
      Code.PermissionDenied,
    );
    await expectCode(
      api.as("noAccess", RunnerService).updateRunner({ runnerId: ids.linuxBuild01, name: "mine-now" }),
      Code.NotFound,
    );
    await expectCode(
      api.as("admin", RunnerService).updateRunner({ runnerId: MISSING, name: "ghost" }),
      Code.NotFound,
    );
    await expectCode(
      api.as("admin", RunnerService).updateRunner({ runnerId: ids.gcpMl, name: "x" }),
      Code.InvalidArgument,
    );
    await expectCode(api.as("admin", RunnerService).updateRunner({ runnerId: "nope" }), Code.InvalidArgument);
    await expectCode(
      api.as("anonymous", RunnerService).updateRunner({ runnerId: ids.gcpMl, name: "anon" }),
      Code.Unauthenticated,
    );
  });
});

describe("UpdateRunner metrics", () => {
  it("refuses enabled metrics without an endpoint unless they go through the management plane", async () => {
    const runnerId = await newRunner("metrics-runner");
    const admin = api.as("admin", RunnerService);
    await expectCode(admin.updateRunner({ runnerId, spec: { configuration: { metrics: { enabled: true } } } }), Code.InvalidArgument);
    await admin.updateRunner({ runnerId, spec: { configuration: { metrics: { enabled: true, managedMetricsEnabled: true } } } });
    await admin.updateRunner({ runnerId, spec: { configuration: { metrics: { managedMetricsEnabled: false, url: "https://m.example.com/push" } } } });
    await expectCode(admin.updateRunner({ runnerId, spec: { configuration: { metrics: { url: "" } } } }), Code.InvalidArgument);
    expect((await admin.getRunner({ runnerId })).runner?.spec?.configuration?.metrics).toMatchObject({ enabled: true, url: "https://m.example.com/push" });
  });
});

describe("DeleteRunner", () => {
  it("deletes with force too, and lets runner ADMINs delete", async () => {
    const runnerId = await newRunner("force-delete-me");
    await api.as("admin", RunnerService).deleteRunner({ runnerId, force: true });
    await expectCode(api.as("admin", RunnerService).getRunner({ runnerId }), Code.NotFound);
    await expectCode(api.as("admin", RunnerService).deleteRunner({ runnerId }), Code.NotFound);
  });

  it("follows the permission table and protects the local-configuration runner", async () => {
    const ids = api.server.ids.runners;
    await expectCode(
      api.as("runnerUser", RunnerService).deleteRunner({ runnerId: ids.linuxBuild01 }),
      Code.PermissionDenied,
    );
    await expectCode(
      api.as("noAccess", RunnerService).deleteRunner({ runnerId: ids.linuxBuild01 }),
      Code.NotFound,
    );
    await expectCode(
      api.as("admin", RunnerService).deleteRunner({ runnerId: ids.localConfiguration }),
      Code.FailedPrecondition,
    );
    await expectCode(api.as("admin", RunnerService).deleteRunner({ runnerId: "bad" }), Code.InvalidArgument);
    await expectCode(
      api.as("anonymous", RunnerService).deleteRunner({ runnerId: ids.linuxBuild01 }),
      Code.Unauthenticated,
    );
    expect(
      (await api.as("admin", RunnerService).getRunner({ runnerId: ids.linuxBuild01 })).runner?.name,
    ).toBe("linux-build-01");
  });
});

describe("CreateRunnerToken and CreateRunnerLogsToken", () => {
  it("issue tokens to runner ADMINs; the exchange token works once", async () => {
    const runnerId = api.server.ids.runners.awsProdEu;
    const client = api.as("runnerAdmin", RunnerService);
    const { exchangeToken } = await client.createRunnerToken({ runnerId });
    const identity = api.as("anonymous", IdentityService);
    const { accessToken } = await identity.exchangeToken({ exchangeToken });
    expect(accessToken).not.toBe("");
    await expectCode(identity.exchangeToken({ exchangeToken }), Code.Unauthenticated);
    const logs = await client.createRunnerLogsToken({ runnerId });
    expect(logs.accessToken.length).toBeGreaterThan(20);
  });

  it("follow the permission table and validate the id", async () => {
    const ids = api.server.ids.runners;
    for (const method of ["createRunnerToken", "createRunnerLogsToken"] as const) {
      await expectCode(
        api.as("runnerUser", RunnerService)[method]({ runnerId: ids.linuxBuild01 }),
        Code.PermissionDenied,
      );
      await expectCode(
        api.as("noAccess", RunnerService)[method]({ runnerId: ids.linuxBuild01 }),
        Code.NotFound,
      );
      await expectCode(api.as("admin", RunnerService)[method]({ runnerId: MISSING }), Code.NotFound);
      await expectCode(api.as("admin", RunnerService)[method]({ runnerId: "" }), Code.InvalidArgument);
      await expectCode(
        api.as("anonymous", RunnerService)[method]({ runnerId: ids.linuxBuild01 }),
        Code.Unauthenticated,
      );
    }
  });
});

// Last: it deletes aws-prod-eu, which the tests above use.
describe("DeleteRunner cascades", () => {
  it("removes the runner with its environment classes, policies, SCM integrations and host tokens", async () => {
    const ids = api.server.ids;
    const runnerId = ids.runners.awsProdEu;
    const db = api.server.ctx.db;
    const count = (table: string) =>
      db
        .prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE runner_id = ?`)
        .get(runnerId)?.n;
    expect(count("environment_classes")).toBeGreaterThan(0);
    expect(count("runner_policies")).toBeGreaterThan(0);
    expect(count("scm_integrations")).toBeGreaterThan(0);
    expect(count("host_tokens")).toBeGreaterThan(0);
    // Without force the runner goes DELETING; this seeded runner never connects, so the grace period removes it.
    await api.as("admin", RunnerService).deleteRunner({ runnerId });
    expect(count("environment_classes")).toBeGreaterThan(0);
    const afterGrace = { ...api.server.ctx, now: () => new Date(api.server.ctx.now().getTime() + DELETE_GRACE_MS + 1000) };
    expect(sweepPendingDeletions(afterGrace)).toEqual([runnerId]);
    await expectCode(api.as("admin", RunnerService).getRunner({ runnerId }), Code.NotFound);
    for (const table of ["environment_classes", "runner_policies", "scm_integrations", "host_tokens"]) {
      expect(count(table), table).toBe(0);
    }
    const classes = await api
      .as("admin", RunnerConfigurationService)
      .listEnvironmentClasses({ filter: { runnerIds: [runnerId] } });
    expect(classes.environmentClasses).toEqual([]);
  });
});
