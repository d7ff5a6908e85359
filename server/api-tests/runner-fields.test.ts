// Every request field that names a runner, found by walking the request descriptors of src/gen: a runner the
// caller cannot see must answer exactly like a runner that does not exist (same code, same message), so no field
// reveals that a hidden runner exists, who it is shared with or which SCM hosts it has. A new field that names a
// runner fails "covers every field" until it gets a case below.
import type { DescField, DescMessage } from "@bufbuild/protobuf";
import { ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GroupService, ResourceType } from "../../src/gen/gitpod/v1/group_pb";
import {
  HostAuthenticationTokenSource,
  RunnerConfigurationService,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { SupportedModel } from "../../src/gen/gitpod/v1/model_pb";
import { RunnerRole, RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { API_SERVICES } from "../app";
import { newId } from "../store/ids";
import { startApiFixture, type ApiFixture, type Caller } from "./fixture";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApiFixture();
  // Max's gcp-ml gets an LLM integration, so filtering by a runner he can see answers differently from a missing one.
  await api.as("admin", RunnerConfigurationService).createLLMIntegration({
    runnerId: api.server.ids.runners.gcpMl,
    models: [SupportedModel.OPENAI_4O],
    apiKey: "sk-visibility-test",
  });
});
afterAll(() => api.server.close());

/** Fields whose name says "runner" but that name something else. */
const NOT_A_RUNNER: Record<string, string> = {
  "RunnerService.CreateRunner.runnerManagerId": "names the runner manager of a managed runner, not a runner",
};

function namesRunner(message: DescMessage, field: DescField): boolean {
  if (/runner\w*ids?$/i.test(field.localName)) return true;
  // A resource reference (ListGroups' excludeAssignedToResource): its id names a runner when its type can.
  const typeField = message.fields.find((f) => f.localName === "resourceType");
  return (
    field.localName === "resourceId" &&
    typeField?.enum?.values.some((v) => v.name === "RESOURCE_TYPE_RUNNER") === true
  );
}

function runnerFieldPaths(): string[] {
  const paths: string[] = [];
  const walk = (message: DescMessage, path: string, seen: ReadonlySet<string>) => {
    for (const field of message.fields) {
      const fieldPath = `${path}.${field.localName}`;
      if (field.message && !seen.has(field.message.typeName)) {
        walk(field.message, fieldPath, new Set([...seen, field.message.typeName]));
      } else if (!field.message && namesRunner(message, field)) paths.push(fieldPath);
    }
  };
  for (const service of API_SERVICES) {
    for (const method of service.methods) walk(method.input, `${service.name}.${method.name}`, new Set([method.input.typeName]));
  }
  return paths;
}

interface FieldCase {
  /** Max (runner USER on linux-build-01 and gcp-ml, not on aws-prod-eu) unless the field needs a runner ADMIN elsewhere in the request. */
  caller: Extract<Caller, "runnerUser" | "runnerAdmin">;
  call: (runnerId: string) => Promise<unknown>;
}

const runners = (caller: Caller) => api.as(caller, RunnerService);
const config = (caller: Caller) => api.as(caller, RunnerConfigurationService);
const asMax = (call: (runnerId: string) => Promise<unknown>): FieldCase => ({ caller: "runnerUser", call });
const awsConfig = [
  { key: "instanceType", value: "m6i.large" },
  { key: "diskSizeGiB", value: "64" },
];

