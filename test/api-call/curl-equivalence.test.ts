// For each form's request builder: the "Show API call" curl command, run by a real shell against a real server,
// stores the same as the form's own mutation does (sent as the console sends it) on an identical server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isKnownConfigPath, readConfigValue } from "../../common/runner-config-paths";
import { getRunnerRow, runnerSecretsOf } from "../../server/store/runners";
import type { TestServer } from "../../server/testing";
import { createEnvironmentClassRequest, updateEnvironmentClassRequest } from "../../src/features/environment-classes/environment-class-requests";
import { configurationUpdate } from "../../src/features/runners/components/configuration-request";
import { createScmRequest, newScmFormValues, scmFormValuesOf, updateScmRequest } from "../../src/features/scm-integrations/scm-form-model";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { sendBothWays, sendByCurl, sendLikeConsole, startTwinServers, type TwinServers } from "./curl-harness";

let twins: TwinServers;
beforeAll(async () => {
  twins = await startTwinServers();
});
afterAll(() => twins.close());

const both = () => [twins.viaConsole, twins.viaCurl] as const;
/** The same read on both servers: [via the console's mutation, via curl]. */
const readBoth = <T,>(read: (server: TestServer) => Promise<T>) => Promise.all([read(twins.viaConsole), read(twins.viaCurl)]);
const configuration = (server: TestServer) => server.client(RunnerConfigurationService);

