import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  RunnerConfigurationService,
  RunnerKind,
  RunnerProvider,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { expectCode } from "./expect-code";
import { startApiFixture, type ApiFixture } from "./fixture";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApiFixture();
});
afterAll(() => api.server.close());

const awsConfig = (overrides: Record<string, string> = {}) =>
  Object.entries({ instanceType: "m6i.large", diskSizeGiB: "64", ...overrides }).map(([key, value]) => ({
    key,
    value,
  }));

describe("CreateEnvironmentClass / GetEnvironmentClass", () => {
  it("creates a class validated against the runner's schema; secrets come back masked", async () => {
    const client = api.as("runnerAdmin", RunnerConfigurationService);
    const { id } = await client.createEnvironmentClass({
      runnerId: api.server.ids.runners.awsProdEu,
      displayName: "Tiny",
      description: "For docs edits",
      configuration: awsConfig({
        spotInstances: "true",
        registryToken: "reg-secret",
        amiId: "ami-0123456789abcdef0",
      }),
    });
    const { environmentClass } = await api
      .as("admin", RunnerConfigurationService)
      .getEnvironmentClass({ environmentClassId: id });
    expect(environmentClass).toMatchObject({
      displayName: "Tiny",
      enabled: true,
      runnerId: api.server.ids.runners.awsProdEu,
    });
    const values = Object.fromEntries(environmentClass?.configuration.map((c) => [c.key, c.value]) ?? []);
    expect(values).toMatchObject({
      instanceType: "m6i.large",
      diskSizeGiB: "64",
      spotInstances: "true",
      registryToken: "********",
    });
  });

  it("rejects configurations that break the schema", async () => {
    const client = api.as("admin", RunnerConfigurationService);
    const runnerId = api.server.ids.runners.awsProdEu;
    const attempt = (configuration: Array<{ key: string; value: string }>, displayName = "Broken") =>
      client.createEnvironmentClass({ runnerId, displayName, description: "should fail", configuration });
    await expectCode(attempt(awsConfig({ diskSizeGiB: "501" })), Code.InvalidArgument);
    await expectCode(attempt(awsConfig({ instanceType: "t2.nano" })), Code.InvalidArgument);
    await expectCode(attempt(awsConfig({ amiId: "not-an-ami" })), Code.InvalidArgument);
    await expectCode(attempt(awsConfig({ colour: "blue" })), Code.InvalidArgument);
    await expectCode(attempt([{ key: "diskSizeGiB", value: "64" }]), Code.InvalidArgument);
    await expectCode(attempt(awsConfig({ spotInstances: "yes" })), Code.InvalidArgument);
    await expectCode(attempt(awsConfig(), "ab"), Code.InvalidArgument);
  });

  it("follows the permission table", async () => {
    const ids = api.server.ids.runners;
    const request = (runnerId: string) => ({
      runnerId,
      displayName: "Nope",
      description: "not allowed",
      configuration: [],
    });
    await expectCode(
      api.as("runnerUser", RunnerConfigurationService).createEnvironmentClass(request(ids.linuxBuild01)),
      Code.PermissionDenied,
    );
    await expectCode(
      api.as("noAccess", RunnerConfigurationService).createEnvironmentClass(request(ids.linuxBuild01)),
      Code.NotFound,
    );
    await expectCode(
      api.as("anonymous", RunnerConfigurationService).createEnvironmentClass(request(ids.linuxBuild01)),
      Code.Unauthenticated,
    );
    await expectCode(
      api.as("admin", RunnerConfigurationService).createEnvironmentClass(request("bad")),
      Code.InvalidArgument,
    );
    const [awsClass] = (
      await api
        .as("admin", RunnerConfigurationService)
        .listEnvironmentClasses({ filter: { runnerIds: [ids.awsStagingUs] } })
    ).environmentClasses;
    const environmentClassId = awsClass?.id ?? "";
    await expectCode(
      api.as("runnerUser", RunnerConfigurationService).getEnvironmentClass({ environmentClassId }),
      Code.NotFound,
    );
    await expectCode(
      api
        .as("admin", RunnerConfigurationService)
        .getEnvironmentClass({ environmentClassId: "00000000-0000-4000-8000-000000000000" }),
      Code.NotFound,
    );
    await expectCode(
      api.as("admin", RunnerConfigurationService).getEnvironmentClass({ environmentClassId: "x" }),
      Code.InvalidArgument,
    );
    await expectCode(
      api.as("anonymous", RunnerConfigurationService).getEnvironmentClass({ environmentClassId }),
      Code.Unauthenticated,
    );
  });
});

