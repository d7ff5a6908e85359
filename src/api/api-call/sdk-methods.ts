import type { DescMethod } from "@bufbuild/protobuf";

// The resource methods of the official TypeScript SDK (@gitpod/sdk 0.x, Stainless-generated), checked against its
// src/resources/runners/{runners,policies}.ts and configurations/*.ts. Keyed by "Service/Method".
const SDK_METHODS: Record<string, string> = {
  "RunnerService/CreateRunner": "runners.create",
  "RunnerService/UpdateRunner": "runners.update",
  "RunnerService/DeleteRunner": "runners.delete",
  "RunnerService/CreateRunnerToken": "runners.createRunnerToken",
  "RunnerService/CreateRunnerLogsToken": "runners.createLogsToken",
  "RunnerService/ParseContextURL": "runners.parseContextURL",
  "RunnerService/SearchRepositories": "runners.searchRepositories",
  "RunnerService/CheckAuthenticationForHost": "runners.checkAuthenticationForHost",
  "RunnerService/CreateRunnerPolicy": "runners.policies.create",
  "RunnerService/UpdateRunnerPolicy": "runners.policies.update",
  "RunnerService/DeleteRunnerPolicy": "runners.policies.delete",
  "RunnerConfigurationService/CreateEnvironmentClass": "runners.configurations.environmentClasses.create",
  "RunnerConfigurationService/UpdateEnvironmentClass": "runners.configurations.environmentClasses.update",
  "RunnerConfigurationService/CreateHostAuthenticationToken": "runners.configurations.hostAuthenticationTokens.create",
  "RunnerConfigurationService/UpdateHostAuthenticationToken": "runners.configurations.hostAuthenticationTokens.update",
  "RunnerConfigurationService/DeleteHostAuthenticationToken": "runners.configurations.hostAuthenticationTokens.delete",
  "RunnerConfigurationService/CreateSCMIntegration": "runners.configurations.scmIntegrations.create",
  "RunnerConfigurationService/UpdateSCMIntegration": "runners.configurations.scmIntegrations.update",
  "RunnerConfigurationService/DeleteSCMIntegration": "runners.configurations.scmIntegrations.delete",
  "RunnerConfigurationService/ValidateRunnerConfiguration": "runners.configurations.validate",
};

/** "Service/Method" without the package, e.g. "RunnerService/CreateRunner". */
export function shortRpcName(method: DescMethod): string {
  return `${method.parent.name}/${method.name}`;
}

/**
 * The SDK resource method for an RPC (e.g. "runners.policies.create"), or undefined when the SDK has none
 * (ListSCMOrganizations, CheckRepositoryAccess, the LLM-integration RPCs): callers then use `client.post(path)`.
 */
export function sdkMethodOf(method: DescMethod): string | undefined {
  return SDK_METHODS[shortRpcName(method)];
}
