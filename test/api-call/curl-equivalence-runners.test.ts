// Runner actions (new-runner wizard, rename, delete / force delete, bulk delete, runner and logs tokens, fleet-wide
// update, the org-wide local-runners switch): the "Show API call" curl command, run by a real shell against a real
// server, stores the same as the console's own request built by the same builder.
import { fromJson } from "@bufbuild/protobuf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRunnerRow, runnerSecretsOf } from "../../server/store/runners";
import type { TestServer } from "../../server/testing";
import { RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import {
  CreateRunnerLogsTokenResponseSchema,
  CreateRunnerResponseSchema,
  CreateRunnerTokenResponseSchema,
  LogLevel,
  RunnerPhase,
  RunnerReleaseChannel,
  RunnerService,
  type Runner,
} from "../../src/gen/gitpod/v1/runner_pb";
import { DEFAULT_RUNNER_SETTINGS, toCreateRunnerRequest } from "../../src/features/runners/components/runner-settings-schema";
import { buildFleetUpdateRequest, requestFor } from "../../src/features/runners/fleet-update/fleet-change";
import {
  createRunnerLogsTokenRequest,
  createRunnerTokenRequest,
  deleteRunnerRequest,
  localRunnersRequest,
  renameRunnerRequest,
} from "../../src/features/runners/runner-requests";
import { sendBothWays, sendByCurl, sendLikeConsole, startTwinServers, type TwinServers } from "./curl-harness";

let twins: TwinServers;
beforeAll(async () => {
  twins = await startTwinServers();
});
afterAll(() => twins.close());

const readBoth = <T,>(read: (server: TestServer) => Promise<T>) => Promise.all([read(twins.viaConsole), read(twins.viaCurl)]);
const runnerOn = async (server: TestServer, runnerId: string) => (await server.client(RunnerService).getRunner({ runnerId })).runner;
/** What both servers must agree on: everything but the server-made id and times. */
const comparable = (runner: Runner | undefined) => runner && { ...runner, runnerId: "", createdAt: undefined, updatedAt: undefined, status: undefined };

describe("Show API call's curl stores what the runner actions store", () => {
  it("New runner wizard: CreateRunner with metrics and a typed password", async () => {
    const values = {
      ...DEFAULT_RUNNER_SETTINGS,
      name: "curl-made-runner",
      region: "eu-north-1",
      logLevel: "Debug",
      updateWindowStart: "1",
      updateWindowEnd: "3",
      metricsEnabled: true,
      metricsUrl: "https://prom.example.com/api/v1/write",
      metricsUsername: "scraper",
      metricsPassword: "p'a$$word",
    };
    const request = toCreateRunnerRequest(RunnerProvider.AWS_EC2, values);
    const sent = await sendBothWays(twins, RunnerService.method.createRunner, request, { METRICS_PASSWORD: "p'a$$word" });
    expect(sent.command).not.toContain("p'a$$word");
    const viaCurl = fromJson(CreateRunnerResponseSchema, sent.viaCurl as never);
    expect(viaCurl.exchangeToken).not.toBe("");
    const ids = [sent.viaConsole.runner?.runnerId ?? "", viaCurl.runner?.runnerId ?? ""] as const;
    const [a, b] = [await runnerOn(twins.viaConsole, ids[0]), await runnerOn(twins.viaCurl, ids[1])];
    expect(a).toMatchObject({ name: "curl-made-runner", provider: RunnerProvider.AWS_EC2 });
    expect(a?.spec?.configuration).toMatchObject({ region: "eu-north-1", logLevel: LogLevel.DEBUG, updateWindow: { startHour: 1, endHour: 3 } });
    expect(comparable(b)).toEqual(comparable(a));
    const secrets = [twins.viaConsole, twins.viaCurl].map((server, index) => {
      const row = getRunnerRow(server.ctx.db, ids[index] ?? "");
      return row && runnerSecretsOf(server.ctx.db, row).metricsPassword;
    });
    expect(secrets).toEqual(["p'a$$word", "p'a$$word"]);
  });

  it("Rename (Danger zone): UpdateRunner with the trimmed name", async () => {
    const runnerId = twins.viaConsole.ids.runners.awsStagingUs;
    const request = renameRunnerRequest(runnerId, "  staging-renamed-by-curl ");
    expect(request).toEqual({ runnerId, name: "staging-renamed-by-curl" });
    await sendBothWays(twins, RunnerService.method.updateRunner, request);
    const [a, b] = await readBoth((server) => runnerOn(server, runnerId));
    expect(a?.name).toBe("staging-renamed-by-curl");
    expect(comparable(b)).toEqual(comparable(a));
  });

  it("Runner token and logs token (Tokens tab): each answers a fresh token of its own kind", async () => {
    const runnerId = twins.viaConsole.ids.runners.linuxBuild01;
    const token = await sendBothWays(twins, RunnerService.method.createRunnerToken, createRunnerTokenRequest(runnerId));
    expect(token.viaConsole.exchangeToken).not.toBe("");
    expect(fromJson(CreateRunnerTokenResponseSchema, token.viaCurl as never).exchangeToken).not.toBe("");
    const logs = await sendBothWays(twins, RunnerService.method.createRunnerLogsToken, createRunnerLogsTokenRequest(runnerId));
    expect(logs.viaConsole.accessToken).not.toBe("");
    expect(fromJson(CreateRunnerLogsTokenResponseSchema, logs.viaCurl as never).accessToken).not.toBe("");
  });

  it("Fleet update: the per-runner UpdateRunner template, sent for two runners", async () => {
    const template = buildFleetUpdateRequest({ releaseChannel: RunnerReleaseChannel.LATEST, autoUpdate: true, updateWindow: null });
    for (const runnerId of [twins.viaConsole.ids.runners.awsProdEu, twins.viaConsole.ids.runners.gcpMl]) {
      await sendBothWays(twins, RunnerService.method.updateRunner, requestFor(template, runnerId));
      const [a, b] = await readBoth((server) => runnerOn(server, runnerId));
      expect(a?.spec?.configuration).toMatchObject({ releaseChannel: RunnerReleaseChannel.LATEST, autoUpdate: true });
      expect(a?.spec?.configuration?.updateWindow).toBeUndefined();
      expect(comparable(b)).toEqual(comparable(a));
    }
  });

  it("Allow local runners: UpdateRunner of the local-configuration runner's desired phase, off then on", async () => {
    const runnerId = twins.viaConsole.ids.runners.localConfiguration;
    for (const allow of [false, true]) {
      await sendBothWays(twins, RunnerService.method.updateRunner, localRunnersRequest(runnerId, allow));
      const [a, b] = await readBoth((server) => runnerOn(server, runnerId));
      expect(a?.spec?.desiredPhase).toBe(allow ? RunnerPhase.ACTIVE : RunnerPhase.INACTIVE);
      expect(comparable(b)).toEqual(comparable(a));
    }
  });

  it("Delete and bulk delete: DeleteRunner starts deleting; with force the runner is gone", async () => {
    const { macIos01, devAgent } = twins.viaConsole.ids.runners;
    await sendBothWays(twins, RunnerService.method.deleteRunner, deleteRunnerRequest(macIos01, false));
    const phases = await readBoth(async (server) => (await runnerOn(server, macIos01))?.status?.phase);
    expect(phases[0]).toBe(RunnerPhase.DELETING);
    expect(phases[1]).toBe(phases[0]);

    await sendLikeConsole(twins.viaConsole, RunnerService.method.deleteRunner, deleteRunnerRequest(devAgent, true));
    const { command } = await sendByCurl(twins.viaCurl, RunnerService.method.deleteRunner, deleteRunnerRequest(devAgent, true));
    expect(command).toContain('"force": true');
    const gone = await readBoth((server) =>
      runnerOn(server, devAgent).then(
        () => "still there",
        () => "gone",
      ),
    );
    expect(gone).toEqual(["gone", "gone"]);
  });
});