const CASES: Record<string, FieldCase> = {
  "RunnerService.GetRunner.runnerId": asMax((runnerId) => runners("runnerUser").getRunner({ runnerId })),
  "RunnerService.UpdateRunner.runnerId": asMax((runnerId) => runners("runnerUser").updateRunner({ runnerId, name: "renamed" })),
  "RunnerService.DeleteRunner.runnerId": asMax((runnerId) => runners("runnerUser").deleteRunner({ runnerId })),
  "RunnerService.CreateRunnerToken.runnerId": asMax((runnerId) => runners("runnerUser").createRunnerToken({ runnerId })),
  "RunnerService.CreateRunnerLogsToken.runnerId": asMax((runnerId) => runners("runnerUser").createRunnerLogsToken({ runnerId })),
  "RunnerService.ParseContextURL.runnerId": asMax((runnerId) =>
    runners("runnerUser").parseContextURL({ runnerId, contextUrl: "https://gitlab.com/acme/web" }),
  ),
  "RunnerService.SearchRepositories.runnerId": asMax((runnerId) =>
    runners("runnerUser").searchRepositories({ runnerId, searchString: "a", scmHost: "gitlab.com" }),
  ),
  "RunnerService.ListSCMOrganizations.runnerId": asMax((runnerId) =>
    runners("runnerUser").listSCMOrganizations({ runnerId, scmHost: "gitlab.com" }),
  ),
  "RunnerService.CheckAuthenticationForHost.runnerId": asMax((runnerId) =>
    runners("runnerUser").checkAuthenticationForHost({ runnerId, host: "gitlab.com" }),
  ),
  "RunnerService.CheckRepositoryAccess.runnerId": asMax((runnerId) =>
    runners("runnerUser").checkRepositoryAccess({ runnerId, repositoryUrl: "https://gitlab.com/acme/web" }),
  ),
  "RunnerService.ListRunnerPolicies.runnerId": asMax((runnerId) => runners("runnerUser").listRunnerPolicies({ runnerId })),
  "RunnerService.CreateRunnerPolicy.runnerId": asMax((runnerId) =>
    runners("runnerUser").createRunnerPolicy({ runnerId, groupId: api.server.ids.groups.security, role: RunnerRole.USER }),
  ),
  "RunnerService.UpdateRunnerPolicy.runnerId": asMax((runnerId) =>
    runners("runnerUser").updateRunnerPolicy({ runnerId, groupId: api.server.ids.groups.developers, role: RunnerRole.ADMIN }),
  ),
  "RunnerService.DeleteRunnerPolicy.runnerId": asMax((runnerId) =>
    runners("runnerUser").deleteRunnerPolicy({ runnerId, groupId: api.server.ids.groups.developers }),
  ),
  "RunnerConfigurationService.CreateHostAuthenticationToken.runnerId": asMax((runnerId) =>
    config("runnerUser").createHostAuthenticationToken({
      runnerId,
      host: "gitlab.com",
      token: "glpat-visibility-test",
      source: HostAuthenticationTokenSource.PAT,
    }),
  ),
  "RunnerConfigurationService.ListHostAuthenticationTokens.filter.runnerId": asMax((runnerId) =>
    config("runnerUser").listHostAuthenticationTokens({ filter: { runnerId } }),
  ),
  "RunnerConfigurationService.GetRunnerConfigurationSchema.runnerId": asMax((runnerId) =>
    config("runnerUser").getRunnerConfigurationSchema({ runnerId }),
  ),
  "RunnerConfigurationService.CreateSCMIntegration.runnerId": asMax((runnerId) =>
    config("runnerUser").createSCMIntegration({ runnerId, scmId: "bitbucket", host: "bitbucket.org", pat: true }),
  ),
  "RunnerConfigurationService.ListSCMIntegrations.filter.runnerIds": asMax((runnerId) =>
    config("runnerUser").listSCMIntegrations({ filter: { runnerIds: [runnerId] } }),
  ),
  "RunnerConfigurationService.CreateEnvironmentClass.runnerId": asMax((runnerId) =>
    config("runnerUser").createEnvironmentClass({ runnerId, displayName: "Visible?", description: "probe", configuration: awsConfig }),
  ),
  "RunnerConfigurationService.ListEnvironmentClasses.filter.runnerIds": asMax((runnerId) =>
    config("runnerUser").listEnvironmentClasses({ filter: { runnerIds: [runnerId] } }),
  ),
  "RunnerConfigurationService.ValidateRunnerConfiguration.runnerId": asMax((runnerId) =>
    config("runnerUser").validateRunnerConfiguration({
      runnerId,
      config: { case: "scmIntegration", value: { scmId: "github", host: "github.com", pat: true } },
    }),
  ),
  "RunnerConfigurationService.CreateLLMIntegration.runnerId": asMax((runnerId) =>
    config("runnerUser").createLLMIntegration({ runnerId, models: [SupportedModel.SONNET_4], apiKey: "sk-probe" }),
  ),
  "RunnerConfigurationService.ListLLMIntegrations.filter.runnerIds": asMax((runnerId) =>
    config("runnerUser").listLLMIntegrations({ filter: { runnerIds: [runnerId] } }),
  ),
  // The outer runnerId is Pat's own aws-prod-eu (runner ADMIN), so only the nested field decides.
  "RunnerConfigurationService.ValidateRunnerConfiguration.environmentClass.runnerId": {
    caller: "runnerAdmin",
    call: (runnerId) =>
      config("runnerAdmin").validateRunnerConfiguration({
        runnerId: api.server.ids.runners.awsProdEu,
        config: { case: "environmentClass", value: { runnerId, displayName: "Probe", description: "probe", configuration: awsConfig } },
      }),
  },
  "GroupService.ListGroups.filter.excludeAssignedToResource.resourceId": asMax((runnerId) =>
    api.as("runnerUser", GroupService).listGroups({
      filter: { excludeAssignedToResource: { resourceType: ResourceType.RUNNER, resourceId: runnerId } },
    }),
  ),
};