describe("Show API call's curl stores what the form stores", () => {
  it("Configuration tab: UpdateRunner with a changed setting and a typed secret", async () => {
    const runnerId = twins.viaConsole.ids.runners.awsProdEu;
    const { schema } = await configuration(twins.viaConsole).getRunnerConfigurationSchema({ runnerId });
    const { runner } = await twins.viaConsole.client(RunnerService).getRunner({ runnerId });
    const fields = schema?.runnerConfig.filter((field) => isKnownConfigPath(field.id)) ?? [];
    const current = fields.map((field) => ({ key: field.id, value: (runner?.spec?.configuration && readConfigValue(runner.spec.configuration, field.id)) ?? "" }));
    const changedValues = [
      { key: "logLevel", value: "Debug" },
      { key: "metrics.password", value: "s3cret-'pass" },
    ];
    const values = current.map((entry) => changedValues.find((c) => c.key === entry.key) ?? entry).filter((entry) => entry.value !== "");
    const update = configurationUpdate(runnerId, { values, changedValues, extra: {} }, new Set(fields.map((f) => f.id)));
    if (!update) throw new Error("the change must make a request");

    const { command } = await sendBothWays(twins, RunnerService.method.updateRunner, update.request, { METRICS_PASSWORD: "s3cret-'pass" });
    expect(command).not.toContain("s3cret");
    const [a, b] = await readBoth((server) => server.client(RunnerService).getRunner({ runnerId }));
    expect(a.runner?.spec?.configuration?.logLevel).not.toBe(runner?.spec?.configuration?.logLevel);
    expect(b.runner?.spec).toEqual(a.runner?.spec);
    for (const server of both()) {
      const row = getRunnerRow(server.ctx.db, runnerId);
      expect(row && runnerSecretsOf(server.ctx.db, row).metricsPassword).toBe("s3cret-'pass");
    }
  });

  it("New environment class: CreateEnvironmentClass from the schema form's values", async () => {
    const runnerId = twins.viaConsole.ids.runners.awsProdEu;
    const request = createEnvironmentClassRequest(runnerId, {
      values: [
        { key: "instanceType", value: "m6i.2xlarge" },
        { key: "diskSizeGiB", value: "250" },
        { key: "spotInstances", value: "true" },
      ],
      changedValues: [],
      extra: { displayName: "Curl's big class", description: "Made by the shown curl command" },
    });
    const { viaConsole, viaCurl } = await sendBothWays(twins, RunnerConfigurationService.method.createEnvironmentClass, request);
    expect(viaCurl).toEqual({ id: expect.any(String) });
    const created = await readBoth(async (server) => {
      const { environmentClasses } = await configuration(server).listEnvironmentClasses({ filter: { runnerIds: [runnerId] } });
      const found = environmentClasses.find((c) => c.displayName === "Curl's big class");
      return found && { ...found, id: "" };
    });
    expect(viaConsole.id).not.toBe("");
    expect(created[0]).toMatchObject({ description: "Made by the shown curl command", enabled: true });
    expect(created[1]).toEqual(created[0]);
  });

  it("Edit environment class: UpdateEnvironmentClass with only the changed fields", async () => {
    const runnerId = twins.viaConsole.ids.runners.awsProdEu;
    const { environmentClasses } = await configuration(twins.viaConsole).listEnvironmentClasses({ filter: { runnerIds: [runnerId] } });
    const target = environmentClasses.find((c) => c.enabled && c.displayName !== "Curl's big class");
    if (!target) throw new Error("the demo data has an enabled class on aws-prod-eu");
    const request = updateEnvironmentClassRequest(target, { displayName: target.displayName, description: "It's been renamed", enabled: false });
    expect(request).toEqual({ environmentClassId: target.id, description: "It's been renamed", enabled: false });
    await sendBothWays(twins, RunnerConfigurationService.method.updateEnvironmentClass, request);
    const [a, b] = await readBoth((server) => configuration(server).getEnvironmentClass({ environmentClassId: target.id }));
    expect(a.environmentClass).toMatchObject({ description: "It's been renamed", enabled: false, displayName: target.displayName });
    expect(b.environmentClass).toEqual(a.environmentClass);
  });

  it("SCM integration: CreateSCMIntegration with an OAuth client secret, then UpdateSCMIntegration of the client ID", async () => {
    const runnerId = twins.viaConsole.ids.runners.awsProdEu;
    const values = { ...newScmFormValues(runnerId), scmId: "gitlab", host: "GitLab.Example.com", oauthEnabled: true, oauthClientId: "app-1", oauthClientSecret: "cl'ient-secret" };
    const created = await sendBothWays(twins, RunnerConfigurationService.method.createSCMIntegration, createScmRequest(values), {
      OAUTH_CLIENT_SECRET: "cl'ient-secret",
    });
    expect(created.command).not.toContain("ient-secret");
    const stored = await readBoth(async (server) => {
      const { integrations } = await configuration(server).listSCMIntegrations({ filter: { runnerIds: [runnerId] } });
      return integrations.find((i) => i.host === "gitlab.example.com");
    });
    const [a, b] = stored;
    if (!a || !b) throw new Error("both servers must have stored the integration");
    // The secret is sealed under each server's own key: compare that it is set, and everything else as is.
    expect(a.oauth?.encryptedClientSecret.length).toBeGreaterThan(0);
    expect(b.oauth?.encryptedClientSecret.length).toBeGreaterThan(0);
    const comparable = (i: typeof a) => ({ ...i, id: "", oauth: { ...i.oauth, encryptedClientSecret: new Uint8Array() } });
    expect(comparable(b)).toEqual(comparable(a));

    // Update on each server's own copy (ids differ): the same request shape, built from each stored integration.
    const edit = (integration: typeof a) => updateScmRequest(integration, { ...scmFormValuesOf(integration), oauthClientId: "app-2" });
    expect(edit(a)).toEqual({ id: a.id, oauthClientId: "app-2" });
    await sendLikeConsole(twins.viaConsole, RunnerConfigurationService.method.updateSCMIntegration, edit(a));
    await sendByCurl(twins.viaCurl, RunnerConfigurationService.method.updateSCMIntegration, edit(b));
    const [after1, after2] = await readBoth(async (server) => {
      const { integrations } = await configuration(server).listSCMIntegrations({ filter: { runnerIds: [runnerId] } });
      return integrations.find((i) => i.host === "gitlab.example.com")?.oauth?.clientId;
    });
    expect(after1).toBe("app-2");
    expect(after2).toBe("app-2");
  });
});