describe("ListEnvironmentClasses", () => {
  it("applies all five filters and the caller's visibility", async () => {
    const client = api.as("admin", RunnerConfigurationService);
    const ids = api.server.ids.runners;
    const names = async (filter: Parameters<typeof client.listEnvironmentClasses>[0]["filter"]) =>
      (await client.listEnvironmentClasses({ filter })).environmentClasses.map((c) => c.displayName);
    expect(await names({ runnerIds: [ids.gcpMl] })).toEqual(["ML CPU", "ML GPU"]);
    expect(await names({ runnerIds: [ids.awsProdEu], enabled: false })).toEqual(["GPU (retired)"]);
    const usable = await names({ runnerIds: [ids.awsProdEu], canCreateEnvironments: true });
    // false is a filter too (the UI offers "No"): the classes that cannot be used to create environments now.
    const unusable = await names({ runnerIds: [ids.awsProdEu], canCreateEnvironments: false });
    expect(usable).toEqual(expect.arrayContaining(["Large", "Standard"]));
    expect(unusable).toEqual(["GPU (retired)"]);
    expect([...usable, ...unusable].sort()).toEqual((await names({ runnerIds: [ids.awsProdEu] })).sort());
    expect(await names({ runnerProviders: [RunnerProvider.GCP] })).toEqual(["ML CPU", "ML GPU"]);
    expect(await names({ runnerKinds: [RunnerKind.LOCAL] })).toEqual([]);
    expect((await names({ runnerKinds: [RunnerKind.REMOTE] })).length).toBeGreaterThanOrEqual(6);
    const member = await api.as("runnerUser", RunnerConfigurationService).listEnvironmentClasses({});
    expect(new Set(member.environmentClasses.map((c) => c.runnerId))).toEqual(new Set([ids.gcpMl]));
  });

  it("pages and validates", async () => {
    const client = api.as("admin", RunnerConfigurationService);
    const first = await client.listEnvironmentClasses({ pagination: { pageSize: 4 } });
    const second = await client.listEnvironmentClasses({
      pagination: { pageSize: 4, token: first.pagination?.nextToken ?? "" },
    });
    expect(first.environmentClasses).toHaveLength(4);
    const all = [...first.environmentClasses, ...second.environmentClasses].map((c) => c.id);
    expect(new Set(all).size).toBe(all.length);
    await expectCode(client.listEnvironmentClasses({ filter: { runnerIds: ["zzz"] } }), Code.InvalidArgument);
    await expectCode(
      api.as("anonymous", RunnerConfigurationService).listEnvironmentClasses({}),
      Code.Unauthenticated,
    );
  });
});

