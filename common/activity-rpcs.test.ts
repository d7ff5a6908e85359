import { describe, expect, it } from "vitest";
import { isMutatingMethod, MUTATING_RPCS, RECORDED_SERVICES, rpcLabel } from "./activity-rpcs";

// Every RPC is either recorded or named here as a read; a new RPC fails this test until someone classifies it.
const READS = new Set([
  "GetRunner", "ListRunners", "ParseContextURL", "SearchRepositories", "ListSCMOrganizations",
  "CheckAuthenticationForHost", "CheckRepositoryAccess", "ListRunnerPolicies", "GetHostAuthenticationToken",
  "ListHostAuthenticationTokens", "GetRunnerConfigurationSchema", "GetSCMIntegration", "ListSCMIntegrations",
  "GetEnvironmentClass", "ListEnvironmentClasses", "ValidateRunnerConfiguration", "GetLLMIntegration",
  "ListLLMIntegrations", "ListGroups", "GetAuthenticatedIdentity",
  // A runner trading its one-time token for credentials: no person acts, nothing in the org changes.
  "ExchangeToken",
]);

describe("the recorded RPCs", () => {
  it("classifies every method of the console's services", () => {
    for (const service of RECORDED_SERVICES) {
      for (const method of service.methods) {
        expect(isMutatingMethod(method) !== READS.has(method.name), method.name).toBe(true);
      }
    }
    expect(MUTATING_RPCS).toHaveLength(19);
    expect(MUTATING_RPCS).toContain("gitpod.v1.RunnerConfigurationService/DeleteLLMIntegration");
  });

  it("labels RPCs in words", () => {
    expect(rpcLabel("gitpod.v1.RunnerConfigurationService/CreateSCMIntegration")).toBe("Create SCM integration");
    expect(rpcLabel("gitpod.v1.RunnerService/UpdateRunnerPolicy")).toBe("Update runner policy");
    expect(rpcLabel("gitpod.v1.RunnerConfigurationService/DeleteLLMIntegration")).toBe("Delete LLM integration");
  });
});