/** One runner each caller can see and one it cannot (runner ADMIN Pat: aws-prod-eu; runner USER Max: gcp-ml). */
function runnersOf(caller: FieldCase["caller"]) {
  const { awsProdEu, gcpMl, linuxBuild01 } = api.server.ids.runners;
  return caller === "runnerAdmin" ? { visible: awsProdEu, hidden: linuxBuild01 } : { visible: gcpMl, hidden: awsProdEu };
}

/** What the caller learns from a call: the error code and message (the runner id written as <runner>), or the answer. */
async function outcome(call: Promise<unknown>, runnerId: string): Promise<string> {
  try {
    const response = await call;
    return `ok ${JSON.stringify(response, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))}`;
  } catch (e) {
    const error = ConnectError.from(e);
    return `${error.code} ${error.rawMessage.replaceAll(runnerId, "<runner>")}`;
  }
}

describe("request fields that name a runner", () => {
  it("covers every field the descriptors have", () => {
    const found = runnerFieldPaths().filter((path) => !(path in NOT_A_RUNNER));
    expect(found.length).toBeGreaterThan(20);
    expect(Object.keys(CASES).sort()).toEqual(found.sort());
  });

  it.each(Object.keys(CASES))("%s: a hidden runner answers like a missing one", async (path) => {
    const fieldCase = CASES[path];
    if (!fieldCase) throw new Error(`no case for ${path}`);
    const { visible, hidden } = runnersOf(fieldCase.caller);
    const missing = newId();
    const hiddenOutcome = await outcome(fieldCase.call(hidden), hidden);
    const missingOutcome = await outcome(fieldCase.call(missing), missing);
    expect(hiddenOutcome).toBe(missingOutcome);
    expect(hiddenOutcome).not.toMatch(/github\.com|gitlab\.com/);
    // The field is really read: the caller's own runner gets a different answer.
    expect(await outcome(fieldCase.call(visible), visible)).not.toBe(missingOutcome);
  });

  it("CreateHostAuthenticationToken stores nothing on a hidden runner", async () => {
    const { hidden } = runnersOf("runnerUser");
    await outcome(CASES["RunnerConfigurationService.CreateHostAuthenticationToken.runnerId"]?.call(hidden) ?? Promise.resolve(), hidden);
    const stored = api.server.ctx.db
      .prepare<[string, string], { n: number }>("SELECT COUNT(*) AS n FROM host_tokens WHERE runner_id = ? AND subject_id = ?")
      .get(hidden, api.server.ids.users.member);
    expect(stored?.n).toBe(0);
  });

  it("an admin's ListGroups exclude filter on a real runner still leaves out the groups it is shared with", async () => {
    const { groups } = await api.as("admin", GroupService).listGroups({
      filter: { excludeAssignedToResource: { resourceType: ResourceType.RUNNER, resourceId: api.server.ids.runners.awsProdEu } },
    });
    expect(groups.map((g) => g.id)).not.toContain(api.server.ids.groups.platformTeam);
  });
});