describe("UpdateEnvironmentClass", () => {
  it("changes name, description and enabled only", async () => {
    const client = api.as("runnerAdmin", RunnerConfigurationService);
    const [standard] = (
      await client.listEnvironmentClasses({ filter: { runnerIds: [api.server.ids.runners.awsProdEu] } })
    ).environmentClasses.filter((c) => c.displayName === "Standard");
    const environmentClassId = standard?.id ?? "";
    await client.updateEnvironmentClass({ environmentClassId, enabled: false });
    await client.updateEnvironmentClass({ environmentClassId, description: "Now retired" });
    const { environmentClass } = await client.getEnvironmentClass({ environmentClassId });
    expect(environmentClass).toMatchObject({
      displayName: "Standard",
      description: "Now retired",
      enabled: false,
    });
    expect(environmentClass?.configuration).toEqual(standard?.configuration);
    await expectCode(
      client.updateEnvironmentClass({ environmentClassId, displayName: "x" }),
      Code.InvalidArgument,
    );
    await expectCode(client.updateEnvironmentClass({ environmentClassId: "x" }), Code.InvalidArgument);
  });

  it("follows the permission table", async () => {
    const [gpu] = (
      await api
        .as("admin", RunnerConfigurationService)
        .listEnvironmentClasses({ filter: { runnerIds: [api.server.ids.runners.gcpMl] } })
    ).environmentClasses;
    const environmentClassId = gpu?.id ?? "";
    await expectCode(
      api
        .as("runnerUser", RunnerConfigurationService)
        .updateEnvironmentClass({ environmentClassId, enabled: false }),
      Code.PermissionDenied,
    );
    await expectCode(
      api
        .as("noAccess", RunnerConfigurationService)
        .updateEnvironmentClass({ environmentClassId, enabled: false }),
      Code.NotFound,
    );
    await expectCode(
      api
        .as("admin", RunnerConfigurationService)
        .updateEnvironmentClass({ environmentClassId: "00000000-0000-4000-8000-000000000000" }),
      Code.NotFound,
    );
    await expectCode(
      api.as("anonymous", RunnerConfigurationService).updateEnvironmentClass({ environmentClassId }),
      Code.Unauthenticated,
    );
  });
});

describe("ValidateRunnerConfiguration (environment class)", () => {
  it("returns valid=true for a good class and field messages for a bad one", async () => {
    const client = api.as("runnerAdmin", RunnerConfigurationService);
    const runnerId = api.server.ids.runners.awsProdEu;
    const good = await client.validateRunnerConfiguration({
      runnerId,
      config: {
        case: "environmentClass",
        value: { displayName: "Good", description: "all fine", configuration: awsConfig() },
      },
    });
    expect(good.result.case === "environmentClass" && good.result.value.valid).toBe(true);
    const bad = await client.validateRunnerConfiguration({
      runnerId,
      config: {
        case: "environmentClass",
        value: { displayName: "B", description: "", configuration: awsConfig({ diskSizeGiB: "9" }) },
      },
    });
    expect(bad.result.case).toBe("environmentClass");
    const result = bad.result.case === "environmentClass" ? bad.result.value : undefined;
    expect(result?.valid).toBe(false);
    expect(result?.displayNameError).toBeDefined();
    expect(result?.descriptionError).toBeDefined();
    expect(result?.configurationErrors.map((e) => e.key)).toEqual(["diskSizeGiB"]);
  });

  it("answers invalid_argument, not_found, permission_denied and unauthenticated", async () => {
    const ids = api.server.ids.runners;
    const config = {
      case: "environmentClass" as const,
      value: { displayName: "X", description: "Y", configuration: [] },
    };
    await expectCode(
      api.as("admin", RunnerConfigurationService).validateRunnerConfiguration({ runnerId: ids.awsProdEu }),
      Code.InvalidArgument,
    );
    await expectCode(
      api.as("admin", RunnerConfigurationService).validateRunnerConfiguration({ runnerId: "x", config }),
      Code.InvalidArgument,
    );
    await expectCode(
      api
        .as("runnerUser", RunnerConfigurationService)
        .validateRunnerConfiguration({ runnerId: ids.gcpMl, config }),
      Code.PermissionDenied,
    );
    await expectCode(
      api
        .as("noAccess", RunnerConfigurationService)
        .validateRunnerConfiguration({ runnerId: ids.gcpMl, config }),
      Code.NotFound,
    );
    await expectCode(
      api
        .as("anonymous", RunnerConfigurationService)
        .validateRunnerConfiguration({ runnerId: ids.gcpMl, config }),
      Code.Unauthenticated,
    );
  });
});
