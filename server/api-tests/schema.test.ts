import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isKnownConfigPath } from "../../common/runner-config-paths";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { expectCode } from "./expect-code";
import { startApiFixture, type ApiFixture } from "./fixture";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApiFixture();
});
afterAll(() => api.server.close());

describe("GetRunnerConfigurationSchema", () => {
  it("gives AWS runners environment-class fields of every kind", async () => {
    const { schema } = await api.as("admin", RunnerConfigurationService).getRunnerConfigurationSchema({
      runnerId: api.server.ids.runners.awsProdEu,
    });
    const fields = schema?.environmentClasses ?? [];
    expect(new Set(fields.map((f) => f.type.case))).toEqual(
      new Set(["enum", "int", "bool", "string", "display"]),
    );
    const instanceType = fields.find((f) => f.id === "instanceType");
    expect(instanceType?.required).toBe(true);
    expect(instanceType?.type.case === "enum" && instanceType.type.value.possibleValues[0]).toMatchObject({
      title: "m6i.large",
      subtitle: "2 vCPU · 8 GiB",
    });
    const disk = fields.find((f) => f.id === "diskSizeGiB");
    expect(disk?.type.case === "int" && disk.type.value).toMatchObject({ min: 32, max: 500 });
    expect(fields.some((f) => f.secret)).toBe(true);
    expect(fields.some((f) => f.type.case === "string" && f.type.value.pattern !== "")).toBe(true);
  });

  it("differs per provider and names runnerConfig fields by spec.configuration paths", async () => {
    const client = api.as("runnerUser", RunnerConfigurationService);
    const gcp = await client.getRunnerConfigurationSchema({ runnerId: api.server.ids.runners.gcpMl });
    const linux = await client.getRunnerConfigurationSchema({
      runnerId: api.server.ids.runners.linuxBuild01,
    });
    expect(gcp.schema?.environmentClasses.map((f) => f.id)).toContain("machineType");
    expect(linux.schema?.environmentClasses.map((f) => f.id)).toEqual(["cpu", "memory", "host"]);
    for (const schema of [gcp.schema, linux.schema]) {
      const ids = schema?.runnerConfig.map((f) => f.id) ?? [];
      expect(ids).toContain("updateWindow.startHour");
      expect(ids.every(isKnownConfigPath)).toBe(true);
      expect(schema?.runnerConfig.find((f) => f.id === "metrics.password")?.secret).toBe(true);
      const logLevel = schema?.runnerConfig.find((f) => f.id === "logLevel");
      expect(
        logLevel?.type.case === "enum" && logLevel.type.value.possibleValues.map((v) => v.title),
      ).toEqual(["Debug", "Info", "Warn", "Error"]);
    }
  });

  it("lists the four SCMs with default hosts, this server's OAuth callback and PAT docs", async () => {
    const { schema } = await api.as("admin", RunnerConfigurationService).getRunnerConfigurationSchema({
      runnerId: api.server.ids.runners.linuxBuild01,
    });
    expect(schema?.scm.map((s) => s.scmId)).toEqual(["github", "gitlab", "bitbucket", "azure-devops"]);
    const github = schema?.scm[0];
    expect(github?.defaultHosts).toEqual(["github.com"]);
    expect(github?.oauth?.callbackUrl).toBe(`${api.server.baseUrl}/oauth/callback`);
    expect(github?.pat?.docsLink).toMatch(/^https:\/\//);
  });

  it("answers not_found, invalid_argument and unauthenticated", async () => {
    const ids = api.server.ids.runners;
    await expectCode(
      api.as("noAccess", RunnerConfigurationService).getRunnerConfigurationSchema({ runnerId: ids.gcpMl }),
      Code.NotFound,
    );
    await expectCode(
      api
        .as("runnerUser", RunnerConfigurationService)
        .getRunnerConfigurationSchema({ runnerId: ids.awsProdEu }),
      Code.NotFound,
    );
    await expectCode(
      api.as("admin", RunnerConfigurationService).getRunnerConfigurationSchema({ runnerId: "1" }),
      Code.InvalidArgument,
    );
    await expectCode(
      api.as("anonymous", RunnerConfigurationService).getRunnerConfigurationSchema({ runnerId: ids.gcpMl }),
      Code.Unauthenticated,
    );
  });
});
